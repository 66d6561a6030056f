import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { RegistryImportResult } from '../../common/registry/schemas.ts';
import type { Executor } from '../../db/client.ts';
import type { Label, SheetColumn } from '../../domain/registry/cells.ts';
import type { Ctx } from '../context.ts';
import { AppError, notFound, type RowError } from '../errors.ts';
import { getUnit, type UnitRow } from '../features/org-unit/queries.ts';
import { translate } from '../i18n/messages.ts';
import { authorize } from '../policy.ts';
import type { AnyRegistry, BaseRow } from './define.ts';
import { badRows, readImportRows } from './import-rows.ts';
import { findRecords, type ListQuery, listWhere, presentRecords, todayOf } from './read.ts';
import { unitLookup } from './units-in-file.ts';
import { applyUpdate, insertRecord } from './write.ts';
import { renderRegistryTemplate, renderRegistryXlsx } from './xlsx.ts';

/** The export cap: a list bigger than this is narrowed by unit or period first. */
export const EXPORT_LIMIT = 50_000;

const label = (vi: string, en: string): Label => ({ vi, en });
const idColumn: SheetColumn = { key: 'id', header: label('ID', 'ID'), type: 'int', width: 8 };
const unitColumn: SheetColumn = {
  key: 'unit',
  header: label('Đơn vị', 'Unit'),
  type: 'text',
  width: 28,
  example: 'Tổ dân phố 1 (hoặc mã xã 42565)',
};
const parentColumn: SheetColumn = {
  key: 'parent',
  header: label('Thuộc', 'Under'),
  type: 'text',
  width: 30,
  readOnly: true,
};
const closedColumns: SheetColumn[] = [
  { key: 'closedOn', header: label('Ngày dừng', 'Closed on'), type: 'date', width: 12, readOnly: true },
  { key: 'closeReason', header: label('Lý do dừng', 'Reason closed'), type: 'text', width: 24, readOnly: true },
];

/** Every column of a registry's files: ID and unit first, the registry's own, then the read-only status. */
export async function fileColumns(db: Executor, reg: AnyRegistry): Promise<SheetColumn[]> {
  const own = reg.sheetColumns ? await reg.sheetColumns(db) : reg.columns;
  return [idColumn, unitColumn, parentColumn, ...own, ...closedColumns];
}

/** The filtered list (no paging) in the import layout. */
export async function exportRecords(ctx: Ctx, reg: AnyRegistry, q: ListQuery): Promise<Buffer> {
  const where = await listWhere(ctx, reg, q);
  const rows = await findRecords(ctx.db, reg, where, EXPORT_LIMIT + 1);
  if (rows.length > EXPORT_LIMIT) throw new AppError(422, 'registry.exportTooBig', { limit: EXPORT_LIMIT });
  const views = await presentRecords(ctx, ctx.db, reg, rows);
  const sheet = views.map((v) => ({
    ...(reg.sheetRow ? reg.sheetRow(v) : v),
    id: v.id,
    unit: v.unit.code ?? v.unit.name,
    parent: v.unit.pathNames.slice(1).join(' › '),
    closedOn: v.closedOn,
    closeReason: v.closeReason,
  }));
  return renderRegistryXlsx({
    title: reg.title,
    columns: await fileColumns(ctx.db, reg),
    rows: sheet,
    lang: ctx.lang,
    today: todayOf(ctx),
  });
}

export async function registryTemplate(ctx: Ctx, reg: AnyRegistry) {
  return renderRegistryTemplate({ title: reg.title, columns: await fileColumns(ctx.db, reg), lang: ctx.lang });
}

/**
 * Imports a workbook into the chosen unit's subtree: rows with an ID update
 * that record, rows without one create a record. Every row is checked (cells,
 * schema, unit, the registry's rules) before anything is written, and all
 * rows are written in one transaction: one bad row and nothing changes.
 */
