import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type {
  BreakdownResult,
  ChildBoundaries,
  FiguresResult,
  Indicator,
  TrendResult,
} from '../../../common/statistics/schemas.ts';
import { queryRows } from '../../../db/client.ts';
import { as, buildProvince, buildUnit, loginWithRole, type Session, uid } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

/** Figures read from the rollups: the API, the rollups against a full recomputation, boundaries for the map. */
describeOnEachDb('statistics figures', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let provinceOfficer: Session;
  let officerA: Session;
  let admin: Session;
  const api = (s: Session) => as(env().app, s);
  const campaign = async (s: Session, unitId: number, heldOn: string, participants: number, kind = 'launch') => {
    const res = await api(s).post('/api/campaigns', {
      unitId,
      kind,
      title: `Phát động ${heldOn}`,
      heldOn,
      participants,
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const figures = async (s: Session, q: string) => {
    const res = await api(s).get(`/api/statistics/figures?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as FiguresResult;
    return { body, v: (code: string) => body.figures.find((f) => f.code === code)! };
  };

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    provinceOfficer = await loginWithRole(env().app, db, 'officer', p.province);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    admin = await loginWithRole(env().app, db, 'admin', p.root);
    await campaign(officerA, p.a.areas[0]!.id, '2024-03-10', 100);
    await campaign(officerA, p.a.commune.id, '2025-03-10', 250);
    await campaign(officerA, p.a.areas[1]!.id, '2025-08-19', 50, 'festivalDay');
    await campaign(provinceOfficer, p.b.commune.id, '2025-05-01', 40);
  });

  it('gives a period its figures beside the same period a year earlier, by child and by year', async () => {
    const { body, v } = await figures(provinceOfficer, `unitId=${p.province.id}&from=2025`);
    expect(body.range).toMatchObject({ from: '2025', to: '2025', label: 'năm 2025' });
    expect(body.previousRange).toMatchObject({ from: '2024', label: 'năm 2024' });
    expect(v('campaigns')).toEqual({ code: 'campaigns', value: 3, previous: 1, change: 2, changePct: 200 });
    expect(v('campaignParticipants.launch')).toMatchObject({ value: 290, previous: 100, change: 190, changePct: 190 });
    expect(v('campaigns.festivalDay')).toMatchObject({ value: 1, previous: 0, changePct: null });

    const a = await figures(officerA, `unitId=${p.a.areas[1]!.id}&from=2025&codes=campaignParticipants`);
    expect(a.body.figures).toEqual([
      { code: 'campaignParticipants', value: 50, previous: 0, change: 50, changePct: null },
    ]);

    const res = await api(provinceOfficer).get(
      `/api/statistics/breakdown?unitId=${p.province.id}&from=2024&to=2025&codes=campaigns,campaignParticipants`,
    );
    const b = res.json() as BreakdownResult;
    expect(b.rows.map((r) => [r.unit.id, r.values.campaigns, r.values.campaignParticipants])).toEqual([
      [p.a.commune.id, 3, 400],
      [p.b.commune.id, 1, 40],
    ]);
    expect(b.total).toEqual({ campaigns: 4, campaignParticipants: 440 });
    expect(b.other).toBeNull();

    const tr = await api(provinceOfficer).get(
      `/api/statistics/trend?unitId=${p.province.id}&from=2023&to=2025&codes=campaigns`,
    );
    expect((tr.json() as TrendResult).years).toEqual([
      { year: 2023, values: { campaigns: 0 } },
      { year: 2024, values: { campaigns: 1 } },
      { year: 2025, values: { campaigns: 3 } },
    ]);
  });

  it('lists the catalogue with one indicator per commendation form, and refuses bad input and other units', async () => {
    const list = (await api(officerA).get('/api/statistics/indicators')).json() as Indicator[];
    expect(list.find((i) => i.code === 'crimeCases')).toMatchObject({ source: 'entered', provenance: 'sample' });
    expect(list.find((i) => i.code === 'mediationSuccessRate')).toMatchObject({ aggregation: 'ratio' });
    expect(list.some((i) => /^awards\.[^.]+\.collective$/.test(i.code))).toBe(true);

    const bad = await api(officerA).get(`/api/statistics/figures?unitId=${p.a.commune.id}&from=2025&to=2024`);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('querystring.to');
    const unknown = await api(officerA).get(`/api/statistics/figures?unitId=${p.a.commune.id}&from=2025&codes=nope`);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().title).toContain('"nope"');
    const period = await api(officerA).get(`/api/statistics/figures?unitId=${p.a.commune.id}&from=2025Q5`);
    expect(period.statusCode).toBe(422);
    const other = await api(officerA).get(`/api/statistics/figures?unitId=${p.b.commune.id}&from=2025`);
    expect(other.statusCode).toBe(403);
  });

  it('keeps the rollups equal to a full recomputation after writes and a move of a residential area', async () => {
    const { db } = env().database;
    // an area moves from commune A to commune B: its history follows it
    const unit = (await api(admin).get(`/api/units/${p.a.areas[1]!.id}`)).json();
    const moved = await api(admin).post(`/api/units/${p.a.areas[1]!.id}/move`, {
      version: unit.version,
      newParentId: p.b.commune.id,
      effectiveDate: '2026-01-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const b = await figures(provinceOfficer, `unitId=${p.b.commune.id}&from=2025&codes=campaigns`);
    expect(b.v('campaigns').value).toBe(2);
    const a = await figures(provinceOfficer, `unitId=${p.a.commune.id}&from=2025&codes=campaigns`);
    expect(a.v('campaigns').value).toBe(1);

    const mine = sql`select unit_id, indicator, month, value::float as value from stat_rollups
      where value <> 0 and unit_id in (select id from org_units where path like ${`${p.province.path}%`})
      order by 1, 2, 3`;
    const before = await queryRows(db, mine);
    await db.execute(sql`select td_stat_rebuild()`);
    const after = await queryRows(db, mine);
    expect(before.length).toBeGreaterThan(0);
    expect(before).toEqual(after);
  });

  it('loads map boundaries by unit code for administrators and serves a unit children', async () => {
    const { db } = env().database;
    const tag = uid();
    const province = await buildUnit(db, p.root, { level: 'province', name: `Tỉnh Bản Đồ ${tag}` });
    // commune codes are five digits (QĐ 19/2025); random ones keep files apart
    const code = () => String(10_000 + Math.floor(Math.random() * 89_999));
    const [k1, k2] = [code(), code()];
    const c1 = await buildUnit(db, province, { level: 'commune', name: `Xã Một ${tag}`, code: k1 });
    const c2 = await buildUnit(db, province, { level: 'commune', name: `Xã Hai ${tag}`, code: k2 });
    const square = (x: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 18],
          [x + 0.1, 18],
          [x + 0.1, 18.1],
          [x, 18.1],
          [x, 18],
        ],
      ],
    });
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: k1, name: 'Một' }, geometry: square(105) },
        { type: 'Feature', properties: { code: k2 }, geometry: square(105.1) },
        { type: 'Feature', properties: { code: 'KHONG-CO', name: 'Lạ' }, geometry: square(106) },
      ],
    };
    expect((await api(provinceOfficer).put('/api/statistics/boundaries', fc)).statusCode).toBe(403);
    const none = await api(admin).put('/api/statistics/boundaries', { ...fc, features: [fc.features[2]] });
    expect(none.statusCode).toBe(422);
    const res = await api(admin).put('/api/statistics/boundaries', fc);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ loaded: 2, unmatched: [{ index: 2, code: 'KHONG-CO', name: 'Lạ' }] });
    const map = (await api(admin).get(`/api/statistics/boundaries?unitId=${province.id}`)).json() as ChildBoundaries;
    expect(map.features.map((f) => f.properties.unitId).sort()).toEqual([c1.id, c2.id].sort());
    expect(map.features[0]!.geometry.type).toBe('Polygon');
  });
});
