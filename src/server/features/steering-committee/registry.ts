import { desc, eq, sql } from 'drizzle-orm';
import {
  SteeringCommitteeBody,
  type SteeringCommitteeDetail,
  SteeringCommitteeFilters,
  type SteeringCommitteeView,
} from '../../../common/steering-committee/schemas.ts';
import { committeeAssignments, committeeMembers, orgUnits, steeringCommittees } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { displayDate } from '../../../domain/text.ts';
import { invalid } from '../../errors.ts';
import type { CheckInput, Registry } from '../../registry/define.ts';
import { assignmentsOf, memberSummaries, membersOf, memberView, openCommitteeOf } from './queries.ts';

type Row = typeof steeringCommittees.$inferSelect;
type Own = Omit<SteeringCommitteeView, 'unit' | 'closedOn' | 'closeReason' | 'version' | 'updatedAt' | 'can'>;
type Extra = Pick<SteeringCommitteeDetail, 'members' | 'assignments'>;

const columns: SheetColumn[] = [
  {
    key: 'name',
    header: { vi: 'Tên Ban Chỉ đạo', en: 'Committee name' },
    type: 'text',
    required: true,
    width: 50,
    example:
      'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ phường Thành Sen',
  },
  {
    key: 'establishedOn',
    header: { vi: 'Ngày thành lập', en: 'Established on' },
    type: 'date',
    required: true,
    width: 14,
    example: '01/07/2025',
  },
  {
    key: 'decisionNumber',
    header: { vi: 'Số quyết định', en: 'Decision number' },
    type: 'text',
    width: 18,
    example: '15/QĐ-UBND',
  },
  { key: 'head', header: { vi: 'Trưởng ban', en: 'Head' }, type: 'text', width: 22, readOnly: true },
  {
    key: 'activeMembers',
    header: { vi: 'Số thành viên', en: 'Members' },
    type: 'int',
    width: 10,
    readOnly: true,
  },
];

/** Members in office and assignments running on day `at`, for the counts' sums. */
const membersAt = (at: string) => sql<number>`(select count(*) from ${committeeMembers} cm
  where cm.committee_id = ${steeringCommittees.id} and cm.joined_on <= ${at} and (cm.left_on is null or cm.left_on > ${at}))`;
const assignmentsAt = (at: string) => sql<number>`(select count(*) from ${committeeAssignments} ca
  where ca.committee_id = ${steeringCommittees.id} and ca.assigned_on <= ${at} and (ca.ended_on is null or ca.ended_on > ${at}))`;
const headSql = sql`exists (select 1 from ${committeeMembers} hm
  where hm.committee_id = ${steeringCommittees.id} and hm.position = 'head' and hm.left_on is null)`;

/**
 * At most one open committee per unit. The unit row is locked first so two
 * concurrent set-ups of the same unit queue, and the second one is refused.
 */
async function oneOpenPerUnit({ tx, unit }: CheckInput<Row>, exceptId?: number) {
  await tx.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.id, unit.id)).for('update');
  const open = await openCommitteeOf(tx, unit.id, exceptId);
  if (open) {
    throw invalid('steeringCommittee.openExists', { unit: unit.name, name: open.name }, [
      { path: 'body.unitId', message: 'msg:steeringCommittee.openExists' },
    ]);
  }
}

/** Steering Committees (BCĐ 138): one open committee per unit, with members and assignments. */
export const steeringCommitteeRegistry: Registry<Row, typeof SteeringCommitteeBody.shape, Own, Extra> = {
  name: 'steeringCommittee',
  title: { vi: 'Ban Chỉ đạo', en: 'Steering committees' },
  table: steeringCommittees,
  perms: { read: 'registry.read', manage: 'steeringCommittee.manage' },
  body: SteeringCommitteeBody,
  columns,
  search: [steeringCommittees.name, steeringCommittees.decisionNumber],
  period: { column: steeringCommittees.establishedOn, kind: 'date' },
  orderBy: [orgUnits.path, desc(steeringCommittees.establishedOn)],
  filters: {
    query: SteeringCommitteeFilters,
    where: (q) => [q.hasHead === 'true' ? headSql : q.hasHead === 'false' ? sql`not ${headSql}` : undefined],
  },
  sums: (at) => ({ activeMembers: membersAt(at), activeAssignments: assignmentsAt(at) }),
  check: async (input, body) => {
    if (body.establishedOn > input.today) {
      throw invalid('registry.dateInFuture', { date: displayDate(body.establishedOn) }, [
        { path: 'body.establishedOn', message: 'msg:registry.dateInFuture' },
      ]);
    }
    const moved = input.existing && input.existing.unitId !== input.unit.id;
    if (moved) {
      // assignments are checked against the committee's unit subtree: a move would strand them
      const [n] = await input.tx
        .select({ n: sql<number>`count(*)::int` })
        .from(committeeAssignments)
        .where(eq(committeeAssignments.committeeId, input.existing!.id));
      if (Number(n?.n ?? 0) > 0) {
        throw invalid('steeringCommittee.unitFixed', {}, [
          { path: 'body.unitId', message: 'msg:steeringCommittee.unitFixed' },
        ]);
      }
    }
    await oneOpenPerUnit(input, input.existing?.id);
  },
  reopenCheck: (input, row) => oneOpenPerUnit(input, row.id),
  values: (b) => ({ ...b }),
  present: async (db, rows) => {
    const summaries = await memberSummaries(
      db,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      establishedOn: r.establishedOn,
      decisionNumber: r.decisionNumber,
      activeMembers: summaries.get(r.id)?.activeMembers ?? 0,
      head: summaries.get(r.id)?.head ?? null,
    }));
  },
  detail: async (db, row) => ({
    members: (await membersOf(db, row.id)).map(memberView),
    assignments: await assignmentsOf(db, row.id),
  }),
};
