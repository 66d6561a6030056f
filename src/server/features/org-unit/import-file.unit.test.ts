import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitList } from './import-file.ts';

const GSO_HEADER = ['Tỉnh Thành Phố', 'Mã TP', 'Quận Huyện', 'Mã QH', 'Phường Xã', 'Mã PX', 'Cấp', 'Tên Tiếng Anh'];

async function xlsx(sheets: Record<string, unknown[][]>, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, i) => {
      cells.forEach((value, j) => {
        if (value !== undefined) ws.getCell(i + 1, j + 1).value = value as ExcelJS.CellValue;
      });
    });
  }
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A minimal stored (uncompressed) zip, to feed a zip that is not a workbook. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const nameBuf = Buffer.from(name);
    const body = Buffer.from(text);
    const crc = crc32(body);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(body.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const csv = (text: string, bom = false) => Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
const summary = (errors: { row: number; column: string | null }[]) => errors.map((e) => [e.row, e.column]);

describe('readUnitList: good files', () => {
  it('reads a three-level GSO export, restoring zeros Excel dropped', async () => {
    const data = await xlsx({
      'Danh mục': [
        GSO_HEADER,
        ['Thành phố Hà Nội', 1, 'Quận Ba Đình', 1, 'Phường Phúc Xá', 1, 'Phường', 'Phuc Xa Ward'],
        [
          'Thành phố Hà Nội',
          '01',
          'Quận Ba Đình',
          '001',
          'Phường Trúc Bạch',
          { formula: 'TEXT(4,"00000")', result: '00004' },
          'Phường',
          'Truc Bach Ward',
        ],
        // an identical repeat is harmless and dropped
        ['Thành phố Hà Nội', '01', 'Quận Ba Đình', '001', 'Phường Trúc Bạch', '00004', 'Phường', 'Truc Bach Ward'],
        [],
        [
          { richText: [{ text: 'Tỉnh ' }, { text: 'Hà Giang' }] },
          2,
          'Thành phố Hà Giang',
          24,
          'Phường Quang Trung',
          688,
          'Phường',
        ],
        ['Tỉnh Hà Giang', 2, 'Thành phố Hà Giang', 24, undefined, undefined, 'Thành phố'],
      ],
    });
    const parsed = await readUnitList(data, 'danh-muc.xlsx', 'vi');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        row: 2,
        provinceCode: '01',
        provinceName: 'Thành phố Hà Nội',
        districtCode: '001',
        districtName: 'Quận Ba Đình',
        communeCode: '00001',
        communeName: 'Phường Phúc Xá',
        communeType: 'Phường',
      },
      {
        row: 3,
        provinceCode: '01',
        provinceName: 'Thành phố Hà Nội',
        districtCode: '001',
        districtName: 'Quận Ba Đình',
        communeCode: '00004',
        communeName: 'Phường Trúc Bạch',
        communeType: 'Phường',
      },
      {
        row: 6,
        provinceCode: '02',
        provinceName: 'Tỉnh Hà Giang',
        districtCode: '024',
        districtName: 'Thành phố Hà Giang',
        communeCode: '00688',
        communeName: 'Phường Quang Trung',
        communeType: 'Phường',
      },
      {
        row: 7,
        provinceCode: '02',
        provinceName: 'Tỉnh Hà Giang',
        districtCode: '024',
        districtName: 'Thành phố Hà Giang',
        communeCode: null,
        communeName: null,
        communeType: 'Thành phố',
      },
    ]);
  });

  it('finds the header under a title and on a later sheet, skips column numbers and repeated headers, fills merged cells down', async () => {
    const data = await xlsx(
      {
        'Hướng dẫn': [['Bảng này liệt kê đơn vị hành chính']],
        'Cấp xã': [
          ['DANH MỤC ĐƠN VỊ HÀNH CHÍNH'],
          [],
          ['Mã tỉnh', 'Tên tỉnh', 'Mã quận huyện', 'Tên quận huyện', 'Mã xã', 'Tên xã', 'Cấp'],
          ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
          ['01', 'Thành phố Hà Nội', '001', 'Quận Ba Đình', '00001', 'Phường Phúc Xá', 'Phường'],
          [undefined, undefined, '001', 'Quận Ba Đình', '00004', 'Phường Trúc Bạch', 'Phường'],
          // the header repeated by a paged export
          ['Mã tỉnh', 'Tên tỉnh', 'Mã quận huyện', 'Tên quận huyện', 'Mã xã', 'Tên xã', 'Cấp'],
          ['01', 'Thành phố Hà Nội', '002', 'Quận Hoàn Kiếm', '00037', 'Phường Phúc Tân', 'Phường'],
        ],
      },
      (wb) => {
        const ws = wb.getWorksheet('Cấp xã')!;
        ws.mergeCells('A5:A6');
        ws.mergeCells('B5:B6');
      },
    );
    const parsed = await readUnitList(data, 'x.xlsx', 'vi');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.provinceCode, r.provinceName, r.communeCode])).toEqual([
      [5, '01', 'Thành phố Hà Nội', '00001'],
      [6, '01', 'Thành phố Hà Nội', '00004'],
      [8, '01', 'Thành phố Hà Nội', '00037'],
    ]);
  });

  it('reads a two-level CSV with a BOM, `;` delimiter, CRLF, quotes and short codes', async () => {
    const text = [
      'Mã tỉnh;Tên tỉnh/TP mới;Mã phường/xã mới;Tên Phường/Xã mới;Cấp',
      '01;Thành phố Hà Nội;00004;Phường Ba Đình;Phường',
      '1;Thành phố Hà Nội;="00008";"Phường Ngọc Hà; mới";Phường',
      '',
      '22;Tỉnh Quảng Ninh;7192;Đặc khu Vân Đồn;Đặc khu',
      '22;Tỉnh  Quảng Ninh ;;;',
    ].join('\r\n');
    const parsed = await readUnitList(csv(text, true), 'moi.csv', 'vi');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        row: 2,
        provinceCode: '01',
        provinceName: 'Thành phố Hà Nội',
        districtCode: null,
        districtName: null,
        communeCode: '00004',
        communeName: 'Phường Ba Đình',
        communeType: 'Phường',
      },
      {
        row: 3,
        provinceCode: '01',
        provinceName: 'Thành phố Hà Nội',
        districtCode: null,
        districtName: null,
        communeCode: '00008',
        communeName: 'Phường Ngọc Hà; mới',
        communeType: 'Phường',
      },
      {
        row: 5,
        provinceCode: '22',
        provinceName: 'Tỉnh Quảng Ninh',
        districtCode: null,
        districtName: null,
        communeCode: '07192',
        communeName: 'Đặc khu Vân Đồn',
        communeType: 'Đặc khu',
      },
      {
        row: 6,
        provinceCode: '22',
        provinceName: 'Tỉnh Quảng Ninh',
        districtCode: null,
        districtName: null,
        communeCode: null,
        communeName: null,
        communeType: null,
      },
    ]);
  });

  it('detects comma and tab delimiters, and reads UTF-16 "Unicode Text" exports', async () => {
    const comma = await readUnitList(csv('Mã TP,Tỉnh Thành Phố\n01,"Thành phố Hà Nội"\n'), 'a.csv', 'vi');
    expect(comma.rows.map((r) => [r.provinceCode, r.provinceName])).toEqual([['01', 'Thành phố Hà Nội']]);
    const tab = '\uFEFFMã TP\tTỉnh Thành Phố\tMã PX\tPhường Xã\r\n01\tThành phố Hà Nội\t00001\tPhường Phúc Xá\r\n';
    const utf16 = await readUnitList(Buffer.from(tab, 'utf16le'), 'a.txt', 'vi');
    expect(utf16.rows.map((r) => [r.provinceCode, r.communeCode, r.communeName])).toEqual([
      ['01', '00001', 'Phường Phúc Xá'],
    ]);
  });

  it('matches headers regardless of case, accents, spacing and notes in brackets', async () => {
    const text =
      'MA TINH (BNV);ten tinh / thanh pho;  Mã đơn vị ;TÊN ĐƠN VỊ;Mã Quận huyện TMS (cũ)\n01;Hà Nội;00001;Phúc Xá;999\n';
    const parsed = await readUnitList(csv(text), 'a.csv', 'vi');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ provinceCode: '01', communeCode: '00001', districtCode: null });
  });
});

