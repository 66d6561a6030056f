import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import type { SecurityTeamDetail, StrengthView } from '../../../common/security-team/schemas.ts';
import type { StaffingCounts } from '../../../common/security-team/staffing.ts';
import { auditLog, securityTeamMembers } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

/** Security teams, their members and evaluations, and the police staffing figures. */
describeOnEachDb('security teams', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let viewerA: Session;
  let province: Session;
  const api = (s: Session) => as(env().app, s);
  const paths = (res: { json(): { errors?: { path: string }[] } }) => res.json().errors?.map((e) => e.path);
  const team = async (unitId: number, extra: Record<string, unknown> = {}) => {
    const res = await api(officerA).post('/api/security-teams', {
      unitId,
      name: 'Tổ bảo vệ ANTT thôn Một',
      establishedOn: '2024-07-01',
      decisionNumber: '123/QĐ-UBND',
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as SecurityTeamDetail;
  };
  const member = (extra: Record<string, unknown> = {}) => ({
    fullName: 'Nguyễn Văn Hùng',
    gender: 'male',
    birthYear: 1980,
    role: 'member',
    joinedOn: '2024-07-01',
    ...extra,
  });
  const addMember = (s: Session, t: SecurityTeamDetail, extra: Record<string, unknown> = {}) =>
    api(s).post(`/api/security-teams/${t.id}/members`, { ...member(extra), version: t.version });

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    viewerA = await loginWithRole(env().app, db, 'viewer', p.a.commune);
    province = await loginWithRole(env().app, db, 'officer', p.province);
  });

  it('validates the unit and the covered areas, finds without diacritics, keeps each commune to its subtree', async () => {
    const area = await team(p.a.areas[0]!.id);
    expect(area.coveredUnits.map((u) => u.id)).toEqual([p.a.areas[0]!.id]);
    const commune = await team(p.a.commune.id, {
      name: 'Tổ bảo vệ ANTT liên thôn',
      coveredUnitIds: [p.a.areas[0]!.id, p.a.areas[1]!.id],
    });
    expect(commune.coveredUnits).toHaveLength(2);

    const none = await api(officerA).post('/api/security-teams', {
      unitId: p.a.commune.id,
      name: 'Tổ X',
      establishedOn: '2024-07-01',
    });
    expect(none.statusCode).toBe(422);
    expect(paths(none)).toEqual(['body.coveredUnitIds']);
    const outside = await api(officerA).post('/api/security-teams', {
      unitId: p.a.commune.id,
      name: 'Tổ X',
      establishedOn: '2024-07-01',
      coveredUnitIds: [p.b.areas[0]!.id],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().title).toContain(p.b.areas[0]!.name);
    const school = await api(officerA).post('/api/security-teams', {
      unitId: p.a.school.id,
      name: 'Tổ X',
      establishedOn: '2024-07-01',
    });
    expect(paths(school)).toEqual(['body.unitId']);
    const future = await api(officerA).post('/api/security-teams', {
      unitId: p.a.areas[1]!.id,
      name: 'Tổ X',
      establishedOn: '2027-01-01',
    });
    expect(paths(future)).toEqual(['body.establishedOn']);

    const intoB = await api(officerA).post('/api/security-teams', {
      unitId: p.b.areas[0]!.id,
      name: 'Tổ X',
      establishedOn: '2024-07-01',
    });
    expect(intoB.statusCode).toBe(403);
    const byViewer = await api(viewerA).post('/api/security-teams', {
      unitId: p.a.areas[1]!.id,
      name: 'Tổ X',
      establishedOn: '2024-07-01',
    });
    expect(byViewer.statusCode).toBe(403);
    expect((await api(officerB).get(`/api/security-teams/${area.id}`)).statusCode).toBe(403);

    const found = await api(viewerA).get(`/api/security-teams?q=${encodeURIComponent('lien thon')}`);
    expect(found.json().items.map((t: { id: number }) => t.id)).toEqual([commune.id]);
    const covering = await api(viewerA).get(`/api/security-teams?coveredUnitId=${p.a.areas[1]!.id}`);
    expect(covering.json().items.map((t: { id: number }) => t.id)).toEqual([commune.id]);
  });

  it('keeps one active leader, edits and leaves members at the team version, all audited', async () => {
    let t = await team(p.a.areas[1]!.id, { name: 'Tổ bảo vệ ANTT thôn Hai' });
    const first = await addMember(officerA, t, { role: 'leader', fullName: 'Trần Văn Tổ' });
    expect(first.statusCode, first.body).toBe(200);
    t = first.json();
    expect(t.leaderName).toBe('Trần Văn Tổ');

    const second = await addMember(officerA, t, { role: 'leader', fullName: 'Lê Văn Hai' });
    expect(second.statusCode).toBe(422);
    expect(paths(second)).toEqual(['body.role']);
    expect(second.json().title).toContain('Trần Văn Tổ');
    const stale = await addMember(officerA, { ...t, version: t.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect((await addMember(viewerA, t)).statusCode).toBe(403);
    const noName = await addMember(officerA, t, { fullName: ' ', joinedOn: '2027-01-01' });
    expect(paths(noName)).toContain('body.fullName');

    const leader = t.members[0]!;
    const left = await api(officerA).post(`/api/security-teams/${t.id}/members/${leader.id}/leave`, {
      version: t.version,
      leftOn: '2026-10-01',
      reason: 'Chuyển công tác',
    });
    expect(left.statusCode, left.body).toBe(200);
    t = left.json();
    expect(t.members.find((m) => m.id === leader.id)).toMatchObject({
      leftOn: '2026-10-01',
      leftReason: 'Chuyển công tác',
    });
    const next = await addMember(officerA, t, { role: 'leader', fullName: 'Lê Văn Hai' });
    expect(next.statusCode).toBe(200);
    t = next.json();
    const hai = t.members.find((m) => m.fullName === 'Lê Văn Hai')!;
    const edited = await api(officerA).put(`/api/security-teams/${t.id}/members/${hai.id}`, {
      ...member({ role: 'leader', fullName: 'Lê Văn Hải', training: 'Tập huấn nghiệp vụ 2025' }),
      version: t.version,
    });
    expect(edited.json().members.find((m: { id: number }) => m.id === hai.id)).toMatchObject({
      fullName: 'Lê Văn Hải',
    });
    expect(t.activeMembers).toBe(1);
    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'securityTeam'), eq(auditLog.targetId, String(t.id))))
      .orderBy(auditLog.id);
    expect(trail.map((r) => r.action)).toEqual([
      'registry.created',
      'securityTeam.memberSaved',
      'securityTeam.memberLeft',
      'securityTeam.memberSaved',
      'securityTeam.memberSaved',
    ]);
  });

  it('imports 500 members all or nothing: a bad row is named by row and column, then the fixed file adds them all', async () => {
    const t = await team(p.a.areas[0]!.id, { name: 'Tổ nhập danh sách' });
    const header = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Chức danh', 'Ngày tham gia', 'Đào tạo, huấn luyện'];
    const rows = (bad: boolean) =>
      Array.from({ length: 500 }, (_, i) => [
        `Thành viên số ${i + 1}`,
        i % 3 === 0 ? 'Nữ' : 'Nam',
        1970 + (i % 30),
        i === 0 ? 'Tổ trưởng' : i < 3 ? 'Tổ phó' : 'Tổ viên',
        bad && i === 249 ? '31/02/2025' : '01/07/2024',
        'Tập huấn 2025',
      ]);
    const url = `/api/security-teams/${t.id}/members/import`;
    const refused = await uploadFile(env().app, officerA, url, await workbookOf(header, rows(true)));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().rows).toEqual([{ row: 251, column: 'Ngày tham gia', message: expect.any(String) }]);
    const none = await env().database.db.select().from(securityTeamMembers).where(eq(securityTeamMembers.teamId, t.id));
    expect(none).toEqual([]);

    const twoLeaders = rows(false).slice(0, 5);
    twoLeaders[3]![3] = 'Tổ trưởng';
    twoLeaders[4]![0] = '';
    const rules = await uploadFile(env().app, officerA, url, await workbookOf(header, twoLeaders));
    expect(rules.json().rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [5, 'Chức danh'],
      [6, 'Họ và tên'],
    ]);
    expect((await uploadFile(env().app, officerB, url, await workbookOf(header, rows(false)))).statusCode).toBe(403);

    const done = await uploadFile(env().app, officerA, url, await workbookOf(header, rows(false)));
    expect(done.json(), done.body).toEqual({ rows: 500, created: 500, updated: 0, unchanged: 0 });
    const after = (await api(officerA).get(`/api/security-teams/${t.id}`)).json() as SecurityTeamDetail;
    expect(after.activeMembers).toBe(500);
    expect(after.version).toBe(t.version + 1);
    const again = await uploadFile(env().app, officerA, url, await workbookOf(header, rows(false).slice(1, 2)));
    expect(again.json().rows[0]).toMatchObject({ row: 2, column: 'Họ và tên' });
    const audits = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'securityTeam.membersImported'), eq(auditLog.targetId, String(t.id))));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ count: 500 });

    const file = await api(viewerA).get(`/api/security-teams/${t.id}/members/export.xlsx`);
    const sheet = await sheetRows(file.rawPayload);
    expect(sheet).toHaveLength(501);
    expect(sheet[1]).toEqual(expect.arrayContaining(['Thành viên số 1', 'Tổ trưởng', '01/07/2024']));
    const template = await api(officerA).get(`/api/security-teams/${t.id}/members/template.xlsx`);
    expect((await sheetRows(template.rawPayload))[0]).toContain('Họ và tên (*)');
  });

  it('evaluates by Guidance 01: not under 9 months, leader not above the team, the quota only warned', async () => {
    let t = await team(p.a.commune.id, { name: 'Tổ đánh giá', coveredUnitIds: [p.a.areas[0]!.id] });
    t = (await addMember(officerA, t, { role: 'leader', fullName: 'Phạm Văn Trưởng' })).json();
    t = (await addMember(officerA, t, { fullName: 'Võ Thị Mới', gender: 'female', joinedOn: '2026-03-01' })).json();
    const leader = t.members.find((m) => m.role === 'leader')!;
    const newcomer = t.members.find((m) => m.fullName === 'Võ Thị Mới')!;
    const rate = (memberId: number | null, level: string, version = t.version) =>
      api(officerA).put(`/api/security-teams/${t.id}/evaluations`, { version, year: 2026, memberId, level });

    const tooNew = await rate(newcomer.id, 'good');
    expect(tooNew.statusCode).toBe(422);
    expect(tooNew.json().title).toContain('9 tháng');
    expect((await rate(leader.id, 'good')).json().title).toContain('Đánh giá tổ trước');
    t = (await rate(null, 'good')).json();
    const above = await rate(leader.id, 'excellent');
    expect(paths(above)).toEqual(['body.level']);
    t = (await rate(leader.id, 'good')).json();
    expect((await rate(null, 'completed')).statusCode).toBe(422);
    t = (await rate(null, 'excellent')).json();
    expect(t.evaluations.map((e) => [e.memberId, e.level])).toEqual([
      [null, 'excellent'],
      [leader.id, 'good'],
    ]);
    const quota = (await api(viewerA).get(`/api/security-teams/${t.id}/quota?year=2026`)).json();
    // one excellent team and no "good" team in the commune: over 20 %, a warning only
    expect(quota.teams).toMatchObject({ excellent: 1, base: 0, exceeded: true });
    expect(quota.members).toMatchObject({ excellent: 0, exceeded: false });
  });

  it('exports the teams and imports them back unchanged; a new row of an area covers that area', async () => {
    const file = await api(officerA).get(`/api/security-teams/export.xlsx?unitId=${p.a.commune.id}`);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['ID', 'Tên tổ (*)', 'Địa bàn phụ trách', 'Số thành viên']));
    expect(rows).toHaveLength(6);
    const url = `/api/security-teams/import?unitId=${p.a.commune.id}`;
    const back = await uploadFile(env().app, officerA, url, file.rawPayload);
    expect(back.json(), back.body).toEqual({ rows: 5, created: 0, updated: 0, unchanged: 5 });
    const header = ['Đơn vị', 'Tên tổ', 'Ngày thành lập'];
    const added = await uploadFile(
      env().app,
      officerA,
      url,
      await workbookOf(header, [[p.a.areas[1]!.name, 'Tổ nhập từ Excel', '15/08/2024']]),
    );
    expect(added.json(), added.body).toMatchObject({ created: 1 });
    const bad = await uploadFile(env().app, officerA, url, await workbookOf(header, [['', 'Tổ cấp xã', '15/08/2024']]));
    // a commune-level team must name its areas, which only the form can: refused by row
    expect(bad.json().rows).toEqual([{ row: 2, column: null, message: expect.stringContaining('thôn, tổ dân phố') }]);
    const found = (await api(officerA).get(`/api/security-teams?q=${encodeURIComponent('nhap tu excel')}`)).json();
    expect(found.items[0].coveredUnitIds).toEqual([p.a.areas[1]!.id]);
  });

  it('counts teams and members per child unit, at the end of a year', async () => {
    const counts = (
      await api(province).get(`/api/security-teams/counts?unitId=${p.province.id}`)
    ).json() as RegistryCounts;
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    expect(a.total).toBe(6);
    expect(a.sums.members).toBe(500 + 1 + 2);
    expect(counts.children.find((c) => c.unit.id === p.b.commune.id)!.total).toBe(0);
    const s = (
      await api(province).get(`/api/security-teams/strength?unitId=${p.province.id}&year=2026`)
    ).json() as StrengthView;
    const line = s.children.find((c) => c.unit.id === p.a.commune.id)!;
    expect(line).toMatchObject({ teams: 6, members: 503, teamLevels: { excellent: 1 }, memberLevels: { good: 1 } });
    expect(line.byRole).toMatchObject({ leader: 3, deputy: 2 });
    const mine = (await api(officerA).get(`/api/security-teams/strength?unitId=${p.a.commune.id}&year=2025`)).json();
    expect(mine.children.find((c: StrengthView['children'][number]) => c.unit.id === p.a.areas[0]!.id).members).toBe(
      500,
    );
  });

  it('keeps staffing per commune and period: upsert at the version, period format, sums per commune', async () => {
    const save = (s: Session, extra: Record<string, unknown>) =>
      api(s).put('/api/staffing', {
        unitId: p.a.commune.id,
        period: '2025',
        regular: 6,
        semiProfessional: 3,
        ...extra,
      });
    const first = await save(officerA, {});
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ period: '2025', regular: 6, version: 1 });
    expect(paths(await save(officerA, { period: '2025Q5' }))).toEqual(['body.period']);
    expect(paths(await save(officerA, { unitId: p.a.areas[0]!.id }))).toEqual(['body.unitId']);
    expect((await save(officerB, {})).statusCode).toBe(403);
    expect((await save(viewerA, {})).statusCode).toBe(403);
    const stale = await save(officerA, { regular: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.regular).toBe(6);
    expect((await save(officerA, { regular: 7, version: 1 })).json()).toMatchObject({ regular: 7, version: 2 });
    await save(officerA, { period: '2026s1', regular: 8, semiProfessional: 2 });
    await api(officerB).put('/api/staffing', {
      unitId: p.b.commune.id,
      period: '2025',
      regular: 5,
      semiProfessional: 4,
    });

    const list = (await api(viewerA).get('/api/staffing')).json();
    expect(list.items.map((i: { period: string }) => i.period)).toEqual(['2026S1', '2025']);
    const counts = (
      await api(province).get(`/api/staffing/counts?unitId=${p.province.id}&period=2025`)
    ).json() as StaffingCounts;
    expect(counts).toMatchObject({ regular: 12, semiProfessional: 7, reported: 2 });
    expect(counts.children.find((c) => c.unit.id === p.a.commune.id)).toMatchObject({
      regular: 7,
      semiProfessional: 3,
    });
    const audits = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'staffing.saved'), eq(auditLog.unitId, p.a.commune.id)));
    expect(audits).toHaveLength(3);
  });
});
