import { and, eq, like, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { RegistryImportResult } from '../../../common/registry/schemas.ts';
import { PeriodText } from '../../../common/security-team/staffing.ts';
import { orgUnits, policeStaffing } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { escapeLike } from '../../../domain/text.ts';
import type { Ctx } from '../../context.ts';
import { AppError, notFound, type RowError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { authorize, scopeWhere } from '../../policy.ts';
import { badRows, readImportRows } from '../../registry/import-rows.ts';
import { EXPORT_LIMIT } from '../../registry/transfer.ts';
import { unitLookup } from '../../registry/units-in-file.ts';
import { renderRegistryTemplate, renderRegistryXlsx } from '../../registry/xlsx.ts';
import { getUnit } from '../org-unit/queries.ts';
import { findStaffing, present, upsertStaffing } from './staffing.ts';

const title = { vi: 'Lực lượng Công an xã', en: 'Commune police staffing' };
const columns: SheetColumn[] = [
  {
    key: 'unit',
    header: { vi: 'Xã, phường', en: 'Commune' },
    type: 'text',
    required: true,
    width: 28,
    example: 'Phường Thành Sen (hoặc mã 18070)',
  },
  {
    key: 'period',
    header: { vi: 'Kỳ', en: 'Period' },
    type: 'text',
    required: true,
    width: 10,
    example: '2026, 2026S1, 2026Q3, 2026M03',
  },
  { key: 'regular', header: { vi: 'Công an xã chính quy', en: 'Regular' }, type: 'int', required: true, width: 14 },
  {
    key: 'semiProfessional',
    header: { vi: 'Bán chuyên trách', en: 'Semi-professional' },
    type: 'int',
    required: true,
    width: 14,
  },
  { key: 'note', header: { vi: 'Ghi chú', en: 'Note' }, type: 'text', width: 30 },
];
const Row = z.object({
  unit: z.string(),
  period: PeriodText,
  regular: z.number().int().min(0).max(10_000),
  semiProfessional: z.number().int().min(0).max(10_000),
  note: z.string().max(1000).optional(),
});

/** Staffing figures in the actor's units (under `unitId`, of `period`), in the import layout. */
export async function exportStaffing(ctx: Ctx, q: { unitId?: number; period?: string }) {
  const where: (SQL | undefined)[] = [scopeWhere(orgUnits.path, ctx.actor, 'registry.read')];
  if (q.unitId) {
    const unit = await getUnit(ctx.db, q.unitId);
    if (!unit) throw notFound();
    authorize(ctx.actor, 'registry.read', unit);
    where.push(like(orgUnits.path, `${escapeLike(unit.path)}%`));
  }
  if (q.period) where.push(eq(policeStaffing.period, q.period));
  const rows = await findStaffing(ctx.db, and(...where), EXPORT_LIMIT + 1, 0);
  if (rows.length > EXPORT_LIMIT) throw new AppError(422, 'registry.exportTooBig', { limit: EXPORT_LIMIT });
  const views = await present(ctx, ctx.db, rows);
  return renderRegistryXlsx({
    title,
    columns,
    rows: views.map((v) => ({ ...v, unit: v.unit.code ?? v.unit.name })),
    lang: ctx.lang,
    today: ctx.clock.now().toISOString().slice(0, 10),
  });
}

export const staffingTemplate = (ctx: Ctx) => renderRegistryTemplate({ title, columns, lang: ctx.lang });

/**
 * Imports a period's figures for the communes under `unitId`: one row per
 * commune and period, created or overwritten. Every row is checked first
 * (cells, commune in the subtree, no commune twice for a period); one bad row
 * and nothing is written.
 */
export async function importStaffing(ctx: Ctx, unitId: number, file: { data: Buffer; name: string }) {
  const root = await getUnit(ctx.db, unitId);
  if (!root) throw notFound();
  authorize(ctx.actor, 'securityTeam.manage', root);
  const parsed = await readImportRows({ data: file.data, fileName: file.name, columns, schema: Row, lang: ctx.lang });
  if (parsed.errors.length === 0 && parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  return ctx.db.transaction(async (tx): Promise<RegistryImportResult> => {
    const errors: RowError[] = [...parsed.errors];
    const units = await unitLookup(
      tx,
      root,
      parsed.rows.map((r) => r.values.unit),
    );
    const seen = new Map<string, number>();
    const result = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };
    const at = (row: number, key: string, message: string) =>
      errors.push({ row, column: columns.find((c) => c.key === key)!.header[ctx.lang], message });
    for (const { row, values } of parsed.rows) {
      const found = units(values.unit);
      if ('error' in found) {
        at(row, 'unit', translate(`registry.unit.${found.error}`, ctx.lang, { unit: values.unit }));
        continue;
      }
      const unit = found.unit;
      if (unit.level !== 'commune' || unit.status !== 'active') {
        at(row, 'unit', translate('staffing.unitLevel', ctx.lang, { unit: unit.name }));
        continue;
      }
      const key = `${unit.id}:${values.period}`;
      if (seen.has(key)) {
        at(row, 'period', translate('staffing.duplicateRow', ctx.lang, { row: seen.get(key)!, unit: unit.name }));
        continue;
      }
      seen.set(key, row);
      const [before] = await tx
        .select()
        .from(policeStaffing)
        .where(and(eq(policeStaffing.unitId, unit.id), eq(policeStaffing.period, values.period)));
      const note = values.note ?? null;
      if (
        before &&
        before.regular === values.regular &&
        before.semiProfessional === values.semiProfessional &&
        (before.note ?? null) === note
      ) {
        result.unchanged++;
        continue;
      }
      await upsertStaffing(tx, ctx, unit, { ...values, note });
      if (before) result.updated++;
      else result.created++;
    }
    // Rolls the whole transaction back: the rows written so far must not stay.
    if (errors.length > 0) throw badRows(errors);
    return result;
  });
}
