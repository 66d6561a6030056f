import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CriteriaSetDefinition } from '../../../common/criteria/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { criteriaSets } from '../../../db/schema/index.ts';
import { validateCriteriaSet } from '../../../domain/evaluation/validate.ts';

/** The Ministry's sets, one JSON file per regulation version and unit type. */
export const referenceCriteriaDir = fileURLToPath(new URL('../../../../reference/criteria/', import.meta.url));

export type ReferenceSet = { file: string; version: number; definition: CriteriaSetDefinition };

/** `commune.json` is version 1; a later revision of the same set is `commune.v2.json`. */
const versionOf = (file: string) => Number(/\.v(\d+)\.json$/.exec(file)?.[1] ?? 1);

/**
 * Reads every reference file and refuses the whole lot if one is not a valid,
 * usable set: a broken file must stop the server at start, not surface later
 * as a wrong classification.
 */
export async function loadReferenceCriteriaSets(dir = referenceCriteriaDir): Promise<ReferenceSet[]> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
  const sets: ReferenceSet[] = [];
  for (const file of files) {
    const where = `reference/criteria/${file}`;
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch (err) {
      throw new Error(`${where}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = CriteriaSetDefinition.safeParse(raw);
    if (!parsed.success) throw new Error(`${where}: ${z.prettifyError(parsed.error)}`);
    const issues = validateCriteriaSet(parsed.data);
    if (issues.length > 0)
      throw new Error(`${where}: ${issues.map((i) => `${i.path} ${i.key} ${JSON.stringify(i.params)}`).join('; ')}`);
    sets.push({ file, version: versionOf(file), definition: parsed.data });
  }
  const keys = sets.map((s) => `${s.definition.code}@${s.version}`);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new Error(`reference/criteria: ${twice} is defined by more than one file`);
  return sets;
}

/**
 * Inserts every reference (code, version) the table does not hold yet, as an
 * active Ministry set. Idempotent, and it never touches an existing row: a set
 * a past year was scored with stays as it was.
 */
export async function syncReferenceCriteriaSets(db: Executor): Promise<{ inserted: number }> {
  const sets = await loadReferenceCriteriaSets();
  if (sets.length === 0) return { inserted: 0 };
  const rows = await db
    .insert(criteriaSets)
    .values(
      sets.map((s) => ({
        code: s.definition.code,
        version: s.version,
        kind: s.definition.kind,
        name: s.definition.name,
        appliesTo: s.definition.appliesTo,
        status: 'active' as const,
        origin: 'reference' as const,
        ownerUnitId: null,
        ownerPath: null,
        definition: s.definition,
      })),
    )
    .onConflictDoNothing({ target: [criteriaSets.code, criteriaSets.version] })
    .returning({ id: criteriaSets.id });
  return { inserted: rows.length };
}
