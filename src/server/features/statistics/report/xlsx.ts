import type ExcelJS from 'exceljs';
import type { ReportPreview } from '../../../../common/statistics/report-schemas.ts';
import type {
  BreakdownResult,
  FiguresResult,
  Indicator,
  IndicatorSection,
  TrendResult,
} from '../../../../common/statistics/schemas.ts';
import { upperFirst } from '../../../../domain/statistics/report-format.ts';
import { formatDate } from '../../evaluation/export/format.ts';
import { cellBorders, FONT } from '../../evaluation/export/sheet-xlsx.ts';

/**
 * The annex of a summary report (Phụ lục): one sheet per table, numbers kept
 * as numbers (#,##0, so Excel sums them and shows them with the reader's
 * separators): key figures beside the same period, per child unit, per year.
 * Entered crime figures have unverified definitions: marked (*) with a note.
 */

export type AnnexInput = {
  report: ReportPreview;
  indicators: Indicator[];
  figures: FiguresResult;
  breakdown: BreakdownResult;
  trend: TrendResult;
};

const SECTIONS: Record<IndicatorSection, string> = {
  movement: 'Phong trào, mô hình, điển hình tiên tiến',
  citizens: 'Tin báo, tố giác tội phạm và đơn thư',
  mediation: 'Hòa giải ở cơ sở',
  forces: 'Lực lượng tham gia bảo vệ ANTT ở cơ sở',
  classification: 'Đánh giá, phân loại phong trào',
  crime: 'Tội phạm, vi phạm pháp luật',
  awards: 'Thi đua, khen thưởng',
};
const SECTION_ORDER = Object.keys(SECTIONS) as IndicatorSection[];
const SAMPLE_NOTE =
  '(*) Chỉ tiêu do đơn vị nhập (đã được cấp trên phê duyệt); định nghĩa và biểu mẫu chính thức của các chỉ tiêu này chưa được kiểm chứng.';

