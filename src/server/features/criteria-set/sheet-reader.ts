import { AppError, type RowError } from '../../errors.ts';
import { type Lang, translate } from '../../i18n/messages.ts';
import { headerKey, matchLabel, SHEETS } from './xlsx-layout.ts';
import { isPoints, parseNumber, type Row } from './xlsx-read.ts';

/**
 * What every sheet of the criteria workbook needs: row errors in the reader's
 * language, sheets by name, labelled values, header columns and points.
 */
export class SheetReader {
  readonly errors: RowError[] = [];
  protected readonly lang: Lang;
  private readonly sheets: Map<string, Row[]>;

  constructor(sheets: Map<string, Row[]>, lang: Lang) {
    this.sheets = sheets;
    this.lang = lang;
  }

  protected fail(sheet: string, row: number, column: string | null, key: string, params: Record<string, unknown> = {}) {
    this.errors.push({
      row,
      column: column ? `${sheet}: ${column}` : sheet,
      message: translate(key, this.lang, params),
    });
  }

  protected sheet(name: string, required: boolean): Row[] {
    const rows = this.sheets.get(headerKey(name));
    if (!rows && required) throw new AppError(422, 'criteria.import.missingSheet', { sheet: name });
    return rows ?? [];
  }

  protected label<T extends string>(
    labels: Record<T, { label: string; aliases: string[] }>,
    value: string,
    sheet: string,
    row: number,
    column: string,
  ): T | undefined {
    if (value.trim() === '') {
      this.fail(sheet, row, column, 'criteria.import.required');
      return undefined;
    }
    const v = matchLabel(labels, value);
    if (v === null) {
      const allowed = Object.values<{ label: string }>(labels)
        .map((l) => `"${l.label}"`)
        .join(', ');
      this.fail(sheet, row, column, 'criteria.import.unknownValue', { value, allowed });
      return undefined;
    }
    return v;
  }

  protected columns<K extends string>(
    rows: Row[],
    defs: { key: K; header: string; aliases: string[] }[],
    sheet: string,
  ) {
    const header = rows[0];
    const index = new Map<K, number>();
    header?.cells.forEach((c, i) => {
      const key = headerKey(c);
      const d = defs.find((x) => headerKey(x.header) === key || x.aliases.includes(key));
      if (d && !index.has(d.key)) index.set(d.key, i);
    });
    return { index, headerRow: header?.row ?? 1, sheet };
  }

  protected points(text: string, row: number, column: string, sheet: string = SHEETS.criteria): number | undefined {
    if (!text) {
      this.fail(sheet, row, column, 'criteria.import.required');
      return undefined;
    }
    const n = parseNumber(text);
    if (n === null || !isPoints(n)) {
      this.fail(sheet, row, column, 'criteria.import.points', { value: text });
      return undefined;
    }
    return n;
  }
}
