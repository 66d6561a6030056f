import { and, eq, gte, isNotNull, isNull, like, lte, type SQL } from 'drizzle-orm';
import type {
  CaseDetail,
  CasePage,
  CloseCaseBody,
  CreateCaseBody,
  ListCasesQuery,
  UpdateCaseBody,
} from '../../../common/mediation/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { mediationCases, orgUnits } from '../../../db/schema/index.ts';
import { vietnamToday } from '../../../domain/calendar.ts';
import { caseDateProblems, isActive } from '../../../domain/mediation/rules.ts';
import { displayDate, escapeLike } from '../../../domain/text.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { conflict, type FieldError, invalid, notFound } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { authorize, scopeWhere } from '../../policy.ts';
import { getUnit } from '../org-unit/queries.ts';
import { caseSnapshot, presentCase, presentCaseRows } from './present.ts';
import { bumpCase, type CaseRecord, findCase, findCases, lockCase, lockTeam, mediatorsOf } from './queries.ts';

const today = (ctx: Ctx) => vietnamToday(ctx.clock.now());

/** Cases under the actor's units, newest receipt first; `open=true` keeps those not closed. */
export async function listCases(ctx: Ctx, q: ListCasesQuery): Promise<CasePage> {
  const filters: SQL[] = [scopeWhere(orgUnits.path, ctx.actor, 'mediation.read')];
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'mediation.read', unit);
    filters.push(like(orgUnits.path, `${escapeLike(unit.path)}%`));
  }
  if (q.teamId) filters.push(eq(mediationCases.teamId, q.teamId));
  if (q.from) filters.push(gte(mediationCases.receivedOn, q.from));
  if (q.to) filters.push(lte(mediationCases.receivedOn, q.to));
  if (q.outcome) filters.push(eq(mediationCases.outcome, q.outcome));
  if (q.open === 'true') filters.push(isNull(mediationCases.closedOn));
  if (q.open === 'false') filters.push(isNotNull(mediationCases.closedOn));
  const { rows, total } = await findCases(ctx.db, and(...filters)!, q.page, q.pageSize);
  return { items: await presentCaseRows(ctx.db, rows, today(ctx)), total, page: q.page, pageSize: q.pageSize };
}

export async function getCase(ctx: Ctx, id: number): Promise<CaseDetail> {
  const row = await findCase(ctx.db, id);
  if (!row) throw notFound();
  authorize(ctx.actor, 'mediation.read', { path: row.unit.path });
  return presentCase(ctx.db, ctx.actor, row, today(ctx));
}

/** Records a case received by a team still in being, with its mediators taken from that team. */
export async function createCase(ctx: Ctx, body: CreateCaseBody): Promise<CaseDetail> {
  return ctx.db.transaction(async (tx) => {
    const team = await lockTeam(tx, body.teamId);
    if (!team) throw invalid('notFound', {}, [{ path: 'body.teamId', message: 'msg:notFound' }]);
    const unit = await getUnit(tx, team.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'mediation.manage', unit);
    if (team.dissolvedOn) throw invalid('mediation.teamDissolved', { date: displayDate(team.dissolvedOn) });
    await assertCase(tx, ctx, team.id, body, null);
    const [c] = await tx
      .insert(mediationCases)
      .values({
        teamId: team.id,
        unitId: unit.id,
        unitPath: unit.path,
        subject: body.subject,
        parties: body.parties,
        receivedOn: body.receivedOn,
        startedOn: body.startedOn ?? null,
        mediatorIds: body.mediatorIds,
        note: body.note || null,
      })
      .returning();
    await audit(tx, ctx, c!, null);
    return current(tx, ctx, c!.id);
  });
}

/** Edits an open case. */
export async function updateCase(ctx: Ctx, id: number, body: UpdateCaseBody): Promise<CaseDetail> {
  return ctx.db.transaction(async (tx) => {
    const c = await writableCase(tx, ctx, id, body.version);
    await assertCase(tx, ctx, c.teamId, body, null);
    const after = await bumpCase(tx, id, {
      subject: body.subject,
      parties: body.parties,
      receivedOn: body.receivedOn,
      startedOn: body.startedOn ?? null,
      mediatorIds: body.mediatorIds,
      note: body.note || null,
    });
    await audit(tx, ctx, after, c);
    return current(tx, ctx, id);
  });
}

