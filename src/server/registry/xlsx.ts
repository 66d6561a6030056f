import type ExcelJS from 'exceljs';
import { formatCell, type Label, type SheetColumn } from '../../domain/registry/cells.ts';
import { displayDate } from '../../domain/text.ts';
import type { Lang } from '../i18n/messages.ts';

const FONT = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const };
const borders = { top: thin, bottom: thin, left: thin, right: thin };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };

async function workbook() {
  // Loaded on first use, as in xlsx-read: exceljs is heavy and most requests never need it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Toàn Dân';
  return wb;
}

const headerText = (c: SheetColumn, lang: Lang) => `${c.header[lang]}${c.required && !c.readOnly ? ' (*)' : ''}`;

/** Writes the header row (bold, filled, frozen) of a data sheet. */
function writeHeader(ws: ExcelJS.Worksheet, columns: SheetColumn[], lang: Lang, rowNo: number) {
  ws.columns = columns.map((c) => ({ width: c.width ?? 18 }));
  const head = ws.getRow(rowNo);
  columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = headerText(c, lang);
    cell.font = { ...FONT, bold: true, italic: c.readOnly === true };
    cell.fill = HEAD_FILL;
    cell.border = borders;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  ws.views = [{ state: 'frozen', ySplit: rowNo }];
}

/**
 * The filtered list as a workbook: a title line, then the header and one row
 * per record in the import layout, so the file can be corrected and imported
 * back (rows keep their ID and update their record).
 */
export async function renderRegistryXlsx(input: {
  title: Label;
  columns: SheetColumn[];
  rows: Record<string, unknown>[];
  lang: Lang;
  today: string;
}): Promise<Buffer> {
  const { columns, lang } = input;
  const wb = await workbook();
  const ws = wb.addWorksheet(input.title[lang].slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  writeHeader(ws, columns, lang, 1);
  for (const r of input.rows) {
    const row = ws.addRow(columns.map((c) => formatCell(c, r[c.key], lang)));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = FONT;
      cell.border = borders;
      cell.alignment = { vertical: 'top', wrapText: true };
      const type = columns[col - 1]?.type;
      if (type === 'int') cell.numFmt = '#,##0';
    });
  }
  // The title and export date go in the footer, not above the header, so row 1 stays the header for re-import.
  ws.headerFooter.oddFooter = `&L${input.title[lang]} – ${displayDate(input.today)}&R&P/&N`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An empty data sheet with the import header and drop-down lists, and a sheet explaining each column. */
export async function renderRegistryTemplate(input: { title: Label; columns: SheetColumn[]; lang: Lang }) {
  const { lang } = input;
  const columns = input.columns.filter((c) => !c.readOnly);
  const wb = await workbook();
  const ws = wb.addWorksheet(lang === 'vi' ? 'Dữ liệu' : 'Data');
  writeHeader(ws, columns, lang, 1);
  columns.forEach((c, i) => {
    if (c.type !== 'enum' || !c.options) return;
    const list = c.options.map((o) => o.label[lang].replace(/[",]/g, ' ')).join(',');
    // Excel refuses a list formula longer than 255 characters; long lists are explained on the help sheet.
    if (list.length > 250) return;
    const letter = ws.getColumn(i + 1).letter;
    // exceljs has sheet-wide validations at run time but not in its types
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${letter}2:${letter}5001`,
      {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${list}"`],
      },
    );
  });
  const help = wb.addWorksheet(lang === 'vi' ? 'Hướng dẫn' : 'Instructions');
  help.columns = [{ width: 30 }, { width: 14 }, { width: 60 }, { width: 30 }];
  const t = helpTexts[lang];
  help.addRow([input.title[lang]]).font = { ...FONT, bold: true, size: 14 };
  help.addRow([t.intro]).font = { ...FONT, italic: true };
  help.addRow([]);
  const head = help.addRow([t.column, t.required, t.values, t.example]);
  head.font = { ...FONT, bold: true };
  for (const c of columns) {
    const values =
      c.type === 'enum'
        ? (c.options ?? []).map((o) => o.label[lang]).join('; ')
        : t.types[c.type as keyof typeof t.types];
    const row = help.addRow([c.header[lang], c.required ? t.yes : '', values, c.example ?? '']);
    row.font = FONT;
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const helpTexts = {
  vi: {
    intro:
      'Nhập mỗi bản ghi trên một dòng của trang "Dữ liệu". Cột có (*) là bắt buộc. Dòng có ID sẽ cập nhật bản ghi đó; dòng không có ID sẽ tạo mới. Có một dòng lỗi thì không dòng nào được ghi.',
    column: 'Cột',
    required: 'Bắt buộc',
    values: 'Giá trị',
    example: 'Ví dụ',
    yes: 'Có',
    types: {
      text: 'Chữ',
      int: 'Số nguyên (114.924 hoặc 114924)',
      number: 'Số (có thể có phần thập phân, ví dụ 12,5)',
      date: 'Ngày dd/MM/yyyy',
      bool: 'Có / Không',
    },
  },
  en: {
    intro:
      'One record per row of the "Data" sheet. Columns marked (*) are required. A row with an ID updates that record; a row without one creates a record. If any row has an error, nothing is written.',
    column: 'Column',
    required: 'Required',
    values: 'Values',
    example: 'Example',
    yes: 'Yes',
    types: {
      text: 'Text',
      int: 'Whole number (114.924 or 114924)',
      number: 'Number (decimals allowed, e.g. 12,5)',
      date: 'Date dd/MM/yyyy',
      bool: 'Yes / No',
    },
  },
};
