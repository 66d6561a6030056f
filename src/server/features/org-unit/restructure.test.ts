import { beforeAll, expect, it } from 'vitest';
import { as, buildProvince, buildUnit, buildUser, login, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

describeOnEachDb('merging, splitting and moving units', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officer: Session;
  beforeAll(async () => {
    p = await buildProvince(env().database.db);
    officer = await login(
      env().app,
      (await buildUser(env().database.db, [{ role: 'officer', unit: p.province }])).username,
    );
  });

  it('merges two communes into a new one: sources close, sub-units move, lineage kept', async () => {
    const api = as(env().app, officer);
    const res = await api.post('/api/units/merge', {
      sourceIds: [p.a.commune.id, p.b.commune.id],
      target: { parentId: p.province.id, name: `Xã Hợp Nhất ${p.tag}`, typeLabel: 'Xã' },
      effectiveDate: '2025-07-01',
      note: 'Sắp xếp 2025',
    });
    expect(res.statusCode).toBe(200);
    const merged = res.json();
    expect(merged).toMatchObject({ level: 'commune', status: 'active', validFrom: '2025-07-01', childCount: 6 });
    for (const id of [p.a.commune.id, p.b.commune.id]) {
      const old = (await api.get(`/api/units/${id}`)).json();
      expect(old).toMatchObject({ status: 'closed', validTo: '2025-07-01', childCount: 0 });
    }
    const area = (await api.get(`/api/units/${p.a.areas[0]!.id}`)).json();
    expect(area.ancestors.map((a: { id: number }) => a.id)).toEqual([p.root.id, p.province.id, merged.id]);
    const lineage = (await api.get(`/api/units/${merged.id}/lineage`)).json();
    expect(lineage).toHaveLength(2);
    expect(lineage.map((l: { predecessor: { id: number } }) => l.predecessor.id).sort()).toEqual(
      [p.a.commune.id, p.b.commune.id].sort(),
    );
    expect(new Set(lineage.map((l: { eventId: string }) => l.eventId)).size).toBe(1);
    const closedAgain = await api.patch(`/api/units/${p.a.commune.id}/rename`, {
      name: 'X',
      version: 99,
      effectiveDate: '2026-01-01',
    });
    expect(closedAgain.statusCode).toBe(409);
  });

  it('refuses to merge units of different levels', async () => {
    const db = env().database.db;
    const c = await buildUnit(db, p.province, { level: 'commune', name: `Xã Lẻ ${p.tag}` });
    const area = await buildUnit(db, c, { level: 'residentialArea', name: `Thôn Lẻ ${p.tag}` });
    const res = await as(env().app, officer).post('/api/units/merge', {
      sourceIds: [area.id],
      target: { id: c.id },
      effectiveDate: '2025-07-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().title).toBe('Chỉ sáp nhập các đơn vị cùng cấp.');
  });

  it('splits a commune into two with shares and assigned sub-units', async () => {
    const db = env().database.db;
    const c = await buildUnit(db, p.province, { level: 'commune', name: `Xã Tách ${p.tag}` });
    const t1 = await buildUnit(db, c, { level: 'residentialArea', name: `Thôn Bắc ${p.tag}` });
    const t2 = await buildUnit(db, c, { level: 'residentialArea', name: `Thôn Nam ${p.tag}` });
    const api = as(env().app, officer);
    const unassigned = await api.post(`/api/units/${c.id}/split`, {
      version: c.version,
      effectiveDate: '2026-01-01',
      parts: [
        { name: `Xã Bắc ${p.tag}`, share: 0.5, childIds: [t1.id] },
        { name: `Xã Nam ${p.tag}`, share: 0.5 },
      ],
    });
    expect(unassigned.statusCode).toBe(422);
    expect(unassigned.json().title).toMatch(/Còn 1 đơn vị trực thuộc/);
    const badShares = await api.post(`/api/units/${c.id}/split`, {
      version: c.version,
      effectiveDate: '2026-01-01',
      parts: [
        { name: `Xã Bắc ${p.tag}`, share: 0.5, childIds: [t1.id] },
        { name: `Xã Nam ${p.tag}`, share: 0.4, childIds: [t2.id] },
      ],
    });
    expect(badShares.json().title).toBe('Tổng tỷ lệ chia tách phải bằng 100% (hiện là 90%).');
    const ok = await api.post(`/api/units/${c.id}/split`, {
      version: c.version,
      effectiveDate: '2026-01-01',
      parts: [
        { name: `Xã Bắc ${p.tag}`, share: 0.6, childIds: [t1.id] },
        { name: `Xã Nam ${p.tag}`, share: 0.4, childIds: [t2.id] },
      ],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('closed');
    const lineage = (await api.get(`/api/units/${c.id}/lineage`)).json();
    expect(lineage.map((l: { share: number }) => l.share).sort()).toEqual([0.4, 0.6]);
    const north = lineage.find((l: { share: number }) => l.share === 0.6).successor.id;
    expect((await api.get(`/api/units/${t1.id}`)).json().parentId).toBe(north);
  });

  it('moves a commune with its subtree and refuses a move into its own subtree', async () => {
    const db = env().database.db;
    const c = await buildUnit(db, p.province, { level: 'commune', name: `Xã Di Chuyển ${p.tag}` });
    const t = await buildUnit(db, c, { level: 'residentialArea', name: `Thôn Theo ${p.tag}` });
    const d = await buildUnit(db, p.province, { level: 'district', name: `Huyện Cũ ${p.tag}` });
    const api = as(env().app, officer);
    const moved = await api.post(`/api/units/${c.id}/move`, {
      newParentId: d.id,
      version: c.version,
      effectiveDate: '2025-08-01',
    });
    expect(moved.statusCode).toBe(200);
    expect((await api.get(`/api/units/${t.id}`)).json().ancestors.map((a: { id: number }) => a.id)).toEqual([
      p.root.id,
      p.province.id,
      d.id,
      c.id,
    ]);
    const loop = await api.post(`/api/units/${d.id}/move`, {
      newParentId: d.id,
      version: d.version,
      effectiveDate: '2025-08-01',
    });
    expect(loop.statusCode).toBe(422);
  });
});
