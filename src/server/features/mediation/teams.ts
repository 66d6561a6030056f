import { and, eq, isNotNull, isNull, like, type SQL } from 'drizzle-orm';
import type {
  CreateTeamBody,
  DissolveTeamBody,
  ListTeamsQuery,
  MediatorInput,
  MediatorLeaveBody,
  TeamDetail,
  TeamPage,
  UpdateTeamBody,
} from '../../../common/mediation/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { mediationTeams, mediators, orgUnits } from '../../../db/schema/index.ts';
import { vietnamToday } from '../../../domain/calendar.ts';
import { leaderTaken } from '../../../domain/mediation/rules.ts';
import { displayDate, escapeLike } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { authorize, scopeWhere } from '../../policy.ts';
import { foldedContains } from '../../search.ts';
import { getUnit } from '../org-unit/queries.ts';
import { presentTeam, presentTeamRows, teamSnapshot } from './present.ts';
import { bumpTeam, findTeam, findTeams, lockTeam, mediatorsOf } from './queries.ts';

const today = (ctx: Ctx) => vietnamToday(ctx.clock.now());

/** Teams under the actor's units (and under `unitId`), by area then name. */
export async function listTeams(ctx: Ctx, q: ListTeamsQuery): Promise<TeamPage> {
  const filters: SQL[] = [scopeWhere(orgUnits.path, ctx.actor, 'mediation.read')];
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'mediation.read', unit);
    filters.push(like(orgUnits.path, `${escapeLike(unit.path)}%`));
  }
  if (q.q) filters.push(foldedContains(mediationTeams.name, q.q));
  if (q.dissolved === 'false') filters.push(isNull(mediationTeams.dissolvedOn));
  if (q.dissolved === 'true') filters.push(isNotNull(mediationTeams.dissolvedOn));
  const { rows, total } = await findTeams(ctx.db, and(...filters)!, q.page, q.pageSize);
  return { items: await presentTeamRows(ctx.db, rows, today(ctx)), total, page: q.page, pageSize: q.pageSize };
}

export async function getTeam(ctx: Ctx, id: number): Promise<TeamDetail> {
  const row = await findTeam(ctx.db, id);
  if (!row) throw notFound();
  authorize(ctx.actor, 'mediation.read', { path: row.unit.path });
  return presentTeam(ctx.db, ctx.actor, row, today(ctx));
}

/** A team belongs to an active residential area; a second team in the area is allowed and warned about. */
export async function createTeam(ctx: Ctx, body: CreateTeamBody): Promise<TeamDetail> {
  return ctx.db.transaction(async (tx) => {
    const unit = await getUnit(tx, body.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'mediation.manage', unit);
    if (unit.level !== 'residentialArea' || unit.status !== 'active') {
      throw invalid('mediation.notResidentialArea', { unit: unit.name }, [
        { path: 'body.unitId', message: 'msg:mediation.notResidentialArea' },
      ]);
    }
    assertNotFuture(ctx, body.establishedOn, 'body.establishedOn');
    const [team] = await tx
      .insert(mediationTeams)
      .values({ unitId: unit.id, unitPath: unit.path, name: body.name, establishedOn: body.establishedOn ?? null })
      .returning();
    await audit(tx, ctx, team!, null, teamSnapshot(team!, []));
    return current(tx, ctx, team!.id);
  });
}

export async function updateTeam(ctx: Ctx, id: number, body: UpdateTeamBody): Promise<TeamDetail> {
  return ctx.db.transaction(async (tx) => {
    const { team, before } = await writableTeam(tx, ctx, id, body.version);
    assertNotFuture(ctx, body.establishedOn, 'body.establishedOn');
    const after = await bumpTeam(tx, id, { name: body.name, establishedOn: body.establishedOn ?? null });
    await audit(tx, ctx, team, before, teamSnapshot(after, await mediatorsOf(tx, [id])));
    return current(tx, ctx, id);
  });
}

/** Dissolves a team (it stays for history and statistics); its active mediators leave on the same day. */
export async function dissolveTeam(ctx: Ctx, id: number, body: DissolveTeamBody): Promise<TeamDetail> {
  return ctx.db.transaction(async (tx) => {
    const { team, before } = await writableTeam(tx, ctx, id, body.version);
    assertNotFuture(ctx, body.dissolvedOn, 'body.dissolvedOn');
    if (team.establishedOn && body.dissolvedOn < team.establishedOn) {
      throw invalid('mediation.dissolveBeforeEstablished', { date: displayDate(team.establishedOn) }, [
        { path: 'body.dissolvedOn', message: 'msg:mediation.dissolveBeforeEstablished' },
      ]);
    }
    await tx
      .update(mediators)
      .set({ leftOn: body.dissolvedOn })
      .where(and(eq(mediators.teamId, id), isNull(mediators.leftOn)));
    const after = await bumpTeam(tx, id, { dissolvedOn: body.dissolvedOn });
    await audit(tx, ctx, team, before, teamSnapshot(after, await mediatorsOf(tx, [id])));
    return current(tx, ctx, id);
  });
}

