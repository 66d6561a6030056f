import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatPoints, placeDateLine } from './format.ts';
import { renderSheetDocx } from './sheet-docx.ts';
import { renderSheetXlsx } from './sheet-xlsx.ts';
import { renderSummaryXlsx } from './summary-xlsx.ts';
import { fixtureRows, fixtureSheet } from './test-fixtures.ts';

const opts = { lang: 'vi' as const, placeName: 'Hà Tĩnh', today: '2026-02-05' };
const labels = { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' };

async function docxParts(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const [document, styles, header1, header2] = await Promise.all([
    read('word/document.xml'),
    read('word/styles.xml'),
    read('word/header1.xml'),
    read('word/header2.xml'),
  ]);
  // every text run of the body, joined, so assertions read like the page
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => (m[1] ?? '').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&'))
    .join('|');
  return { document, styles, headers: [header1, header2], text };
}

async function loadXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no worksheet');
  return ws;
}

/** Row number whose first cell (or the given column) holds `text`. */
function findRow(ws: ExcelJS.Worksheet, text: string, col = 1): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return r;
  throw new Error(`row "${text}" not found`);
}

describe('official formats', () => {
  it('writes points with a decimal comma and dates with the Decree 30 leading zeros', () => {
    expect(formatPoints(92.5)).toBe('92,5');
    expect(formatPoints(1234.25)).toBe('1.234,25');
    expect(formatPoints(null)).toBe('');
    expect(placeDateLine('Hà Tĩnh', '2026-02-05', 'vi')).toBe('Hà Tĩnh, ngày 05 tháng 02 năm 2026');
    expect(placeDateLine('Hà Tĩnh', '2026-03-09', 'vi')).toBe('Hà Tĩnh, ngày 09 tháng 3 năm 2026');
    expect(placeDateLine('Hà Tĩnh', '2025-12-25', 'vi')).toBe('Hà Tĩnh, ngày 25 tháng 12 năm 2025');
    expect(placeDateLine('Hà Tĩnh', '2026-01-15', 'en')).toBe('Hà Tĩnh, 15 January 2026');
  });
});