describe('readUnitList: row errors', () => {
  const header = 'Tỉnh Thành Phố,Mã TP,Quận Huyện,Mã QH,Phường Xã,Mã PX,Cấp';
  const lines = [
    header,
    /* 2 */ 'Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường',
    /* 3 */ ',,Quận Ba Đình,001,Phường Trúc Bạch,00004,Phường',
    /* 4 */ 'Thành phố Hà Nội,1A,Quận Ba Đình,001,Phường X,00006,Phường',
    /* 5 */ 'Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Y,123456,Phường',
    /* 6 */ 'Thành phố Hà Nội,01,,001,Phường Z,00007,Phường',
    /* 7 */ 'Thành phố Hà Nội,01,Quận Hoàn Kiếm,,Phường W,00008,',
    /* 8 */ 'Thủ đô Hà Nội,01,Quận Ba Đình,001,Phường Điện Biên,00009,Phường',
    /* 9 */ 'Tỉnh Hà Giang,02,Thành phố Hà Giang,024,Phường Phúc Xá,00001,Phường',
    /* 10 */ 'Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Phường',
    /* 11 */ 'Thành phố Hà Nội,01,,,Phường Lẻ,00010,Phường',
    /* 12 */ '',
    /* 13 */ 'Thành phố Hà Nội,01,Quận Ba Đình,001,,00011,Phường',
    /* 14 */ 'Tỉnh Hà Giang,02,Quận Ba Đình,001,Phường Q,00012,Phường',
    /* 15 */ 'Thành phố Hà Nội,01,Quận Ba Đình,001,Phường Phúc Xá,00001,Xã',
    /* 16 */ 'Thành phố Hà Nội,01,Quận Ba Đình,001,,,',
    /* 17 */ 'Thành phố Hà Nội,00,Quận Ba Đình,001,Phường V,00013,Phường',
  ];
  const data = csv(lines.join('\n'));

  it('reports every bad cell with its row and the header as written', async () => {
    const parsed = await readUnitList(data, 'loi.csv', 'vi');
    expect(summary(parsed.errors)).toEqual([
      [3, 'Mã TP'],
      [3, 'Tỉnh Thành Phố'],
      [4, 'Mã TP'],
      [5, 'Mã PX'],
      [6, 'Quận Huyện'],
      [7, 'Mã QH'],
      [8, 'Tỉnh Thành Phố'],
      [9, 'Mã PX'],
      [11, 'Mã QH'],
      [11, 'Quận Huyện'],
      [13, 'Phường Xã'],
      [14, 'Mã QH'],
      [15, 'Cấp'],
      [17, 'Mã TP'],
    ]);
    // only the valid rows come back; the identical repeat (row 10) is silent
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 16]);
    expect(parsed.rows[1]).toMatchObject({ districtCode: '001', communeCode: null, communeName: null });
  });

  it('explains each error in Vietnamese', async () => {
    const { errors } = await readUnitList(data, 'loi.csv', 'vi');
    const at = (row: number, column: string) => errors.find((e) => e.row === row && e.column === column)?.message;
    expect(at(3, 'Mã TP')).toBe('Thiếu Mã TP: "Phường Trúc Bạch" phải thuộc một tỉnh/thành phố.');
    expect(at(4, 'Mã TP')).toBe('"1A" không phải mã hợp lệ: mã phải gồm đúng 2 chữ số và không phải toàn số 0.');
    expect(at(5, 'Mã PX')).toBe('"123456" không phải mã hợp lệ: mã phải gồm đúng 5 chữ số và không phải toàn số 0.');
    expect(at(6, 'Quận Huyện')).toBe('Có mã 001 nhưng thiếu tên ở cột Quận Huyện.');
    expect(at(7, 'Mã QH')).toBe('Có tên "Quận Hoàn Kiếm" nhưng thiếu mã ở cột Mã QH.');
    expect(at(8, 'Tỉnh Thành Phố')).toBe(
      'Mã 01 đã mang tên "Thành phố Hà Nội" ở dòng 2; dòng này lại ghi "Thủ đô Hà Nội".',
    );
    expect(at(9, 'Mã PX')).toBe(
      'Mã 00001 đã thuộc Quận Ba Đình (001) ở dòng 2; dòng này lại ghi thuộc Thành phố Hà Giang (024).',
    );
    expect(at(11, 'Quận Huyện')).toBe(
      'Thiếu Quận Huyện: "Phường Lẻ" phải thuộc một quận/huyện (tệp có cột quận/huyện).',
    );
    expect(at(14, 'Mã QH')).toBe(
      'Mã 001 đã thuộc Thành phố Hà Nội (01) ở dòng 2; dòng này lại ghi thuộc Tỉnh Hà Giang (02).',
    );
    expect(at(15, 'Cấp')).toBe('Mã 00001 có cấp "Phường" ở dòng 2; dòng này lại ghi "Xã".');
  });

  it('explains each error in English', async () => {
    const { errors } = await readUnitList(data, 'loi.csv', 'en');
    const at = (row: number, column: string) => errors.find((e) => e.row === row && e.column === column)?.message;
    expect(at(3, 'Tỉnh Thành Phố')).toBe('Tỉnh Thành Phố is missing: "Phường Trúc Bạch" must belong to a province.');
    expect(at(17, 'Mã TP')).toBe('"00" is not a valid code: a code has exactly 2 digits, not all zeros.');
    expect(at(13, 'Phường Xã')).toBe('Code 00011 has no name in column Phường Xã.');
  });

  it('reports a blank province on a province-only row plainly', async () => {
    const parsed = await readUnitList(csv('Mã TP;Tỉnh Thành Phố;Cấp\n;;Tỉnh\n01;Thành phố Hà Nội;\n'), 'a.csv', 'en');
    expect(parsed.errors).toEqual([
      { row: 2, column: 'Mã TP', message: 'Mã TP is missing.' },
      { row: 2, column: 'Tỉnh Thành Phố', message: 'Tỉnh Thành Phố is missing.' },
    ]);
  });

  it('uses Excel row numbers for XLSX errors', async () => {
    const data = await xlsx({
      S: [
        ['Danh mục'],
        GSO_HEADER,
        ['Thành phố Hà Nội', 1, 'Quận Ba Đình', 1, 'Phường Phúc Xá', 1, 'Phường'],
        [],
        ['Thành phố Hà Nội', 1.5, 'Quận Ba Đình', 1, 'Phường Trúc Bạch', 4, 'Phường'],
        ['Thành phố Hà Nội', 1, 'Quận Ba Đình', 1, 'Phường Trúc Bạch', 1234567, 'Phường'],
      ],
    });
    const parsed = await readUnitList(data, 'x.xlsx', 'vi');
    expect(summary(parsed.errors)).toEqual([
      [5, 'Mã TP'],
      [6, 'Mã PX'],
    ]);
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('readUnitList: whole-file problems', () => {
  const notSpreadsheet = (file: string) => ({ status: 422, key: 'import.notSpreadsheet', params: { file } });

  it('rejects files that are not XLSX or CSV, whatever their name', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const binary = Buffer.from([0x4d, 0x61, 0x00, 0x54, 0x50, 0x0a, 0x01, 0x02, 0x7f, 0x41]);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const html = Buffer.from('<html><body><table><tr><td>Mã TP</td></tr></table></body></html>');
    const cp1258 = Buffer.from([0x4d, 0xe3, 0x20, 0x54, 0x50, 0x2c, 0x54, 0xec, 0x6e, 0x68, 0x0a]);
    const cases: [Buffer, string][] = [
      [pdf, 'danh-muc.xlsx'],
      [png, 'danh-muc.csv'],
      [binary, 'danh-muc.txt'],
      [xls, 'danh-muc.xls'],
      [html, 'danh-muc.xls'],
      [cp1258, 'ansi.csv'],
      [zip({ 'readme.txt': 'hello' }), 'archive.xlsx'],
      [Buffer.from('PK\x03\x04garbage', 'latin1'), 'broken.xlsx'],
    ];
    for (const [data, name] of cases) {
      await expect(readUnitList(data, name, 'vi'), name).rejects.toMatchObject(notSpreadsheet(name));
    }
  });

  it('names the missing required columns', async () => {
    await expect(readUnitList(csv('Tên,Ghi chú\nA,B\n'), 'a.csv', 'vi')).rejects.toMatchObject({
      status: 422,
      key: 'import.missingColumns',
      params: { columns: 'Mã TP, Tỉnh Thành Phố' },
    });
    await expect(
      readUnitList(csv('Tỉnh Thành Phố;Quận Huyện;Mã QH\nHà Nội;Ba Đình;001\n'), 'a.csv', 'vi'),
    ).rejects.toMatchObject({
      key: 'import.missingColumns',
      params: { columns: 'Mã TP' },
    });
    const data = await xlsx({
      S: [
        ['Mã TP', 'Tỉnh Thành Phố', 'Mã PX', 'Cấp'],
        ['01', 'Hà Nội', '00001', 'Phường'],
      ],
    });
    await expect(readUnitList(data, 'a.xlsx', 'vi')).rejects.toMatchObject({
      key: 'import.missingColumns',
      params: { columns: 'Phường Xã' },
    });
  });

  it('rejects files without data rows', async () => {
    const empty = { status: 422, key: 'import.empty' };
    await expect(readUnitList(Buffer.alloc(0), 'a.csv', 'vi')).rejects.toMatchObject(empty);
    await expect(readUnitList(csv('\uFEFF\r\n\r\n'), 'a.csv', 'vi')).rejects.toMatchObject(empty);
    await expect(readUnitList(csv(`${GSO_HEADER.join(',')}\n,,,,,,,\n`), 'a.csv', 'vi')).rejects.toMatchObject(empty);
    await expect(readUnitList(await xlsx({ S: [] }), 'a.xlsx', 'vi')).rejects.toMatchObject(empty);
    await expect(readUnitList(await xlsx({ S: [GSO_HEADER] }), 'a.xlsx', 'vi')).rejects.toMatchObject(empty);
  });

  it('reports a malformed CSV with its line', async () => {
    await expect(readUnitList(csv('Mã TP,Tỉnh Thành Phố\n01,"Hà Nội\n'), 'a.csv', 'vi')).rejects.toMatchObject({
      key: 'import.csvSyntax',
      params: { file: 'a.csv' },
    });
  });
});

describe('readUnitList: size', () => {
  const N = 12_000;
  const unit = (i: number) => [
    `Tỉnh ${Math.floor(i / 400)}`,
    Math.floor(i / 400) + 1,
    `Huyện ${Math.floor(i / 20)}`,
    Math.floor(i / 20) + 1,
    `Xã ${i}`,
    i + 1,
    'Xã',
    `Commune ${i}`,
  ];

  it('parses a 12,000-row XLSX well under 2 seconds', async () => {
    const data = await xlsx({ S: [GSO_HEADER, ...Array.from({ length: N }, (_, i) => unit(i))] });
    const started = performance.now();
    const parsed = await readUnitList(data, 'big.xlsx', 'vi');
    const ms = performance.now() - started;
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(N);
    expect(parsed.rows.at(-1)).toMatchObject({
      row: N + 1,
      provinceCode: '30',
      districtCode: '600',
      communeCode: '12000',
    });
    expect(ms).toBeLessThan(2000);
  });

  it('parses a 12,000-row CSV well under 2 seconds', async () => {
    const text = [GSO_HEADER, ...Array.from({ length: N }, (_, i) => unit(i))].map((r) => r.join(',')).join('\n');
    const started = performance.now();
    const parsed = await readUnitList(csv(text), 'big.csv', 'vi');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toHaveLength(N);
  });
});
