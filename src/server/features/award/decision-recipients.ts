import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type AwardRecipientBody, RecipientKind } from '../../../common/award/schemas.ts';
import type { RegistryImportResult } from '../../../common/registry/schemas.ts';
import type { Tx } from '../../../db/client.ts';
import { awardRecipients } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { AppError, invalid, type RowError } from '../../errors.ts';
import { translate } from '../../i18n/messages.ts';
import { badRows, readImportRows } from '../../registry/import-rows.ts';
import { getRecord, todayOf } from '../../registry/read.ts';
import { unitLookup } from '../../registry/units-in-file.ts';
import { bump, lockForWrite } from '../../registry/write.ts';
import { renderRegistryTemplate, renderRegistryXlsx } from '../../registry/xlsx.ts';
import { decisionRegistry } from './decision-registry.ts';
import { audit } from './proposal-recipients.ts';
import { recipientsOf, recipientValues, refreshRecipientNames } from './recipients.ts';

const kindOptions = [
  { value: 'collective', label: { vi: 'Tập thể', en: 'Collective' } },
  { value: 'individual', label: { vi: 'Cá nhân', en: 'Individual' } },
] as const;

export const recipientColumns: SheetColumn[] = [
  { key: 'id', header: { vi: 'ID', en: 'ID' }, type: 'int', width: 8 },
  {
    key: 'recipientKind',
    header: { vi: 'Tập thể/Cá nhân', en: 'Collective/Individual' },
    type: 'enum',
    options: kindOptions,
    required: true,
    width: 14,
  },
  {
    key: 'name',
    header: { vi: 'Tên tập thể, cá nhân', en: 'Name' },
    type: 'text',
    width: 32,
    example: 'Ông Nguyễn Văn An (để trống nếu tập thể là chính đơn vị)',
  },
  {
    key: 'unit',
    header: { vi: 'Đơn vị', en: 'Unit' },
    type: 'text',
    width: 28,
    example: 'Tổ dân phố 1 (hoặc mã xã 18070)',
  },
  { key: 'position', header: { vi: 'Chức vụ', en: 'Position' }, type: 'text', width: 22 },
  { key: 'achievements', header: { vi: 'Thành tích', en: 'Achievements' }, type: 'text', width: 50 },
];
const sheetTitle = { vi: 'Danh sách được khen thưởng', en: 'Recipients' };

const RowSchema = z.object({
  id: z.number().int().positive().optional(),
  recipientKind: RecipientKind,
  name: z.string().trim().max(300).optional(),
  unit: z.string().optional(),
  position: z.string().trim().max(200).optional(),
  achievements: z.string().trim().max(4000).optional(),
});

/** Adds one recipient directly to a decision (a grant not proposed through the platform). */
export async function addDecisionRecipient(
  ctx: Ctx,
  decisionId: number,
  body: AwardRecipientBody & { version: number },
) {
  return ctx.db.transaction(async (tx) => {
    const { rec, unit } = await lockForWrite(tx, ctx, decisionRegistry, decisionId, body.version);
    if (rec.closedOn) throw invalid('award.decisionRevoked');
    const { version, ...own } = body;
    const values = await recipientValues(tx, unit, own);
    const [row] = await tx
      .insert(awardRecipients)
      .values({ ...values, decisionId })
      .returning();
    await audit(tx, ctx, unit, row!.id, null, row);
    await refreshRecipientNames(tx, decisionId);
    await bump(tx, decisionRegistry, decisionId, {});
    return getRecord(ctx, decisionRegistry, decisionId, tx);
  });
}

export async function exportDecisionRecipients(ctx: Ctx, decisionId: number) {
  await getRecord(ctx, decisionRegistry, decisionId);
  const rows = await recipientsOf(ctx.db, { decisionId });
  return renderRegistryXlsx({
    title: sheetTitle,
    columns: recipientColumns,
    // a collective that is a unit goes out as that unit with no name, so the file imports back unchanged
    rows: rows.map((r) => {
      const asUnit = r.collectiveUnit && r.name === r.collectiveUnit.name;
      const u = r.collectiveUnit ?? r.unit;
      return { ...r, name: asUnit ? '' : r.name, unit: u.code ?? u.name };
    }),
    lang: ctx.lang,
    today: todayOf(ctx),
  });
}