describe('score sheet as DOCX', () => {
  it('lays out the Decree 30 header, the table, the result and its grounds', async () => {
    const { text, document } = await docxParts(await renderSheetDocx(fixtureSheet(), opts));
    for (const expected of [
      'UBND PHƯỜNG THÀNH SEN',
      'TỔ DÂN PHỐ 5',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Tĩnh, ngày 05 tháng 02 năm 2026',
      'BẢNG CHẤM ĐIỂM',
      'Đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025',
      'Căn cứ Quyết định số 510/QĐ-BCA-V05',
      'Bộ tiêu chí mẫu, chưa xác minh với văn bản chính thức',
      'Đơn vị: Tổ dân phố 5 (Tỉnh Hà Tĩnh, Phường Thành Sen)',
      'Điểm cấp trên chấm',
      'Chi bộ ban hành nghị quyết trong quý I',
      'Lý do điều chỉnh: Kế hoạch ban hành muộn, thiếu biên bản họp',
      'Trừ 5 điểm/vụ việc; tự nhập 1 vụ việc',
      'Tổng điểm 92,5 đạt mức loại Xuất sắc (từ 90 điểm).',
      '- Tiêu chí 3 ghi nhận 1 vụ việc: xếp loại không cao hơn loại Khá.',
      'Quyết định số 15/QĐ-BCĐ ngày 05/12/2025.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. TỔ DÂN PHỐ 5',
      'NGƯỜI LẬP BIỂU',
    ])
      expect(text).toContain(expected);
    // the totals: self 95, after review 92,5, sub-item 1.2 adjusted to 7,5, criterion 1 subtotal 17,5
    expect(text).toMatch(/TỔNG CỘNG\|100\|95\|92,5/);
    expect(text).toMatch(/1\.2\|[^|]+\|10\|10\|7,5/);
    expect(text).toMatch(/\|1\|Công tác lãnh đạo[^|]*\|20\|20\|17,5/);
    expect(text).toMatch(/Xếp loại: \|Khá/);
    // decided: no "(đề xuất)", no status line
    expect(text).not.toContain('(đề xuất)');
    // national name 12 pt bold, motto 13 pt bold, place-date italic
    expect(document).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="24"\/><w:szCs w:val="24"\/><\/w:rPr><w:t[^>]*>CỘNG HÒA/);
    expect(document).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="26"\/><w:szCs w:val="26"\/><\/w:rPr><w:t[^>]*>Độc lập/);
    expect(document).toMatch(
      /<w:i\/><w:iCs\/><w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t[^>]*>Hà Tĩnh, ngày/,
    );
  });

  it('sets up an A4 page with the Decree 30 margins, Times New Roman in black, and no page number on page 1', async () => {
    const { document, styles, headers } = await docxParts(await renderSheetDocx(fixtureSheet(), opts));
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    const margins = document.match(/<w:pgMar [^>]*\/>/)?.[0] ?? '';
    // twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
    // a distinct first-page header (empty) and a default one with the page number
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    expect(document).toMatch(/<w:headerReference w:type="default"/);
    const [withNumber, blank] = headers[0]?.includes('PAGE') ? headers : [headers[1], headers[0]];
    expect(withNumber).toContain('PAGE');
    expect(blank).not.toContain('PAGE');
    expect(withNumber).toMatch(/<w:jc w:val="center"\/>/);
    // Times New Roman for every script, black, and no other face anywhere in the body
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:color w:val="000000"\/>/);
    expect(document).not.toMatch(/w:rFonts/);
    expect(document).not.toMatch(/<w:color w:val="(?!000000)/);
  });

  it('marks an undecided class as proposed, leaves the review column empty before review, and words every gate', async () => {
    const base = fixtureSheet();
    const view = fixtureSheet({
      status: 'submitted',
      decided: null,
      safetyRecognised: false,
      entries: base.entries.map((e) => ({ ...e, reviewValue: null, reviewReason: null, points: e.selfPoints })),
      result: {
        ...base.selfResult,
        classification: 'good',
        reasons: [
          ...base.selfResult.reasons,
          { kind: 'gate', classification: 'good', gateKind: 'safetyRecognitionMissing' },
          {
            kind: 'gate',
            classification: 'average',
            gateKind: 'criterionBelow',
            criterion: '4',
            points: 10,
            minPoints: 15,
          },
        ],
      },
      set: { ...base.set, provenance: 'verified' },
    });
    const { text } = await docxParts(await renderSheetDocx(view, opts));
    expect(text).toMatch(/Xếp loại: \|Khá\| \(đề xuất\)/);
    expect(text).toContain('Trạng thái: Đã gửi');
    expect(text).toContain('Kết quả chưa được cấp có thẩm quyền quyết định.');
    expect(text).toContain(
      '- Đơn vị chưa được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự": xếp loại không cao hơn loại Khá.',
    );
    expect(text).toContain(
      '- Tiêu chí 4 đạt 10 điểm, dưới mức tối thiểu 15 điểm: xếp loại không cao hơn loại Trung bình.',
    );
    expect(text).not.toContain('Bộ tiêu chí mẫu');
    expect(text).not.toContain('Tổng điểm cấp trên chấm');
    expect(text).toMatch(/TỔNG CỘNG\|100\|95\|\|/);
  });

  it('writes the fixed texts in English when asked, and keeps the criteria as the set words them', async () => {
    const { text } = await docxParts(await renderSheetDocx(fixtureSheet(), { ...opts, lang: 'en' }));
    expect(text).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(text).toContain('Independence - Freedom - Happiness');
    expect(text).toContain('Hà Tĩnh, 05 February 2026');
    expect(text).toContain('SCORE SHEET');
    expect(text).toContain("PEOPLE'S COMMITTEE OF PHƯỜNG THÀNH SEN");
    expect(text).toContain('Chi bộ ban hành nghị quyết trong quý I');
    expect(text).toMatch(/Classification: \|Khá/);
    expect(text).toContain('92,5');
  });
});

