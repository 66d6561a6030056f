import { and, eq, like } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { CampaignView } from '../../../common/campaign/schemas.ts';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import { auditLog, campaigns } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

/** Campaigns: launches, festival days, listening conferences, weapons drives; counts the reports rely on. */
describeOnEachDb('campaigns', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let viewerA: Session;
  let provinceFront: Session;
  const api = (s: Session) => as(env().app, s);
  const base = '/api/campaigns';
  const body = (extra: Record<string, unknown> = {}) => ({
    kind: 'launch',
    title: 'Phát động phong trào toàn dân bảo vệ ANTQ năm 2026',
    heldOn: '2026-03-15',
    organiser: 'Công an xã',
    participants: 1200,
    ...extra,
  });
  const create = async (s: Session, unitId: number, extra: Record<string, unknown> = {}) => {
    const res = await api(s).post(base, { unitId, ...body(extra) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as CampaignView;
  };

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    viewerA = await loginWithRole(env().app, db, 'viewer', p.a.commune);
    provinceFront = await loginWithRole(env().app, db, 'front', p.province);
  });

  it('creates with validation and warnings, finds without diacritics, keeps each commune to its subtree', async () => {
    const a = await create(officerA, p.a.commune.id);
    expect(a).toMatchObject({
      participants: 1200,
      weaponsCollected: 0,
      explosivesKg: 0,
      warnings: [],
      can: { manage: true },
    });
    const drive = await create(officerA, p.a.areas[0]!.id, {
      kind: 'weaponsCollection',
      title: 'Vận động Nhân dân giao nộp vũ khí, vật liệu nổ',
      heldOn: '2026-04-01',
      endOn: '2026-12-31',
      participants: 350,
      weaponsCollected: 12,
      explosivesKg: 2.5,
      supportToolsCollected: 7,
    });
    expect(drive).toMatchObject({ endOn: '2026-12-31', explosivesKg: 2.5, warnings: [] });
    const fest = await create(officerB, p.b.commune.id, {
      kind: 'festivalDay',
      title: 'Ngày hội toàn dân bảo vệ ANTQ thôn Hai',
      heldOn: '2026-10-05',
      participants: 400,
    });
    // a festival day outside the usual window is kept, with a warning only
    expect(fest.warnings).toEqual(['festivalOutsideWindow']);

    const bad = await api(officerA).post(base, {
      unitId: p.a.commune.id,
      ...body({ title: ' ', participants: -1, kind: 'parade' }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['body.title', 'body.participants', 'body.kind']),
    );
    const dates = await api(officerA).post(base, {
      unitId: p.a.commune.id,
      ...body({ heldOn: '2026-05-10', endOn: '2026-05-01' }),
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.endOn']);
    const future = await api(officerA).post(base, { unitId: p.a.commune.id, ...body({ heldOn: '2026-11-24' }) });
    expect(future.statusCode).toBe(422);
    expect(future.json().title).toContain('24/11/2026');

    expect((await api(officerA).post(base, { unitId: p.b.commune.id, ...body() })).statusCode).toBe(403);
    expect((await api(viewerA).post(base, { unitId: p.a.commune.id, ...body() })).statusCode).toBe(403);

    const found = await api(officerA).get(`${base}?q=${encodeURIComponent('giao nop vu khi')}`);
    expect(found.json().items.map((c: CampaignView) => c.id)).toEqual([drive.id]);
    const mine = await api(viewerA).get(base);
    expect(mine.json().items.map((c: CampaignView) => c.id)).toEqual([drive.id, a.id]);
    const festivals = await api(provinceFront).get(`${base}?unitId=${p.province.id}&kind=festivalDay`);
    expect(festivals.json().items.map((c: CampaignView) => c.id)).toEqual([fest.id]);
    expect((await api(officerA).get(`${base}/${fest.id}`)).statusCode).toBe(403);
  });

  it('edits at the seen version, closes and reopens, all audited', async () => {
    const c = await create(officerA, p.a.commune.id, {
      kind: 'listeningConference',
      title: 'Hội nghị lắng nghe',
      heldOn: '2025-09-10',
      participants: 80,
    });
    const edited = await api(officerA).put(`${base}/${c.id}`, {
      ...body({
        kind: 'listeningConference',
        title: 'Hội nghị Công an lắng nghe ý kiến Nhân dân',
        heldOn: '2025-09-10',
        participants: 85,
      }),
      version: c.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await api(officerA).put(`${base}/${c.id}`, { ...body(), version: c.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.participants).toBe(85);
    const closed = await api(officerA).post(`${base}/${c.id}/close`, {
      version: edited.json().version,
      closedOn: '2026-11-20',
      reason: 'Nhập trùng',
    });
    expect(closed.json()).toMatchObject({ closedOn: '2026-11-20', can: { manage: false } });
    const reopened = await api(officerA).post(`${base}/${c.id}/reopen`, { version: closed.json().version });
    expect(reopened.json().closedOn).toBeNull();
    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'campaign'), eq(auditLog.targetId, String(c.id))))
      .orderBy(auditLog.id);
    expect(trail.map((r) => r.action)).toEqual([
      'registry.created',
      'registry.updated',
      'registry.closed',
      'registry.reopened',
    ]);
  });

  it('exports the filtered list and imports it back unchanged; Vietnamese numbers and dates go in', async () => {
    const file = await api(officerA).get(`${base}/export.xlsx?unitId=${p.a.commune.id}&status=all`);
    expect(file.statusCode).toBe(200);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['ID', 'Loại (*)', 'Ngày tổ chức (*)', 'Số người tham gia (*)']));
    expect(rows.length).toBe(4);
    const again = await uploadFile(env().app, officerA, `${base}/import?unitId=${p.a.commune.id}`, file.rawPayload);
    expect(again.json(), again.body).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });

    const header = [
      'Đơn vị',
      'Loại',
      'Tên đợt / hoạt động',
      'Ngày tổ chức',
      'Số người tham gia',
      'Vũ khí thu hồi (khẩu)',
      'Vật liệu nổ (kg)',
    ];
    const data = await workbookOf(header, [
      [
        p.a.areas[1]!.name,
        'Vận động thu hồi vũ khí, VLN, CCHT',
        'Đợt thu hồi vũ khí quý II',
        '20/06/2026',
        '1.500',
        '3',
        '0,75',
      ],
    ]);
    const added = await uploadFile(env().app, officerA, `${base}/import?unitId=${p.a.commune.id}`, data);
    expect(added.json(), added.body).toMatchObject({ created: 1 });
    const [row] = await env()
      .database.db.select()
      .from(campaigns)
      .where(eq(campaigns.title, 'Đợt thu hồi vũ khí quý II'));
    expect(row).toMatchObject({
      unitId: p.a.areas[1]!.id,
      kind: 'weaponsCollection',
      heldOn: '2026-06-20',
      participants: 1500,
      weaponsCollected: 3,
      explosivesKg: 0.75,
    });
  });

  it('refuses a file with bad rows by row number and column, and writes nothing', async () => {
    const header = ['Đơn vị', 'Loại', 'Tên đợt / hoạt động', 'Ngày tổ chức', 'Ngày kết thúc', 'Số người tham gia'];
    const data = await workbookOf(header, [
      ['', 'Phát động phong trào', 'Đợt tốt số 1', '01/02/2026', '', '100'],
      ['', 'Diễu hành', 'Đợt tốt số 2', '01/02/2026', '', '100'],
      ['', 'Phát động phong trào', 'Đợt tốt số 3', '31/02/2026', '', 'nhiều'],
      ['', 'Phát động phong trào', 'Đợt tốt số 4', '10/02/2026', '01/02/2026', '100'],
      ['', 'Phát động phong trào', 'Đợt tốt số 5', '10/02/2027', '', '100'],
    ]);
    const res = await uploadFile(env().app, officerA, `${base}/import?unitId=${p.a.commune.id}`, data);
    expect(res.statusCode).toBe(422);
    const rows = res.json().rows as { row: number; column: string | null }[];
    expect(rows.map((r) => [r.row, r.column])).toEqual([
      [3, 'Loại'],
      [4, 'Ngày tổ chức'],
      [4, 'Số người tham gia'],
      [5, 'Ngày kết thúc'],
      [6, 'Ngày tổ chức'],
    ]);
    const written = await env().database.db.select().from(campaigns).where(like(campaigns.title, 'Đợt tốt số%'));
    expect(written).toEqual([]);
  });

  it('counts launches and sums participants and weapons per child unit for a period, exactly', async () => {
    // more launches in A, one in 2025 (outside the period), one closed (still counted as held)
    await create(officerA, p.a.areas[0]!.id, { heldOn: '2026-01-05', participants: 250 });
    await create(officerA, p.a.commune.id, { heldOn: '2025-12-31', participants: 9999 });
    const q = `${base}/counts?unitId=${p.province.id}&from=2026-01-01&to=2026-12-31`;
    const counts = (await api(provinceFront).get(q)).json() as RegistryCounts;
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    const b = counts.children.find((c) => c.unit.id === p.b.commune.id)!;
    // A in 2026: launches of 15/03 (1200) and 05/01 (250); the drive of 01/04 and the imported one of 20/06
    expect(a.by).toEqual({ launch: 2, weaponsCollection: 2 });
    expect(a.sums).toMatchObject({
      'participants.launch': 1450,
      participants: 1450 + 350 + 1500,
      weaponsCollected: 15,
      explosivesKg: 3.25,
      supportToolsCollected: 7,
    });
    expect(b).toMatchObject({
      total: 1,
      by: { festivalDay: 1 },
      sums: { participants: 400, 'participants.festivalDay': 400 },
    });
    expect(counts.total).toBe(5);
    expect(counts.sums['participants.launch']).toBe(1450);
    const whole = (await api(provinceFront).get(`${base}/counts?unitId=${p.province.id}`)).json() as RegistryCounts;
    // without a period: also the 2025 launch and the listening conference
    expect(whole.by).toMatchObject({ launch: 3, listeningConference: 1 });
    expect(whole.sums['participants.launch']).toBe(1450 + 9999);
  });
});
