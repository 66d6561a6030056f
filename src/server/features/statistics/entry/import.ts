import { z } from 'zod';
import type { EntryImportResult } from '../../../../common/statistics/entry-schemas.ts';
import type { Values } from '../../../../domain/statistics/entry.ts';
import type { Ctx } from '../../../context.ts';
import { AppError, type RowError } from '../../../errors.ts';
import { translate } from '../../../i18n/messages.ts';
import { badRows, readImportRows } from '../../../registry/import-rows.ts';
import { applyValues, importValues, issueMessage } from './service.ts';
import { entryColumns } from './sheet.ts';

const Row = z.object({ code: z.string(), value: z.number().optional() });

const header = (key: string, ctx: Ctx) => entryColumns.find((c) => c.key === key)!.header[ctx.lang];

/**
 * Imports a unit's figures for a period from the template (or an export):
 * one row per indicator, numbers read the Vietnamese way ("1.234" is one
 * thousand two hundred and thirty-four), a blank value clears the figure.
 * Every row is checked first (cells, known and unrepeated codes, the
 * indicators' limits and the rules between them); one bad row and nothing is
 * written.
 */
export async function importEntry(
  ctx: Ctx,
  ref: { unitId: number; period: string },
  file: { data: Buffer; name: string },
): Promise<EntryImportResult> {
  const parsed = await readImportRows({
    data: file.data,
    fileName: file.name,
    columns: entryColumns,
    schema: Row,
    lang: ctx.lang,
  });
  if (parsed.errors.length === 0 && parsed.rows.length === 0) throw new AppError(422, 'import.empty');
  let changed = 0;
  const form = await importValues(ctx, ref, async (tx, ec) => {
    const errors: RowError[] = [...parsed.errors];
    const known = new Set(ec.indicators.map((i) => i.code));
    const rowOf = new Map<string, number>();
    const changes: Values = {};
    for (const { row, values } of parsed.rows) {
      const code = values.code.trim();
      const seen = rowOf.get(code);
      if (!known.has(code)) {
        const message = translate('statistics.entry.value.unknownIndicator', ctx.lang, { code });
        errors.push({ row, column: header('code', ctx), message });
      } else if (seen !== undefined) {
        const message = translate('statistics.entry.duplicateCode', ctx.lang, { row: seen });
        errors.push({ row, column: header('code', ctx), message });
      } else {
        rowOf.set(code, row);
        changes[code] = values.value ?? null;
      }
    }
    if (errors.length > 0) throw badRows(errors);
    changed = await applyValues(tx, ec, changes, (issues) =>
      badRows(
        issues.map((i) => ({
          row: rowOf.get(i.code) ?? 0,
          column: header('value', ctx),
          message: issueMessage(i, ec, ctx.lang),
        })),
      ),
    );
    return { changed, file: file.name };
  });
  return { rows: parsed.rows.length, changed, form };
}
