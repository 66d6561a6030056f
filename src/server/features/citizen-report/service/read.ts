import { and, eq, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type {
  CommuneOption,
  DuplicateCandidate,
  ListReportsQuery,
  ReportDetail,
  ReportKind,
  ReportPage,
} from '../../../../common/citizen-report/schemas.ts';
import { openStatuses } from '../../../../common/citizen-report/schemas.ts';
import { citizenReports, orgUnits } from '../../../../db/schema/index.ts';
import { vietnamToday } from '../../../../domain/calendar.ts';
import { type DuplicateInput, duplicateRules, findDuplicates } from '../../../../domain/citizen-report/duplicates.ts';
import { addDays } from '../../../../domain/evaluation/deadlines.ts';
import { escapeLike, foldText } from '../../../../domain/text.ts';
import type { Ctx } from '../../../context.ts';
import { normaliseCode } from '../../../crypto/receipt.ts';
import { notFound } from '../../../errors.ts';
import { authorize, can, scopeWhere } from '../../../policy.ts';
import { foldedContains } from '../../../search.ts';
import { withPathNames } from '../../org-unit/present.ts';
import { getUnit } from '../../org-unit/queries.ts';
import { presentDetail, presentRow } from '../present.ts';
import {
  duplicateCandidates,
  duplicatesOfThis,
  eventsOf,
  filesOf,
  findReports,
  getFile,
  getListRow,
  identityViewsOf,
  messagesOf,
  type ReportRowDb,
  triageHolders,
} from '../queries.ts';
import { readableReport, todayOf } from './load.ts';

const receivedOnSql = sql`(${citizenReports.receivedAt} at time zone 'Asia/Ho_Chi_Minh')::date`;

function listFilters(ctx: Ctx, q: ListReportsQuery, today: string): SQL[] {
  const f: SQL[] = [scopeWhere(citizenReports.unitPath, ctx.actor, 'report.read')];
  const open = inArray(citizenReports.status, [...openStatuses]);
  if (q.status === 'open') f.push(open);
  else if (q.status === 'closed') f.push(sql`not ${open}`);
  else if (q.status) f.push(eq(citizenReports.status, q.status));
  if (q.type) f.push(eq(citizenReports.type, q.type));
  if (q.kind) f.push(eq(citizenReports.kind, q.kind));
  if (q.category) f.push(eq(citizenReports.category, q.category));
  if (q.priority) f.push(eq(citizenReports.priority, q.priority));
  if (q.due === 'overdue') f.push(open, lt(citizenReports.dueOn, today));
  if (q.due === 'dueSoon')
    f.push(open, sql`${citizenReports.dueOn} between ${today}::date and ${addDays(today, 5)}::date`);
  if (q.assigned === 'me') f.push(eq(citizenReports.assignedTo, ctx.actor.id));
  if (q.assigned === 'none') f.push(isNull(citizenReports.assignedTo));
  if (q.duplicates === 'hide') f.push(isNull(citizenReports.duplicateOf));
  if (q.duplicates === 'only') f.push(isNotNull(citizenReports.duplicateOf));
  if (q.q) {
    f.push(or(eq(citizenReports.receiptCode, normaliseCode(q.q)), foldedContains(citizenReports.description, q.q))!);
  }
  return f;
}

/** The inbox: items routed to the actor's units (or one unit's subtree), newest first. */
export async function listReports(ctx: Ctx, q: ListReportsQuery): Promise<ReportPage> {
  const today = todayOf(ctx);
  const filters = listFilters(ctx, q, today);
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'report.read', unit);
    filters.push(sql`${citizenReports.unitPath} like ${`${unit.path}%`}`);
  }
  const { rows, total } = await findReports(ctx.db, and(...filters)!, q.page, q.pageSize);
  return { items: rows.map((r) => presentRow(r, today)), total, page: q.page, pageSize: q.pageSize };
}

const asInput = (r: {
  id: number;
  unitId: number;
  lat: number | null;
  lng: number | null;
  occurredOn: string | null;
  receivedAt: Date;
  description: string;
}): DuplicateInput => ({ ...r, receivedOn: vietnamToday(r.receivedAt) });

/** Possible duplicates of an item among those the actor can read (see domain/duplicates.ts). */
export async function possibleDuplicates(ctx: Ctx, r: ReportRowDb): Promise<DuplicateCandidate[]> {
  const item = asInput(r);
  const dates = [item.receivedOn, item.occurredOn].filter((d): d is string => d !== null).sort();
  const window = {
    from: addDays(dates[0]!, -duplicateRules.maxDays),
    to: addDays(dates.at(-1)!, duplicateRules.maxDays),
  };
  const scope = scopeWhere(citizenReports.unitPath, ctx.actor, 'report.read');
  const candidates = await duplicateCandidates(ctx.db, r, scope, window);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return findDuplicates(item, candidates.map(asInput)).map((m) => {
    const c = byId.get(m.id)!;
    return {
      ...m,
      receiptCode: c.receiptCode,
      kind: c.kind as ReportKind,
      summary: c.description.length > 140 ? `${c.description.slice(0, 137)}…` : c.description,
      receivedAt: c.receivedAt.toISOString(),
      status: c.status,
      linked: r.duplicateOf === c.id || c.duplicateOf === r.id,
    };
  });
}

/** Everything about an item except who reported it. */
export async function getReportDetail(ctx: Ctx, id: number): Promise<ReportDetail> {
  const r = await readableReport(ctx, id);
  const triage = can(ctx.actor, 'report.triage', r.unitPath);
  const [row, messages, files, events, identityViews, duplicates, ofThis, assignees] = await Promise.all([
    getListRow(ctx.db, id),
    messagesOf(ctx.db, id),
    filesOf(ctx.db, id),
    eventsOf(ctx.db, id),
    identityViewsOf(ctx.db, id),
    possibleDuplicates(ctx, r),
    duplicatesOfThis(ctx.db, id),
    triage ? triageHolders(ctx.db, r.unitPath) : Promise.resolve([]),
  ]);
  return presentDetail(
    r,
    row!,
    { messages, files, events, identityViews, duplicates, duplicatesOfThis: ofThis, assignees },
    ctx.actor,
    todayOf(ctx),
  );
}

/** An attachment of an item the actor may read. */
export async function getReportFile(ctx: Ctx, id: number, fileId: number) {
  await readableReport(ctx, id);
  const f = await getFile(ctx.db, id, fileId);
  if (!f) throw notFound();
  return f;
}

/**
 * Active communes anywhere, by name or code: the targets of a re-routing and
 * of a tip recorded by phone. Names of communes are public, so no scope.
 */
export async function searchCommunes(ctx: Ctx, q: string): Promise<CommuneOption[]> {
  const folded = foldText(q);
  const where = and(
    eq(orgUnits.level, 'commune'),
    eq(orgUnits.status, 'active'),
    folded ? or(ilike(orgUnits.searchName, `%${escapeLike(folded)}%`), eq(orgUnits.code, q.trim())) : undefined,
  );
  const rows = await ctx.db.select().from(orgUnits).where(where).orderBy(orgUnits.name).limit(30);
  const unitOf = await withPathNames(ctx.db, rows);
  return rows.map((r) => {
    const u = unitOf(r);
    // the national root is left out: every commune sits under it
    return { id: u.id, code: u.code, name: u.name, level: u.level, kind: u.kind, pathNames: u.pathNames.slice(1) };
  });
}

export { receivedOnSql };
