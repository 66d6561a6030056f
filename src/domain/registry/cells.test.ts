import { describe, expect, it } from 'vitest';
import { formatCell, locateHeader, parseCell, parseDate, parseVietnameseNumber, type SheetColumn } from './cells.ts';

const col = (type: SheetColumn['type'], extra: Partial<SheetColumn> = {}): SheetColumn => ({
  key: 'x',
  header: { vi: 'Cột', en: 'Column' },
  type,
  ...extra,
});
const kinds = col('enum', {
  options: [
    { value: 'individual', label: { vi: 'Cá nhân', en: 'Individual' } },
    { value: 'collective', label: { vi: 'Tập thể', en: 'Collective' } },
  ],
});

describe('registry cells', () => {
  it.each([
    ['114.924', 114924],
    ['114924', 114924],
    ['1.234.567', 1234567],
    ['12,5', 12.5],
    ['1.234,5', 1234.5],
    ['12.5', 12.5],
    ['-3', -3],
    [' 2 026 ', 2026],
    ['12a', null],
    ['1,2,3', null],
  ])('reads %s as %s, the way Vietnamese write numbers', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each([
    ['05/11/2026', '2026-11-05'],
    ['5/1/2026', '2026-01-05'],
    ['05-11-2026', '2026-11-05'],
    ['05.11.2026', '2026-11-05'],
    ['2026-11-05', '2026-11-05'],
    ['2026-11-05T00:00:00.000Z', '2026-11-05'],
    ['31/02/2026', null],
    ['29/02/2024', '2024-02-29'],
    ['11/2026', null],
    ['hôm qua', null],
  ])('reads the date %s as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('an empty cell is no value; a whole number column refuses decimals', () => {
    expect(parseCell(col('int'), '  ')).toEqual({ ok: true, value: undefined });
    expect(parseCell(col('int'), '12,5')).toEqual({ ok: false, error: 'int' });
    expect(parseCell(col('number'), '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCell(col('date'), '31/02/2026')).toEqual({ ok: false, error: 'date' });
  });

  it('options match their code or label in either language, whatever the diacritics and case', () => {
    for (const text of ['Tập thể', 'tap the', 'COLLECTIVE', 'collective']) {
      expect(parseCell(kinds, text)).toEqual({ ok: true, value: 'collective' });
    }
    expect(parseCell(kinds, 'Hộ gia đình')).toEqual({ ok: false, error: 'enum' });
  });

  it('yes/no cells take Có/Không, x and their English', () => {
    for (const yes of ['Có', 'co', 'x', 'Yes', 'TRUE', '1'])
      expect(parseCell(col('bool'), yes)).toEqual({ ok: true, value: true });
    for (const no of ['Không', 'khong', 'No', 'FALSE', '0'])
      expect(parseCell(col('bool'), no)).toEqual({ ok: true, value: false });
    expect(parseCell(col('bool'), 'có lẽ')).toEqual({ ok: false, error: 'bool' });
  });

  it('formats values as the import reads them back', () => {
    expect(formatCell(col('date'), '2026-11-05', 'vi')).toBe('05/11/2026');
    expect(formatCell(kinds, 'collective', 'vi')).toBe('Tập thể');
    expect(formatCell(kinds, 'collective', 'en')).toBe('Collective');
    expect(formatCell(col('bool'), true, 'vi')).toBe('Có');
    expect(formatCell(col('int'), 114924, 'vi')).toBe(114924);
    expect(formatCell(col('text'), null, 'vi')).toBeNull();
    const roundTrips: [SheetColumn, unknown][] = [
      [col('date'), '2026-11-05'],
      [kinds, 'individual'],
      [col('bool'), false],
      [col('int'), 114924],
    ];
    for (const [c, v] of roundTrips)
      expect(parseCell(c, String(formatCell(c, v, 'vi')))).toEqual({ ok: true, value: v });
  });

  it('finds the header row below a title, in either language, and names missing required columns', () => {
    const columns: SheetColumn[] = [
      { key: 'name', header: { vi: 'Tên điển hình', en: 'Name' }, type: 'text', required: true },
      { key: 'year', header: { vi: 'Năm', en: 'Year' }, type: 'int', required: true },
      { key: 'note', header: { vi: 'Ghi chú', en: 'Note' }, type: 'text' },
      { key: 'parent', header: { vi: 'Thuộc', en: 'Under' }, type: 'text', readOnly: true },
    ];
    const rows = [
      { row: 1, cells: ['DANH SÁCH ĐIỂN HÌNH'] },
      { row: 2, cells: ['TEN DIEN HINH (*)', 'Thuộc', 'Note'] },
      { row: 3, cells: ['Ông A', 'Xã B', ''] },
    ];
    const found = locateHeader(rows, columns);
    expect(found.headerIndex).toBe(1);
    expect(Object.fromEntries(found.at)).toEqual({ name: 0, note: 2 });
    expect(found.missing.map((c) => c.key)).toEqual(['year']);
  });
});
