import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { SafetyView } from '../../../common/safety/schemas.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { as, buildProvince, buildUnit, buildUser, login, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { areaChecklistItems, buildChecklist, buildCycle, communeChecklistItems } from './test-helpers.ts';

const YEAR = 2026;
const allMet = (codes: string[]) => Object.fromEntries(codes.map((c) => [c, { met: true }]));
const areaCodes = areaChecklistItems.map((i) => i.code);

describeOnEachDb('the "An toàn về an ninh, trật tự" title', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let committeeA: Session;
  let officerA: Session;
  let provinceCommittee: Session;
  let otherProvince: Session;
  let provinceCommitteeName: string;
  const url = (unitId: number, year = YEAR) => `/api/safety/units/${unitId}/${year}`;
  const decide = (s: Session, unitId: number, body: Record<string, unknown>) =>
    as(env().app, s).post(url(unitId), { decisionNumber: '12/QĐ-UBND', decisionDate: '2026-11-20', ...body });

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    const areaSet = await buildChecklist(db, ['residentialArea', 'school'], areaChecklistItems, {
      windowFrom: '11-01',
      windowTo: '10-31',
    });
    const communeSet = await buildChecklist(db, ['commune'], communeChecklistItems);
    await buildCycle(db, p.province, YEAR, [
      { unitType: 'residentialArea', safetySetId: areaSet.id, decisionLevel: 'parent' },
      { unitType: 'school', safetySetId: areaSet.id, decisionLevel: 'parent' },
      { unitType: 'commune', safetySetId: communeSet.id, decisionLevel: 'province' },
    ]);
    const other = await buildProvince(db, 'Tỉnh Khác');
    const user = await buildUser(db, [{ role: 'committee', unit: p.province }]);
    provinceCommitteeName = user.displayName;
    provinceCommittee = await login(env().app, user.username);
    committeeA = await loginWithRole(env().app, db, 'committee', p.a.commune);
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    otherProvince = await login(
      env().app,
      (await buildUser(db, [{ role: 'committee', unit: other.province }])).username,
    );
  });

  it('shows the checklist with its window, provenance and who may decide', async () => {
    const res = await as(env().app, committeeA).get(url(p.a.areas[0]!.id));
    expect(res.statusCode).toBe(200);
    const view: SafetyView = res.json();
    expect(view.checklist).toMatchObject({ windowFrom: '2025-11-01', windowTo: '2026-10-31', provenance: 'partial' });
    expect(view.checklist.items.map((i) => [i.code, i.provenance])).toEqual(
      areaChecklistItems.map((i) => [i.code, i.provenance]),
    );
    expect(view.decider).toEqual({ id: p.a.commune.id, name: p.a.commune.name });
    expect(view.recognition).toBeNull();
    expect(view.can).toEqual({ decide: true, revoke: false });
    const asOfficer = await as(env().app, officerA).get(url(p.a.areas[0]!.id));
    expect(asOfficer.json().can).toEqual({ decide: false, revoke: false });
  });

  it('grants the title when every item is met, at the commune for its residential area, and audits it', async () => {
    const res = await decide(committeeA, p.a.areas[0]!.id, { version: 0, checks: allMet(areaCodes) });
    expect(res.statusCode).toBe(200);
    const view: SafetyView = res.json();
    expect(view.recognition).toMatchObject({
      status: 'granted',
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2026-11-20',
      version: 1,
    });
    expect(view.can.revoke).toBe(true);
    const rows = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'safety.decided'), eq(auditLog.targetId, String(view.recognition!.id))));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before).toBeNull();
    expect(rows[0]!.after).toMatchObject({ status: 'granted', decisionNumber: '12/QĐ-UBND' });
  });

  it('refuses a commune below 70 % of recognised sub-units, with the figures, whatever the client ticked', async () => {
    const checks = allMet(['1', '2', '3', '4']);
    const first = await decide(provinceCommittee, p.a.commune.id, { version: 0, checks });
    expect(first.statusCode).toBe(200);
    const refused: SafetyView = first.json();
    expect(refused.recognition!.status).toBe('refused');
    expect(refused.recognition!.decidedBy).toBe(provinceCommitteeName);
    const share = refused.checklist.items.find((i) => i.code === '4')!;
    expect(share.figures).toEqual({ total: 3, recognised: 1, percent: 33.33, minPercent: 70, met: false });
    expect(refused.recognition!.checks['4']).toEqual({ met: false, note: '1/3 = 33,33% < 70%' });

    // Two of three recognised is still below 70 %; all three meets it.
    await decide(committeeA, p.a.areas[1]!.id, { version: 0, checks: allMet(areaCodes) });
    const view = await as(env().app, provinceCommittee).get(url(p.a.commune.id));
    expect(view.json().checklist.items[3].figures).toMatchObject({ recognised: 2, percent: 66.67, met: false });
    await decide(committeeA, p.a.school.id, { version: 0, checks: allMet(areaCodes) });
    const granted = await decide(provinceCommittee, p.a.commune.id, { version: 1, checks });
    expect(granted.statusCode).toBe(200);
    expect(granted.json().recognition).toMatchObject({ status: 'granted', version: 2 });
    expect(granted.json().recognition.checks['4'].note).toBe('3/3 = 100% ≥ 70%');
  });

  it('refuses a decision from a level without the power to decide', async () => {
    const checks = allMet(areaCodes);
    const officer = await decide(officerA, p.a.areas[0]!.id, { version: 1, checks });
    expect(officer.statusCode).toBe(403);
    // The commune committee decides its areas, not the commune itself: the province does.
    const commune = await decide(committeeA, p.a.commune.id, { version: 2, checks: allMet(['1', '2', '3']) });
    expect(commune.statusCode).toBe(403);
    expect(commune.json().title).toContain(p.province.name);
    const other = await decide(otherProvince, p.a.areas[0]!.id, { version: 1, checks });
    expect(other.statusCode).toBe(403);
    expect(other.json().title).toBe('Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.');
    expect((await as(env().app, otherProvince).get(url(p.a.areas[0]!.id))).statusCode).toBe(403);
  });

  it('names a missing item, an unknown item and a future decision date', async () => {
    const area = p.b.areas[0]!;
    const committeeB = await login(
      env().app,
      (await buildUser(env().database.db, [{ role: 'committee', unit: p.b.commune }])).username,
    );
    const { 3: _, ...partial } = allMet(areaCodes);
    const missing = await decide(committeeB, area.id, { version: 0, checks: partial });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().title).toContain('Chưa đánh giá tiêu chí 3');
    expect(missing.json().errors[0].path).toBe('body.checks.3');
    const unknown = await decide(committeeB, area.id, {
      version: 0,
      checks: { ...allMet(areaCodes), '9': { met: true } },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().title).toBe('Tiêu chí 9 không có trong bộ tiêu chí của đơn vị.');
    const future = await decide(committeeB, area.id, {
      version: 0,
      checks: allMet(areaCodes),
      decisionDate: '2026-12-01',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().title).toBe('Ngày quyết định 01/12/2026 sau ngày hôm nay (23/11/2026).');
    expect(future.json().errors[0].path).toBe('body.decisionDate');
    const english = await as(env().app, committeeB).post(
      url(area.id),
      { version: 0, checks: allMet(areaCodes), decisionNumber: '1', decisionDate: '2026-12-01' },
      { 'accept-language': 'en' },
    );
    expect(english.json().title).toBe('The decision date 01/12/2026 is after today (23/11/2026).');
  });

  it('revokes only a granted title, and only with a reason', async () => {
    const api = as(env().app, committeeA);
    const area = p.a.areas[0]!;
    const noReason = await api.post(`${url(area.id)}/revoke`, { version: 1, reason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0]).toEqual({ path: 'body.reason', message: 'Phải nêu lý do thu hồi.' });
    const revoked = await api.post(`${url(area.id)}/revoke`, { version: 1, reason: 'Xảy ra vụ việc phức tạp về ANTT' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().recognition).toMatchObject({
      status: 'revoked',
      revokeReason: 'Xảy ra vụ việc phức tạp về ANTT',
      version: 2,
    });
    expect(revoked.json().can).toEqual({ decide: true, revoke: false });
    const again = await api.post(`${url(area.id)}/revoke`, { version: 2, reason: 'Lần nữa' });
    expect(again.statusCode).toBe(422);
    expect(again.json().title).toBe('Chỉ thu hồi được danh hiệu đang được công nhận.');
    const audit = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'safety.revoked'), eq(auditLog.unitId, area.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).toMatchObject({ status: 'granted' });
    expect(audit[0]!.after).toMatchObject({ status: 'revoked', revokeReason: 'Xảy ra vụ việc phức tạp về ANTT' });
  });

  it('answers a stale version with 409 and the current decision', async () => {
    const res = await decide(committeeA, p.a.areas[0]!.id, { version: 1, checks: allMet(areaCodes) });
    expect(res.statusCode).toBe(409);
    expect(res.json().current.recognition).toMatchObject({ status: 'revoked', version: 2 });
    const first = await decide(committeeA, p.a.areas[1]!.id, { version: 0, checks: allMet(areaCodes) });
    expect(first.statusCode).toBe(409);
  });

  it('says when there is no evaluation year or no checklist for the unit type', async () => {
    const api = as(env().app, provinceCommittee);
    const noYear = await api.get(url(p.a.areas[0]!.id, 2027));
    expect(noYear.statusCode).toBe(404);
    expect(noYear.json().title).toBe(
      `Chưa mở đợt đánh giá năm 2027 cho đơn vị "${p.a.areas[0]!.name}". Cấp tỉnh cần mở đợt đánh giá năm trước.`,
    );
    const firm = await buildUnit(env().database.db, p.a.commune, { kind: 'enterprise', name: 'Công ty Thử' });
    const noList = await api.get(url(firm.id));
    expect(noList.statusCode).toBe(404);
    expect(noList.json().title).toBe(
      'Đợt đánh giá năm 2026 chưa có bộ tiêu chí "An toàn về an ninh, trật tự" cho doanh nghiệp.',
    );
    const province = await api.get(url(p.province.id));
    expect(province.statusCode).toBe(422);
  });
});
