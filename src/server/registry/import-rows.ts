import type { z } from 'zod';
import { locateHeader, parseCell, type SheetColumn } from '../../domain/registry/cells.ts';
import { AppError, type RowError } from '../errors.ts';
import { type Lang, translate } from '../i18n/messages.ts';
import { describeIssue } from '../i18n/zod-issues.ts';
import { readSheets } from '../xlsx-read.ts';

/** One data row of an import, typed by its columns and checked by the body schema. */
export type ImportedRow<T> = { row: number; values: T };

/**
 * Reads a registry workbook (the template or an export) into rows checked
 * against the columns and the body schema. Every problem of every row is
 * collected with its row number and column, so the user fixes the file once;
 * the caller writes nothing unless `errors` is empty.
 */
export async function readImportRows<S extends z.ZodType>(input: {
  data: Buffer;
  fileName: string;
  columns: SheetColumn[];
  schema: S;
  lang: Lang;
}): Promise<{ rows: ImportedRow<z.infer<S>>[]; errors: RowError[] }> {
  const { columns, lang } = input;
  const sheets = await readSheets(
    input.data,
    () => new AppError(422, 'import.notSpreadsheet', { file: input.fileName }),
  );
  const located = sheets
    .map((s) => ({ sheet: s, ...locateHeader(s.rows, columns) }))
    .sort((a, b) => b.at.size - a.at.size)[0];
  if (!located || located.at.size === 0) {
    throw new AppError(422, 'import.missingColumns', {
      columns: headersOf(
        columns.filter((c) => c.required),
        lang,
      ),
    });
  }
  if (located.missing.length > 0) {
    throw new AppError(422, 'import.missingColumns', { columns: headersOf(located.missing, lang) });
  }
  const rows: ImportedRow<z.infer<S>>[] = [];
  const errors: RowError[] = [];
  for (const raw of located.sheet.rows.slice(located.headerIndex + 1)) {
    const values: Record<string, unknown> = {};
    let cellsOk = true;
    for (const col of columns) {
      const at = located.at.get(col.key);
      if (at === undefined) continue;
      const parsed = parseCell(col, raw.cells[at] ?? '');
      if (parsed.ok) {
        if (parsed.value !== undefined) values[col.key] = parsed.value;
      } else {
        cellsOk = false;
        errors.push({ row: raw.row, column: col.header[lang], message: cellMessage(col, parsed.error, lang) });
      }
    }
    if (!cellsOk) continue;
    const checked = input.schema.safeParse(values);
    if (checked.success) rows.push({ row: raw.row, values: checked.data });
    else {
      for (const issue of checked.error.issues) {
        const col = columns.find((c) => c.key === issue.path[0]);
        errors.push({ row: raw.row, column: col?.header[lang] ?? null, message: describeIssue(issue as never, lang) });
      }
    }
  }
  return { rows, errors };
}

const headersOf = (cols: SheetColumn[], lang: Lang) => cols.map((c) => c.header[lang]).join(', ');

function cellMessage(col: SheetColumn, error: string, lang: Lang) {
  const options = (col.options ?? []).map((o) => o.label[lang]).join('; ');
  return translate(`registry.cell.${error}`, lang, { options });
}

/** The 422 every importer throws for bad rows: nothing was written. */
export function badRows(errors: RowError[]) {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return new AppError(422, 'import.badRows', { count: new Set(sorted.map((e) => e.row)).size }, { rows: sorted });
}
