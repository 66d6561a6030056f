import { describe, expect, it } from 'vitest';
import { composeReport, paragraphKeys, type ReportFacts, unknownTextKeys } from './report.ts';
import { changePhrase, inSentence, periodOpening, scopeWord, vnNumber, vnPercent } from './report-format.ts';

const fig = (value: number | null, previous: number | null = null) => {
  if (value === null || previous === null) return { value, previous, change: null, changePct: null };
  const change = value - previous;
  return { value, previous, change, changePct: previous === 0 ? null : Math.round((change / previous) * 1000) / 10 };
};

function facts(figures: Record<string, ReturnType<typeof fig>>, over: Partial<ReportFacts> = {}): ReportFacts {
  return {
    kind: 'final',
    unit: { name: 'Tỉnh Hà Tĩnh', level: 'province' },
    issuer: 'Công an tỉnh Hà Tĩnh',
    rangeLabel: 'năm 2025',
    compare: true,
    figures,
    indicators: [
      { code: 'crimeCases', name: 'Số vụ phạm pháp hình sự', measure: 'vụ', section: 'crime', aggregation: 'sum' },
      { code: 'crimeDeaths', name: 'Số người chết', measure: 'người', section: 'crime', aggregation: 'sum' },
      { code: 'clearanceRate', name: 'Tỷ lệ điều tra khám phá', measure: '%', section: 'crime', aggregation: 'ratio' },
      { code: 'gangsDismantled', name: 'Số băng, nhóm', measure: 'băng, nhóm', section: 'crime', aggregation: 'sum' },
    ],
    awardForms: [
      {
        code: 'BK-BCA',
        name: 'Bằng khen của Bộ trưởng Bộ Công an',
        issuerTitle: 'Bộ trưởng Bộ Công an',
        kind: 'certificateOfMerit',
      },
      {
        code: 'BK-UBND-TINH',
        name: 'Bằng khen của Chủ tịch UBND tỉnh',
        issuerTitle: 'Chủ tịch UBND tỉnh',
        kind: 'certificateOfMerit',
      },
      {
        code: 'GK-GD-CAT',
        name: 'Giấy khen của Giám đốc Công an tỉnh',
        issuerTitle: 'Giám đốc Công an tỉnh',
        kind: 'certificateOfCommendation',
      },
      {
        code: 'KNC',
        name: 'Kỷ niệm chương "Bảo vệ an ninh Tổ quốc"',
        issuerTitle: 'Bộ trưởng Bộ Công an',
        kind: 'other',
      },
    ],
    ...over,
  };
}

const textOf = (f: ReportFacts, key: string, texts?: Record<string, string>) => {
  const m = composeReport(f, texts);
  for (const s of m.sections)
    for (const p of [...s.paragraphs, ...s.subsections.flatMap((b) => b.paragraphs)]) if (p.key === key) return p;
  throw new Error(`no paragraph ${key}`);
};

describe('Vietnamese figures', () => {
  it('groups thousands with a dot, writes decimals with a comma and percents without a space', () => {
    expect(vnNumber(114924)).toBe('114.924');
    expect(vnNumber(12.5)).toBe('12,5');
    expect(vnNumber(null)).toBe('0');
    expect(vnPercent(89)).toBe('89%');
    expect(vnPercent(37.5)).toBe('37,5%');
  });

  it('says how a figure moved against the same period, including from nothing', () => {
    expect(changePhrase(fig(238, 226), 'vụ')).toBe('tăng 12 vụ (+5,3%) so với cùng kỳ');
    expect(changePhrase(fig(1200, 1300), 'vụ')).toBe('giảm 100 vụ (-7,7%) so với cùng kỳ');
    expect(changePhrase(fig(4, 0), 'vụ')).toBe('tăng 4 vụ so với cùng kỳ (cùng kỳ không có)');
    expect(changePhrase(fig(0, 0), 'vụ')).toBe('bằng cùng kỳ');
    expect(changePhrase(fig(5, null), 'vụ')).toBe('');
  });

  it('writes units and periods inside a sentence', () => {
    expect(inSentence('Tỉnh Hà Tĩnh')).toBe('tỉnh Hà Tĩnh');
    expect(inSentence('Thành phố Hà Nội')).toBe('thành phố Hà Nội');
    expect(scopeWord('Xã Hòa Lạc', 'commune')).toBe('toàn xã');
    expect(scopeWord('Việt Nam', 'national')).toBe('toàn quốc');
    expect(periodOpening('giai đoạn 2013 - 2023')).toBe('Trong giai đoạn 2013 - 2023');
    expect(periodOpening('từ quý I năm 2025 đến quý III năm 2025')).toBe('Từ quý I năm 2025 đến quý III năm 2025');
  });
});

