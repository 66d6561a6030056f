import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { type Db, queryRows } from '../../../db/client.ts';
import { as, buildProvince, buildUnit, loginWithRole, type Session, uid } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import type { UnitRow } from '../org-unit/queries.ts';

/** `n` citizen reports received at the commune on a day (09:00 in Vietnam). */
async function reports(db: Db, unit: UnitRow, on: string, n: number, type: 'tip' | 'petition' = 'petition') {
  await db.execute(sql`
    insert into citizen_reports (receipt_code, secret_hash, type, kind, category, description, unit_id, unit_path,
                                 anonymous, received_at)
    select ${`M${uid()}-`} || g, 'test', ${type}::citizen_report_type,
           ${type === 'tip' ? 'crimeReport' : 'complaint'}, 'securityOrder', 'Thử', ${unit.id}::int, ${unit.path},
           true, (${on}::date + time '02:00') at time zone 'UTC'
      from generate_series(1, ${n}::int) g`);
}

async function campaign(db: Db, unit: UnitRow, on: string, participants: number) {
  await db.execute(sql`
    insert into campaigns (unit_id, unit_path, kind, title, held_on, participants)
    values (${unit.id}, ${unit.path}, 'launch', 'Phát động', ${on}, ${participants})`);
}

const codes = 'petitionsReceived,tipsReceived,campaigns,campaignParticipants';

/**
 * Figures across the 2025 reform: a commune formed by merging two keeps their
 * history (pro-forma restatement, REGULATIONS §10.5), the province does not
 * change, and a split hands its parts their share.
 */