const formatOf = (i: Indicator) => (i.integer && i.aggregation !== 'ratio' ? '#,##0' : '#,##0.0');
const nameOf = (i: Indicator) => (i.provenance === 'verified' ? i.name : `${i.name} (*)`);
const ordered = (indicators: Indicator[]) =>
  SECTION_ORDER.flatMap((s) => indicators.filter((i) => i.section === s).map((i) => ({ section: s, i })));

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[], input: AnnexInput, title: string) {
  const ws = wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = widths.map((width) => ({ width }));
  const h = input.report.header;
  const last = Math.max(widths.length, 4);
  const titleRow = (n: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(n, 1, n, last);
    const c = ws.getCell(n, 1);
    c.value = text;
    c.font = { ...FONT, ...font };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  titleRow(1, 'PHỤ LỤC', { bold: true, size: 13 });
  titleRow(2, `${title} – ${input.report.summary}`, { bold: true });
  titleRow(3, `(Kèm theo Báo cáo ${h.numberLine.replace(/^Số: /, 'số ')} ngày ${formatDate(h.date)} của ${h.issuer})`, {
    italic: true,
  });
  return ws;
}

function headerRow(ws: ExcelJS.Worksheet, n: number, cells: string[]) {
  const row = ws.getRow(n);
  cells.forEach((text, k) => {
    const c = row.getCell(k + 1);
    c.value = text;
    c.font = { ...FONT, bold: true };
    c.border = cellBorders;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.views = [{ state: 'frozen', ySplit: n, xSplit: 2 }];
}

function dataRow(ws: ExcelJS.Worksheet, values: (string | number | null)[], fmt: string[], bold = false) {
  const row = ws.addRow(values);
  row.eachCell({ includeEmpty: true }, (c, k) => {
    c.font = { ...FONT, bold };
    c.border = cellBorders;
    if (typeof c.value === 'number') c.numFmt = fmt[k - 1] ?? '#,##0';
    c.alignment = { vertical: 'middle', wrapText: typeof c.value === 'string' };
  });
  return row;
}

function sectionRow(ws: ExcelJS.Worksheet, text: string, width: number) {
  const row = dataRow(ws, [text, ...Array(width - 1).fill(null)], [], true);
  ws.mergeCells(row.number, 1, row.number, width);
}

function keyFigures(wb: ExcelJS.Workbook, input: AnnexInput) {
  const { report, figures } = input;
  const compare = report.compare;
  const ws = sheet(
    wb,
    'Số liệu chủ yếu',
    compare ? [6, 52, 12, 16, 16, 14, 12] : [6, 52, 12, 16],
    input,
    'Số liệu chủ yếu',
  );
  headerRow(ws, 5, [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    upperFirst(report.range.label),
    ...(compare ? [`Cùng kỳ (${report.previousRange.label})`, 'Tăng (+), giảm (-)', 'Tỷ lệ tăng, giảm (%)'] : []),
  ]);
  const byCode = new Map(figures.figures.map((f) => [f.code, f]));
  let section: string | null = null;
  let n = 0;
  for (const { section: s, i } of ordered(input.indicators)) {
    if (s !== section) sectionRow(ws, SECTIONS[s], compare ? 7 : 4);
    section = s;
    const f = byCode.get(i.code);
    const fmt = formatOf(i);
    const cells = [++n, nameOf(i), i.measure, f?.value ?? null];
    if (compare) cells.push(f?.previous ?? null, f?.change ?? null, f?.changePct ?? null);
    dataRow(ws, cells, ['0', '@', '@', fmt, fmt, fmt, '#,##0.0']);
  }
  ws.addRow([]);
  ws.addRow([SAMPLE_NOTE]).getCell(1).font = { ...FONT, italic: true, size: 11 };
}

function byUnit(wb: ExcelJS.Workbook, input: AnnexInput) {
  const { breakdown } = input;
  const list = ordered(input.indicators).map((x) => x.i);
  const ws = sheet(
    wb,
    'Theo đơn vị',
    [6, 36, ...list.map(() => 14)],
    input,
    `Số liệu theo đơn vị, ${input.report.range.label}`,
  );
  headerRow(ws, 5, ['STT', 'Đơn vị', ...list.map((i) => `${nameOf(i)} (${i.measure})`)]);
  ws.getRow(5).height = 90;
  const fmt = ['0', '@', ...list.map(formatOf)];
  breakdown.rows.forEach((r, k) => {
    dataRow(ws, [k + 1, r.unit.name, ...list.map((i) => r.values[i.code] ?? null)], fmt);
  });
  if (breakdown.other)
    dataRow(ws, [null, 'Đơn vị đã giải thể, sáp nhập', ...list.map((i) => breakdown.other?.[i.code] ?? null)], fmt);
  dataRow(ws, [null, 'Tổng cộng', ...list.map((i) => breakdown.total[i.code] ?? null)], fmt, true);
  ws.addRow([]);
  ws.addRow([SAMPLE_NOTE]).getCell(1).font = { ...FONT, italic: true, size: 11 };
}

function byYear(wb: ExcelJS.Workbook, input: AnnexInput) {
  const years = input.trend.years;
  const ws = sheet(wb, 'Theo năm', [6, 52, 12, ...years.map(() => 12)], input, 'Số liệu từng năm');
  headerRow(ws, 5, ['STT', 'Chỉ tiêu', 'Đơn vị tính', ...years.map((y) => `Năm ${y.year}`)]);
  let section: string | null = null;
  let n = 0;
  for (const { section: s, i } of ordered(input.indicators)) {
    if (s !== section) sectionRow(ws, SECTIONS[s], 3 + years.length);
    section = s;
    const fmt = formatOf(i);
    dataRow(
      ws,
      [++n, nameOf(i), i.measure, ...years.map((y) => y.values[i.code] ?? null)],
      ['0', '@', '@', ...years.map(() => fmt)],
    );
  }
  ws.addRow([]);
  ws
    .addRow([
      'Chỉ tiêu tồn (tổ, thành viên, lực lượng) là số có đến cuối mỗi năm; các chỉ tiêu khác là số phát sinh trong năm.',
    ])
    .getCell(1).font = { ...FONT, italic: true, size: 11 };
  ws.addRow([SAMPLE_NOTE]).getCell(1).font = { ...FONT, italic: true, size: 11 };
}

export async function renderReportXlsx(input: AnnexInput): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Toàn Dân';
  keyFigures(wb, input);
  byUnit(wb, input);
  byYear(wb, input);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
