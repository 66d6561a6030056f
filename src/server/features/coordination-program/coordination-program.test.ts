import { and, eq, like } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { ProgramDetail, ProgramView } from '../../../common/coordination-program/schemas.ts';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import { auditLog, coordinationPrograms } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

/** Coordination programmes with their activities and reviews (sơ kết / tổng kết). */
describeOnEachDb('coordination programmes', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let viewerA: Session;
  let provinceFront: Session;
  const api = (s: Session) => as(env().app, s);
  const base = '/api/coordination-programs';
  const parties = ['Công an xã', 'Ủy ban MTTQ Việt Nam xã', 'Hội Liên hiệp Phụ nữ xã'];
  const body = (extra: Record<string, unknown> = {}) => ({
    number: '01/CTrPH-CA-MTTQ',
    title: 'Chương trình phối hợp phát huy sức mạnh khối đại đoàn kết toàn dân tộc bảo vệ ANTQ',
    parties,
    signedOn: '2024-03-01',
    periodFrom: 2024,
    periodTo: 2030,
    level: 'commune',
    ...extra,
  });
  const create = async (s: Session, unitId: number, extra: Record<string, unknown> = {}) => {
    const res = await api(s).post(base, { unitId, ...body(extra) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ProgramDetail;
  };
  const paths = (res: { json: () => { errors?: { path: string }[] } }) => res.json().errors?.map((e) => e.path);

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    viewerA = await loginWithRole(env().app, db, 'viewer', p.a.commune);
    provinceFront = await loginWithRole(env().app, db, 'front', p.province);
  });

  it('creates with its rules (level, number per unit, parties, period) and keeps communes apart', async () => {
    const a = await create(officerA, p.a.commune.id);
    expect(a).toMatchObject({ parties, activities: [], reviews: [], activityCounts: { total: 0, done: 0 } });
    const prov = await create(provinceFront, p.province.id, {
      number: '09/CTr-BCA-MTTW',
      level: 'province',
      parties: ['Công an tỉnh', 'Ủy ban MTTQ Việt Nam tỉnh'],
      signedOn: '2023-08-01',
      periodFrom: 2023,
      periodTo: 2033,
    });
    // the same number in another unit is another programme
    await create(officerB, p.b.commune.id);

    const cases: [Record<string, unknown>, string[]][] = [
      [{ parties: ['Công an xã'] }, ['body.parties']],
      [{ parties: ['Công an xã', ' công an  xã'] }, ['body.parties']],
      [{ periodFrom: 2030, periodTo: 2024 }, ['body.periodTo']],
      [{ signedOn: '2024-03-01', periodFrom: 2020, periodTo: 2023 }, ['body.periodTo']],
      [{ level: 'province' }, ['body.level']],
      [{ number: ' 01/ctrph-ca-mttq ' }, ['body.number']],
      [{ number: '', title: '' }, ['body.number', 'body.title']],
    ];
    for (const [extra, want] of cases) {
      const res = await api(officerA).post(base, { unitId: p.a.commune.id, ...body({ number: '02/X', ...extra }) });
      expect(res.statusCode, JSON.stringify(extra)).toBe(422);
      expect(paths(res), JSON.stringify(extra)).toEqual(want);
    }
    const area = await api(officerA).post(base, { unitId: p.a.areas[0]!.id, ...body({ number: '03/X' }) });
    expect(paths(area)).toEqual(['body.unitId']);

    expect((await api(officerA).post(base, { unitId: p.b.commune.id, ...body() })).statusCode).toBe(403);
    expect((await api(viewerA).post(base, { unitId: p.a.commune.id, ...body() })).statusCode).toBe(403);
    const mine = await api(viewerA).get(`${base}?q=${encodeURIComponent('dai doan ket')}`);
    expect(mine.json().items.map((x: ProgramView) => x.id)).toEqual([a.id]);
    const provinces = await api(provinceFront).get(`${base}?unitId=${p.province.id}&level=province&year=2032`);
    expect(provinces.json().items.map((x: ProgramView) => x.number)).toEqual(['09/CTr-BCA-MTTW']);
    expect((await api(officerA).get(`${base}/${prov.id}`)).statusCode).toBe(403);
  });

  it('adds activities with a responsible party, moves their status, flags overdue ones, audited', async () => {
    const prog = await create(officerA, p.a.commune.id, { number: '05/CTrPH' });
    const add = (version: number, extra: Record<string, unknown>) =>
      api(officerA).post(`${base}/${prog.id}/activities`, {
        version,
        title: 'Tuyên truyền phòng, chống lừa đảo qua mạng',
        responsibleParty: 'hội liên hiệp phụ nữ xã',
        dueOn: '2026-06-30',
        ...extra,
      });
    const first = await add(prog.version, {});
    expect(first.statusCode, first.body).toBe(200);
    const withOne = first.json() as ProgramDetail;
    // stored as the programme spells the party; overdue by the server clock (23/11/2026)
    expect(withOne.activities[0]).toMatchObject({
      responsibleParty: 'Hội Liên hiệp Phụ nữ xã',
      status: 'planned',
      overdue: true,
    });
    expect(withOne.overdueActivities).toBe(1);

    expect((await add(prog.version, {})).statusCode).toBe(409);
    expect(paths(await add(withOne.version, { responsibleParty: 'Hội Nông dân xã' }))).toEqual([
      'body.responsibleParty',
    ]);
    expect(paths(await add(withOne.version, { status: 'done' }))).toEqual(['body.doneOn']);
    expect(
      (
        await api(officerB).post(`${base}/${prog.id}/activities`, {
          version: withOne.version,
          title: 'x',
          responsibleParty: 'Công an xã',
          dueOn: '2026-01-01',
        })
      ).statusCode,
    ).toBe(403);

    const actId = withOne.activities[0]!.id;
    const put = (version: number, extra: Record<string, unknown>) =>
      api(officerA).put(`${base}/${prog.id}/activities/${actId}`, {
        version,
        title: 'Tuyên truyền phòng, chống lừa đảo qua mạng',
        responsibleParty: 'Hội Liên hiệp Phụ nữ xã',
        dueOn: '2026-06-30',
        ...extra,
      });
    const done = await put(withOne.version, { status: 'done', doneOn: '2026-07-02' });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as ProgramDetail).activities[0]).toMatchObject({ status: 'done', overdue: false });
    const cancelled = await put(done.json().version, { status: 'cancelled' });
    expect(paths(cancelled)).toEqual(['body.status']);

    // a party responsible for an activity cannot be dropped from the programme
    const drop = await api(officerA).put(`${base}/${prog.id}`, {
      ...body({ number: '05/CTrPH', parties: ['Công an xã', 'Ủy ban MTTQ Việt Nam xã'] }),
      version: done.json().version,
    });
    expect(paths(drop)).toEqual(['body.parties']);

    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'coordinationProgram'), eq(auditLog.targetId, String(prog.id))))
      .orderBy(auditLog.id);
    expect(trail.map((r) => r.action)).toEqual([
      'registry.created',
      'coordinationProgram.activitySaved',
      'coordinationProgram.activitySaved',
    ]);
    const list = await api(officerA).get(`${base}?q=05%2FCTrPH`);
    expect(list.json().items[0].activityCounts).toEqual({ total: 1, done: 1 });
  });

  it('records interim reviews and one final review held last; a closed programme takes no more', async () => {
    const prog = await create(officerA, p.a.commune.id, { number: '07/CTrPH' });
    const review = (version: number, extra: Record<string, unknown>) =>
      api(officerA).post(`${base}/${prog.id}/reviews`, {
        version,
        kind: 'interim',
        heldOn: '2025-01-10',
        summary: 'Sơ kết 1 năm',
        ...extra,
      });
    const interim = await review(prog.version, {});
    expect(interim.statusCode, interim.body).toBe(200);
    let v = interim.json().version as number;
    expect(paths(await review(v, { heldOn: '2024-01-10' }))).toEqual(['body.heldOn']);
    expect(paths(await review(v, { kind: 'final', heldOn: '2024-12-01' }))).toEqual(['body.heldOn']);
    const final = await review(v, { kind: 'final', heldOn: '2026-10-01', summary: 'Tổng kết chương trình' });
    expect(final.statusCode, final.body).toBe(200);
    v = final.json().version;
    expect(final.json().reviews.map((r: { kind: string }) => r.kind)).toEqual(['interim', 'final']);
    expect(final.json().finalReviewOn).toBe('2026-10-01');
    expect(paths(await review(v, { kind: 'final', heldOn: '2026-11-01' }))).toEqual(['body.kind']);
    expect(paths(await review(v, { heldOn: '2026-11-01' }))).toEqual(['body.heldOn']);

    const closed = await api(officerA).post(`${base}/${prog.id}/close`, {
      version: v,
      closedOn: '2026-10-01',
      reason: 'Đã tổng kết',
    });
    expect(closed.statusCode).toBe(200);
    const late = await review(closed.json().version, { heldOn: '2026-02-01' });
    expect(late.statusCode).toBe(422);
    expect(late.json().title).toContain('01/10/2026');
  });

  it('exports and imports programmes (parties separated by ";"), refusing bad rows with nothing written', async () => {
    const file = await api(officerA).get(`${base}/export.xlsx?unitId=${p.a.commune.id}&status=all`);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['Số chương trình (*)', 'Các bên phối hợp (*)']));
    expect(rows[1]).toEqual(expect.arrayContaining(['Công an xã; Ủy ban MTTQ Việt Nam xã; Hội Liên hiệp Phụ nữ xã']));
    const again = await uploadFile(env().app, officerA, `${base}/import?unitId=${p.a.commune.id}`, file.rawPayload);
    expect(again.json(), again.body).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });

    const header = ['Số chương trình', 'Tên chương trình', 'Các bên phối hợp', 'Ngày ký', 'Từ năm', 'Đến năm', 'Cấp'];
    const good = [
      '11/CTrPH',
      'Phối hợp với Đoàn Thanh niên',
      'Công an xã; Đoàn Thanh niên xã',
      '05/01/2026',
      '2026',
      '2030',
      'Xã',
    ];
    const bad = await workbookOf(header, [
      good,
      ['12/CTrPH', 'Một bên', 'Công an xã', '05/01/2026', '2026', '2030', 'Xã'],
      ['13/CTrPH', 'Sai giai đoạn', 'Công an xã; Hội Nông dân', '05/01/2026', '2030', '2026', 'Tỉnh'],
    ]);
    const res = await uploadFile(env().app, officerA, `${base}/import?unitId=${p.a.commune.id}`, bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, 'Các bên phối hợp'],
      [4, 'Cấp'],
    ]);
    const none = await env()
      .database.db.select()
      .from(coordinationPrograms)
      .where(like(coordinationPrograms.number, '11/%'));
    expect(none).toEqual([]);
    const ok = await uploadFile(
      env().app,
      officerA,
      `${base}/import?unitId=${p.a.commune.id}`,
      await workbookOf(header, [good]),
    );
    expect(ok.json(), ok.body).toMatchObject({ created: 1 });
  });

  it('counts programmes per child unit and level for a period', async () => {
    const counts = (
      await api(provinceFront).get(`${base}/counts?unitId=${p.province.id}&from=2024-01-01&to=2026-12-31`)
    ).json() as RegistryCounts;
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    const b = counts.children.find((c) => c.unit.id === p.b.commune.id)!;
    // A: 01, 05, 07 (closed at 01/10/2026, so not open at the end), 11; B: 01; the province's own is of 2023
    expect(a).toMatchObject({ total: 4, open: 3, by: { commune: 4 } });
    expect(b).toMatchObject({ total: 1, open: 1 });
    expect(counts.total).toBe(5);
  });

  it('documents its routes in the OpenAPI description (the parties field is a list or a ";" text)', async () => {
    const docs = await env().app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json().paths)).toEqual(
      expect.arrayContaining(['/api/coordination-programs/{id}/activities', '/api/campaigns/counts']),
    );
  });
});
