import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { CaseDetail, MediationStats, TeamDetail, TeamPage } from '../../../common/mediation/schemas.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

describeOnEachDb('grassroots mediation', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let frontProvince: Session;
  let viewerA: Session;
  let teamA: TeamDetail;
  let teamB: TeamDetail;

  const addMediator = async (s: Session, team: TeamDetail, body: Record<string, unknown>) => {
    const res = await as(env().app, s).post(`/api/mediation/teams/${team.id}/mediators`, {
      version: team.version,
      gender: 'male',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as TeamDetail;
  };
  const newCase = (team: TeamDetail, extra: Record<string, unknown> = {}) => ({
    teamId: team.id,
    subject: 'Tranh chấp lối đi chung',
    parties: [
      { label: 'Bên A', name: 'Nguyễn Văn Ba' },
      { label: 'Bên B', name: 'Trần Thị Tư' },
    ],
    receivedOn: '2026-11-02',
    startedOn: '2026-11-03',
    mediatorIds: [],
    ...extra,
  });

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    frontProvince = await loginWithRole(env().app, db, 'front', p.province);
    viewerA = await loginWithRole(env().app, db, 'viewer', p.a.commune);
    const a = await as(env().app, officerA).post('/api/mediation/teams', {
      unitId: p.a.areas[0]!.id,
      name: 'Tổ hòa giải thôn Một',
      establishedOn: '2020-03-01',
    });
    expect(a.statusCode, a.body).toBe(201);
    teamA = a.json();
    const b = await as(env().app, officerB).post('/api/mediation/teams', {
      unitId: p.b.areas[0]!.id,
      name: 'Tổ hòa giải thôn Một Đông Sơn',
    });
    teamB = b.json();
  });

  it('creates a team in a residential area only, and warns under Art. 12 until it has three mediators with a woman', async () => {
    expect(teamA).toMatchObject({
      name: 'Tổ hòa giải thôn Một',
      activeMediators: 0,
      warnings: ['tooFewMediators', 'noWoman'],
      otherTeamsInArea: 0,
      version: 1,
      can: { manage: true },
    });
    const commune = await as(env().app, officerA).post('/api/mediation/teams', { unitId: p.a.commune.id, name: 'X' });
    expect(commune.statusCode).toBe(422);
    expect(commune.json().errors[0].path).toBe('body.unitId');
    teamA = await addMediator(officerA, teamA, { fullName: 'Lê Văn Năm', role: 'leader', joinedOn: '2020-03-01' });
    teamA = await addMediator(officerA, teamA, { fullName: 'Phạm Văn Sáu' });
    expect(teamA.warnings).toEqual(['tooFewMediators', 'noWoman']);
    teamA = await addMediator(officerA, teamA, { fullName: 'Hoàng Thị Bảy', gender: 'female', ethnicMinority: 'Tày' });
    expect(teamA).toMatchObject({ activeMediators: 3, women: 1, leaderName: 'Lê Văn Năm', warnings: [], version: 4 });
    const second = await as(env().app, officerA).post(`/api/mediation/teams/${teamA.id}/mediators`, {
      version: teamA.version,
      fullName: 'Đỗ Văn Tám',
      gender: 'male',
      role: 'leader',
    });
    expect(second.statusCode).toBe(422);
    expect(second.json().errors).toEqual([
      { path: 'body.role', message: 'Tổ đã có tổ trưởng; mỗi tổ hòa giải chỉ có một tổ trưởng.' },
    ]);
  });

  it('warns when the area already has a team, and a mediator who leaves stops counting', async () => {
    const api = as(env().app, officerA);
    const other = (await api.post('/api/mediation/teams', { unitId: p.a.areas[0]!.id, name: 'Tổ hai' })).json();
    expect(other.warnings).toContain('otherTeamInArea');
    expect(other.otherTeamsInArea).toBe(1);
    let t: TeamDetail = other;
    t = await addMediator(officerA, t, { fullName: 'Vũ Thị Chín', gender: 'female' });
    const woman = t.mediators[0]!;
    const left = await api.post(`/api/mediation/teams/${t.id}/mediators/${woman.id}/leave`, {
      version: t.version,
      leftOn: '2026-11-20',
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ activeMediators: 0, mediators: [{ active: false, leftOn: '2026-11-20' }] });
    const gone = await api.post(`/api/mediation/teams/${t.id}/dissolve`, {
      version: left.json().version,
      dissolvedOn: '2026-11-21',
    });
    expect(gone.json()).toMatchObject({ dissolvedOn: '2026-11-21', warnings: [], can: { manage: false } });
    const list: TeamPage = (await api.get(`/api/mediation/teams?unitId=${p.a.areas[0]!.id}`)).json();
    expect(list.items.map((x) => x.name)).toEqual(['Tổ hòa giải thôn Một']);
    expect(list.items[0]!.warnings).toEqual([]);
  });

  it('keeps another commune’s teams and cases out of sight and out of reach', async () => {
    const a: TeamPage = (await as(env().app, officerA).get('/api/mediation/teams?dissolved=all')).json();
    expect(a.items.every((t) => t.unit.pathNames.includes(p.a.commune.name))).toBe(true);
    expect(a.items.some((t) => t.id === teamB.id)).toBe(false);
    expect((await as(env().app, officerA).get(`/api/mediation/teams/${teamB.id}`)).statusCode).toBe(403);
    const c = await as(env().app, officerB).post('/api/mediation/cases', newCase(teamB));
    expect(c.statusCode, c.body).toBe(201);
    const cases = (await as(env().app, officerA).get('/api/mediation/cases')).json();
    expect(cases.items.some((x: { id: number }) => x.id === c.json().id)).toBe(false);
    expect((await as(env().app, officerA).get(`/api/mediation/cases/${c.json().id}`)).statusCode).toBe(403);
    expect((await as(env().app, officerA).post('/api/mediation/cases', newCase(teamB))).statusCode).toBe(403);
    expect((await as(env().app, viewerA).post('/api/mediation/cases', newCase(teamA))).statusCode).toBe(403);
    const province = (await as(env().app, frontProvince).get('/api/mediation/cases')).json();
    expect(province.items.some((x: { id: number }) => x.id === c.json().id)).toBe(true);
  });

  it('names bad dates, a mediator of another team and bad party lists', async () => {
    const api = as(env().app, officerA);
    const order = await api.post(
      '/api/mediation/cases',
      newCase(teamA, { receivedOn: '2026-11-05', startedOn: '2026-11-03' }),
    );
    expect(order.statusCode).toBe(422);
    expect(order.json().errors).toEqual([
      { path: 'body.startedOn', message: 'Ngày bắt đầu hòa giải (03/11/2026) không được trước ngày tiếp nhận.' },
    ]);
    const future = await api.post(
      '/api/mediation/cases',
      newCase(teamA, { receivedOn: '2026-11-24', startedOn: null }),
    );
    expect(future.json().errors).toEqual([{ path: 'body.receivedOn', message: 'Ngày 24/11/2026 chưa đến.' }]);
    const bMediator = (await addMediator(officerB, teamB, { fullName: 'Người xã khác' })).mediators[0]!;
    const stranger = await api.post(
      '/api/mediation/cases',
      newCase(teamA, { mediatorIds: [teamA.mediators[0]!.id, bMediator.id] }),
    );
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().errors).toEqual([
      { path: 'body.mediatorIds.1', message: 'Hòa giải viên này không phải thành viên đang hoạt động của tổ.' },
    ]);
    const none = await api.post('/api/mediation/cases', newCase(teamA, { parties: [] }));
    expect(none.json().errors[0]).toMatchObject({
      path: 'body.parties',
      message: expect.stringContaining('từ 1 đến 10 bên'),
    });
    const extra = await api.post(
      '/api/mediation/cases',
      newCase(teamA, { parties: [{ label: 'Bên A', name: 'X', idNumber: '0123456789' }] }),
    );
    expect(extra.statusCode).toBe(422);
  });

  it('closes a case with its outcome only, flags a late start, audits and refuses a stale version', async () => {
    const api = as(env().app, officerA);
    const created = await api.post(
      '/api/mediation/cases',
      newCase(teamA, { receivedOn: '2026-11-01', startedOn: null, mediatorIds: [teamA.mediators[0]!.id] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const c: CaseDetail = created.json();
    expect(c).toMatchObject({ lateStart: true, mediators: [{ fullName: 'Lê Văn Năm' }], can: { close: true } });
    const noOutcome = await api.post(`/api/mediation/cases/${c.id}/close`, {
      version: c.version,
      closedOn: '2026-11-10',
      startedOn: '2026-11-03',
    });
    expect(noOutcome.statusCode).toBe(422);
    expect(noOutcome.json().errors).toEqual([
      { path: 'body.outcome', message: 'Hãy chọn kết quả hòa giải: thành, không thành hoặc các bên rút yêu cầu.' },
    ]);
    const edited = await api.patch(`/api/mediation/cases/${c.id}`, {
      ...newCase(teamA),
      teamId: undefined,
      receivedOn: '2026-11-01',
      startedOn: '2026-11-03',
      version: c.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ lateStart: false, version: 2 });
    const stale = await api.post(`/api/mediation/cases/${c.id}/close`, {
      version: 1,
      closedOn: '2026-11-10',
      outcome: 'succeeded',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: c.id, version: 2 });
    const closed = await api.post(`/api/mediation/cases/${c.id}/close`, {
      version: 2,
      closedOn: '2026-11-10',
      outcome: 'succeeded',
    });
    expect(closed.json()).toMatchObject({ outcome: 'succeeded', closedOn: '2026-11-10', can: { edit: false } });
    const again = await api.patch(`/api/mediation/cases/${c.id}`, { ...newCase(teamA), teamId: undefined, version: 3 });
    expect(again.statusCode).toBe(422);
    const audit = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'mediation.caseSaved'), eq(auditLog.targetId, String(c.id))));
    expect(audit).toHaveLength(3);
    expect(audit.map((a) => (a.after as { outcome: string | null }).outcome).sort()).toEqual(
      [null, null, 'succeeded'].sort(),
    );
    const teamAudit = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'mediation.teamSaved'), eq(auditLog.targetId, String(teamA.id))));
    expect(teamAudit).toHaveLength(4);
    const staleTeam = await api.patch(`/api/mediation/teams/${teamA.id}`, { version: 1, name: 'Đổi tên' });
    expect(staleTeam.statusCode).toBe(409);
    expect(staleTeam.json().current.version).toBe(4);
  });

  it('filters cases by period, outcome and open, answers in English when asked, lets a withdrawn case close unstarted', async () => {
    const api = as(env().app, officerA);
    const c: CaseDetail = (
      await api.post('/api/mediation/cases', newCase(teamA, { receivedOn: '2026-11-22', startedOn: null }))
    ).json();
    const en = await api.post(
      `/api/mediation/cases/${c.id}/close`,
      { version: c.version, closedOn: '2026-11-21', outcome: 'failed' },
      { 'accept-language': 'en' },
    );
    expect(en.json().errors).toEqual([
      { path: 'body.startedOn', message: 'A case that was mediated needs the date mediation started.' },
      {
        path: 'body.closedOn',
        message: 'The closing date (21/11/2026) cannot be before the date received or the start of mediation.',
      },
    ]);
    const withdrawn = await api.post(`/api/mediation/cases/${c.id}/close`, {
      version: c.version,
      closedOn: '2026-11-23',
      outcome: 'withdrawn',
    });
    expect(withdrawn.json()).toMatchObject({ outcome: 'withdrawn', startedOn: null, lateStart: false });
    const q = (s: string) => api.get(`/api/mediation/cases?unitId=${p.a.commune.id}&${s}`).then((r) => r.json());
    expect((await q('from=2026-11-22&to=2026-11-23')).items.map((x: { id: number }) => x.id)).toEqual([c.id]);
    expect((await q('outcome=withdrawn')).items.map((x: { id: number }) => x.id)).toEqual([c.id]);
    const open = await q('open=true');
    expect(open.items.every((x: { closedOn: string | null }) => x.closedOn === null)).toBe(true);
  });

  it('reports the success rate as succeeded / (succeeded + failed), withdrawn apart, per child unit', async () => {
    const { db } = env().database;
    const s = await buildProvince(db, 'Tỉnh Thống Kê');
    const officer = await loginWithRole(env().app, db, 'officer', s.province);
    const api = as(env().app, officer);
    let team: TeamDetail = (
      await api.post('/api/mediation/teams', { unitId: s.a.areas[1]!.id, name: 'Tổ thống kê' })
    ).json();
    team = await addMediator(officer, team, { fullName: 'Chị Một', gender: 'female' });
    team = await addMediator(officer, team, { fullName: 'Anh Hai' });
    const outcomes = [...Array(8).fill('succeeded'), 'failed', 'withdrawn', null];
    for (const outcome of outcomes) {
      const c: CaseDetail = (
        await api.post('/api/mediation/cases', newCase(team, { receivedOn: '2026-10-01', startedOn: '2026-10-02' }))
      ).json();
      if (outcome)
        await api.post(`/api/mediation/cases/${c.id}/close`, { version: c.version, closedOn: '2026-10-20', outcome });
    }
    const stats: MediationStats = (
      await api.get(`/api/mediation/stats?unitId=${s.province.id}&from=2026-01-01&to=2026-11-23`)
    ).json();
    expect(stats.rateBasis, JSON.stringify(stats)).toBe('succeeded / (succeeded + failed)');
    expect(stats.total).toMatchObject({
      teams: 1,
      mediators: 2,
      women: 1,
      received: 11,
      succeeded: 8,
      failed: 1,
      withdrawn: 1,
      open: 1,
    });
    expect(Math.round(stats.total.successRate! * 100)).toBe(89);
    const byName = Object.fromEntries(stats.children.map((c) => [c.unit.name, c]));
    expect(byName[s.a.commune.name]).toMatchObject({ received: 11, succeeded: 8 });
    expect(byName[s.b.commune.name]).toMatchObject({ received: 0, successRate: null });
    const before: MediationStats = (
      await api.get(`/api/mediation/stats?unitId=${s.province.id}&from=2025-01-01&to=2025-12-31`)
    ).json();
    expect(before.total).toMatchObject({ received: 0, teams: 1, successRate: null });
    expect((await as(env().app, officerA).get(`/api/mediation/stats?unitId=${s.province.id}`)).statusCode).toBe(403);
  });
});
