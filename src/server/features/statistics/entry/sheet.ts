import type { EntryForm } from '../../../../common/statistics/entry-schemas.ts';
import type { SheetColumn } from '../../../../domain/registry/cells.ts';
import { type Lang, translate } from '../../../i18n/messages.ts';

/**
 * The columns of a period's file: one row per indicator. Only the code and
 * the value are read back; the name and the measure help the person filling
 * it in, so they are written but never required.
 */
export const entryColumns: SheetColumn[] = [
  { key: 'code', header: { vi: 'Mã chỉ tiêu', en: 'Indicator code' }, type: 'text', required: true, width: 24 },
  { key: 'name', header: { vi: 'Chỉ tiêu', en: 'Indicator' }, type: 'text', readOnly: true, width: 56 },
  { key: 'measure', header: { vi: 'Đơn vị tính', en: 'Unit of measure' }, type: 'text', readOnly: true, width: 14 },
  { key: 'value', header: { vi: 'Giá trị', en: 'Value' }, type: 'number', required: true, width: 16 },
];

const FONT = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const };
const borders = { top: thin, bottom: thin, left: thin, right: thin };

/**
 * A unit's form for a period as a workbook: a title and a hint above the
 * header, then one row per indicator, with the values (export) or blank
 * (template). Both import back unchanged.
 */
export async function renderEntrySheet(form: EntryForm, lang: Lang, withValues: boolean): Promise<Buffer> {
  // Loaded on first use: exceljs is heavy and most requests never need it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'Toàn Dân';
  const ws = wb.addWorksheet(lang === 'vi' ? 'Số liệu' : 'Figures');
  ws.columns = entryColumns.map((c) => ({ width: c.width ?? 18 }));
  const title = ws.addRow([
    translate('statistics.entry.sheetTitle', lang, { unit: form.unit.name, period: form.period.label }),
  ]);
  title.font = { ...FONT, bold: true, size: 14 };
  const hint = ws.addRow([translate('statistics.entry.sheetHint', lang)]);
  hint.font = { ...FONT, italic: true };
  ws.mergeCells(2, 1, 2, entryColumns.length);
  hint.alignment = { wrapText: true };
  hint.height = 32;
  const head = ws.addRow(entryColumns.map((c) => c.header[lang]));
  head.eachCell((cell) => {
    cell.font = { ...FONT, bold: true };
    cell.border = borders;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
  for (const i of form.indicators) {
    const row = ws.addRow([
      i.code,
      lang === 'en' ? i.nameEn : i.name,
      lang === 'en' ? i.measureEn : i.measure,
      withValues ? i.value : null,
    ]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = FONT;
      cell.border = borders;
      cell.alignment = { vertical: 'top', wrapText: col === 2 };
      if (col === 4) cell.numFmt = i.integer ? '#,##0' : '#,##0.##';
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