export const recipientTemplate = (ctx: Ctx) =>
  renderRegistryTemplate({ title: sheetTitle, columns: recipientColumns.slice(1), lang: ctx.lang });

/**
 * Imports the recipients of a decision: rows with an ID of this decision
 * update that recipient, others are added. Units are found by code or name in
 * the decision unit's subtree. One bad row and nothing is written.
 */
export async function importDecisionRecipients(ctx: Ctx, decisionId: number, file: { data: Buffer; name: string }) {
  const decision = await getRecord(ctx, decisionRegistry, decisionId);
  const parsed = await readImportRows({
    data: file.data,
    fileName: file.name,
    columns: recipientColumns,
    schema: RowSchema,
    lang: ctx.lang,
  });
  if (parsed.errors.length === 0 && parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  return ctx.db.transaction(async (tx) => {
    const { rec, unit } = await lockForWrite(tx, ctx, decisionRegistry, decisionId, decision.version);
    if (rec.closedOn) throw invalid('award.decisionRevoked');
    const errors: RowError[] = [...parsed.errors];
    const units = await unitLookup(
      tx,
      unit,
      parsed.rows.map((r) => r.values.unit),
    );
    const result: RegistryImportResult = { rows: parsed.rows.length, created: 0, updated: 0, unchanged: 0 };
    const header = (key: string) => recipientColumns.find((c) => c.key === key)!.header[ctx.lang];
    for (const { row, values } of parsed.rows) {
      const found = units(values.unit);
      if ('error' in found) {
        const message = translate(`registry.unit.${found.error}`, ctx.lang, { unit: values.unit ?? '' });
        errors.push({ row, column: header('unit'), message });
        continue;
      }
      // a collective with no name is the unit itself (a residential area, a school …)
      const asUnit = values.recipientKind === 'collective' && !values.name && !!values.unit;
      const body: AwardRecipientBody = {
        recipientKind: values.recipientKind,
        name: values.name || null,
        collectiveUnitId: asUnit ? found.unit.id : null,
        position: values.position || null,
        achievements: values.achievements || null,
      };
      try {
        await writeRow(tx, decisionId, unit, body, found.unit, values.id, result);
      } catch (e) {
        if (!(e instanceof AppError) || e.status >= 500) throw e;
        const column = e.fields?.[0]?.path.split('.').pop();
        errors.push({
          row,
          column: column ? header(column === 'collectiveUnitId' ? 'unit' : column) : null,
          message: translate(e.key, ctx.lang, e.params),
        });
      }
    }
    if (errors.length > 0) throw badRows(errors);
    await refreshRecipientNames(tx, decisionId);
    await bump(tx, decisionRegistry, decisionId, {});
    await recordImport(tx, ctx, unit, decisionId, result);
    return result;
  });
}

async function writeRow(
  tx: Tx,
  decisionId: number,
  decisionUnit: Parameters<typeof recipientValues>[1],
  body: AwardRecipientBody,
  counted: Parameters<typeof recipientValues>[1],
  id: number | undefined,
  result: RegistryImportResult,
) {
  const values = await recipientValues(tx, decisionUnit, body, counted);
  if (id === undefined) {
    await tx.insert(awardRecipients).values({ ...values, decisionId });
    result.created++;
    return;
  }
  const [before] = await tx.select().from(awardRecipients).where(eq(awardRecipients.id, id));
  if (!before || before.decisionId !== decisionId) throw new AppError(422, 'registry.idUnknown', { id });
  // the unit a recipient is counted under stays as it came (its proposing unit); the file edits what it says
  const { unitId, unitPath, ...own } = values;
  const same = (Object.keys(own) as (keyof typeof own)[]).every((k) => (before[k] ?? null) === (own[k] ?? null));
  if (same) {
    result.unchanged++;
    return;
  }
  await tx.update(awardRecipients).set(own).where(eq(awardRecipients.id, id));
  result.updated++;
}

async function recordImport(
  tx: Tx,
  ctx: Ctx,
  unit: { id: number; path: string },
  decisionId: number,
  result: RegistryImportResult,
) {
  await recordAudit(tx, {
    action: 'award.decisionSaved',
    actor: ctx.actor,
    unit,
    targetType: decisionRegistry.name,
    targetId: decisionId,
    after: { recipientsImported: result },
    ip: ctx.ip,
  });
}
