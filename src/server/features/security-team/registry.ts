import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { UnitRef } from '../../../common/org-unit/schemas.ts';
import { SecurityTeamBody, SecurityTeamFilters } from '../../../common/security-team/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { orgUnits, securityTeamMembers, securityTeams } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { displayDate } from '../../../domain/text.ts';
import { invalid } from '../../errors.ts';
import type { Registry } from '../../registry/define.ts';
import { checkCoverage } from './coverage.ts';
import { teamDetail } from './detail.ts';

type Row = typeof securityTeams.$inferSelect;
export type TeamOwn = {
  id: number;
  name: string;
  establishedOn: string;
  decisionNumber: string | null;
  coveredUnitIds: number[];
  coveredUnits: UnitRef[];
  activeMembers: number;
  leaderName: string | null;
};

const columns: SheetColumn[] = [
  {
    key: 'name',
    header: { vi: 'Tên tổ', en: 'Team name' },
    type: 'text',
    required: true,
    width: 30,
    example: 'Tổ bảo vệ ANTT tổ dân phố 1',
  },
  {
    key: 'establishedOn',
    header: { vi: 'Ngày thành lập', en: 'Established on' },
    type: 'date',
    required: true,
    width: 14,
    example: '01/07/2024',
  },
  { key: 'decisionNumber', header: { vi: 'Số quyết định', en: 'Decision number' }, type: 'text', width: 18 },
  {
    key: 'covered',
    header: { vi: 'Địa bàn phụ trách', en: 'Areas covered' },
    type: 'text',
    width: 36,
    readOnly: true,
  },
  { key: 'activeMembers', header: { vi: 'Số thành viên', en: 'Members' }, type: 'int', width: 10, readOnly: true },
  { key: 'leaderName', header: { vi: 'Tổ trưởng', en: 'Leader' }, type: 'text', width: 24, readOnly: true },
];

/** Members of the team on day `at` (joined by then, not left), for the counts' sums. */
const membersAt = (at: string) => sql<number>`(select count(*) from security_team_members m
  where m.team_id = ${securityTeams.id} and m.joined_on <= ${at} and (m.left_on is null or m.left_on > ${at}))`;

/**
 * Grassroots security and order protection teams (tổ bảo vệ ANTT ở cơ sở).
 * A team hangs off a commune or one of its residential areas; in an import a
 * team of a residential area covers that area (the covered areas of a
 * commune-level team are chosen in the form).
 */
export const securityTeamRegistry: Registry<Row, typeof SecurityTeamBody.shape, TeamOwn> = {
  name: 'securityTeam',
  title: { vi: 'Tổ bảo vệ an ninh, trật tự', en: 'Security and order protection teams' },
  table: securityTeams,
  perms: { read: 'registry.read', manage: 'securityTeam.manage' },
  body: SecurityTeamBody,
  columns,
  search: [securityTeams.name, securityTeams.decisionNumber],
  period: { column: securityTeams.establishedOn, kind: 'date' },
  orderBy: [securityTeams.unitPath, securityTeams.name],
  filters: {
    query: SecurityTeamFilters,
    where: (q) => [
      q.coveredUnitId
        ? sql`${securityTeams.coveredUnitIds} @> ${JSON.stringify([Number(q.coveredUnitId)])}::jsonb`
        : undefined,
    ],
  },
  sums: (at) => ({ members: membersAt(at) }),
  check: async ({ tx, unit, today, existing }, body) => {
    if (body.establishedOn > today) {
      throw invalid('registry.dateInFuture', { date: displayDate(body.establishedOn) }, [
        { path: 'body.establishedOn', message: 'msg:registry.dateInFuture' },
      ]);
    }
    // The covered areas are settled here and written back into the body, because they depend on the unit.
    body.coveredUnitIds = await checkCoverage(tx, unit, body.coveredUnitIds, existing?.coveredUnitIds);
  },
  values: (b) => {
    const { coveredUnitIds, ...rest } = b;
    // absent from an import row: left out, so an unchanged row compares equal and check() fills it
    return coveredUnitIds && coveredUnitIds.length > 0 ? { ...rest, coveredUnitIds } : rest;
  },
  present: async (db, rows) => presentTeams(db, rows),
  detail: (db, row) => teamDetail(db, row.id),
  sheetRow: (v) => ({
    ...v,
    covered: v.coveredUnits.map((u) => u.name).join('; '),
  }),
};

/** Covered unit names, active members and leader of many teams in three queries. */
async function presentTeams(db: Executor, rows: Row[]): Promise<TeamOwn[]> {
  const ids = rows.map((r) => r.id);
  const unitIds = [...new Set(rows.flatMap((r) => r.coveredUnitIds))];
  // one after another: inside a write's transaction the queries share one connection
  const units =
    unitIds.length === 0
      ? []
      : await db
          .select({
            id: orgUnits.id,
            code: orgUnits.code,
            name: orgUnits.name,
            level: orgUnits.level,
            kind: orgUnits.kind,
          })
          .from(orgUnits)
          .where(inArray(orgUnits.id, unitIds));
  const counts =
    ids.length === 0
      ? []
      : await db
          .select({ teamId: securityTeamMembers.teamId, n: sql<number>`count(*)::int` })
          .from(securityTeamMembers)
          .where(and(inArray(securityTeamMembers.teamId, ids), isNull(securityTeamMembers.leftOn)))
          .groupBy(securityTeamMembers.teamId);
  const leaders =
    ids.length === 0
      ? []
      : await db
          .select({ teamId: securityTeamMembers.teamId, name: securityTeamMembers.fullName })
          .from(securityTeamMembers)
          .where(
            and(
              inArray(securityTeamMembers.teamId, ids),
              isNull(securityTeamMembers.leftOn),
              eq(securityTeamMembers.role, 'leader'),
            ),
          )
          .orderBy(desc(securityTeamMembers.id));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const countBy = new Map(counts.map((c) => [c.teamId, Number(c.n)]));
  const leaderBy = new Map(leaders.map((l) => [l.teamId, l.name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    establishedOn: r.establishedOn,
    decisionNumber: r.decisionNumber,
    coveredUnitIds: r.coveredUnitIds,
    coveredUnits: r.coveredUnitIds.map((id) => unitById.get(id)).filter((u) => u !== undefined),
    activeMembers: countBy.get(r.id) ?? 0,
    leaderName: leaderBy.get(r.id) ?? null,
  }));
}
