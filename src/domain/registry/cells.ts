import { foldText } from '../text.ts';

/**
 * Spreadsheet cells of the registries (issue #5): one column description
 * drives the export, the template and the import, so a file exported from a
 * list imports back unchanged. Pure: the server reads and writes the workbook.
 */
export type Label = { vi: string; en: string };

export type SheetColumn = {
  /** field of the record body (import) and of the export row */
  key: string;
  header: Label;
  type: 'text' | 'int' | 'number' | 'date' | 'enum' | 'bool';
  options?: readonly { value: string; label: Label }[];
  required?: boolean;
  width?: number;
  /** shown in the template's instructions sheet */
  example?: string;
  /** written by the export, ignored by the import (status, parent unit…) */
  readOnly?: boolean;
};

export type CellValue = string | number | boolean | null;
export type ParsedCell = { ok: true; value: CellValue | undefined } | { ok: false; error: CellError };
export type CellError = 'int' | 'number' | 'date' | 'enum' | 'bool';

const ok = (value: CellValue | undefined): ParsedCell => ({ ok: true, value });
const bad = (error: CellError): ParsedCell => ({ ok: false, error });

/** Text of a cell (as xlsx-read gives it) to the column's value; an empty cell is `undefined`. */
export function parseCell(col: SheetColumn, text: string): ParsedCell {
  const s = text.trim();
  if (s === '') return ok(undefined);
  switch (col.type) {
    case 'text':
      return ok(s);
    case 'int': {
      const n = parseVietnameseNumber(s);
      return n !== null && Number.isInteger(n) ? ok(n) : bad('int');
    }
    case 'number': {
      const n = parseVietnameseNumber(s);
      return n === null ? bad('number') : ok(n);
    }
    case 'date': {
      const iso = parseDate(s);
      return iso ? ok(iso) : bad('date');
    }
    case 'enum': {
      const f = foldText(s);
      const hit = col.options?.find(
        (o) => foldText(o.value) === f || foldText(o.label.vi) === f || foldText(o.label.en) === f,
      );
      return hit ? ok(hit.value) : bad('enum');
    }
    case 'bool': {
      const f = foldText(s);
      if (['co', 'x', 'yes', 'true', '1', 'dung'].includes(f)) return ok(true);
      if (['khong', 'no', 'false', '0', 'sai'].includes(f)) return ok(false);
      return bad('bool');
    }
  }
}

/**
 * "114.924" and "114924" are the same whole number as Vietnamese write it;
 * "12,5" and "12.5" are twelve and a half. A dot followed by exactly three
 * digits groups thousands.
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/** dd/MM/yyyy (also d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy) or ISO yyyy-MM-dd, checked to exist. */
export function parseDate(s: string): string | null {
  let y: number;
  let m: number;
  let d: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A value as the export writes it: dates dd/MM/yyyy, options by their label, booleans Có/Không. */
export function formatCell(col: SheetColumn, value: unknown, lang: 'vi' | 'en'): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  switch (col.type) {
    case 'int':
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'date': {
      const [y, m, d] = String(value).slice(0, 10).split('-');
      return `${d}/${m}/${y}`;
    }
    case 'enum':
      return col.options?.find((o) => o.value === value)?.label[lang] ?? String(value);
    case 'bool':
      return value ? (lang === 'vi' ? 'Có' : 'Yes') : lang === 'vi' ? 'Không' : 'No';
    default:
      return String(value);
  }
}

/** Header text to compare: folded, letters and digits only ("Ngày bắt đầu (*)" → "ngaybatdau"). */
export function headerKey(text: string): string {
  return foldText(text.replace(/\(\*\)/g, '')).replace(/[^a-z0-9]/g, '');
}

/**
 * Finds the header row among the first rows (the one naming most columns)
 * and where each column is. Missing required columns are returned by name.
 */
export function locateHeader(rows: { row: number; cells: string[] }[], columns: SheetColumn[]) {
  let best = { index: -1, at: new Map<string, number>() };
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const at = new Map<string, number>();
    rows[i]!.cells.forEach((cell, idx) => {
      const k = headerKey(cell);
      const col = columns.find((c) => !c.readOnly && (headerKey(c.header.vi) === k || headerKey(c.header.en) === k));
      if (col && !at.has(col.key)) at.set(col.key, idx);
    });
    if (at.size > best.at.size) best = { index: i, at };
  }
  const missing = columns.filter((c) => c.required && !c.readOnly && !best.at.has(c.key));
  return { headerIndex: best.index, at: best.at, missing };
}
