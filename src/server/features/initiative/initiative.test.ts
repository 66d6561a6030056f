import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { InitiativeDetail, InitiativeView, PointView } from '../../../common/initiative/schemas.ts';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import { auditLog, initiatives } from '../../../db/schema/index.ts';
import { as, buildProvince, buildUser, login, type Session, uid } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

type Field = { path: string };
const paths = (body: { errors?: Field[] }) => (body.errors ?? []).map((e) => e.path);

/** Initiatives (mô hình): the registry, its replication chain, recognitions, files and types. */
describeOnEachDb('initiatives', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let viewerA: Session;
  let areaViewer: Session;
  let provinceOfficer: Session;
  let admin: Session;
  const api = (s: Session) => as(env().app, s);
  const body = (extra: Record<string, unknown> = {}) => ({
    name: 'Tổ tự quản an ninh trật tự khu phố',
    typeCode: 'selfManaged',
    startedOn: '2025-03-15',
    stage: 'pilot',
    leadOrganization: 'Công an xã',
    description: 'Các hộ gia đình tự quản, tuần tra ban đêm',
    ...extra,
  });
  const create = async (s: Session, unitId: number, extra: Record<string, unknown> = {}) => {
    const res = await api(s).post('/api/initiatives', { unitId, ...body(extra) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as InitiativeDetail;
  };

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    const user = async (role: 'officer' | 'viewer' | 'admin', unit: typeof p.root) =>
      login(env().app, (await buildUser(db, [{ role, unit }])).username);
    officerA = await user('officer', p.a.commune);
    officerB = await user('officer', p.b.commune);
    viewerA = await user('viewer', p.a.commune);
    areaViewer = await user('viewer', p.a.areas[1]!);
    provinceOfficer = await user('officer', p.province);
    admin = await user('admin', p.root);
  });

  it('validates with field paths (camera fields for the camera type), searches without diacritics, keeps communes apart', async () => {
    const a = await create(officerA, p.a.commune.id);
    expect(a).toMatchObject({
      typeName: 'Tự quản về an ninh, trật tự',
      stage: 'pilot',
      points: 0,
      can: { manage: true },
    });
    const camera = await api(officerA).post('/api/initiatives', {
      unitId: p.a.commune.id,
      ...body({ name: 'Camera an ninh thôn', typeCode: 'securityCamera', startedOn: '2030-01-01' }),
    });
    expect(camera.statusCode).toBe(422);
    expect(paths(camera.json())).toEqual(['body.startedOn', 'body.cameraCount', 'body.cameraLocations']);
    const unknown = await api(officerA).post('/api/initiatives', {
      unitId: p.a.commune.id,
      ...body({ typeCode: 'nope' }),
    });
    expect(paths(unknown.json())).toEqual(['body.typeCode']);
    await create(officerA, p.a.areas[0]!.id, {
      name: 'Camera an ninh thôn Một',
      typeCode: 'securityCamera',
      stage: 'evaluated',
      cameraCount: 14,
      cameraLocations: 'Cổng thôn, nhà văn hóa, ngã ba chợ',
    });
    await create(officerB, p.b.commune.id, { name: 'Dòng họ không có tội phạm', typeCode: 'religiousClan' });

    expect((await api(officerA).post('/api/initiatives', { unitId: p.b.commune.id, ...body() })).statusCode).toBe(403);
    expect((await api(viewerA).post('/api/initiatives', { unitId: p.a.commune.id, ...body() })).statusCode).toBe(403);
    expect((await api(officerB).get(`/api/initiatives/${a.id}`)).statusCode).toBe(403);

    const found = await api(viewerA).get(`/api/initiatives?q=${encodeURIComponent('camera an ninh thon mot')}`);
    expect(found.json().items.map((i: InitiativeView) => i.name)).toEqual(['Camera an ninh thôn Một']);
    const cams = await api(provinceOfficer).get(`/api/initiatives?unitId=${p.province.id}&typeCode=securityCamera`);
    expect(cams.json().items).toMatchObject([{ cameraCount: 14, isCamera: true }]);
    const evaluated = await api(provinceOfficer).get(`/api/initiatives?unitId=${p.province.id}&stage=evaluated`);
    expect(evaluated.json().total).toBe(1);
    expect((await api(viewerA).get('/api/initiatives')).json().total).toBe(2);
  });

  it('moves stages forward only; stopping is closing, shown as stopped; every write audited', async () => {
    const i = await create(officerA, p.a.commune.id, { name: 'Xứ họ đạo bình yên', stage: 'evaluated' });
    const back = await api(officerA).put(`/api/initiatives/${i.id}`, {
      ...body({ stage: 'pilot' }),
      version: i.version,
    });
    expect(back.statusCode).toBe(422);
    expect(paths(back.json())).toEqual(['body.stage']);
    const stopBy = await api(officerA).put(`/api/initiatives/${i.id}`, {
      ...body({ stage: 'stopped' }),
      version: i.version,
    });
    // stopped is not a stage one sets: the schema refuses it, the user closes the record instead
    expect([stopBy.statusCode, paths(stopBy.json())]).toEqual([422, ['body.stage']]);
    const closed = await api(officerA).post(`/api/initiatives/${i.id}/close`, {
      version: i.version,
      closedOn: '2026-10-01',
      reason: 'Không hiệu quả, thanh loại',
    });
    expect(closed.json()).toMatchObject({ stage: 'evaluated', shownStage: 'stopped', can: { manage: false } });
    const onStopped = await api(officerA).post(`/api/initiatives/${i.id}/recognitions`, {
      version: closed.json().version,
      title: 'Dân vận khéo',
      issuer: 'UBND xã',
      recognizedOn: '2026-01-01',
    });
    expect(onStopped.statusCode).toBe(422);
    const reopened = await api(officerA).post(`/api/initiatives/${i.id}/reopen`, { version: closed.json().version });
    expect(reopened.json().shownStage).toBe('evaluated');
    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'initiative'), eq(auditLog.targetId, String(i.id))))
      .orderBy(auditLog.id);
    expect(trail.map((r) => r.action)).toEqual(['registry.created', 'registry.closed', 'registry.reopened']);
  });

  it('replicates into units as a chain: a point counts where it is, with its refusals', async () => {
    const i = await create(officerA, p.a.commune.id, { name: 'Ngõ phố bình yên', stage: 'registered' });
    const url = `/api/initiatives/${i.id}/replications`;
    const first = await api(officerA).post(url, {
      version: i.version,
      unitId: p.a.areas[0]!.id,
      replicatedOn: '2025-06-01',
      teams: 2,
    });
    expect(first.statusCode, first.body).toBe(200);
    const one = first.json() as InitiativeDetail;
    expect(one).toMatchObject({ stage: 'replicated', points: 1, teams: 2 });
    const p1 = one.replications[0]!;
    const second = await api(officerA).post(url, {
      version: one.version,
      unitId: p.a.areas[1]!.id,
      fromReplicationId: p1.id,
      replicatedOn: '2025-09-01',
    });
    const two = second.json() as InitiativeDetail;
    expect(two.replications.map((r) => [r.unit.name, r.fromReplicationId])).toEqual([
      [p.a.areas[0]!.name, null],
      [p.a.areas[1]!.name, p1.id],
    ]);

    const stale = await api(officerA).post(url, {
      version: one.version,
      unitId: p.a.school.id,
      replicatedOn: '2025-09-01',
    });
    expect(stale.statusCode).toBe(409);
    const refuse = async (s: Session, extra: Record<string, unknown>) =>
      api(s).post(url, { version: two.version, replicatedOn: '2025-10-01', ...extra });
    const same = await refuse(officerA, { unitId: p.a.commune.id });
    expect([same.statusCode, paths(same.json())]).toEqual([422, ['body.unitId']]);
    const twice = await refuse(officerA, { unitId: p.a.areas[0]!.id });
    expect(twice.json().title).toContain('đã được nhân rộng');
    expect((await refuse(officerA, { unitId: p.b.areas[0]!.id })).statusCode).toBe(403);
    const early = await refuse(officerA, {
      unitId: p.a.school.id,
      fromReplicationId: two.replications[1]!.id,
      replicatedOn: '2025-08-01',
    });
    expect(paths(early.json())).toEqual(['body.replicatedOn']);
    // the province covers both communes: it takes A's initiative to a residential area of B
    const cross = await refuse(provinceOfficer, { unitId: p.b.areas[0]!.id });
    expect(cross.statusCode, cross.body).toBe(200);

    const pointsInArea = await api(areaViewer).get('/api/initiatives/points');
    expect(pointsInArea.json().items.map((x: PointView) => [x.unit.name, x.initiative.name])).toEqual([
      [p.a.areas[1]!.name, 'Ngõ phố bình yên'],
    ]);
    const inB = await api(officerB).get('/api/initiatives/points?q=ngo pho');
    expect(inB.json().items.map((x: PointView) => x.initiative.unit.name)).toEqual([p.a.commune.name]);
    const counts = (
      await api(provinceOfficer).get(`/api/initiatives/points/counts?unitId=${p.province.id}`)
    ).json() as RegistryCounts;
    const lineOf = (id: number) => counts.children.find((c) => c.unit.id === id)!;
    expect([lineOf(p.a.commune.id).total, lineOf(p.b.commune.id).total, counts.total]).toEqual([2, 1, 3]);
    expect(lineOf(p.a.commune.id).sums.teams).toBe(3);

    const withChild = await api(officerA).delete(`${url}/${p1.id}?version=${cross.json().version}`);
    expect(withChild.statusCode).toBe(422);
    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'initiative'), eq(auditLog.targetId, String(i.id))));
    expect(trail.filter((r) => r.action === 'initiative.replicated')).toHaveLength(3);
  });

  it('records recognitions and files (real types only), readable in the subtree, removable, audited', async () => {
    const i = await create(officerA, p.a.commune.id, { name: 'Phụ nữ tham gia giữ gìn an ninh' });
    const rec = await api(officerA).post(`/api/initiatives/${i.id}/recognitions`, {
      version: i.version,
      title: 'Dân vận khéo',
      issuer: 'Ban Dân vận Tỉnh ủy',
      decisionNumber: '125-QĐ/BDV',
      recognizedOn: '2026-05-19',
    });
    expect(rec.json().recognitions).toMatchObject([{ title: 'Dân vận khéo', issuer: 'Ban Dân vận Tỉnh ủy' }]);
    const upload = (name: string, data: Buffer, version: number) =>
      uploadFile(env().app, officerA, `/api/initiatives/${i.id}/documents?version=${version}`, data, name);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 32)]);
    const ok = await upload('quyet-dinh.pdf', pdf, rec.json().version);
    expect(ok.statusCode, ok.body).toBe(200);
    const doc = ok.json().documents[0];
    expect(doc).toMatchObject({ fileName: 'quyet-dinh.pdf', mimeType: 'application/pdf' });
    const fake = await upload('anh.png', Buffer.from('MZ not an image'), ok.json().version);
    expect(fake.statusCode).toBe(415);
    const file = await api(viewerA).get(`/api/initiatives/${i.id}/documents/${doc.id}`);
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await api(officerB).get(`/api/initiatives/${i.id}/documents/${doc.id}`)).statusCode).toBe(403);
    const removed = await api(officerA).delete(
      `/api/initiatives/${i.id}/documents/${doc.id}?version=${ok.json().version}`,
    );
    expect(removed.json().documents).toEqual([]);
    const noRec = await api(officerA).delete(
      `/api/initiatives/${i.id}/recognitions/${rec.json().recognitions[0].id}?version=${removed.json().version}`,
    );
    expect(noRec.json().recognitions).toEqual([]);
    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'initiative'), eq(auditLog.targetId, String(i.id))))
      .orderBy(auditLog.id);
    expect(trail.map((r) => r.action)).toEqual([
      'registry.created',
      'initiative.recognized',
      'initiative.documentAdded',
      'initiative.documentRemoved',
      'initiative.recognized',
    ]);
  });

  it('exports the filtered list and imports it back unchanged; a bad row refuses the whole file', async () => {
    const file = await api(officerA).get(`/api/initiatives/export.xlsx?unitId=${p.a.commune.id}&status=all`);
    expect(file.statusCode).toBe(200);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['Tên mô hình (*)', 'Loại mô hình (*)', 'Số điểm nhân rộng']));
    expect(rows.some((r) => r.includes('Camera an ninh'))).toBe(true);
    const again = await uploadFile(
      env().app,
      officerA,
      `/api/initiatives/import?unitId=${p.a.commune.id}`,
      file.rawPayload,
    );
    expect(again.json(), again.body).toMatchObject({ created: 0, updated: 0 });

    const header = ['Đơn vị', 'Tên mô hình', 'Loại mô hình', 'Ngày ra mắt', 'Giai đoạn', 'Số camera', 'Vị trí camera'];
    const bad = await workbookOf(header, [
      ['', 'Mô hình nhập tốt', 'Phòng, chống ma túy', '01/02/2026', 'Thí điểm', '', ''],
      ['', 'Camera thiếu vị trí', 'camera an ninh', '01/02/2026', 'Thí điểm', '3', ''],
      ['', 'Loại lạ', 'Không có loại này', '01/02/2026', 'Thí điểm', '', ''],
    ]);
    const res = await uploadFile(env().app, officerA, `/api/initiatives/import?unitId=${p.a.commune.id}`, bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, 'Vị trí camera'],
      [4, 'Loại mô hình'],
    ]);
    const written = await env().database.db.select().from(initiatives).where(eq(initiatives.name, 'Mô hình nhập tốt'));
    expect(written).toEqual([]);
    const good = await workbookOf(header, [
      [p.a.areas[1]!.name, 'Mô hình nhập tốt', 'Phòng, chống ma túy', '01/02/2026', 'Thí điểm', '', ''],
    ]);
    const added = await uploadFile(env().app, officerA, `/api/initiatives/import?unitId=${p.a.commune.id}`, good);
    expect(added.json(), added.body).toMatchObject({ created: 1 });
  });

  it('counts per child unit by stage, with the cameras', async () => {
    const counts = (
      await api(provinceOfficer).get(`/api/initiatives/counts?unitId=${p.province.id}&to=2026-12-31`)
    ).json() as RegistryCounts;
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    expect(a.by).toMatchObject({ evaluated: 2, replicated: 1 });
    expect(a.sums.cameras).toBe(14);
    expect(counts.children.find((c) => c.unit.id === p.b.commune.id)!.total).toBe(1);
  });

  it('lets only the national level edit the taxonomy; a retired type is refused for new initiatives', async () => {
    const types = (await api(viewerA).get('/api/initiative-types')).json() as { code: string }[];
    expect(types.map((t) => t.code)).toEqual(expect.arrayContaining(['selfManaged', 'securityCamera', 'online']));
    const code = `t${uid()}`;
    expect((await api(officerA).post('/api/initiative-types', { code, nameVi: 'Loại thử' })).statusCode).toBe(403);
    const made = await api(admin).post('/api/initiative-types', { code, nameVi: 'Loại thử', sort: 999 });
    expect(made.statusCode, made.body).toBe(201);
    const taken = await api(admin).post('/api/initiative-types', { code, nameVi: 'Trùng' });
    expect(paths(taken.json())).toEqual(['body.code']);
    await create(officerA, p.a.commune.id, { name: 'Mô hình loại thử', typeCode: code });
    const retired = await api(admin).put(`/api/initiative-types/${made.json().id}`, {
      nameVi: 'Loại thử',
      active: false,
    });
    expect(retired.json().active).toBe(false);
    const refused = await api(officerA).post('/api/initiatives', {
      unitId: p.a.commune.id,
      ...body({ typeCode: code }),
    });
    expect(paths(refused.json())).toEqual(['body.typeCode']);
  });
});
