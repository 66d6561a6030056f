import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ImportResult } from '../../../../common/org-unit/schemas.ts';
import { queryRows, type Tx } from '../../../../db/client.ts';
import { orgUnits } from '../../../../db/schema/index.ts';
import { childPath } from '../../../../domain/org-unit/rules.ts';
import { foldText } from '../../../../domain/text.ts';
import { recordAudit } from '../../../audit.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, notFound } from '../../../errors.ts';
import { authorize } from '../../../policy.ts';
import { readUnitList, type UnitListRow } from '../import-file.ts';
import type { UnitRow } from '../queries.ts';
import { reparent } from './write-helpers.ts';

type Level = 'province' | 'district' | 'commune';
type Wanted = { level: Level; code: string; name: string; typeLabel: string | null; parentKey: string | null };
const key = (level: Level, code: string) => `${level}:${code}`;

export type ImportProgress = (done: number, total: number) => void;

/**
 * Imports the official unit list: every row valid or nothing written; units
 * are matched by level and code, so a re-import updates names and parents and
 * never duplicates.
 */
export async function importUnitList(
  ctx: Ctx,
  file: { data: Buffer; name: string },
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const parsed = await readUnitList(file.data, file.name, ctx.lang);
  if (parsed.errors.length > 0) {
    throw new AppError(
      422,
      'import.badRows',
      { count: new Set(parsed.errors.map((e) => e.row)).size },
      { rows: parsed.errors },
    );
  }
  if (parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  const wanted = wantedUnits(parsed.rows);
  return ctx.db.transaction(async (tx) => {
    const [root] = await tx.select().from(orgUnits).where(eq(orgUnits.depth, 0)).limit(1);
    if (!root) throw notFound();
    const existing = await loadExisting(tx, wanted);
    const counts = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };
    let done = 0;
    for (const level of ['province', 'district', 'commune'] as const) {
      const batch = wanted.filter((w) => w.level === level);
      const fresh: Wanted[] = [];
      for (const w of batch) {
        const row = existing.get(key(level, w.code));
        const parent = w.parentKey ? existing.get(w.parentKey)! : root;
        // Both ends of every change must be in the actor's subtrees: the unit
        // as it is now, and where the file puts it.
        authorize(ctx.actor, 'unit.import', parent);
        if (row) authorize(ctx.actor, 'unit.import', row);
        if (!row) fresh.push(w);
        else if (await updateIfChanged(tx, row, w, parent)) counts.updated++;
        else counts.unchanged++;
        onProgress?.(++done, wanted.length);
      }
      for (const u of await insertMany(tx, fresh, existing, root)) existing.set(key(level, u.code!), u);
      counts.created += fresh.length;
    }
    await recordAudit(tx, {
      action: 'unit.imported',
      actor: ctx.actor,
      unit: root,
      targetType: 'file',
      targetId: file.name,
      after: counts,
      ip: ctx.ip,
    });
    return counts;
  });
}

/** One entry per distinct province, district and commune of the file, parents first. */
function wantedUnits(rows: UnitListRow[]): Wanted[] {
  const out = new Map<string, Wanted>();
  for (const r of rows) {
    const pk = key('province', r.provinceCode);
    if (!out.has(pk))
      out.set(pk, {
        level: 'province',
        code: r.provinceCode,
        name: r.provinceName,
        typeLabel: provinceType(r.provinceName),
        parentKey: null,
      });
    let parentKey = pk;
    if (r.districtCode && r.districtName) {
      parentKey = key('district', r.districtCode);
      if (!out.has(parentKey))
        out.set(parentKey, {
          level: 'district',
          code: r.districtCode,
          name: r.districtName,
          typeLabel: null,
          parentKey: pk,
        });
    }
    if (r.communeCode && r.communeName) {
      out.set(key('commune', r.communeCode), {
        level: 'commune',
        code: r.communeCode,
        name: r.communeName,
        typeLabel: r.communeType,
        parentKey,
      });
    }
  }
  return [...out.values()];
}

const provinceType = (name: string) => (foldText(name).startsWith('thanh pho') ? 'Thành phố' : 'Tỉnh');

async function loadExisting(tx: Tx, wanted: Wanted[]) {
  const map = new Map<string, UnitRow>();
  for (const level of ['province', 'district', 'commune'] as const) {
    const codes = wanted.filter((w) => w.level === level).map((w) => w.code);
    for (let i = 0; i < codes.length; i += 5000) {
      const rows = await tx
        .select()
        .from(orgUnits)
        .where(
          and(
            eq(orgUnits.kind, 'administrative'),
            eq(orgUnits.level, level),
            inArray(orgUnits.code, codes.slice(i, i + 5000)),
          ),
        )
        .for('update');
      for (const r of rows) map.set(key(level, r.code!), r);
    }
  }
  return map;
}

async function updateIfChanged(tx: Tx, row: UnitRow, w: Wanted, parent: UnitRow): Promise<boolean> {
  if (row.status !== 'active') return false;
  const typeLabel = w.typeLabel ?? row.typeLabel;
  const renamed = row.name !== w.name || row.typeLabel !== typeLabel;
  const moved = row.parentId !== parent.id;
  if (!renamed && !moved) return false;
  if (moved) {
    // Re-read the path: an ancestor may have moved earlier in this import.
    const [current] = await tx
      .select({ id: orgUnits.id, path: orgUnits.path, depth: orgUnits.depth })
      .from(orgUnits)
      .where(eq(orgUnits.id, row.id));
    await reparent(tx, current!, parent);
  }
  const [after] = await tx
    .update(orgUnits)
    .set({
      name: w.name,
      searchName: foldText(w.name),
      typeLabel,
      updatedAt: new Date(),
      ...(moved ? {} : { version: sql`${orgUnits.version} + 1` }),
    })
    .where(eq(orgUnits.id, row.id))
    .returning();
  Object.assign(row, after);
  return true;
}

async function insertMany(tx: Tx, fresh: Wanted[], existing: Map<string, UnitRow>, root: UnitRow): Promise<UnitRow[]> {
  if (fresh.length === 0) return [];
  const ids = await queryRows<{ id: string }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('org_units', 'id')) as id from generate_series(1, ${fresh.length})`,
  );
  const values = fresh.map((w, i) => {
    const id = Number(ids[i]!.id);
    const parent = w.parentKey ? existing.get(w.parentKey)! : root;
    return {
      id,
      code: w.code,
      name: w.name,
      searchName: foldText(w.name),
      level: w.level,
      kind: 'administrative' as const,
      typeLabel: w.typeLabel,
      parentId: parent.id,
      path: childPath(parent.path, id),
      depth: parent.depth + 1,
    };
  });
  const out: UnitRow[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    out.push(
      ...(await tx
        .insert(orgUnits)
        .values(values.slice(i, i + 1000))
        .returning()),
    );
  }
  return out;
}
