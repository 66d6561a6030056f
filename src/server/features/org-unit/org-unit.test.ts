import { beforeAll, expect, it } from 'vitest';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

describeOnEachDb('the unit tree and its permissions', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let provinceOfficer: Session;
  let viewer: Session;
  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    provinceOfficer = await loginWithRole(env().app, db, 'officer', p.province);
    viewer = await loginWithRole(env().app, db, 'viewer', p.province);
  });

  it('starts the tree at the units the user holds roles on', async () => {
    const res = await as(env().app, officerA).get('/api/units/roots');
    expect(res.json().map((u: { id: number }) => u.id)).toEqual([p.a.commune.id]);
    expect(res.json()[0].childCount).toBe(3);
  });

  it('opens a unit of my commune with its children and institutions', async () => {
    const api = as(env().app, officerA);
    const detail = await api.get(`/api/units/${p.a.commune.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().ancestors.map((a: { id: number }) => a.id)).toEqual([p.root.id, p.province.id]);
    expect(detail.json().can).toEqual({ manage: true, importUnits: false });
    const areas = await api.get(`/api/units?parentId=${p.a.commune.id}&group=administrative`);
    expect(
      areas
        .json()
        .items.map((u: { name: string }) => u.name)
        .sort(),
    ).toEqual(p.a.areas.map((a) => a.name).sort());
    const inst = await api.get(`/api/units?parentId=${p.a.commune.id}&group=institution`);
    expect(inst.json().items).toHaveLength(1);
    expect(inst.json().items[0]).toMatchObject({ kind: 'school', name: p.a.school.name });
  });

  it('refuses every read and write of commune B to the officer of commune A', async () => {
    const api = as(env().app, officerA);
    const read = await api.get(`/api/units/${p.b.commune.id}`);
    expect(read.statusCode).toBe(403);
    expect(read.json().title).toBe('Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.');
    expect((await api.get(`/api/units/${p.b.areas[0]!.id}`)).statusCode).toBe(403);
    expect((await api.get(`/api/units?parentId=${p.b.commune.id}`)).statusCode).toBe(403);
    expect((await api.get(`/api/units/${p.b.commune.id}/lineage`)).statusCode).toBe(403);
    const write = await api.post('/api/units', {
      parentId: p.b.commune.id,
      kind: 'administrative',
      level: 'residentialArea',
      name: 'Thôn lạ',
    });
    expect(write.statusCode).toBe(403);
    const rename = await api.patch(`/api/units/${p.b.areas[0]!.id}/rename`, {
      name: 'Đổi',
      version: 1,
      effectiveDate: '2026-01-01',
    });
    expect(rename.statusCode).toBe(403);
    const search = await api.get(`/api/units?q=${encodeURIComponent(p.b.commune.name)}`);
    expect(search.json().total).toBe(0);
  });

  it('lets a viewer read but not write', async () => {
    const api = as(env().app, viewer);
    expect((await api.get(`/api/units/${p.b.commune.id}`)).json().can.manage).toBe(false);
    const res = await api.post('/api/units', { parentId: p.b.commune.id, level: 'residentialArea', name: 'Thôn mới' });
    expect(res.statusCode).toBe(403);
  });

  it.each(['hoa lac', 'HOA LAC', 'Hòa Lạc', 'hòa lac'])('finds "Hòa Lạc" when searching %s', async (q) => {
    const res = await as(env().app, provinceOfficer).get(
      `/api/units?q=${encodeURIComponent(`${q} ${p.tag}`)}&group=administrative&level=commune`,
    );
    expect(res.json().items.map((u: { id: number }) => u.id)).toEqual([p.a.commune.id]);
    expect(res.json().items[0].pathNames).toEqual(['Toàn quốc', p.province.name]);
  });

  it('validates placement and official codes, naming the field', async () => {
    const api = as(env().app, provinceOfficer);
    const underArea = await api.post('/api/units', {
      parentId: p.a.areas[0]!.id,
      level: 'commune',
      name: 'Xã sai chỗ',
    });
    expect(underArea.statusCode).toBe(422);
    expect(underArea.json().title).toBe('Không thể đặt commune dưới residentialArea.');
    const badCode = await api.post('/api/units', {
      parentId: p.province.id,
      level: 'commune',
      code: '123',
      name: 'Xã mã sai',
    });
    expect(badCode.statusCode).toBe(422);
    expect(badCode.json().title).toBe('Mã cấp xã phải có 5 chữ số.');
    expect(badCode.json().errors[0].path).toBe('body.code');
  });

  it('creates, renames and detects a stale version with the current state', async () => {
    const api = as(env().app, officerA);
    const created = await api.post('/api/units', {
      parentId: p.a.commune.id,
      level: 'residentialArea',
      name: 'Thôn Ba',
      typeLabel: 'Thôn',
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    const renamed = await api.patch(`/api/units/${unit.id}/rename`, {
      name: 'Thôn Ba Mới',
      version: unit.version,
      effectiveDate: '2026-12-01',
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Thôn Ba Mới', version: unit.version + 1 });
    const stale = await api.patch(`/api/units/${unit.id}/rename`, {
      name: 'Thôn Ba Cũ',
      version: unit.version,
      effectiveDate: '2026-12-02',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ name: 'Thôn Ba Mới', version: unit.version + 1 });
    const lineage = await api.get(`/api/units/${unit.id}/lineage`);
    expect(lineage.json()).toEqual([
      expect.objectContaining({ kind: 'rename', details: { from: 'Thôn Ba', to: 'Thôn Ba Mới' } }),
    ]);
  });

  it('refuses to close a unit that still has active sub-units', async () => {
    const res = await as(env().app, provinceOfficer).post(`/api/units/${p.b.commune.id}/close`, {
      version: 1,
      effectiveDate: '2026-01-01',
      note: 'Giải thể',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toMatch(/còn 3 đơn vị trực thuộc/);
  });

  it('records every write in the audit log with before and after', async () => {
    const api = as(env().app, officerA);
    const created = await api.post('/api/units', {
      parentId: p.a.commune.id,
      level: 'residentialArea',
      name: 'Tổ Audit',
    });
    const rows = await env().database.db.query.auditLog.findMany({
      where: (a, { eq }) => eq(a.targetId, String(created.json().id)),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'unit.created',
      unitId: created.json().id,
      after: expect.objectContaining({ name: 'Tổ Audit' }),
    });
  });
});