describe('score sheet as XLSX', () => {
  it('has the same table with numeric cells, a frozen header row and the result under it', async () => {
    const ws = await loadXlsx(await renderSheetXlsx(fixtureSheet(), opts));
    expect(ws.getCell('C1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('A5').value).toBe('BẢNG CHẤM ĐIỂM');
    const head = findRow(ws, 'Mã');
    expect(ws.getRow(head).values).toEqual([
      undefined,
      'Mã',
      'Tiêu chí',
      'Điểm chuẩn',
      'Điểm tự chấm',
      'Điểm cấp trên chấm',
      'Ghi chú/Lý do',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
    const c1 = ws.getRow(findRow(ws, '1'));
    expect([c1.getCell(3).value, c1.getCell(4).value, c1.getCell(5).value]).toEqual([20, 20, 17.5]);
    expect(c1.getCell(2).font.bold).toBe(true);
    const item = ws.getRow(findRow(ws, '1.2'));
    expect([item.getCell(4).value, item.getCell(5).value]).toEqual([10, 7.5]);
    expect(item.getCell(2).font.bold).toBeFalsy();
    expect(item.getCell(6).value).toContain('Lý do điều chỉnh');
    const total = ws.getRow(findRow(ws, 'Tổng cộng', 2));
    expect([total.getCell(3).value, total.getCell(4).value, total.getCell(5).value]).toEqual([100, 95, 92.5]);
    expect(ws.getRow(findRow(ws, 'Xếp loại')).getCell(3).value).toBe('Khá');
    expect(findRow(ws, 'Quyết định số 15/QĐ-BCĐ ngày 05/12/2025.')).toBeGreaterThan(head);
  });
});

describe('summary table of a level as XLSX', () => {
  it('lists every unit with its class (decided, else proposed) and totals by class', async () => {
    const rows = fixtureRows(24);
    const ws = await loadXlsx(
      await renderSummaryXlsx(
        { unit: { name: 'Xã Cẩm Bình' }, year: 2025, labels, rows, today: '2026-02-05' },
        { lang: 'vi' },
      ),
    );
    expect(ws.getCell('A1').value).toBe('BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, PHÂN LOẠI');
    expect(ws.getCell('A2').value).toContain('Xã Cẩm Bình');
    const head = findRow(ws, 'STT');
    expect(ws.getRow(head).getCell(10).value).toBe('Đạt "An toàn về ANTT"');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
    expect(ws.autoFilter).toBe(`A${head}:L${head + 24}`);
    const first = ws.getRow(head + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(3).value).toBe('Thôn 1');
    expect(first.getCell(6).value).toBe('Chưa thực hiện');
    const decidedGood = ws.getRow(head + 6); // row index 5: decided, class good
    expect(decidedGood.getCell(9).value).toBe('Khá');
    expect(ws.getRow(head + 2).getCell(9).value).toBe('Khá (đề xuất)');
    expect(ws.getRow(head + 2).getCell(8).value).toBe(59.25);
    // 24 rows: 4 not started, 4 decided (2 good, 2 weak), 16 proposed (4 per class)
    const block = findRow(ws, 'Xếp loại', 3);
    const line = (n: number) => (ws.getRow(block + n).values as unknown[]).slice(3);
    expect(line(1)).toEqual(['Xuất sắc', 0, 0, 4, 4]);
    expect(line(2)).toEqual(['Khá', 2, 0.5, 4, 6]);
    expect(line(4)).toEqual(['Yếu', 2, 0.5, 4, 6]);
    expect(line(5)).toEqual(['Chưa có kết quả', undefined, undefined, undefined, 4]);
    expect(line(6)).toEqual(['Tổng cộng', 4, 1, 16, 24]);
    expect(ws.getRow(block + 1).getCell(5).numFmt).toBe('0.0%');
  });

  it('writes a province of 3,000 units in well under a second', async () => {
    const rows = fixtureRows(3000);
    const input = { unit: { name: 'Tỉnh Hà Tĩnh' }, year: 2025, labels, rows, today: '2026-02-05' };
    await renderSummaryXlsx(input, { lang: 'vi' }); // load exceljs
    const started = performance.now();
    const buf = await renderSummaryXlsx(input, { lang: 'vi' });
    const ms = performance.now() - started;
    const ws = await loadXlsx(buf);
    expect(ws.getRow(findRow(ws, 'STT') + 3000).getCell(1).value).toBe(3000);
    // generous bound for a loaded CI machine; bench/evaluation.ts measures it properly
    expect(ms).toBeLessThan(3000);
  });
});
