import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { type HaTinhFixture, loadHaTinhFixture, haTinhFigures as want } from '../../../cli/fixture-ha-tinh.ts';
import { docxText } from '../../test/docx.ts';
import { as, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

/**
 * The acceptance fixture of issue #6: Hà Tĩnh's ten-year review (2013–2023)
 * loaded as records; the figures the review states must come out of the
 * rollups, and the rollups must equal a recomputation from scratch.
 */
describeOnEachDb('Hà Tĩnh 2013–2023 computed from records', (env) => {
  let fixture: HaTinhFixture;
  let officer: Session;
  beforeAll(async () => {
    const db = env().database.db;
    fixture = await loadHaTinhFixture(db, { code: null });
    officer = await loginWithRole(env().app, db, 'officer', fixture.province);
  }, 300_000);

  async function figures() {
    const res = await as(env().app, officer).get(
      `/api/statistics/figures?unitId=${fixture.province.id}&from=${want.from}&to=${want.to}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json() as { figures: { code: string; value: number | null }[] };
    return Object.fromEntries(body.figures.map((f) => [f.code, f.value]));
  }

  it("states the review's figures", async () => {
    expect(fixture).toMatchObject({ communes: 216, residentialAreas: 1896 });
    const f = await figures();
    expect({
      launches: f['campaigns.launch'],
      participants: f['campaignParticipants.launch'],
      petitions: f.petitionsReceived,
      teams: f.mediationTeams,
      mediators: f.mediators,
      successRate: f.mediationSuccessRate,
      police: f.communePolice,
      regular: f.communePoliceRegular,
      bkCollective: f['awards.BK-UBND-TINH.collective'],
      bkIndividual: f['awards.BK-UBND-TINH.individual'],
      gkCollective: f['awards.GK-GD-CAT.collective'],
      gkIndividual: f['awards.GK-GD-CAT.individual'],
    }).toEqual({
      launches: 366,
      participants: 114_924,
      petitions: 81_760,
      teams: 1_896,
      mediators: 14_010,
      successRate: 89,
      police: 2_815,
      regular: 1_045,
      bkCollective: 9,
      bkIndividual: 15,
      gkCollective: 10,
      gkIndividual: 15,
    });
    expect(f.mediationCases).toBe(want.mediationCases);
  });

  it('prints every figure of the review in the ten-year report (DOCX)', async () => {
    const res = await as(env().app, officer).post('/api/statistics/reports/docx', {
      unitId: fixture.province.id,
      from: '2013',
      to: '2023',
      kind: 'final',
      number: '25',
      date: '2023-12-15',
    });
    expect(res.statusCode, res.body).toBe(200);
    const text = await docxText(res.rawPayload);
    for (const phrase of [
      'Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2013 - 2023',
      'tổ chức 366 lễ ra quân, phát động với 114.924 lượt người tham gia',
      'tiếp nhận 81.760 đơn thư',
      'có 1.896 tổ hòa giải với 14.010 hòa giải viên',
      'đạt 89%',
      'lực lượng Công an xã 2.815 người, trong đó 1.045 chính quy',
      'Chủ tịch UBND tỉnh tặng Bằng khen cho 9 tập thể, 15 cá nhân',
      'Giám đốc Công an tỉnh tặng Giấy khen cho 10 tập thể, 15 cá nhân',
    ])
      expect(text).toContain(phrase);
  });

  it('adds up the communes to the province in the breakdown and the years in the trend', async () => {
    const api = as(env().app, officer);
    const q = `unitId=${fixture.province.id}&from=2013&to=2023&codes=petitionsReceived,campaignParticipants.launch`;
    const breakdown = (await api.get(`/api/statistics/breakdown?${q}`)).json();
    expect(breakdown.rows).toHaveLength(216);
    expect(breakdown.other).toBeNull();
    const sum = (code: string) =>
      breakdown.rows.reduce((s: number, r: { values: Record<string, number> }) => s + r.values[code]!, 0);
    expect(sum('petitionsReceived')).toBe(81_760);
    expect(sum('campaignParticipants.launch')).toBe(114_924);
    const trend = (await api.get(`/api/statistics/trend?${q}`)).json();
    expect(trend.years.map((y: { year: number }) => y.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023,
    ]);
    const years = trend.years.map((y: { values: Record<string, number> }) => y.values.petitionsReceived);
    expect(years.reduce((a: number, b: number) => a + b, 0)).toBe(81_760);
  });

  it('gives the same figures after td_stat_rebuild() (the incremental rollups equal a full recomputation)', async () => {
    const before = await figures();
    // Other test files may write meanwhile (shared PostgreSQL): hold their rollup writes until the rebuild commits.
    await env().database.db.transaction(async (tx) => {
      await tx.execute(sql`lock table stat_rollups in exclusive mode`);
      await tx.execute(sql`select td_stat_rebuild()`);
    });
    expect(await figures()).toEqual(before);
  });
});
