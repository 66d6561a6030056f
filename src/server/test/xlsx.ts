import ExcelJS from 'exceljs';
import type { App } from '../app.ts';
import { readSheets } from '../xlsx-read.ts';
import { as, type Session } from './factories.ts';

/** A one-sheet workbook from a header and rows, as a user would type it in Excel. */
export async function workbookOf(header: string[], rows: (string | number | null)[][], sheet = 'Dữ liệu') {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The first sheet of a downloaded workbook as text rows (header first). */
export async function sheetRows(data: Buffer): Promise<string[][]> {
  const [first] = await readSheets(data, () => new Error('not a workbook') as never);
  return (first?.rows ?? []).map((r) => r.cells);
}

/** Uploads a file to an import endpoint as the web app does (multipart, one file). */
export function uploadFile(app: App, s: Session, url: string, data: Buffer, name = 'nhap.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return as(app, s).post(url, form);
}
