import {
  type CriteriaIssue,
  CriteriaSetDefinition,
  type CriteriaSetDetail,
  type CriteriaSetSummary,
} from '../../../common/criteria/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { validateCriteriaSet } from '../../../domain/evaluation/validate.ts';
import type { Actor } from '../../context.ts';
import { type Lang, translate } from '../../i18n/messages.ts';
import { describeIssue } from '../../i18n/zod-issues.ts';
import { can, holdsAnywhere } from '../../policy.ts';
import { inUseIds, rootUnit, type SetRow, unitNames } from './queries.ts';

/**
 * What keeps a set from being used, in the reader's language: the schema's
 * complaints first (a stored set may predate a stricter schema), else the
 * rules of `validateCriteriaSet`.
 */
export function issuesOf(definition: unknown, lang: Lang): CriteriaIssue[] {
  const parsed = CriteriaSetDefinition.safeParse(definition);
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({
      path: i.path.join('.'),
      key: i.message.startsWith('msg:') ? i.message.slice(4) : 'validation',
      params: {},
      message: describeIssue(i as never, lang),
    }));
  return validateCriteriaSet(parsed.data).map((i) => ({ ...i, message: translate(i.key, lang, i.params) }));
}

/** Who may change a set: `criteria.manage` on its owner, on the national root for the Ministry's. */
export function managesSet(actor: Actor, row: Pick<SetRow, 'ownerPath'>, rootPath: string): boolean {
  return can(actor, 'criteria.manage', row.ownerPath ?? rootPath);
}

function summarize(row: SetRow, owners: Map<number, string>, inUse: Set<number>): CriteriaSetSummary {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    kind: row.kind,
    name: row.name,
    appliesTo: row.appliesTo as CriteriaSetSummary['appliesTo'],
    status: row.status,
    origin: row.origin,
    provenance: row.definition.provenance,
    ownerUnit: row.ownerUnitId === null ? null : { id: row.ownerUnitId, name: owners.get(row.ownerUnitId) ?? '' },
    inUse: inUse.has(row.id),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Rows for a list: owner names and the in-use mark in two queries, whatever the page size. */
export async function presentSummaries(db: Executor, rows: SetRow[]): Promise<CriteriaSetSummary[]> {
  const [owners, inUse] = await Promise.all([
    unitNames(
      db,
      rows.flatMap((r) => (r.ownerUnitId === null ? [] : [r.ownerUnitId])),
    ),
    inUseIds(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => summarize(r, owners, inUse));
}

export async function presentDetail(db: Executor, row: SetRow, actor: Actor, lang: Lang): Promise<CriteriaSetDetail> {
  const [summary] = await presentSummaries(db, [row]);
  const root = await rootUnit(db);
  const manage = managesSet(actor, row, root?.path ?? '/');
  const issues = issuesOf(row.definition, lang);
  const frozen = summary!.inUse;
  return {
    ...summary!,
    definition: row.definition,
    rowVersion: row.rowVersion,
    issues,
    can: {
      edit: manage && row.status === 'draft' && !frozen,
      activate: manage && row.status === 'draft' && !frozen && issues.length === 0,
      retire: manage && row.status === 'active',
      newVersion: holdsAnywhere(actor, 'criteria.manage'),
    },
  };
}