export async function importRecords(
  ctx: Ctx,
  reg: AnyRegistry,
  unitId: number,
  file: { data: Buffer; name: string },
): Promise<RegistryImportResult> {
  const root = await getUnit(ctx.db, unitId);
  if (!root) throw notFound();
  authorize(ctx.actor, reg.perms.manage, root);
  const schema = reg.body.extend({ id: z.number().int().positive().optional(), unit: z.string().optional() });
  const columns = await fileColumns(ctx.db, reg);
  const parsed = await readImportRows({
    data: file.data,
    fileName: file.name,
    columns,
    schema,
    lang: ctx.lang,
  });
  if (parsed.errors.length === 0 && parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  return ctx.db.transaction(async (tx) => {
    const errors: RowError[] = [...parsed.errors];
    const units = await unitLookup(
      tx,
      root,
      parsed.rows.map((r) => r.values.unit as string | undefined),
    );
    const ids = parsed.rows.map((r) => r.values.id as number | undefined).filter((x): x is number => !!x);
    const existing = new Map<number, BaseRow>();
    if (ids.length > 0) {
      const rows = (await tx.select().from(reg.table).where(inArray(reg.table.id, ids)).for('update')) as BaseRow[];
      for (const r of rows) existing.set(r.id, r);
    }
    const result = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };
    const unitHeader = unitColumn.header[ctx.lang];
    for (const { row, values } of parsed.rows) {
      const { id, unit: unitText, ...own } = values as Record<string, unknown> & { id?: number; unit?: string };
      const found = units(unitText);
      if ('error' in found) {
        errors.push({
          row,
          column: unitHeader,
          message: translate(`registry.unit.${found.error}`, ctx.lang, { unit: unitText ?? '' }),
        });
        continue;
      }
      try {
        await writeRow(tx, ctx, reg, { id, own, unit: found.unit, existing, result });
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        errors.push(...rowErrorsOf(e, row, columns, ctx.lang));
      }
    }
    // Rolls the whole transaction back: the rows written so far must not stay.
    if (errors.length > 0) throw badRows(errors);
    return result;
  });
}

type RowWrite = {
  id?: number;
  own: Record<string, unknown>;
  unit: UnitRow;
  existing: Map<number, BaseRow>;
  result: RegistryImportResult;
};

async function writeRow(tx: Parameters<typeof insertRecord>[0], ctx: Ctx, reg: AnyRegistry, w: RowWrite) {
  authorize(ctx.actor, reg.perms.manage, w.unit);
  if (w.id === undefined) {
    if (w.unit.status !== 'active') throw new AppError(422, 'registry.unitInactive', { unit: w.unit.name });
    await insertRecord(tx, ctx, reg, { ...w.own, unitId: w.unit.id }, w.unit);
    w.result.created++;
    return;
  }
  const rec = w.existing.get(w.id);
  const recUnit = rec && (await getUnit(tx, rec.unitId));
  if (!rec || !recUnit) throw new AppError(422, 'registry.idUnknown', { id: w.id });
  authorize(ctx.actor, reg.perms.manage, recUnit);
  const values = reg.values(w.own);
  const same =
    rec.unitId === w.unit.id &&
    Object.entries(values).every(([k, v]) => sameValue((rec as Record<string, unknown>)[k], v));
  if (same) {
    w.result.unchanged++;
    return;
  }
  if (rec.closedOn) throw new AppError(422, 'registry.closed', { date: rec.closedOn.split('-').reverse().join('/') });
  await applyUpdate(tx, ctx, reg, rec, recUnit, w.own, w.unit.id);
  w.result.updated++;
}

/** Equal as stored: JSON values by content, empty text as null. */
function sameValue(a: unknown, b: unknown) {
  const norm = (v: unknown) => (v === '' || v === undefined ? null : v);
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/** A rule's error (field paths `body.x`) as row errors naming the column. */
function rowErrorsOf(e: AppError, row: number, cols: SheetColumn[], lang: Ctx['lang']): RowError[] {
  const title = translate(e.key, lang, e.params);
  if (!e.fields || e.fields.length === 0) return [{ row, column: null, message: title }];
  return e.fields.map((f) => {
    const key = f.path.replace(/^body\./, '').split('.')[0];
    const col = cols.find((c) => c.key === key || (key === 'unitId' && c.key === 'unit'));
    const message = f.message.startsWith('msg:') ? translate(f.message.slice(4), lang, e.params) : f.message;
    return { row, column: col ? col.header[lang] : null, message };
  });
}
