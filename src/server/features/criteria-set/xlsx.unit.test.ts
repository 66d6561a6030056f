import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { MovementSetDefinition } from '../../../common/criteria/schemas.ts';
import { renderCriteriaSetXlsx } from './export-file.ts';
import { readCriteriaWorkbook } from './import-file.ts';
import { loadReferenceCriteriaSets } from './reference.ts';
import { parseBands } from './xlsx-read.ts';

const sets = await loadReferenceCriteriaSets();

/** Opens a rendered workbook, lets a test change cells, and saves it again. */
async function edit(data: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const movement = () =>
  structuredClone(sets.find((s) => s.definition.code === 'qd510-2022-commune')!.definition) as MovementSetDefinition;

describe('criteria workbook', () => {
  it.each(sets.map((s) => [s.file, s.definition] as const))(
    'import(export(%s)) gives the same set',
    async (_f, def) => {
      const parsed = await readCriteriaWorkbook(await renderCriteriaSetXlsx(def), 'vi');
      expect(parsed.errors).toEqual([]);
      expect(parsed.definition).toEqual(def);
    },
  );

  it('documents the layout in a guide sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderCriteriaSetXlsx(movement())) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Hướng dẫn',
      'Thông tin',
      'Tiêu chí',
      'Xếp loại',
      'Điều kiện khống chế',
    ]);
    const guide = wb.getWorksheet('Hướng dẫn')!.getColumn(1).values.join('\n');
    expect(guide).toContain('90:10; 70:7; 50:4');
  });

  it('reads a sheet typed by hand: decimal commas, numbers as numbers, English codes, blank rules', async () => {
    const data = await edit(await renderCriteriaSetXlsx(movement()), (wb) => {
      const ws = wb.getWorksheet('Tiêu chí')!;
      ws.getRow(2).getCell(3).value = '10';
      ws.getRow(3).getCell(4).value = '';
      ws.getRow(3).getCell(3).value = '4,0';
      ws.getRow(3).getCell(8).value = 'verified';
      wb.getWorksheet('Xếp loại')!.getRow(2).getCell(3).value = '92,5';
    });
    const parsed = await readCriteriaWorkbook(data, 'vi');
    expect(parsed.errors).toEqual([]);
    const def = parsed.definition as MovementSetDefinition;
    expect(def.criteria[0]!.items![0]).toMatchObject({
      code: '1.1',
      maxPoints: 4,
      rule: { type: 'manual' },
      provenance: 'verified',
    });
    expect(def.classification.thresholds.excellent).toBe(92.5);
  });

  it('reports every bad row with its sheet, row and column, in the language asked', async () => {
    const data = await edit(await renderCriteriaSetXlsx(movement()), (wb) => {
      const ws = wb.getWorksheet('Tiêu chí')!;
      ws.getRow(2).getCell(2).value = '';
      ws.getRow(3).getCell(3).value = '2,3';
      ws.getRow(4).getCell(4).value = 'Chấm theo cảm tính';
      const bands = ws.getColumn(6).values.findIndex((v) => typeof v === 'string' && v.includes(':'));
      ws.getRow(bands).getCell(6).value = '100 điểm';
      wb.getWorksheet('Điều kiện khống chế')!.getRow(2).getCell(4).value = 'Rất tốt';
      wb.getWorksheet('Thông tin')!.getRow(6).getCell(2).value = 'Xã; Thành phố';
    });
    const parsed = await readCriteriaWorkbook(data, 'vi');
    expect(parsed.definition).toBeNull();
    expect(parsed.errors.map((e) => [e.column, e.row])).toEqual([
      ['Thông tin: Áp dụng cho', 6],
      ['Tiêu chí: Nội dung', 2],
      ['Tiêu chí: Điểm chuẩn', 3],
      ['Tiêu chí: Cách chấm', 4],
      ['Tiêu chí: Mức phần trăm', expect.any(Number)],
      ['Điều kiện khống chế: Xếp loại tối đa', 2],
    ]);
    expect(parsed.errors[2]!.message).toContain('0,25');
    const en = await readCriteriaWorkbook(data, 'en');
    expect(en.errors[2]!.message).toContain('steps of 0.25');
  });

  it('puts a schema complaint on the row it came from', async () => {
    const data = await edit(await renderCriteriaSetXlsx(movement()), (wb) => {
      wb.getWorksheet('Tiêu chí')!.getRow(3).getCell(1).value = '1.1 x';
    });
    const parsed = await readCriteriaWorkbook(data, 'vi');
    expect(parsed.errors).toEqual([
      { row: 3, column: 'Tiêu chí: Mã', message: expect.stringContaining('Mã tiêu chí') },
    ]);
  });

  it('refuses what is not a workbook, and a workbook without the sheets', async () => {
    await expect(readCriteriaWorkbook(Buffer.from('Mã,Nội dung\n1,a'), 'vi')).rejects.toMatchObject({
      key: 'criteria.import.notXlsx',
    });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['x']);
    await expect(readCriteriaWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'vi')).rejects.toMatchObject({
      key: 'criteria.import.missingSheet',
    });
  });

  it.each([
    [
      '90:10; 70:7; 50:4',
      [
        { minPercent: 90, points: 10 },
        { minPercent: 70, points: 7 },
        { minPercent: 50, points: 4 },
      ],
    ],
    [
      '90%:2,5\n0:0',
      [
        { minPercent: 90, points: 2.5 },
        { minPercent: 0, points: 0 },
      ],
    ],
    ['90 → 3', [{ minPercent: 90, points: 3 }]],
    ['', null],
    ['90-10', null],
    ['120:3', null],
    ['90:2.3', null],
  ])('bands "%s"', (text, bands) => expect(parseBands(text)).toEqual(bands));
});
