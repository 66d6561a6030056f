import type ExcelJS from 'exceljs';
import type { AppError } from './errors.ts';

/** One non-empty spreadsheet row: its 1-based number and every cell as trimmed text. */
export type SheetRow = { row: number; cells: string[] };

/** XLSX, DOCX and other OOXML files are zip containers. */
export function isZip(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/**
 * Every sheet of a workbook as rows of text, for the importers (unit lists,
 * criteria sets). Anything that is not a workbook throws `notSpreadsheet()`.
 */
export async function readSheets(
  data: Buffer,
  notSpreadsheet: () => AppError,
): Promise<{ name: string; rows: SheetRow[] }[]> {
  if (!isZip(data)) throw notSpreadsheet();
  // Loaded on first use: exceljs is a large module tree the server need not load at start.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs types its parameter as a local `Buffer extends ArrayBuffer`; a Node Buffer is what it wants.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw notSpreadsheet();
  }
  // A zip that is not a workbook (docx, plain archive) loads without sheets.
  if (workbook.worksheets.length === 0) throw notSpreadsheet();
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow((row, rowNumber) => {
      const cells: string[] = [];
      // Merged cells report the master's value, so a merged column fills down.
      row.eachCell((cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      if (cells.some((c) => c !== '')) rows.push({ row: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** A cell's value as trimmed text; formulas give their cached result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}
