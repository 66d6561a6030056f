/**
 * Workbook reading shared by the criteria-set importer: the bytes to rows of
 * trimmed cell text per sheet, and the number and band formats users type.
 */
import { AppError } from '../../errors.ts';
import { readSheets, type SheetRow } from '../../xlsx-read.ts';
import { headerKey } from './xlsx-layout.ts';

export type Row = SheetRow;

/** Sheets by folded name; anything but an XLSX workbook is `criteria.import.notXlsx`. */
export async function loadSheets(data: Buffer): Promise<Map<string, Row[]>> {
  const sheets = await readSheets(data, () => new AppError(422, 'criteria.import.notXlsx'));
  return new Map(sheets.map((sh) => [headerKey(sh.name), sh.rows]));
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
