/**
 * Workbook reading shared by the criteria-set importer: the bytes to rows of
 * trimmed cell text per sheet, and the number and band formats users type.
 */
import type ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { headerKey } from './xlsx-layout.ts';

export type Row = { row: number; cells: string[] };

/** Sheets by folded name; anything but an XLSX workbook is `criteria.import.notXlsx`. */
export async function loadSheets(data: Buffer): Promise<Map<string, Row[]>> {
  const isZip = data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  const notSpreadsheet = () => new AppError(422, 'criteria.import.notXlsx');
  if (!isZip) throw notSpreadsheet();
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw notSpreadsheet();
  }
  if (wb.worksheets.length === 0) throw notSpreadsheet();
  const out = new Map<string, Row[]>();
  for (const ws of wb.worksheets) {
    const rows: Row[] = [];
    ws.eachRow((row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell((cell, col) => {
        cells[col - 1] = cellText(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= '';
      if (cells.some((c) => c !== '')) rows.push({ row: rowNumber, cells });
    });
    out.set(headerKey(ws.name), rows);
  }
  return out;
}

function cellText(value: ExcelJS.CellValue | undefined): string {
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
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** "2,5" and "2.5" are both two and a half; anything else is not a number. */
export function parseNumber(s: string): number | null {
  const t = s.replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

export const isPoints = (n: number) => n >= 0 && n <= 100 && Math.round(n * 100) % 25 === 0;

/** "90:10; 70:7; 50:4" (percent:points, `;` or new lines between bands). */
export function parseBands(text: string): { minPercent: number; points: number }[] | null {
  const parts = text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 10) return null;
  const bands = parts.map((p) => {
    const m = /^(\d+(?:[.,]\d+)?)\s*%?\s*[:=→]\s*(\d+(?:[.,]\d+)?)$/.exec(p);
    if (!m) return null;
    const minPercent = parseNumber(m[1]!);
    const points = parseNumber(m[2]!);
    if (minPercent === null || points === null || minPercent > 100 || !isPoints(points)) return null;
    return { minPercent, points };
  });
  return bands.every((b) => b !== null) ? (bands as { minPercent: number; points: number }[]) : null;
}