/** Closes a case with its outcome; a mediation that took place needs its start date. */
export async function closeCase(ctx: Ctx, id: number, body: CloseCaseBody): Promise<CaseDetail> {
  return ctx.db.transaction(async (tx) => {
    const c = await writableCase(tx, ctx, id, body.version);
    const startedOn = body.startedOn ?? c.startedOn;
    const problems: Problem[] = [];
    if (!body.outcome) problems.push({ path: 'body.outcome', key: 'mediation.outcomeRequired' });
    else if (body.outcome !== 'withdrawn' && !startedOn)
      problems.push({ path: 'body.startedOn', key: 'mediation.startRequired' });
    problems.push(...dateProblems({ receivedOn: c.receivedOn, startedOn, closedOn: body.closedOn }, ctx));
    throwFields(ctx, problems);
    const after = await bumpCase(tx, id, {
      startedOn,
      closedOn: body.closedOn,
      outcome: body.outcome!,
      note: body.note === undefined ? c.note : body.note || null,
    });
    await audit(tx, ctx, after, c);
    return current(tx, ctx, id);
  });
}

async function writableCase(tx: Tx, ctx: Ctx, id: number, version: number): Promise<CaseRecord> {
  const c = await lockCase(tx, id);
  if (!c) throw notFound();
  const unit = await getUnit(tx, c.unitId);
  if (!unit) throw notFound();
  authorize(ctx.actor, 'mediation.manage', unit);
  if (c.version !== version) throw conflict('mediation.caseStale', await current(tx, ctx, id));
  if (c.closedOn) throw invalid('mediation.caseClosed', { date: displayDate(c.closedOn) });
  return c;
}

/** Dates in order and not in the future; every mediator an active member of the case's team. */
async function assertCase(
  tx: Tx,
  ctx: Ctx,
  teamId: number,
  body: { receivedOn: string; startedOn?: string | null; mediatorIds: number[] },
  closedOn: string | null,
) {
  const problems = dateProblems({ ...body, closedOn }, ctx);
  const members = await mediatorsOf(tx, [teamId]);
  body.mediatorIds.forEach((mid, i) => {
    const m = members.find((x) => x.id === mid);
    if (!m || !isActive(m, today(ctx)))
      problems.push({ path: `body.mediatorIds.${i}`, key: 'mediation.mediatorNotInTeam' });
  });
  throwFields(ctx, problems);
}

type Problem = { path: string; key: string; date?: string };

/** One 422 naming every bad field, each message translated with its own date. */
function throwFields(ctx: Ctx, problems: Problem[]) {
  if (problems.length === 0) return;
  const params = (p: Problem) => ({ date: p.date ? displayDate(p.date) : '' });
  const fields: FieldError[] = problems.map((p) => ({ path: p.path, message: translate(p.key, ctx.lang, params(p)) }));
  throw invalid(problems[0]!.key, params(problems[0]!), fields);
}

const dateProblems = (d: Parameters<typeof caseDateProblems>[0], ctx: Ctx): Problem[] =>
  caseDateProblems(d, today(ctx)).map((p) => ({ path: `body.${p.field}`, key: p.key, date: p.date }));

async function current(tx: Tx, ctx: Ctx, id: number) {
  return presentCase(tx, ctx.actor, (await findCase(tx, id))!, today(ctx));
}

async function audit(tx: Tx, ctx: Ctx, c: CaseRecord, before: CaseRecord | null) {
  await recordAudit(tx, {
    action: 'mediation.caseSaved',
    actor: ctx.actor,
    // the area's path today: the stored one is not rewritten when units move
    unit: { id: c.unitId, path: (await getUnit(tx, c.unitId))?.path ?? c.unitPath },
    targetType: 'mediationCase',
    targetId: c.id,
    before: before ? caseSnapshot(before) : null,
    after: caseSnapshot(c),
    ip: ctx.ip,
  });
}
