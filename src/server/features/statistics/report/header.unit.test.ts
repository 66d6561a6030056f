import { describe, expect, it } from 'vitest';
import { ReportRequest } from '../../../../common/statistics/report-schemas.ts';
import { numberLine, reportHeader } from './header.ts';

const request = (over: Record<string, unknown> = {}) => ReportRequest.parse({ unitId: 1, from: '2025', ...over });
const province = { name: 'Tỉnh Hà Tĩnh', level: 'province', pathNames: ['Toàn quốc'] };
const ward = { name: 'Phường Thành Sen', level: 'commune', pathNames: ['Toàn quốc', 'Tỉnh Hà Tĩnh'] };

describe('report header defaults (Decree 30 elements 2–4, 7, 9)', () => {
  it('heads a province report with the provincial police under the ministry', () => {
    const h = reportHeader(request({ number: '7' }), province, { name: 'Toàn quốc', level: 'national' }, '2026-02-05');
    expect(h).toMatchObject({
      superior: 'Bộ Công an',
      issuer: 'Công an tỉnh Hà Tĩnh',
      numberLine: 'Số: 07/BC-CAT',
      placeDate: 'Hà Tĩnh, ngày 05 tháng 02 năm 2026',
      signer: { authority: '', title: 'GIÁM ĐỐC', name: '' },
      recipients: ['Bộ Công an (để báo cáo);', 'Lưu: VT.'],
    });
  });

  it('heads a ward report with the ward police under the provincial police, place = the province', () => {
    const h = reportHeader(request(), ward, { name: 'Tỉnh Hà Tĩnh', level: 'province' }, '2026-03-09');
    expect(h).toMatchObject({
      superior: 'Công an tỉnh Hà Tĩnh',
      issuer: 'Công an phường Thành Sen',
      symbol: 'BC-CAP',
      placeDate: 'Hà Tĩnh, ngày 09 tháng 3 năm 2026',
      signer: { title: 'TRƯỞNG CÔNG AN PHƯỜNG' },
    });
    expect(h.numberLine).toBe(numberLine('', 'BC-CAP'));
    expect(h.numberLine).toMatch(/^Số: \u00a0+\/BC-CAP$/);
  });

  it("keeps the user's own fields, an empty superior meaning none, and strips list dashes", () => {
    const h = reportHeader(
      request({
        superior: '',
        issuer: 'Ban Chỉ đạo 138 tỉnh',
        symbol: 'BC-BCĐ',
        place: 'Hồng Lĩnh',
        date: '2025-12-25',
        signer: { authority: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trần Văn B' },
        recipients: ['- UBND tỉnh;', 'Lưu: VT.'],
      }),
      province,
      null,
      '2026-02-05',
    );
    expect(h).toMatchObject({
      superior: null,
      issuer: 'Ban Chỉ đạo 138 tỉnh',
      numberLine: `Số: ${'\u00a0'.repeat(6)}/BC-BCĐ`,
      placeDate: 'Hồng Lĩnh, ngày 25 tháng 12 năm 2025',
      signer: { authority: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Trần Văn B' },
      recipients: ['UBND tỉnh;', 'Lưu: VT.'],
    });
  });

  it('refuses a number or symbol that cannot be printed as Decree 30 writes them', () => {
    expect(ReportRequest.safeParse({ unitId: 1, from: '2025', number: '15a' }).success).toBe(false);
    expect(ReportRequest.safeParse({ unitId: 1, from: '2025', symbol: 'bc cat' }).success).toBe(false);
    expect(ReportRequest.safeParse({ unitId: 1, from: '2025', narratives: { 'bad key': 'x' } }).success).toBe(false);
  });
});
