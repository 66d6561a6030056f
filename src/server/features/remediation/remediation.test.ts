import { and, eq } from 'drizzle-orm';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { PlanDetail, PlanPage, UnitPlanView } from '../../../common/remediation/schemas.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { as, buildProvince, buildUser, login, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { buildCycle, buildEvaluation } from '../safety/test-helpers.ts';
import { planStateFor } from './queries.ts';

const YEAR = 2026;
const START = '2026-11-23T08:00:00Z';

describeOnEachDb('remediation plans', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let provinceViewer: Session;
  const ev: Record<string, number> = {};
  const plan = (unitId: number, extra: Record<string, unknown> = {}) => ({
    unitId,
    year: YEAR,
    dueDate: '2026-12-31',
    responsibleName: 'Nguyễn Văn An',
    responsiblePosition: 'Phó Trưởng Công an xã',
    summary: 'Khắc phục các tiêu chí bị trừ điểm',
    actions: [{ text: 'Tổ chức họp dân, phổ biến quy ước', dueDate: '2026-12-15' }, { text: 'Củng cố tổ bảo vệ ANTT' }],
    ...extra,
  });

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    const { cycle, movement } = await buildCycle(db, p.province, YEAR, [
      { unitType: 'residentialArea', safetySetId: null, decisionLevel: 'parent' },
      { unitType: 'school', safetySetId: null, decisionLevel: 'parent' },
    ]);
    const build = (
      unit: (typeof p.a.areas)[number],
      status: 'decided' | 'approved',
      cls: 'average' | 'weak' | 'good',
    ) => buildEvaluation(db, cycle, movement.id, unit, status, cls);
    ev.a1 = (await build(p.a.areas[0]!, 'decided', 'average')).id;
    ev.a2 = (await build(p.a.areas[1]!, 'decided', 'weak')).id;
    ev.schoolA = (await build(p.a.school, 'decided', 'good')).id;
    ev.b1 = (await build(p.b.areas[0]!, 'decided', 'weak')).id;
    ev.b2 = (await build(p.b.areas[1]!, 'approved', 'average')).id;
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    provinceViewer = await loginWithRole(env().app, db, 'viewer', p.province);
  });

  afterEach(() => env().clock.set(START));

  it('requires a plan only for a decided Average or Weak result', async () => {
    const api = as(env().app, officerA);
    const view = await api.get(`/api/remediation-plans/units/${p.a.areas[0]!.id}/${YEAR}`);
    expect(view.json()).toMatchObject({
      required: true,
      classification: 'average',
      classificationLabel: 'Trung bình',
      plan: null,
      can: { create: true },
    });
    const good = await api.post('/api/remediation-plans', plan(p.a.school.id));
    expect(good.statusCode).toBe(422);
    expect(good.json().title).toBe(
      `Đơn vị "${p.a.school.name}" không phải lập kế hoạch khắc phục năm ${YEAR}: chưa có quyết định xếp loại Trung bình hoặc Yếu.`,
    );
    expect((await api.get(`/api/remediation-plans/units/${p.a.school.id}/${YEAR}`)).json().required).toBe(false);
    const approvedOnly = await as(env().app, officerB).post('/api/remediation-plans', plan(p.b.areas[1]!.id));
    expect(approvedOnly.statusCode).toBe(422);
    expect((await api.post('/api/remediation-plans', plan(p.a.commune.id))).statusCode).toBe(422);
  });

  it('files the plan once, with its actions, and audits it', async () => {
    const api = as(env().app, officerA);
    const res = await api.post('/api/remediation-plans', plan(p.a.areas[0]!.id));
    expect(res.statusCode).toBe(201);
    const created: PlanDetail = res.json();
    expect(created).toMatchObject({
      evaluationId: ev.a1,
      classification: 'average',
      dueDate: '2026-12-31',
      responsibleName: 'Nguyễn Văn An',
      progress: { done: 0, total: 2 },
      status: 'open',
      overdue: false,
      version: 1,
      can: { edit: true, complete: true },
    });
    expect(created.unit.pathNames).toEqual(['Toàn quốc', p.province.name, p.a.commune.name]);
    expect(created.actions.map((a) => [a.position, a.status, a.dueDate])).toEqual([
      [1, 'todo', '2026-12-15'],
      [2, 'todo', null],
    ]);
    const dup = await api.post('/api/remediation-plans', plan(p.a.areas[0]!.id));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().current.id).toBe(created.id);
    const audit = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'remediation.created'), eq(auditLog.targetId, String(created.id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ responsibleName: 'Nguyễn Văn An', actions: [{}, {}] });
  });

  it('names bad dates and an empty action list', async () => {
    const api = as(env().app, officerA);
    const past = await api.post('/api/remediation-plans', plan(p.a.areas[1]!.id, { dueDate: '2026-11-01' }));
    expect(past.statusCode).toBe(422);
    expect(past.json().errors).toEqual([{ path: 'body.dueDate', message: 'Hạn hoàn thành 01/11/2026 đã qua.' }]);
    const late = await api.post(
      '/api/remediation-plans',
      plan(p.a.areas[1]!.id, { actions: [{ text: 'Một' }, { text: 'Hai', dueDate: '2027-01-10' }] }),
    );
    expect(late.statusCode).toBe(422);
    expect(late.json().errors[0].path).toBe('body.actions.1.dueDate');
    const none = await api.post('/api/remediation-plans', plan(p.a.areas[1]!.id, { actions: [] }));
    expect(none.statusCode).toBe(422);
    expect(none.json().errors[0]).toEqual({
      path: 'body.actions',
      message: 'Kế hoạch phải có ít nhất một biện pháp khắc phục.',
    });
  });

  it('lists the results still without a plan, until one is filed', async () => {
    const api = as(env().app, provinceViewer);
    const missing = await api.get(`/api/remediation-plans?missing=true&unitId=${p.province.id}&year=${YEAR}`);
    expect(missing.statusCode).toBe(200);
    expect(missing.json().kind).toBe('missing');
    const ids = missing.json().items.map((r: { evaluationId: number }) => r.evaluationId);
    expect(ids.sort()).toEqual([ev.a2, ev.b1].sort());
    const row = missing.json().items.find((r: { evaluationId: number }) => r.evaluationId === ev.a2);
    expect(row).toMatchObject({ classification: 'weak', classificationLabel: 'Yếu', decisionDate: '2026-11-20' });
    const filed = await as(env().app, officerB).post('/api/remediation-plans', plan(p.b.areas[0]!.id));
    expect(filed.statusCode).toBe(201);
    const after = await api.get(`/api/remediation-plans?missing=true&unitId=${p.province.id}`);
    expect(after.json().items.map((r: { evaluationId: number }) => r.evaluationId)).toEqual([ev.a2]);
  });

  it('keeps commune A’s plans from commune B’s users', async () => {
    const b = as(env().app, officerB);
    const list: PlanPage = (await b.get('/api/remediation-plans')).json();
    expect(list.items.map((r) => r.unit.id)).toEqual([p.b.areas[0]!.id]);
    const mine: PlanPage = (await as(env().app, officerA).get('/api/remediation-plans')).json();
    const planA = mine.items.find((r) => r.unit.id === p.a.areas[0]!.id)!;
    expect(mine.items.map((r) => r.unit.id)).toEqual([p.a.areas[0]!.id]);
    expect((await b.get(`/api/remediation-plans/${planA.id}`)).statusCode).toBe(403);
    expect((await b.get(`/api/remediation-plans?unitId=${p.a.commune.id}`)).statusCode).toBe(403);
    expect(
      (await b.patch(`/api/remediation-plans/${planA.id}`, { version: 1, actions: [{ text: 'x', status: 'todo' }] }))
        .statusCode,
    ).toBe(403);
    const missingB = (await b.get('/api/remediation-plans?missing=true')).json();
    expect(missingB.items).toEqual([]);
    const province: PlanPage = (await as(env().app, provinceViewer).get(`/api/remediation-plans?year=${YEAR}`)).json();
    expect(province.total).toBe(2);
  });

  it('flags a plan overdue as the app clock passes an action’s or the plan’s due date', async () => {
    let api = as(env().app, officerA);
    // Sessions last hours, not weeks: moving the clock means logging in again, as a user of this test only
    // (a login clears the user's expired sessions).
    const name = (await buildUser(env().database.db, [{ role: 'officer', unit: p.a.commune }])).username;
    const at = async (iso: string) => {
      env().clock.set(iso);
      api = as(env().app, await login(env().app, name));
    };
    const unitPlan: UnitPlanView = (await api.get(`/api/remediation-plans/units/${p.a.areas[0]!.id}/${YEAR}`)).json();
    const id = unitPlan.plan!.id;
    const overdueIds = async () =>
      ((await api.get('/api/remediation-plans?overdue=true')).json() as PlanPage).items.map((r) => r.id);
    expect(await overdueIds()).toEqual([]);

    await at('2026-12-16T03:00:00Z');
    const late: PlanDetail = (await api.get(`/api/remediation-plans/${id}`)).json();
    expect(late.overdue).toBe(true);
    expect(late.actions.map((a) => a.overdue)).toEqual([true, false]);
    expect(await overdueIds()).toEqual([id]);
    const states = await planStateFor(env().database.db, [ev.a1!, ev.a2!], '2026-12-16');
    expect(states.get(ev.a1!)).toEqual({ planId: id, overdue: true });
    expect(states.has(ev.a2!)).toBe(false);

    // The late action is done: the plan is on time again until its own due date passes.
    const saved = await api.patch(`/api/remediation-plans/${id}`, {
      version: late.version,
      actions: late.actions.map((a, i) => ({
        id: a.id,
        text: a.text,
        dueDate: a.dueDate,
        status: i === 0 ? 'done' : 'inProgress',
        progress: i === 0 ? 'Đã họp 3 buổi' : undefined,
      })),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ overdue: false, progress: { done: 1, total: 2 }, version: 2 });
    await at('2027-01-01T03:00:00Z');
    expect((await api.get(`/api/remediation-plans/${id}`)).json().overdue).toBe(true);
    const onTime = (await api.get('/api/remediation-plans?overdue=false')).json() as PlanPage;
    expect(onTime.items.map((r) => r.id)).not.toContain(id);
  });

  it('edits actions with a version check and audits before and after', async () => {
    const api = as(env().app, officerA);
    const view: UnitPlanView = (await api.get(`/api/remediation-plans/units/${p.a.areas[0]!.id}/${YEAR}`)).json();
    const current = view.plan!;
    const stale = await api.patch(`/api/remediation-plans/${current.id}`, {
      version: current.version - 1,
      actions: [{ text: 'x', status: 'todo' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(current.version);
    const res = await api.patch(`/api/remediation-plans/${current.id}`, {
      version: current.version,
      responsibleName: 'Trần Thị Bình',
      actions: [
        { id: current.actions[1]!.id, text: 'Củng cố tổ bảo vệ ANTT', status: 'inProgress' },
        { text: 'Lắp camera an ninh đầu ngõ', dueDate: '2026-12-20', status: 'todo' },
      ],
    });
    expect(res.statusCode).toBe(200);
    const after: PlanDetail = res.json();
    expect(after.responsibleName).toBe('Trần Thị Bình');
    expect(after.actions.map((a) => [a.position, a.text])).toEqual([
      [1, 'Củng cố tổ bảo vệ ANTT'],
      [2, 'Lắp camera an ninh đầu ngõ'],
    ]);
    const foreign = await api.patch(`/api/remediation-plans/${current.id}`, {
      version: after.version,
      actions: [{ id: 999_999, text: 'x', status: 'todo' }],
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0].path).toBe('body.actions.0.id');
    const audit = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'remediation.updated'), eq(auditLog.targetId, String(current.id))));
    const last = audit.at(-1)!;
    expect(last.before).toMatchObject({ responsibleName: 'Nguyễn Văn An' });
    expect(last.after).toMatchObject({ responsibleName: 'Trần Thị Bình' });
  });

  it('refuses to complete a plan while actions are open, then completes it', async () => {
    const api = as(env().app, officerA);
    const plan0 = ((await api.get(`/api/remediation-plans/units/${p.a.areas[0]!.id}/${YEAR}`)).json() as UnitPlanView)
      .plan!;
    const refused = await api.post(`/api/remediation-plans/${plan0.id}/complete`, { version: plan0.version });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().title).toBe(
      'Chưa thể hoàn thành kế hoạch: còn 2 biện pháp chưa xong (1. Củng cố tổ bảo vệ ANTT; 2. Lắp camera an ninh đầu ngõ).',
    );
    const done = await api.patch(`/api/remediation-plans/${plan0.id}`, {
      version: plan0.version,
      actions: plan0.actions.map((a) => ({ id: a.id, text: a.text, dueDate: a.dueDate, status: 'done' })),
    });
    const completed = await api.post(`/api/remediation-plans/${plan0.id}/complete`, { version: done.json().version });
    expect(completed.statusCode).toBe(200);
    expect(completed.json()).toMatchObject({
      status: 'completed',
      completedAt: '2026-11-23',
      can: { edit: false, complete: false },
    });
    const edit = await api.patch(`/api/remediation-plans/${plan0.id}`, {
      version: completed.json().version,
      actions: [{ text: 'x', status: 'todo' }],
    });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().title).toBe('Kế hoạch đã hoàn thành ngày 23/11/2026; không thể sửa.');
    const list: PlanPage = (await api.get('/api/remediation-plans?status=completed')).json();
    expect(list.items.map((r) => r.id)).toEqual([plan0.id]);
  });
});
