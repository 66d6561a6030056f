import { and, asc, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { ProgramBody, ProgramFilters } from '../../../common/coordination-program/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { coordinationPrograms, programActivities, programReviews } from '../../../db/schema/index.ts';
import {
  duplicateParties,
  type ProgramLevel,
  partyKey,
  periodProblems,
  programLevels,
} from '../../../domain/coordination-program/rules.ts';
import type { Label, SheetColumn } from '../../../domain/registry/cells.ts';
import { invalid } from '../../errors.ts';
import type { CheckInput, Registry } from '../../registry/define.ts';
import { todayOf } from '../../registry/read.ts';
import { programDetail } from './detail.ts';

type Row = typeof coordinationPrograms.$inferSelect;
type Body = ProgramBody;

export const levelLabels: Record<ProgramLevel, Label> = {
  national: { vi: 'Trung ương', en: 'National' },
  province: { vi: 'Tỉnh', en: 'Province' },
  commune: { vi: 'Xã', en: 'Commune' },
};

const columns: SheetColumn[] = [
  {
    key: 'number',
    header: { vi: 'Số chương trình', en: 'Number' },
    type: 'text',
    required: true,
    width: 20,
    example: '09/CTr-BCA-MTTW',
  },
  { key: 'title', header: { vi: 'Tên chương trình', en: 'Title' }, type: 'text', required: true, width: 40 },
  {
    key: 'parties',
    header: { vi: 'Các bên phối hợp', en: 'Parties' },
    type: 'text',
    required: true,
    width: 36,
    example: 'Công an tỉnh; Ủy ban MTTQ Việt Nam tỉnh',
  },
  {
    key: 'signedOn',
    header: { vi: 'Ngày ký', en: 'Signed on' },
    type: 'date',
    required: true,
    width: 12,
    example: '20/06/2023',
  },
  {
    key: 'periodFrom',
    header: { vi: 'Từ năm', en: 'From year' },
    type: 'int',
    required: true,
    width: 9,
    example: '2023',
  },
  { key: 'periodTo', header: { vi: 'Đến năm', en: 'To year' }, type: 'int', required: true, width: 9, example: '2033' },
  {
    key: 'level',
    header: { vi: 'Cấp', en: 'Level' },
    type: 'enum',
    options: programLevels.map((l) => ({ value: l, label: levelLabels[l] })),
    required: true,
    width: 12,
  },
  { key: 'content', header: { vi: 'Nội dung chính', en: 'Content' }, type: 'text', width: 50 },
];

const fieldError = (name: string, key: string) => [{ path: `body.${name}`, message: `msg:${key}` }];

/** The rules of a programme beyond its schema: level, number, parties, period. */
async function checkProgram({ tx, unit, existing }: CheckInput<Row>, body: Body) {
  const level = unit.level as string;
  if (!(programLevels as readonly string[]).includes(level)) {
    throw invalid(
      'coordinationProgram.unitLevel',
      { unit: unit.name },
      fieldError('unitId', 'coordinationProgram.unitLevel'),
    );
  }
  if (body.level !== level) {
    throw invalid(
      'coordinationProgram.levelMismatch',
      { unit: unit.name },
      fieldError('level', 'coordinationProgram.levelMismatch'),
    );
  }
  const [dup] = duplicateParties(body.parties);
  if (dup)
    throw invalid(
      'coordinationProgram.partyRepeated',
      { party: dup.trim() },
      fieldError('parties', 'coordinationProgram.partyRepeated'),
    );
  const period = periodProblems(body);
  if (period[0]) {
    const year = body.signedOn.slice(0, 4);
    throw invalid(period[0].key, { year }, fieldError(period[0].path, period[0].key));
  }
  const taken = await tx
    .select({ id: coordinationPrograms.id })
    .from(coordinationPrograms)
    .where(
      and(
        eq(coordinationPrograms.unitId, unit.id),
        sql`lower(trim(${coordinationPrograms.number})) = ${body.number.trim().toLowerCase()}`,
        existing ? ne(coordinationPrograms.id, existing.id) : undefined,
      ),
    )
    .limit(1);
  if (taken.length > 0) {
    throw invalid(
      'coordinationProgram.numberTaken',
      { number: body.number },
      fieldError('number', 'coordinationProgram.numberTaken'),
    );
  }
  if (existing) await keepActivitiesConsistent(tx, existing, unit, body);
}

/**
 * On edit: a party still responsible for activities cannot be dropped, and
 * the activities and reviews follow the programme to a new unit (their unit
 * columns serve subtree scans and the province-distributed tables).
 */
async function keepActivitiesConsistent(tx: Executor, existing: Row, unit: CheckInput<Row>['unit'], body: Body) {
  const used = await tx
    .selectDistinct({ party: programActivities.responsibleParty })
    .from(programActivities)
    .where(eq(programActivities.programId, existing.id));
  const kept = new Set(body.parties.map(partyKey));
  const lost = used.find((u) => !kept.has(partyKey(u.party)));
  if (lost)
    throw invalid(
      'coordinationProgram.partyInUse',
      { party: lost.party },
      fieldError('parties', 'coordinationProgram.partyInUse'),
    );
  if (existing.unitId !== unit.id) {
    const moved = { unitId: unit.id, unitPath: unit.path };
    await tx.update(programActivities).set(moved).where(eq(programActivities.programId, existing.id));
    await tx.update(programReviews).set(moved).where(eq(programReviews.programId, existing.id));
  }
}

type Own = Omit<
  Row,
  'unitId' | 'unitPath' | 'createdAt' | 'updatedAt' | 'version' | 'closedOn' | 'closeReason' | 'level'
> & {
  level: ProgramLevel;
  activityCounts: { total: number; done: number };
  finalReviewOn: string | null;
};

/** Coordination programmes between the police, the Front and member organisations. */
export const coordinationProgramRegistry: Registry<
  Row,
  typeof ProgramBody.shape,
  Own,
  Awaited<ReturnType<typeof programDetail>>
> = {
  name: 'coordinationProgram',
  title: { vi: 'Chương trình phối hợp', en: 'Coordination programmes' },
  table: coordinationPrograms,
  perms: { read: 'registry.read', manage: 'coordinationProgram.manage' },
  body: ProgramBody,
  columns,
  search: [coordinationPrograms.number, coordinationPrograms.title, coordinationPrograms.content],
  period: { column: coordinationPrograms.signedOn, kind: 'date' },
  orderBy: [desc(coordinationPrograms.signedOn), asc(coordinationPrograms.number)],
  filters: {
    query: ProgramFilters,
    where: (q) => [
      q.level ? eq(coordinationPrograms.level, String(q.level)) : undefined,
      q.year ? lte(coordinationPrograms.periodFrom, Number(q.year)) : undefined,
      q.year ? gte(coordinationPrograms.periodTo, Number(q.year)) : undefined,
    ],
  },
  breakdown: coordinationPrograms.level,
  check: checkProgram,
  values: (b) => ({ ...b, number: b.number.trim() }),
  present: async (db, rows) => {
    const ids = rows.map((r) => r.id);
    const stats = ids.length === 0 ? [] : await activityStats(db, ids);
    const finals =
      ids.length === 0
        ? []
        : await db
            .select({ programId: programReviews.programId, heldOn: programReviews.heldOn })
            .from(programReviews)
            .where(and(inArray(programReviews.programId, ids), eq(programReviews.kind, 'final')));
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      parties: r.parties,
      signedOn: r.signedOn,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      level: r.level as ProgramLevel,
      content: r.content,
      activityCounts: stats.find((s) => s.programId === r.id)?.counts ?? { total: 0, done: 0 },
      finalReviewOn: finals.find((f) => f.programId === r.id)?.heldOn ?? null,
    }));
  },
  detail: (db, row, ctx) => programDetail(db, row.id, todayOf(ctx)),
  sheetRow: (v) => ({ ...v, parties: v.parties.join('; ') }),
};

/**
 * Activity counts for many programmes in one grouped query. "Overdue" needs
 * the app clock, which `present` does not get: the detail view has it.
 */
async function activityStats(db: Executor, ids: number[]) {
  const rows = await db
    .select({
      programId: programActivities.programId,
      total: sql<number>`count(*)::int`,
      done: sql<number>`(count(*) filter (where ${programActivities.status} = 'done'))::int`,
    })
    .from(programActivities)
    .where(inArray(programActivities.programId, ids))
    .groupBy(programActivities.programId);
  return rows.map((r) => ({ programId: r.programId, counts: { total: Number(r.total), done: Number(r.done) } }));
}