/** Adds a mediator; a second active leader is refused. */
export async function addMediator(ctx: Ctx, teamId: number, body: MediatorInput): Promise<TeamDetail> {
  return ctx.db.transaction(async (tx) => {
    const { team, before, list } = await writableTeam(tx, ctx, teamId, body.version);
    if (body.role === 'leader' && leaderTaken(list, today(ctx))) throw leaderError();
    assertNotFuture(ctx, body.joinedOn, 'body.joinedOn');
    await tx.insert(mediators).values({ teamId, ...mediatorValues(body) });
    const after = await bumpTeam(tx, teamId, {});
    await audit(tx, ctx, team, before, teamSnapshot(after, await mediatorsOf(tx, [teamId])));
    return current(tx, ctx, teamId);
  });
}

export async function updateMediator(ctx: Ctx, teamId: number, mediatorId: number, body: MediatorInput) {
  return ctx.db.transaction(async (tx) => {
    const { team, before, list } = await writableTeam(tx, ctx, teamId, body.version);
    const m = list.find((x) => x.id === mediatorId);
    if (!m) throw notFound();
    if (body.role === 'leader' && leaderTaken(list, today(ctx), mediatorId)) throw leaderError();
    assertNotFuture(ctx, body.joinedOn, 'body.joinedOn');
    await tx.update(mediators).set(mediatorValues(body)).where(eq(mediators.id, mediatorId));
    const after = await bumpTeam(tx, teamId, {});
    await audit(tx, ctx, team, before, teamSnapshot(after, await mediatorsOf(tx, [teamId])));
    return current(tx, ctx, teamId);
  });
}

/** A mediator stops (thôi làm hòa giải viên); they stay listed, inactive, for the logbook. */
export async function mediatorLeaves(ctx: Ctx, teamId: number, mediatorId: number, body: MediatorLeaveBody) {
  return ctx.db.transaction(async (tx) => {
    const { team, before, list } = await writableTeam(tx, ctx, teamId, body.version);
    const m = list.find((x) => x.id === mediatorId);
    if (!m) throw notFound();
    if (m.leftOn) throw invalid('mediation.alreadyLeft', { name: m.fullName, date: displayDate(m.leftOn) });
    assertNotFuture(ctx, body.leftOn, 'body.leftOn');
    if (m.joinedOn && body.leftOn < m.joinedOn) {
      throw invalid('mediation.leaveBeforeJoin', { date: displayDate(m.joinedOn) }, [
        { path: 'body.leftOn', message: 'msg:mediation.leaveBeforeJoin' },
      ]);
    }
    await tx.update(mediators).set({ leftOn: body.leftOn }).where(eq(mediators.id, mediatorId));
    const after = await bumpTeam(tx, teamId, {});
    await audit(tx, ctx, team, before, teamSnapshot(after, await mediatorsOf(tx, [teamId])));
    return current(tx, ctx, teamId);
  });
}

/** Locks the team; checks rights, that it is not dissolved and the version (409 with the team as it is). */
async function writableTeam(tx: Tx, ctx: Ctx, id: number, version: number) {
  const team = await lockTeam(tx, id);
  if (!team) throw notFound();
  const unit = await getUnit(tx, team.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'mediation.manage', unit);
  if (team.version !== version) throw conflict('mediation.teamStale', await current(tx, ctx, id));
  if (team.dissolvedOn) throw invalid('mediation.teamDissolved', { date: displayDate(team.dissolvedOn) });
  const list = await mediatorsOf(tx, [id]);
  return { team, unit, list, before: teamSnapshot(team, list) };
}

async function current(tx: Tx, ctx: Ctx, id: number) {
  return presentTeam(tx, ctx.actor, (await findTeam(tx, id))!, today(ctx));
}

function assertNotFuture(ctx: Ctx, date: string | null | undefined, path: string) {
  if (date && date > today(ctx)) {
    throw invalid('mediation.dateInFuture', { date: displayDate(date) }, [
      { path, message: 'msg:mediation.dateInFuture' },
    ]);
  }
}

const leaderError = () =>
  invalid('mediation.leaderTaken', {}, [{ path: 'body.role', message: 'msg:mediation.leaderTaken' }]);

function mediatorValues(b: MediatorInput) {
  return {
    fullName: b.fullName,
    gender: b.gender,
    role: b.role,
    ethnicMinority: b.ethnicMinority || null,
    joinedOn: b.joinedOn ?? null,
  };
}

async function audit(
  tx: Tx,
  ctx: Ctx,
  team: { id: number; unitId: number; unitPath: string },
  before: unknown,
  after: unknown,
) {
  await recordAudit(tx, {
    action: 'mediation.teamSaved',
    actor: ctx.actor,
    // the area's path today: the stored one is not rewritten when units move
    unit: { id: team.unitId, path: (await getUnit(tx, team.unitId))?.path ?? team.unitPath },
    targetType: 'mediationTeam',
    targetId: team.id,
    before,
    after,
    ip: ctx.ip,
  });
}
