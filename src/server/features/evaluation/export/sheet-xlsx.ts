import type ExcelJS from 'exceljs';
import type { SheetView } from '../../../../common/evaluation/schemas.ts';
import { placeDateLine } from './format.ts';
import { exportTexts } from './labels.ts';
import type { SheetExportOptions } from './sheet-docx.ts';
import { placePath, sheetModel, superiorBodyName } from './sheet-model.ts';

/** Points: "General" shows 20 and 92,5 in a Vietnamese Excel; "0.##" would leave "20," on whole numbers. */
export const POINTS_FORMAT = 'General';
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const cellBorders = { top: thin, bottom: thin, left: thin, right: thin };
export const FONT = { name: 'Times New Roman', size: 12 };

/**
 * Row height for wrapped text: spreadsheet programs do not grow a row for text
 * written by a library, so long criteria and notes would be cut. About one
 * character per unit of column width at 12 pt.
 */
export function wrappedHeight(texts: [text: string, width: number][], lineHeight = 15.75): number {
  const lines = texts.map(([text, width]) =>
    text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / Math.max(1, width - 1))), 0),
  );
  return Math.max(1, ...lines) * lineHeight;
}

/**
 * The score sheet as a workbook: the header block, the same table as the Word
 * copy with numeric cells, the result under it. exceljs is loaded on first use,
 * as the unit import does, to keep it out of the server's start.
 */
export async function renderSheetXlsx(view: SheetView, opts: SheetExportOptions): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const t = exportTexts[opts.lang];
  const model = sheetModel(view, opts.lang);
  const wb = new Excel.Workbook();
  wb.creator = 'Toàn Dân';
  const ws = wb.addWorksheet(t.sheetName, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [8, 58, 11, 11, 13, 42];
  ws.columns = widths.map((width) => ({ width }));

  /** A merged line across `range`, centred. */
  const put = (range: string, text: string, font: Partial<ExcelJS.Font> = {}) => {
    ws.mergeCells(range);
    const cell = ws.getCell(range.split(':')[0] ?? 'A1');
    cell.value = text;
    cell.font = { ...FONT, ...font };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  const issuer = view.unit.name.toLocaleUpperCase('vi');
  put('A1:B1', superiorBodyName(view.unit.pathNames, opts.lang) ?? '');
  put('A2:B2', issuer, { bold: true });
  put('C1:F1', t.nationalName, { bold: true });
  put('C2:F2', t.motto, { bold: true, size: 13 });
  put('C3:F3', placeDateLine(opts.placeName, opts.today, opts.lang), { italic: true, size: 13 });
  put('A5:F5', t.sheetTitle, { bold: true, size: 14 });
  put('A6:F6', t.sheetSummary(view.year), { bold: true, size: 13 });
  let r = 7;
  if (view.set.provenance !== 'verified') {
    put(`A${r}:F${r}`, view.set.provenance === 'sample' ? t.sampleSet : t.partialSet, { bold: true, italic: true });
    r++;
  }
  const info: [string, boolean][] = [
    [t.legalBasis(view.set.legalBasis), true],
    [t.setLine(view.set.name, view.set.version), true],
    [t.unitLine(view.unit.name, placePath(view.unit.pathNames)), false],
    [t.unitTypeLine(t.unitTypes[view.unitType]), false],
    ...(view.decided ? [] : [[t.statusLine(t.statuses[view.status]), false] as [string, boolean]]),
  ];
  for (const [text, italic] of info) {
    ws.mergeCells(`A${r}:F${r}`);
    const cell = ws.getCell(`A${r}`);
    cell.value = text;
    cell.font = { ...FONT, italic };
    r++;
  }
  r++;

  const head = r;
  const c = t.columns;
  ws.getRow(head).values = [c.code, c.criterion, c.maxPoints, c.selfPoints, c.reviewPoints, c.note];
  ws.getRow(head).eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = cellBorders;
  });
  ws.getRow(head).height = 32;
  ws.views = [{ state: 'frozen', ySplit: head }];
  const body = (values: ExcelJS.CellValue[], bold: boolean, indent = 0) => {
    r++;
    const row = ws.getRow(r);
    row.values = values;
    for (let i = 1; i <= 6; i++) {
      const cell = row.getCell(i);
      cell.font = { ...FONT, bold: bold && i !== 6 };
      cell.border = cellBorders;
      cell.alignment = {
        vertical: 'middle',
        wrapText: true,
        horizontal: i === 2 || i === 6 ? 'left' : 'center',
        indent: i === 2 ? indent : 0,
      };
      if (i >= 3 && i <= 5) cell.numFmt = POINTS_FORMAT;
    }
    row.height = wrappedHeight([
      [String(values[1] ?? ''), (widths[1] ?? 58) - indent * 2],
      [String(values[5] ?? ''), widths[5] ?? 42],
    ]);
    return row;
  };
  for (const line of model.rows)
    body(
      [line.code, line.text, line.maxPoints, line.selfPoints, line.reviewPoints, line.notes.join('\n')],
      line.kind === 'criterion',
      line.kind === 'item' ? 2 : 0,
    );
  const total = body(['', t.totalRow, model.maxTotal, model.selfTotal, model.reviewTotal, ''], true);
  total.getCell(2).alignment = { horizontal: 'center', vertical: 'middle' };

  r += 2;
  const result: [string, ExcelJS.CellValue, boolean?][] = [
    [t.resultHeading, null, true],
    [t.selfTotal, model.selfTotal],
    ...(model.reviewTotal === null ? [] : [[t.reviewTotal, model.reviewTotal] as [string, number]]),
    [t.classLine, model.proposed ? `${model.classLabel} ${t.proposed}` : model.classLabel, true],
    [`${t.explanation}:`, null],
    ...model.reasons.map((reason): [string, null] => [`- ${reason}`, null]),
    [model.decisionLine, null],
  ];
  for (const [label, value, bold] of result) {
    ws.mergeCells(`A${r}:B${r}`);
    const a = ws.getCell(`A${r}`);
    a.value = label;
    a.font = { ...FONT, bold: !!bold && value === null };
    a.alignment = { wrapText: true, vertical: 'top' };
    if (value !== null) {
      const v = ws.getCell(`C${r}`);
      v.value = value;
      v.font = { ...FONT, bold: true };
      if (typeof value === 'number') v.numFmt = POINTS_FORMAT;
    }
    r++;
  }
  // exceljs types the buffer as its own ArrayBuffer-like; it is a Node Buffer
  return Buffer.from(await wb.xlsx.writeBuffer());
}
