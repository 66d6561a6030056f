import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { type Classification, classifications } from '../../../../common/criteria/schemas.ts';
import type { ReviewRow } from '../../../../common/evaluation/schemas.ts';
import { formatDate } from './format.ts';
import { type ClassLabels, type ExportLang, exportTexts } from './labels.ts';
import { cellBorders, FONT, POINTS_FORMAT } from './sheet-xlsx.ts';

export type SummaryInput = {
  unit: { name: string };
  year: number;
  labels: ClassLabels;
  rows: ReviewRow[];
  /** ISO date of the export */
  today: string;
};

export type ClassTotals = {
  decided: Record<Classification, number>;
  proposed: Record<Classification, number>;
  decidedTotal: number;
  /** units with no class at all yet (not started) */
  noResult: number;
  units: number;
};

/** Counts by class: decided results, and computed classes of sheets not decided yet. */
export function classTotals(rows: ReviewRow[]): ClassTotals {
  const zero = () => ({ excellent: 0, good: 0, average: 0, weak: 0 });
  const totals: ClassTotals = { decided: zero(), proposed: zero(), decidedTotal: 0, noResult: 0, units: rows.length };
  for (const row of rows) {
    if (row.decidedClassification) {
      totals.decided[row.decidedClassification]++;
      totals.decidedTotal++;
    } else if (row.classification) totals.proposed[row.classification]++;
    else totals.noResult++;
  }
  return totals;
}

const COLUMNS = 12;
const lastCol = String.fromCharCode(64 + COLUMNS);
const widths = [6, 10, 34, 26, 16, 16, 11, 11, 22, 14, 10, 14];

/**
 * The summary table of a level (issue #3: the statistical list of scores and
 * proposed classes that goes with the dossier, QĐ 510 Art. 11). Written with
 * exceljs' streaming writer: each row is serialised as it is added, so a
 * province of several thousand units costs one pass and little memory.
 */
export async function renderSummaryXlsx(input: SummaryInput, opts: { lang: ExportLang }): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const t = exportTexts[opts.lang];
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Toàn Dân';
  const head = 5;
  const ws = wb.addWorksheet(t.summarySheetName, {
    views: [{ state: 'frozen', ySplit: head }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = widths.map((width) => ({ width }));

  const titleRow = (n: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(`A${n}:${lastCol}${n}`);
    const row = ws.getRow(n);
    row.getCell(1).value = text;
    row.getCell(1).font = { ...FONT, ...font };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.commit();
  };
  titleRow(1, t.summaryTitle, { bold: true, size: 14 });
  titleRow(2, t.summarySubtitle(input.unit.name, input.year), { bold: true, size: 13 });
  titleRow(3, t.exportedOn(formatDate(input.today)), { italic: true });
  ws.getRow(4).commit();

  const sc = t.summaryColumns;
  const header = ws.getRow(head);
  header.values = [
    sc.index,
    sc.code,
    sc.unit,
    sc.parent,
    sc.unitType,
    sc.status,
    sc.selfTotal,
    sc.total,
    sc.classification,
    sc.safety,
    sc.late,
    sc.plan,
  ];
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = cellBorders;
  });
  header.height = 48;
  header.commit();

  // One style object per column, shared by every row: exceljs dedupes styles by identity first.
  const styles = widths.map((_, i) => ({
    font: FONT,
    border: cellBorders,
    alignment: {
      vertical: 'middle' as const,
      horizontal: i === 2 || i === 3 ? ('left' as const) : ('center' as const),
    },
    ...(i === 6 || i === 7 ? { numFmt: POINTS_FORMAT } : {}),
  }));
  const classText = (row: ReviewRow) =>
    row.decidedClassification
      ? input.labels[row.decidedClassification]
      : row.classification
        ? `${input.labels[row.classification]} ${t.proposed}`
        : '';
  const planText = (row: ReviewRow) => (row.planRequired ? (row.planId ? t.planFiled : t.planMissing) : '');
  input.rows.forEach((row, i) => {
    const r = ws.getRow(head + 1 + i);
    r.values = [
      i + 1,
      row.unit.code ?? '',
      row.unit.name,
      row.unit.pathNames.at(-1) ?? '',
      t.unitTypes[row.unitType],
      t.statuses[row.status],
      row.selfTotal,
      row.total,
      classText(row),
      row.safetyRecognised ? t.recognised : t.notRecognised,
      row.late ? t.yes : '',
      planText(row),
    ];
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.style = styles[col - 1] ?? {};
    });
    r.commit();
  });
  const last = head + input.rows.length;
  ws.autoFilter = `A${head}:${lastCol}${Math.max(last, head + 1)}`;
  writeTotals(ws, last + 2, classTotals(input.rows), input.labels, opts.lang);
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

/**
 * The block under the table, per class: decided, their share of the decided,
 * proposed (computed, not decided yet) and the sum; the last column adds up to
 * the number of units in the table.
 */
function writeTotals(ws: ExcelJS.Worksheet, start: number, totals: ClassTotals, labels: ClassLabels, lang: ExportLang) {
  const t = exportTexts[lang];
  const tc = t.totalsColumns;
  const cells = (n: number, values: ExcelJS.CellValue[], bold = false) => {
    const row = ws.getRow(n);
    for (let col = 3; col < 3 + values.length; col++) {
      const cell = row.getCell(col);
      cell.value = values[col - 3] ?? null;
      cell.font = { ...FONT, bold };
      cell.border = cellBorders;
      cell.alignment = { horizontal: col === 3 ? 'left' : 'center', vertical: 'middle', wrapText: true };
      if (col === 5) cell.numFmt = '0.0%';
      else if (col > 3) cell.numFmt = '#,##0';
    }
    row.commit();
  };
  const heading = ws.getRow(start);
  heading.getCell(3).value = t.totalsHeading;
  heading.getCell(3).font = { ...FONT, bold: true };
  heading.commit();
  cells(start + 1, [tc.classification, tc.decided, tc.share, tc.proposed, tc.sum], true);
  classifications.forEach((c, i) => {
    const share = totals.decidedTotal ? totals.decided[c] / totals.decidedTotal : 0;
    cells(start + 2 + i, [
      labels[c],
      totals.decided[c],
      share,
      totals.proposed[c],
      totals.decided[c] + totals.proposed[c],
    ]);
  });
  const proposed = classifications.reduce((n, c) => n + totals.proposed[c], 0);
  cells(start + 6, [t.noResult, null, null, null, totals.noResult]);
  cells(start + 7, [t.totalUnits, totals.decidedTotal, totals.decidedTotal ? 1 : 0, proposed, totals.units], true);
}
