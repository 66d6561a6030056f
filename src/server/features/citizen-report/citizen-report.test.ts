import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, citizenReports } from '../../../db/schema/index.ts';
import { as, buildProvince, buildUser, login, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { insertReport } from './test-helpers.ts';

describeOnEachDb("the officers' side of citizens' reports", (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let investigatorA: Session;
  let investigatorB: Session;
  let provinceCommittee: Session;
  let officerAId: number;
  const app = () => env().app;
  const db = () => env().database.db;

  beforeAll(async () => {
    p = await buildProvince(db());
    const oa = await buildUser(db(), [{ role: 'officer', unit: p.a.commune }]);
    officerAId = oa.id;
    officerA = await login(app(), oa.username);
    officerB = await login(app(), (await buildUser(db(), [{ role: 'officer', unit: p.b.commune }])).username);
    investigatorA = await login(app(), (await buildUser(db(), [{ role: 'investigator', unit: p.a.commune }])).username);
    investigatorB = await login(app(), (await buildUser(db(), [{ role: 'investigator', unit: p.b.commune }])).username);
    provinceCommittee = await login(app(), (await buildUser(db(), [{ role: 'committee', unit: p.province }])).username);
  });

  const detail = async (s: Session, id: number) => (await as(app(), s).get(`/api/reports/${id}`)).json();

  it("routes by commune: commune B never sees A's items, not even that they exist", async () => {
    const a = await insertReport(db(), { unit: p.a.commune });
    const b = await insertReport(db(), { unit: p.b.commune });
    const inboxA = await as(app(), officerA).get('/api/reports?pageSize=200');
    expect(inboxA.statusCode).toBe(200);
    const ids = inboxA.json().items.map((r: { id: number }) => r.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(b.id);
    const row = inboxA.json().items.find((r: { id: number }) => r.id === a.id);
    expect(row).toMatchObject({ receiptCode: a.receiptCode, status: 'received', unit: { id: p.a.commune.id } });
    expect(JSON.stringify(row)).not.toMatch(/reporter|identity/);
    const other = await as(app(), officerA).get(`/api/reports/${b.id}`);
    expect(other.statusCode).toBe(404);
    const write = await as(app(), officerA).patch(`/api/reports/${b.id}/triage`, { version: 1, priority: 'high' });
    expect(write.statusCode).toBe(404);
    const province = await as(app(), provinceCommittee).get(`/api/reports?unitId=${p.province.id}&pageSize=200`);
    const pIds = province.json().items.map((r: { id: number }) => r.id);
    expect(pIds).toEqual(expect.arrayContaining([a.id, b.id]));
    expect((await detail(provinceCommittee, a.id)).can).toMatchObject({ triage: false, readIdentity: false });
    const readOnly = await as(app(), provinceCommittee).patch(`/api/reports/${a.id}/triage`, { version: 1 });
    expect(readOnly.statusCode).toBe(403);
  });

  it('re-routes to another commune with a reason; the item leaves the old inbox', async () => {
    const r = await insertReport(db(), { unit: p.a.commune });
    const toArea = await as(app(), officerA).post(`/api/reports/${r.id}/reroute`, {
      version: 1,
      unitId: p.b.areas[0]!.id,
      reason: 'Sai địa bàn',
    });
    expect(toArea.statusCode).toBe(422);
    expect(toArea.json().errors[0].path).toBe('body.unitId');
    const res = await as(app(), officerA).post(`/api/reports/${r.id}/reroute`, {
      version: 1,
      unitId: p.b.commune.id,
      reason: 'Sự việc xảy ra ở xã Đông Sơn',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unit: { id: p.b.commune.id }, stillVisible: false });
    expect((await as(app(), officerA).get(`/api/reports/${r.id}`)).statusCode).toBe(404);
    const inB = await detail(officerB, r.id);
    expect(inB.unit.id).toBe(p.b.commune.id);
    expect(inB.events).toEqual([
      expect.objectContaining({
        action: 'rerouted',
        fromUnit: p.a.commune.name,
        toUnit: p.b.commune.name,
        reason: 'Sự việc xảy ra ở xã Đông Sơn',
      }),
    ]);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'citizenReport'), eq(auditLog.targetId, String(r.id))));
    expect(audit.map((x) => x.action)).toEqual(['report.rerouted']);
  });

  it('shows possible duplicates (same place, close dates, similar text) and links them', async () => {
    const first = await insertReport(db(), {
      unit: p.a.commune,
      description: 'Nhóm thanh niên tụ tập đánh bạc ở bãi đất trống sau chợ Hòa Lạc mỗi tối',
      receivedAt: '2026-11-20T03:00:00Z',
    });
    const second = await insertReport(db(), {
      unit: p.a.commune,
      description: 'Tụ tập đánh bạc tại bãi đất trống phía sau chợ Hòa Lạc vào buổi tối',
      receivedAt: '2026-11-22T03:00:00Z',
    });
    const unrelated = await insertReport(db(), {
      unit: p.a.commune,
      description: 'Tranh chấp ranh giới đất giữa hai hộ gia đình',
      receivedAt: '2026-11-22T04:00:00Z',
    });
    const d = await detail(officerA, second.id);
    const ids = d.duplicates.map((c: { id: number }) => c.id);
    expect(ids).toContain(first.id);
    expect(ids).not.toContain(unrelated.id);
    expect(d.duplicates.find((c: { id: number }) => c.id === first.id)).toMatchObject({
      sameCommune: true,
      daysApart: 2,
    });
    const self = await as(app(), officerA).post(`/api/reports/${second.id}/duplicate`, {
      version: 1,
      duplicateOf: second.id,
    });
    expect(self.statusCode).toBe(422);
    const linked = await as(app(), officerA).post(`/api/reports/${second.id}/duplicate`, {
      version: 1,
      duplicateOf: first.id,
    });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().duplicateOf).toEqual({ id: first.id, receiptCode: first.receiptCode });
    expect((await detail(officerA, first.id)).duplicatesOfThis).toEqual([
      { id: second.id, receiptCode: second.receiptCode },
    ]);
    const onlyDup = await as(app(), officerA).get('/api/reports?duplicates=only&pageSize=200');
    expect(onlyDup.json().items.map((r: { id: number }) => r.id)).toEqual([second.id]);
    const unlinked = await as(app(), officerA).post(`/api/reports/${second.id}/duplicate`, {
      version: 2,
      duplicateOf: null,
    });
    expect(unlinked.json().duplicateOf).toBeNull();
  });

  it('sets the due date from the kind and extends it step by step, then refuses', async () => {
    const tip = await insertReport(db(), {
      unit: p.a.commune,
      kind: 'crimeReport',
      receivedAt: '2026-11-23T02:00:00Z',
    });
    const accusation = await insertReport(db(), {
      unit: p.a.commune,
      kind: 'accusation',
      receivedAt: '2026-11-23T02:00:00Z',
    });
    const complaint = await insertReport(db(), {
      unit: p.a.commune,
      kind: 'complaint',
      receivedAt: '2026-11-23T02:00:00Z',
    });
    const feedback = await insertReport(db(), {
      unit: p.a.commune,
      kind: 'feedback',
      receivedAt: '2026-11-23T02:00:00Z',
    });
    expect((await detail(officerA, tip.id)).dueOn).toBe('2026-12-13');
    expect((await detail(officerA, accusation.id)).dueOn).toBe('2026-12-23');
    expect((await detail(officerA, complaint.id)).dueOn).toBe('2027-01-02');
    expect((await detail(officerA, feedback.id)).timeLimit.verified).toBe(false);
    const api = as(app(), officerA);
    const noReason = await api.post(`/api/reports/${tip.id}/extend`, { version: 1, reason: '' });
    expect(noReason.statusCode).toBe(422);
    const one = await api.post(`/api/reports/${tip.id}/extend`, { version: 1, reason: 'Phải xác minh ở nhiều nơi' });
    expect(one.json()).toMatchObject({ dueOn: '2027-01-22', extensions: 1, extensionsLeft: 1 });
    const two = await api.post(`/api/reports/${tip.id}/extend`, { version: 2, reason: 'Viện kiểm sát gia hạn' });
    expect(two.json()).toMatchObject({ dueOn: '2027-03-23', extensions: 2, extensionsLeft: 0, can: { extend: false } });
    const three = await api.post(`/api/reports/${tip.id}/extend`, { version: 3, reason: 'Thêm nữa' });
    expect(three.statusCode).toBe(422);
    expect(three.json().title).toMatch(/hết số lần gia hạn/);
    expect(two.json().events.filter((e: { action: string }) => e.action === 'extended')).toEqual([
      expect.objectContaining({ reason: 'Phải xác minh ở nhiều nơi', details: '13/12/2026 → 22/01/2027' }),
      expect.objectContaining({ reason: 'Viện kiểm sát gia hạn', details: '22/01/2027 → 23/03/2027' }),
    ]);
  });

  it('lists items due soon and overdue by Vietnam’s date on the app clock', async () => {
    const tip = await insertReport(db(), {
      unit: p.a.school,
      kind: 'denunciation',
      receivedAt: '2026-11-23T02:00:00Z',
    });
    const { clock } = env();
    try {
      clock.set('2026-12-10T01:00:00Z');
      const s1 = await login(app(), (await buildUser(db(), [{ role: 'officer', unit: p.a.school }])).username);
      const soon = await as(app(), s1).get('/api/reports?due=dueSoon');
      expect(soon.json().items.map((r: { id: number }) => r.id)).toEqual([tip.id]);
      expect(soon.json().items[0].dueState).toBe('dueSoon');
      expect((await as(app(), s1).get('/api/reports?due=overdue')).json().total).toBe(0);
      clock.set('2026-12-13T18:00:00Z'); // 14/12 01:00 in Vietnam: one day past 13/12
      const s2 = await login(app(), (await buildUser(db(), [{ role: 'officer', unit: p.a.school }])).username);
      const late = await as(app(), s2).get('/api/reports?due=overdue');
      expect(late.json().items.map((r: { id: number; dueState: string }) => [r.id, r.dueState])).toEqual([
        [tip.id, 'overdue'],
      ]);
    } finally {
      clock.set('2026-11-23T08:00:00Z');
    }
  });

  it('shows the identity only with the permission, and logs every view on the item', async () => {
    const r = await insertReport(db(), {
      unit: p.a.commune,
      identity: { name: 'Nguyễn Văn Báo', phone: '0912345678' },
    });
    const [raw] = await db().select().from(citizenReports).where(eq(citizenReports.id, r.id));
    expect(raw!.reporterEnc!.toString('utf8')).not.toContain('0912345678');
    expect(JSON.stringify(await detail(officerA, r.id))).not.toContain('0912345678');
    expect((await detail(officerA, r.id)).can.readIdentity).toBe(false);
    const refused = await as(app(), officerA).post(`/api/reports/${r.id}/identity`);
    expect(refused.statusCode).toBe(403);
    expect((await as(app(), investigatorB).post(`/api/reports/${r.id}/identity`)).statusCode).toBe(404);
    expect((await detail(investigatorA, r.id)).can.readIdentity).toBe(true);
    const seen = await as(app(), investigatorA).post(`/api/reports/${r.id}/identity`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ anonymous: false, identity: { name: 'Nguyễn Văn Báo', phone: '0912345678' } });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'citizenReport'), eq(auditLog.targetId, String(r.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'report.identityViewed', targetType: 'citizenReport' });
    expect(JSON.stringify(audit[0])).not.toContain('0912345678');
    const views = (await detail(officerA, r.id)).identityViews;
    expect(views).toHaveLength(1);
    expect(views[0].actorName).toMatch(/^u/);
    const anon = await insertReport(db(), { unit: p.a.commune });
    const anonView = await as(app(), investigatorA).post(`/api/reports/${anon.id}/identity`);
    expect(anonView.json()).toMatchObject({ anonymous: true, identity: null });
  });

  it('triages, assigns within the unit, resolves with a reply the citizen sees', async () => {
    const r = await insertReport(db(), {
      unit: p.a.commune,
      file: { name: 'anh.png', type: 'image/png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    });
    const api = as(app(), officerA);
    const outsider = await buildUser(db(), [{ role: 'officer', unit: p.b.commune }]);
    const badAssign = await api.patch(`/api/reports/${r.id}/triage`, { version: 1, assignedTo: outsider.id });
    expect(badAssign.statusCode).toBe(422);
    expect(badAssign.json().errors[0].path).toBe('body.assignedTo');
    const triaged = await api.patch(`/api/reports/${r.id}/triage`, {
      version: 1,
      category: 'gambling',
      priority: 'high',
      assignedTo: officerAId,
    });
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json()).toMatchObject({ status: 'triaged', priority: 'high', category: 'gambling', version: 2 });
    expect(triaged.json().assignee.id).toBe(officerAId);
    const mine = await api.get('/api/reports?assigned=me');
    expect(mine.json().items.map((x: { id: number }) => x.id)).toContain(r.id);
    const file = await api.get(`/api/reports/${r.id}/files/${triaged.json().files[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    const note = await api.post(`/api/reports/${r.id}/reply`, { version: 2, body: 'Đã cử tổ xác minh', public: false });
    expect(note.json().messages).toEqual([expect.objectContaining({ body: 'Đã cử tổ xác minh', public: false })]);
    const noVerdict = await api.post(`/api/reports/${r.id}/resolve`, {
      version: 3,
      outcome: 'ledToCase',
      reply: 'Cảm ơn',
    });
    expect(noVerdict.statusCode).toBe(422);
    expect(noVerdict.json().errors[0].path).toBe('body.valuable');
    const stale = await api.post(`/api/reports/${r.id}/resolve`, {
      version: 1,
      outcome: 'ledToCase',
      valuable: true,
      reply: 'Cảm ơn',
    });
    expect(stale.statusCode).toBe(409);
    const done = await api.post(`/api/reports/${r.id}/resolve`, {
      version: 3,
      outcome: 'ledToCase',
      valuable: true,
      reply: 'Cảm ơn ông/bà, tin báo đã giúp khởi tố vụ án.',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'resolved', outcome: 'ledToCase', valuable: true, dueState: 'none' });
    expect(done.json().resolvedAt).toBeTruthy();
    expect(done.json().messages.filter((m: { public: boolean }) => m.public)).toEqual([
      expect.objectContaining({ author: 'officer', body: 'Cảm ơn ông/bà, tin báo đã giúp khởi tố vụ án.' }),
    ]);
    expect(done.json().can).toMatchObject({ triage: false, resolve: false, reply: true });
    const again = await api.patch(`/api/reports/${r.id}/triage`, { version: 4, priority: 'low' });
    expect(again.statusCode).toBe(409);
  });

  it('records a tip received by phone in my commune only, and hands back the code and secret', async () => {
    const body = {
      type: 'tip',
      kind: 'denunciation',
      category: 'theft',
      description: 'Người gọi báo mất trộm xe máy trước nhà văn hóa thôn',
      unitId: p.a.commune.id,
      anonymous: false,
      reporter: { name: 'Trần Thị Gọi', phone: '0987000111' },
      channel: 'phone',
    };
    const res = await as(app(), officerA).post('/api/reports/record', body);
    expect(res.statusCode).toBe(201);
    expect(res.json().receiptCode).toMatch(/^TD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(res.json().secret).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const d = await detail(officerA, res.json().id);
    expect(d).toMatchObject({ channel: 'phone', anonymous: false, dueOn: '2026-12-13', status: 'received' });
    const [raw] = await db().select().from(citizenReports).where(eq(citizenReports.id, res.json().id));
    expect(raw!.secretHash).not.toContain(res.json().secret);
    expect(
      (await as(app(), officerA).post('/api/reports/record', { ...body, unitId: p.b.commune.id })).statusCode,
    ).toBe(403);
    const wrongKind = await as(app(), officerA).post('/api/reports/record', { ...body, kind: 'complaint' });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json().errors[0].path).toBe('body.kind');
  });

  it('counts statistics by the routed unit’s subtree and period', async () => {
    const q = await buildProvince(db(), 'Tỉnh Thống Kê');
    const committee = await login(app(), (await buildUser(db(), [{ role: 'committee', unit: q.province }])).username);
    const t1 = await insertReport(db(), {
      unit: q.a.commune,
      kind: 'crimeReport',
      category: 'drugs',
      receivedAt: '2026-11-01T02:00:00Z',
    });
    const t2 = await insertReport(db(), {
      unit: q.a.commune,
      kind: 'denunciation',
      category: 'theft',
      receivedAt: '2026-11-02T02:00:00Z',
    });
    await insertReport(db(), {
      unit: q.b.commune,
      kind: 'accusation',
      category: 'administration',
      receivedAt: '2026-10-05T02:00:00Z',
    });
    await insertReport(db(), {
      unit: q.b.commune,
      kind: 'feedback',
      category: 'other',
      receivedAt: '2026-09-01T02:00:00Z',
    });
    const close = (id: number, at: string, valuable: boolean) =>
      db()
        .update(citizenReports)
        .set({ status: 'resolved', outcome: 'resolved', valuable, resolvedAt: new Date(at) })
        .where(eq(citizenReports.id, id));
    await close(t1.id, '2026-11-03T02:00:00Z', true);
    await close(t2.id, '2026-11-28T02:00:00Z', false);
    const res = await as(app(), committee).get(
      `/api/reports/stats?unitId=${q.province.id}&from=2026-10-01&to=2026-11-30`,
    );
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.totals).toEqual({
      received: 3,
      resolved: 2,
      open: 1,
      overdueOpen: 1,
      resolvedLate: 1,
      valuableShare: 0.5,
      medianDays: 14,
    });
    expect(s.byType).toEqual(
      expect.arrayContaining([
        { key: 'tip', count: 2 },
        { key: 'petition', count: 1 },
      ]),
    );
    expect(s.byCategory).toEqual(expect.arrayContaining([{ key: 'drugs', count: 1, resolved: 1 }]));
    const childA = s.children.find((c: { unit: { id: number } }) => c.unit.id === q.a.commune.id);
    expect(childA.figures).toMatchObject({ received: 2, resolved: 2, overdueOpen: 0 });
    const outside = await as(app(), officerA).get(`/api/reports/stats?unitId=${q.province.id}`);
    expect(outside.statusCode).toBe(403);
  });
});