describeOnEachDb('statistics across a merger and a split', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officer: Session;
  let merged: { id: number };
  const before: Record<string, Record<string, number | null>> = {};

  const figures = async (unitId: number, from: string, to = from) => {
    const res = await as(env().app, officer).get(
      `/api/statistics/figures?unitId=${unitId}&from=${from}&to=${to}&codes=${codes}`,
    );
    expect(res.statusCode).toBe(200);
    return res.json() as {
      predecessors: { id: number; share: number }[];
      figures: {
        code: string;
        value: number | null;
        previous: number | null;
        change: number | null;
        changePct: number | null;
      }[];
    };
  };
  const values = async (unitId: number, from: string) =>
    Object.fromEntries((await figures(unitId, from)).figures.map((f) => [f.code, f.value]));

  beforeAll(async () => {
    const db = env().database.db;
    p = await buildProvince(db);
    officer = await loginWithRole(env().app, db, 'officer', p.province);
    // 2020: at the communes themselves and at a residential area of each
    await reports(db, p.a.commune, '2020-03-10', 6);
    await reports(db, p.b.commune, '2020-11-30', 4);
    await campaign(db, p.a.commune, '2020-05-19', 120);
    await campaign(db, p.a.areas[0]!, '2020-08-19', 80);
    await campaign(db, p.b.areas[1]!, '2020-12-31', 45);
    // 2021: 15 petitions against 10, and tips where 2020 had none
    await reports(db, p.a.commune, '2021-02-01', 9);
    await reports(db, p.b.commune, '2021-06-15', 6);
    await reports(db, p.b.commune, '2021-07-01', 3, 'tip');
    for (const [k, id] of Object.entries({ a: p.a.commune.id, b: p.b.commune.id, province: p.province.id }))
      before[k] = await values(id, '2020');
    const res = await as(env().app, officer).post('/api/units/merge', {
      sourceIds: [p.a.commune.id, p.b.commune.id],
      target: { parentId: p.province.id, name: `Xã Hợp Nhất ${p.tag}`, typeLabel: 'Xã' },
      effectiveDate: '2025-07-01',
    });
    expect(res.statusCode).toBe(200);
    merged = res.json();
  });

  it("gives the new commune the sum of its predecessors' 2020 figures and lists them", async () => {
    expect(before.a).toEqual({ petitionsReceived: 6, tipsReceived: 0, campaigns: 2, campaignParticipants: 200 });
    expect(before.b).toEqual({ petitionsReceived: 4, tipsReceived: 0, campaigns: 1, campaignParticipants: 45 });
    const f = await figures(merged.id, '2020');
    expect(Object.fromEntries(f.figures.map((x) => [x.code, x.value]))).toEqual({
      petitionsReceived: 10,
      tipsReceived: 0,
      campaigns: 3,
      campaignParticipants: 245,
    });
    expect(f.predecessors.map((x) => [x.id, x.share]).sort()).toEqual(
      [
        [p.a.commune.id, 1],
        [p.b.commune.id, 1],
      ].sort(),
    );
  });

  it('leaves the province unchanged and lists the new commune, not the closed ones, in its breakdown', async () => {
    expect(await values(p.province.id, '2020')).toEqual(before.province);
    const res = await as(env().app, officer).get(
      `/api/statistics/breakdown?unitId=${p.province.id}&from=2020&codes=${codes}`,
    );
    const b = res.json() as { rows: { unit: { id: number }; values: Record<string, number> }[]; other: unknown };
    expect(b.rows.map((r) => r.unit.id)).toContain(merged.id);
    expect(b.rows.map((r) => r.unit.id)).not.toContain(p.a.commune.id);
    expect(b.rows.map((r) => r.unit.id)).not.toContain(p.b.commune.id);
    expect(b.rows.find((r) => r.unit.id === merged.id)!.values).toEqual({
      petitionsReceived: 10,
      tipsReceived: 0,
      campaigns: 3,
      campaignParticipants: 245,
    });
    expect(b.other).toBeNull();
  });

  it("moves the residential areas' figures with them (rollup shift), the communes' own records stay with the closed communes", async () => {
    const db = env().database.db;
    expect((await values(p.a.areas[0]!.id, '2020')).campaignParticipants).toBe(80);
    const own = async (unitId: number) => {
      const [r] = await queryRows<{ v: string | null }>(
        db,
        sql`select sum(value)::text as v from stat_rollups
             where unit_id = ${unitId} and indicator = 'campaignParticipants' and month between 202001 and 202012`,
      );
      return Number(r?.v ?? 0);
    };
    expect(await own(p.a.commune.id)).toBe(120);
    expect(await own(p.b.commune.id)).toBe(0);
    expect(await own(merged.id)).toBe(125);
    const res = await as(env().app, officer).get(
      `/api/statistics/breakdown?unitId=${merged.id}&from=2020&codes=campaignParticipants`,
    );
    const b = res.json() as { rows: { unit: { id: number }; values: Record<string, number> }[]; other: unknown };
    const area = (id: number) => b.rows.find((r) => r.unit.id === id)?.values.campaignParticipants;
    expect([area(p.a.areas[0]!.id), area(p.b.areas[1]!.id)]).toEqual([80, 45]);
    expect(b.other).toEqual({ campaignParticipants: 120 });
  });

  it('compares 2021 with 2020 for the merged commune (10 → 15 = +5, +50 %; a 0 base gives no %)', async () => {
    const f = await figures(merged.id, '2021');
    const by = Object.fromEntries(f.figures.map((x) => [x.code, x]));
    expect(by.petitionsReceived).toMatchObject({ value: 15, previous: 10, change: 5, changePct: 50 });
    expect(by.tipsReceived).toMatchObject({ value: 3, previous: 0, change: 3, changePct: null });
    expect(by.campaigns).toMatchObject({ value: 0, previous: 3, change: -3, changePct: -100 });
  });

  it('splits a commune: each part carries its share of the history, the province keeps the whole', async () => {
    const db = env().database.db;
    const c = await buildUnit(db, p.province, { level: 'commune', name: `Xã Tách ${p.tag}`, typeLabel: 'Xã' });
    const north = await buildUnit(db, c, { level: 'residentialArea', name: `Thôn Bắc ${p.tag}` });
    const south = await buildUnit(db, c, { level: 'residentialArea', name: `Thôn Nam ${p.tag}` });
    await reports(db, c, '2020-04-04', 10);
    await campaign(db, north, '2020-09-02', 30);
    const province = await values(p.province.id, '2020');
    const res = await as(env().app, officer).post(`/api/units/${c.id}/split`, {
      version: c.version,
      effectiveDate: '2025-07-01',
      parts: [
        { name: `Xã Bắc ${p.tag}`, share: 0.6, childIds: [north.id] },
        { name: `Xã Nam ${p.tag}`, share: 0.4, childIds: [south.id] },
      ],
    });
    expect(res.statusCode).toBe(200);
    const lineage = (await as(env().app, officer).get(`/api/units/${c.id}/lineage`)).json() as {
      share: number;
      successor: { id: number };
    }[];
    const part = (share: number) => lineage.find((l) => l.share === share)!.successor.id;
    const [bac, nam] = [await figures(part(0.6), '2020'), await figures(part(0.4), '2020')];
    const v = (f: typeof bac) => Object.fromEntries(f.figures.map((x) => [x.code, x.value]));
    // the commune's own petitions are shared 60/40; the area's campaign went whole with the area
    expect(v(bac)).toMatchObject({ petitionsReceived: 6, campaignParticipants: 30 });
    expect(v(nam)).toMatchObject({ petitionsReceived: 4, campaignParticipants: 0 });
    expect(bac.predecessors).toEqual([expect.objectContaining({ id: c.id, share: 0.6 })]);
    expect(await values(p.province.id, '2020')).toEqual(province);
  });
});
