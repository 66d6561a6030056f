import type { CaseDetail, CaseRow, MediatorView, TeamDetail, TeamRow } from '../../../common/mediation/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { isActive, lateStart, teamCompliance } from '../../../domain/mediation/rules.ts';
import type { Actor } from '../../context.ts';
import { can } from '../../policy.ts';
import { withPathNames } from '../org-unit/present.ts';
import {
  activeTeamCounts,
  type CaseListRow,
  type CaseRecord,
  type MediatorRecord,
  mediatorsOf,
  type TeamListRow,
  type TeamRecord,
} from './queries.ts';

type WithPath = Awaited<ReturnType<typeof withPathNames<TeamListRow['unit']>>>;

function mediatorView(m: MediatorRecord, today: string): MediatorView {
  return {
    id: m.id,
    fullName: m.fullName,
    gender: m.gender === 'female' ? 'female' : 'male',
    role: m.role === 'leader' ? 'leader' : 'member',
    ethnicMinority: m.ethnicMinority,
    joinedOn: m.joinedOn,
    leftOn: m.leftOn,
    active: isActive(m, today),
  };
}

function teamRow(r: TeamListRow, list: MediatorRecord[], teamsInArea: number, withPath: WithPath, today: string) {
  const dissolved = r.team.dissolvedOn !== null;
  const check = teamCompliance(list, today);
  const others = dissolved ? teamsInArea : teamsInArea - 1;
  const row: TeamRow = {
    id: r.team.id,
    unit: withPath(r.unit),
    name: r.team.name,
    establishedOn: r.team.establishedOn,
    dissolvedOn: r.team.dissolvedOn,
    activeMediators: check.active,
    women: check.women,
    leaderName: list.find((m) => m.role === 'leader' && isActive(m, today))?.fullName ?? null,
    warnings: dissolved ? [] : [...check.warnings, ...(others > 0 ? (['otherTeamInArea'] as const) : [])],
  };
  return { row, others };
}

/** Rows with their mediator counts and warnings: three queries whatever the number of rows. */
export async function presentTeamRows(db: Executor, rows: TeamListRow[], today: string): Promise<TeamRow[]> {
  const [withPath, all, counts] = await Promise.all([
    withPathNames(
      db,
      rows.map((r) => r.unit),
    ),
    mediatorsOf(
      db,
      rows.map((r) => r.team.id),
    ),
    activeTeamCounts(
      db,
      rows.map((r) => r.unit.id),
    ),
  ]);
  return rows.map(
    (r) =>
      teamRow(
        r,
        all.filter((m) => m.teamId === r.team.id),
        counts.get(r.unit.id) ?? 0,
        withPath,
        today,
      ).row,
  );
}

export async function presentTeam(db: Executor, actor: Actor, r: TeamListRow, today: string): Promise<TeamDetail> {
  const [withPath, list, counts] = await Promise.all([
    withPathNames(db, [r.unit]),
    mediatorsOf(db, [r.team.id]),
    activeTeamCounts(db, [r.unit.id]),
  ]);
  const { row, others } = teamRow(r, list, counts.get(r.unit.id) ?? 0, withPath, today);
  return {
    ...row,
    version: r.team.version,
    mediators: list.map((m) => mediatorView(m, today)),
    otherTeamsInArea: others,
    can: { manage: r.team.dissolvedOn === null && can(actor, 'mediation.manage', r.unit.path) },
  };
}

function caseRow(r: CaseListRow, withPath: WithPath, today: string): CaseRow {
  return {
    id: r.c.id,
    team: r.team,
    unit: withPath(r.unit),
    subject: r.c.subject,
    partyCount: r.c.parties.length,
    receivedOn: r.c.receivedOn,
    startedOn: r.c.startedOn,
    closedOn: r.c.closedOn,
    outcome: r.c.outcome,
    lateStart: lateStart(r.c, today),
  };
}

export async function presentCaseRows(db: Executor, rows: CaseListRow[], today: string): Promise<CaseRow[]> {
  const withPath = await withPathNames(
    db,
    rows.map((r) => r.unit),
  );
  return rows.map((r) => caseRow(r, withPath, today));
}

export async function presentCase(db: Executor, actor: Actor, r: CaseListRow, today: string): Promise<CaseDetail> {
  const [withPath, list] = await Promise.all([withPathNames(db, [r.unit]), mediatorsOf(db, [r.team.id])]);
  const names = new Map(list.map((m) => [m.id, m.fullName]));
  const open = r.c.closedOn === null;
  const manage = open && can(actor, 'mediation.manage', r.unit.path);
  return {
    ...caseRow(r, withPath, today),
    parties: r.c.parties,
    mediators: r.c.mediatorIds.map((id) => ({ id, fullName: names.get(id) ?? '' })),
    note: r.c.note,
    version: r.c.version,
    can: { edit: manage, close: manage },
  };
}

/** What the audit log keeps of a team and its mediators. */
export function teamSnapshot(t: TeamRecord, list: MediatorRecord[]) {
  return {
    name: t.name,
    establishedOn: t.establishedOn,
    dissolvedOn: t.dissolvedOn,
    version: t.version,
    mediators: list.map((m) => ({ id: m.id, fullName: m.fullName, gender: m.gender, role: m.role, leftOn: m.leftOn })),
  };
}

export function caseSnapshot(c: CaseRecord) {
  return {
    teamId: c.teamId,
    subject: c.subject,
    parties: c.parties,
    receivedOn: c.receivedOn,
    startedOn: c.startedOn,
    closedOn: c.closedOn,
    outcome: c.outcome,
    mediatorIds: c.mediatorIds,
    note: c.note,
    version: c.version,
  };
}
