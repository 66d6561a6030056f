import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import type {
  Candidates,
  Coverage,
  SteeringCommitteeDetail,
  SteeringCommitteeView,
} from '../../../common/steering-committee/schemas.ts';
import { auditLog, committeeMembers } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';

const base = '/api/steering-committees';
const paths = (res: { json(): unknown }) => (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);

/** Steering Committees (BCĐ 138): committees, members, assignments and who is responsible for a unit. */
describeOnEachDb('steering committees', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let viewerA: Session;
  let provinceOfficer: Session;
  let ward: SteeringCommitteeDetail;
  const api = (s: Session) => as(env().app, s);
  const committee = (unitId: number, extra: Record<string, unknown> = {}) => ({
    unitId,
    name: 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ xã Hòa Lạc',
    establishedOn: '2025-07-01',
    decisionNumber: '15/QĐ-UBND',
    ...extra,
  });
  const member = (version: number, extra: Record<string, unknown> = {}) => ({
    version,
    fullName: 'Nguyễn Văn Hùng',
    position: 'head',
    title: 'Chủ tịch UBND xã',
    organization: 'UBND xã',
    joinedOn: '2025-07-01',
    ...extra,
  });
  const ok = <T>(res: { statusCode: number; body: string; json(): unknown }, code = 200) => {
    expect(res.statusCode, res.body).toBe(code);
    return res.json() as T;
  };

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    viewerA = await loginWithRole(env().app, db, 'viewer', p.a.commune);
    provinceOfficer = await loginWithRole(env().app, db, 'officer', p.province);
  });

  it('sets up one open committee per unit, found without diacritics, each commune in its own subtree', async () => {
    ward = ok(await api(officerA).post(base, committee(p.a.commune.id)), 201);
    expect(ward).toMatchObject({ activeMembers: 0, head: null, members: [], can: { manage: true } });

    const bad = await api(officerA).post(base, committee(p.a.commune.id, { name: ' ', establishedOn: '2026-12-01' }));
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toContain('body.name');
    const future = await api(officerA).post(base, committee(p.a.areas[0]!.id, { establishedOn: '2026-12-01' }));
    expect(paths(future)).toEqual(['body.establishedOn']);
    const second = await api(officerA).post(base, committee(p.a.commune.id, { name: 'BCĐ 138 xã Hòa Lạc (mới)' }));
    expect(second.statusCode).toBe(422);
    expect(paths(second)).toEqual(['body.unitId']);
    expect(second.json().title).toContain('đã có Ban Chỉ đạo đang hoạt động');

    expect((await api(officerA).post(base, committee(p.b.commune.id))).statusCode).toBe(403);
    expect((await api(viewerA).post(base, committee(p.a.areas[0]!.id))).statusCode).toBe(403);
    expect((await api(officerB).get(`${base}/${ward.id}`)).statusCode).toBe(403);
    const found = await api(viewerA).get(`${base}?q=${encodeURIComponent('toan dan bao ve antq xa hoa lac')}`);
    expect(found.json().items.map((c: SteeringCommitteeView) => c.id)).toEqual([ward.id]);
  });

  it('closing a committee lets a new one be set up; the old one cannot reopen beside it', async () => {
    const old = ok<SteeringCommitteeDetail>(await api(officerB).post(base, committee(p.b.commune.id)), 201);
    const closed = ok<SteeringCommitteeDetail>(
      await api(officerB).post(`${base}/${old.id}/close`, {
        version: old.version,
        closedOn: '2025-08-01',
        reason: 'Kiện toàn sau sắp xếp đơn vị hành chính',
      }),
    );
    const fresh = await api(officerB).post(base, committee(p.b.commune.id, { name: 'BCĐ 138 xã Đông Sơn' }));
    expect(fresh.statusCode, fresh.body).toBe(201);
    const reopen = await api(officerB).post(`${base}/${old.id}/reopen`, { version: closed.version });
    expect(reopen.statusCode).toBe(422);
    expect(reopen.json().title).toContain('BCĐ 138 xã Đông Sơn');
  });

  it('keeps one active head, audits member changes and answers 409 on a stale committee', async () => {
    let c = ok<SteeringCommitteeDetail>(await api(officerA).post(`${base}/${ward.id}/members`, member(ward.version)));
    expect(c).toMatchObject({ activeMembers: 1, head: 'Nguyễn Văn Hùng' });
    const head = c.members[0]!;

    const twoHeads = await api(officerA).post(`${base}/${ward.id}/members`, member(c.version, { fullName: 'Lê B' }));
    expect(paths(twoHeads)).toEqual(['body.position']);
    expect(twoHeads.json().title).toContain('Nguyễn Văn Hùng');
    const early = await api(officerA).post(
      `${base}/${ward.id}/members`,
      member(c.version, { position: 'member', joinedOn: '2025-06-30' }),
    );
    expect(paths(early)).toEqual(['body.joinedOn']);
    const stale = await api(officerA).post(`${base}/${ward.id}/members`, member(ward.version, { position: 'member' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.members).toHaveLength(1);
    expect((await api(viewerA).post(`${base}/${ward.id}/members`, member(c.version))).statusCode).toBe(403);

    c = ok(
      await api(officerA).post(
        `${base}/${ward.id}/members`,
        member(c.version, {
          fullName: 'Trần Thị Lan',
          position: 'standingDeputy',
          title: 'Trưởng Công an xã',
          organization: 'Công an xã',
        }),
      ),
    );
    c = ok(
      await api(officerA).post(`${base}/${ward.id}/members/${head.id}/leave`, {
        version: c.version,
        leftOn: '2026-10-01',
        reason: 'Nghỉ hưu',
      }),
    );
    expect(c).toMatchObject({ activeMembers: 1, head: null });
    c = ok(
      await api(officerA).post(
        `${base}/${ward.id}/members`,
        member(c.version, { fullName: 'Phạm Văn Tâm', joinedOn: '2026-10-02' }),
      ),
    );
    const edited = await api(officerA).put(`${base}/${ward.id}/members/${head.id}`, member(c.version));
    expect(edited.statusCode).toBe(422);
    ward = c;
    expect(ward.members.map((m) => [m.fullName, m.leftOn])).toEqual([
      ['Phạm Văn Tâm', null],
      ['Trần Thị Lan', null],
      ['Nguyễn Văn Hùng', '2026-10-01'],
    ]);
    const trail = await env()
      .database.db.select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'committeeMember'), eq(auditLog.targetId, String(head.id))));
    expect(trail.map((r) => r.action)).toEqual(['steeringCommittee.memberSaved', 'steeringCommittee.memberLeft']);
  });

  it('assigns members to units of the subtree and answers who is responsible for a unit', async () => {
    const [tam, lan] = ward.members;
    const area = p.a.areas[0]!;
    const outside = await api(officerA).post(`${base}/${ward.id}/assignments`, {
      version: ward.version,
      memberId: tam!.id,
      unitIds: [area.id, p.b.areas[0]!.id],
      assignedOn: '2026-10-02',
    });
    expect(paths(outside)).toEqual(['body.unitIds.1']);
    ward = ok(
      await api(officerA).post(`${base}/${ward.id}/assignments`, {
        version: ward.version,
        memberId: tam!.id,
        unitIds: [area.id, p.a.areas[1]!.id],
        assignedOn: '2026-10-02',
      }),
    );
    expect(ward.assignments.map((a) => [a.memberId, a.unit.id])).toEqual([
      [tam!.id, area.id],
      [tam!.id, p.a.areas[1]!.id],
    ]);
    // the second area passes to Lan: Tâm's assignment there ends
    ward = ok(
      await api(officerA).post(`${base}/${ward.id}/assignments`, {
        version: ward.version,
        memberId: lan!.id,
        unitIds: [p.a.areas[1]!.id],
        assignedOn: '2026-11-01',
      }),
    );
    const active = ward.assignments.filter((a) => !a.endedOn).map((a) => [a.memberId, a.unit.id]);
    expect(active).toEqual([
      [tam!.id, area.id],
      [lan!.id, p.a.areas[1]!.id],
    ]);

    // a province committee above also assigns a member to the area: the nearest committee (the commune's) answers
    const prov = ok<SteeringCommitteeDetail>(
      await api(provinceOfficer).post(base, committee(p.province.id, { name: 'BCĐ 138 tỉnh' })),
      201,
    );
    const withMember = ok<SteeringCommitteeDetail>(
      await api(provinceOfficer).post(
        `${base}/${prov.id}/members`,
        member(prov.version, { fullName: 'Hoàng Văn Sơn', position: 'deputy' }),
      ),
    );
    ok(
      await api(provinceOfficer).post(`${base}/${prov.id}/assignments`, {
        version: withMember.version,
        memberId: withMember.members[0]!.id,
        unitIds: [area.id, p.a.commune.id],
        assignedOn: '2026-10-05',
      }),
    );
    const who = ok<Candidates>(await api(viewerA).get(`${base}/responsible?unitId=${area.id}`));
    expect(who.responsible).toMatchObject({ memberId: tam!.id, committee: { id: ward.id } });
    expect(who.candidates.map((c) => c.fullName)).toEqual(['Phạm Văn Tâm', 'Trần Thị Lan', 'Hoàng Văn Sơn']);
    const commune = ok<Candidates>(await api(viewerA).get(`${base}/responsible?unitId=${p.a.commune.id}`));
    expect(commune.responsible?.fullName).toBe('Hoàng Văn Sơn');
    expect((await api(officerB).get(`${base}/responsible?unitId=${area.id}`)).statusCode).toBe(403);

    // Lan leaves: her area is uncovered again
    ward = ok(
      await api(officerA).post(`${base}/${ward.id}/members/${lan!.id}/leave`, {
        version: ward.version,
        leftOn: '2026-11-20',
      }),
    );
    const second = ok<Candidates>(await api(viewerA).get(`${base}/responsible?unitId=${p.a.areas[1]!.id}`));
    expect(second.responsible).toBeNull();
    const coverage = ok<Coverage>(await api(provinceOfficer).get(`${base}/coverage?unitId=${p.province.id}`));
    const a = coverage.children.find((c) => c.unit.id === p.a.commune.id)!;
    // commune A’s subtree: the commune, two areas and the school; the commune and the first area are covered
    expect(a).toMatchObject({ units: 4, covered: 2 });
  });

  it('exports the members and imports them back; a bad file is refused by row, nothing written', async () => {
    const file = await api(viewerA).get(`${base}/${ward.id}/members/export.xlsx`);
    expect(file.statusCode).toBe(200);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(expect.arrayContaining(['ID', 'Họ và tên (*)', 'Chức danh trong Ban (*)']));
    const url = `${base}/${ward.id}/members/import`;
    const again = await uploadFile(env().app, officerA, url, file.rawPayload);
    expect(again.json(), again.body).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });

    const header = ['Họ và tên', 'Chức danh trong Ban', 'Cơ quan, tổ chức', 'Ngày tham gia'];
    const bad = await workbookOf(header, [
      ['Võ Thị Mai', 'Thành viên', 'Hội LHPN xã', '05/01/2026'],
      ['Đinh Văn Nam', 'Trưởng ban', 'UBND xã', '05/01/2026'],
      ['Lý Văn Quý', 'Cố vấn', 'Đoàn TN', '05/01/2026'],
      ['', 'Thành viên', 'Hội CCB', '31/02/2026'],
    ]);
    const res = await uploadFile(env().app, officerA, url, bad);
    expect(res.statusCode).toBe(422);
    expect((res.json().rows as { row: number; column: string }[]).map((r) => [r.row, r.column])).toEqual([
      [3, 'Chức danh trong Ban'],
      [4, 'Chức danh trong Ban'],
      [5, 'Ngày tham gia'],
    ]);
    const none = await env()
      .database.db.select()
      .from(committeeMembers)
      .where(inArray(committeeMembers.fullName, ['Võ Thị Mai']));
    expect(none).toEqual([]);

    const good = await workbookOf(header, [['Võ Thị Mai', 'thanh vien', 'Hội LHPN xã', '05/01/2026']]);
    expect((await uploadFile(env().app, officerA, url, good)).json()).toMatchObject({ created: 1 });
    expect((await uploadFile(env().app, officerB, url, good)).statusCode).toBe(403);
  });

  it('counts committees, active members and assignments per child unit; exports the committee list', async () => {
    const counts = ok<RegistryCounts>(await api(provinceOfficer).get(`${base}/counts?unitId=${p.province.id}`));
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    const b = counts.children.find((c) => c.unit.id === p.b.commune.id)!;
    expect(a).toMatchObject({ total: 1, open: 1, sums: { activeMembers: 2, activeAssignments: 1 } });
    expect(b).toMatchObject({ total: 2, open: 1 });
    const file = await api(provinceOfficer).get(`${base}/export.xlsx?unitId=${p.province.id}&status=all`);
    const rows = await sheetRows(file.rawPayload);
    // header + A’s, B’s closed and new ones, and the province’s
    expect(rows.length).toBe(5);
    expect(rows[0]).toEqual(expect.arrayContaining(['Tên Ban Chỉ đạo (*)', 'Trưởng ban', 'Số thành viên']));
  });
});