describe('report composition', () => {
  const full = facts({
    campaigns: fig(380),
    campaignParticipants: fig(130000),
    'campaigns.launch': fig(366),
    'campaignParticipants.launch': fig(114924),
    'campaigns.festivalDay': fig(14),
    'campaignParticipants.festivalDay': fig(15076),
    weaponsCollected: fig(25),
    explosivesKg: fig(3.5),
    tipsReceived: fig(120),
    tipsValuable: fig(45),
    tipsLedToCase: fig(10),
    petitionsReceived: fig(80),
    petitionsResolved: fig(72),
    mediationTeams: fig(1200),
    mediators: fig(8500),
    mediationCases: fig(900),
    mediationSucceeded: fig(801),
    securityTeams: fig(1500),
    securityTeamMembers: fig(6000),
    communePolice: fig(2815),
    communePoliceRegular: fig(1045),
    communePoliceSemi: fig(1770),
    classified: fig(300),
    'classified.excellent': fig(120),
    'classified.good': fig(150),
    'classified.average': fig(25),
    'classified.weak': fig(5),
    safetyTitles: fig(200),
    crimeCases: fig(238, 226),
    crimeDeaths: fig(3, 0),
    clearanceRate: fig(84, 80),
    gangsDismantled: fig(0, 0),
    'awards.collective': fig(19),
    'awards.individual': fig(30),
    'awards.BK-UBND-TINH.collective': fig(9),
    'awards.BK-UBND-TINH.individual': fig(15),
    'awards.GK-GD-CAT.collective': fig(10),
    'awards.GK-GD-CAT.individual': fig(15),
  });

  it('follows the outline of a movement report, titled by its kind and range', () => {
    const m = composeReport(full);
    expect(m.title).toBe('BÁO CÁO');
    expect(m.summary).toBe('Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025');
    expect(m.sections.map((s) => s.heading).filter(Boolean)).toEqual([
      'I. ĐẶC ĐIỂM, TÌNH HÌNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'V. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(composeReport({ ...full, kind: 'interim' }).summary).toMatch(/^Sơ kết phong trào/);
    expect(textOf(full, 'closing').text).toBe(
      'Trên đây là báo cáo tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025 của Công an tỉnh Hà Tĩnh./.',
    );
  });

  it('writes the campaigns by kind with their participants', () => {
    expect(textOf(full, 'campaigns').text).toBe(
      'Trong năm 2025, toàn tỉnh tổ chức 366 lễ ra quân, phát động với 114.924 lượt người tham gia; 14 Ngày hội toàn dân bảo vệ an ninh Tổ quốc với 15.076 lượt người tham gia; tổng cộng 380 cuộc với 130.000 lượt người tham gia. Qua các đợt vận động, đã thu hồi 25 khẩu vũ khí, 3,5 kg vật liệu nổ.',
    );
  });

  it('writes tips, petitions, mediation and forces with their rates', () => {
    expect(textOf(full, 'citizens').text).toContain(
      'tiếp nhận 120 tin báo, tố giác tội phạm, trong đó 45 tin có giá trị (đạt 37,5%)',
    );
    expect(textOf(full, 'citizens').text).toContain('đã giải quyết 72 đơn (đạt 90%)');
    expect(textOf(full, 'mediation').text).toBe(
      'Đến cuối kỳ báo cáo, toàn tỉnh có 1.200 tổ hòa giải với 8.500 hòa giải viên. Trong năm 2025, các tổ hòa giải đã hòa giải 900 vụ việc, trong đó hòa giải thành 801 vụ việc, đạt 89%.',
    );
    expect(textOf(full, 'forces').text).toContain(
      'lực lượng Công an xã 2.815 người, trong đó 1.045 chính quy, 1.770 bán chuyên trách.',
    );
  });

  it('writes the classification shares and the safety titles', () => {
    const t = textOf(full, 'classification').text;
    expect(t).toContain(
      'loại Tốt 120 đơn vị (40%), loại Khá 150 đơn vị (50%), loại Trung bình 25 đơn vị (8,3%), loại Yếu 5 đơn vị (1,7%)',
    );
    expect(t).toContain('200 lượt đơn vị được công nhận đạt tiêu chuẩn "An toàn về an ninh, trật tự".');
  });

  it('compares the entered crime figures with the same period, leaving out empty ones', () => {
    const t = textOf(full, 'crime').text;
    expect(t).toContain('- Số vụ phạm pháp hình sự: 238 vụ, tăng 12 vụ (+5,3%) so với cùng kỳ;');
    expect(t).toContain('- Số người chết: 3 người, tăng 3 người so với cùng kỳ (cùng kỳ không có);');
    expect(t).toContain('- Tỷ lệ điều tra khám phá: đạt 84%, tăng 4 điểm phần trăm so với cùng kỳ.');
    expect(t).not.toContain('băng, nhóm');
  });

  it('does not compare over several years, where the year-earlier range overlaps', () => {
    const t = textOf({ ...full, compare: false, rangeLabel: 'giai đoạn 2013 - 2023' }, 'crime').text;
    expect(t).toContain('- Số vụ phạm pháp hình sự: 238 vụ;');
    expect(t).not.toContain('so với cùng kỳ');
  });

  it('names who granted which commendation to how many collectives and individuals', () => {
    expect(textOf(full, 'awards').text).toBe(
      'Trong năm 2025, các tập thể, cá nhân có thành tích trong phong trào được khen thưởng: Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 15 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen cho 10 tập thể, 15 cá nhân; tổng cộng 19 tập thể, 30 cá nhân.',
    );
    const knc = facts({ 'awards.individual': fig(4), 'awards.KNC.individual': fig(4) });
    expect(textOf(knc, 'awards').text).toContain(
      'Bộ trưởng Bộ Công an tặng Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" cho 4 cá nhân',
    );
  });

  it('says there is no data rather than writing zeros everywhere', () => {
    const empty = facts({});
    expect(textOf(empty, 'campaigns').text).toBe(
      'Trong năm 2025, chưa có số liệu về các đợt phát động, hoạt động phong trào được ghi nhận trên hệ thống.',
    );
    expect(textOf(empty, 'crime').text).toMatch(/chưa có số liệu về tình hình tội phạm/);
    expect(textOf(empty, 'mediation').text).toMatch(/chưa có số liệu về hòa giải ở cơ sở/);
    expect(textOf(empty, 'forces').text).toMatch(/chưa có số liệu về lực lượng tham gia/);
    expect(textOf(empty, 'awards').text).toMatch(/chưa có số liệu về khen thưởng/);
  });

  it("keeps the user's text over the default, and tells unknown keys apart", () => {
    const p = textOf(full, 'situation', { situation: '  Tình hình có nhiều chuyển biến.  ' });
    expect(p).toMatchObject({ text: 'Tình hình có nhiều chuyển biến.', edited: true, kind: 'narrative' });
    expect(p.defaultText).toMatch(/^Trong năm 2025, tình hình an ninh chính trị trên địa bàn tỉnh Hà Tĩnh/);
    expect(textOf(full, 'campaigns', { campaigns: 'Sửa số liệu.' }).text).toBe('Sửa số liệu.');
    const m = composeReport(full);
    expect(paragraphKeys(m)).toContain('proposals');
    expect(unknownTextKeys(m, { situation: 'x', nope: 'y' })).toEqual(['nope']);
  });
});
