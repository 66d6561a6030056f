import { beforeAll, expect, it } from 'vitest';
import type { PlanDetail } from '../../../common/remediation/schemas.ts';
import type { SteeringCommitteeDetail } from '../../../common/steering-committee/schemas.ts';
import { as, buildProvince, loginWithRole, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { buildCycle, buildEvaluation } from '../safety/test-helpers.ts';

const YEAR = 2026;

/** A remediation plan names its responsible Steering Committee member (issue #5), free text remaining for old plans. */
describeOnEachDb('remediation plans: responsible committee member', (env) => {
  let p: Awaited<ReturnType<typeof buildProvince>>;
  let officerA: Session;
  let officerB: Session;
  let wardC: SteeringCommitteeDetail;
  let otherC: SteeringCommitteeDetail;
  const plan = (unitId: number, extra: Record<string, unknown> = {}) => ({
    unitId,
    year: YEAR,
    dueDate: '2026-12-31',
    actions: [{ text: 'Tổ chức họp dân, phổ biến quy ước' }],
    ...extra,
  });
  const committeeWith = async (s: Session, unitId: number, names: string[]) => {
    const api = as(env().app, s);
    let c = (
      await api.post('/api/steering-committees', { unitId, name: 'BCĐ 138', establishedOn: '2025-07-01' })
    ).json() as SteeringCommitteeDetail;
    for (const [i, fullName] of names.entries()) {
      const body = {
        version: c.version,
        fullName,
        position: i === 0 ? 'head' : 'member',
        title: i === 0 ? 'Chủ tịch UBND xã' : null,
        organization: 'Công an xã',
        joinedOn: '2025-07-01',
      };
      c = (await api.post(`/api/steering-committees/${c.id}/members`, body)).json();
    }
    return c;
  };

  beforeAll(async () => {
    const { db } = env().database;
    p = await buildProvince(db);
    const { cycle, movement } = await buildCycle(db, p.province, YEAR, [
      { unitType: 'residentialArea', safetySetId: null, decisionLevel: 'parent' },
    ]);
    await buildEvaluation(db, cycle, movement.id, p.a.areas[0]!, 'decided', 'average');
    await buildEvaluation(db, cycle, movement.id, p.a.areas[1]!, 'decided', 'weak');
    officerA = await loginWithRole(env().app, db, 'officer', p.a.commune);
    officerB = await loginWithRole(env().app, db, 'officer', p.b.commune);
    wardC = await committeeWith(officerA, p.a.commune.id, ['Nguyễn Văn Hùng', 'Lê Thị Hoa']);
    otherC = await committeeWith(officerB, p.b.commune.id, ['Trần Văn Bắc']);
    const hoa = wardC.members.find((m) => m.fullName === 'Lê Thị Hoa')!;
    wardC = (
      await as(env().app, officerA).post(`/api/steering-committees/${wardC.id}/assignments`, {
        version: wardC.version,
        memberId: hoa.id,
        unitIds: [p.a.areas[0]!.id],
        assignedOn: '2026-01-05',
      })
    ).json();
  });

  it('offers the members of the committees above the unit, the assigned one as responsible', async () => {
    const res = await as(env().app, officerA).get(`/api/steering-committees/responsible?unitId=${p.a.areas[0]!.id}`);
    expect(res.json().responsible).toMatchObject({ fullName: 'Lê Thị Hoa', assigned: true });
    expect(res.json().candidates.map((c: { fullName: string }) => c.fullName)).toEqual([
      'Nguyễn Văn Hùng',
      'Lê Thị Hoa',
    ]);
  });

  it('links the plan to a member and fills the name and position from the member', async () => {
    const hoa = wardC.members.find((m) => m.fullName === 'Lê Thị Hoa')!;
    const res = await as(env().app, officerA).post(
      '/api/remediation-plans',
      plan(p.a.areas[0]!.id, { responsibleMemberId: hoa.id, responsibleName: 'ignored' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as PlanDetail;
    expect(created).toMatchObject({
      responsibleMemberId: hoa.id,
      responsibleName: 'Lê Thị Hoa',
      responsiblePosition: `Thành viên, Công an xã – ${p.a.commune.name}`,
    });

    // relinking to the head refreshes the snapshot; unlinking returns to free text
    const head = wardC.members.find((m) => m.position === 'head')!;
    const relinked = await as(env().app, officerA).patch(`/api/remediation-plans/${created.id}`, {
      version: created.version,
      responsibleMemberId: head.id,
      actions: [{ id: created.actions[0]!.id, text: created.actions[0]!.text, status: 'inProgress' }],
    });
    expect(relinked.json()).toMatchObject({ responsibleMemberId: head.id, responsibleName: 'Nguyễn Văn Hùng' });
    const unlinked = await as(env().app, officerA).patch(`/api/remediation-plans/${created.id}`, {
      version: relinked.json().version,
      responsibleMemberId: null,
      responsibleName: 'Phan Văn Dũng',
      responsiblePosition: 'Trưởng thôn',
      actions: [{ id: created.actions[0]!.id, text: created.actions[0]!.text, status: 'inProgress' }],
    });
    expect(unlinked.json()).toMatchObject({ responsibleMemberId: null, responsibleName: 'Phan Văn Dũng' });
  });

  it('refuses a member of another commune, a member who left, and a plan with nobody responsible', async () => {
    const api = as(env().app, officerA);
    const stranger = await api.post(
      '/api/remediation-plans',
      plan(p.a.areas[1]!.id, { responsibleMemberId: otherC.members[0]!.id }),
    );
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.responsibleMemberId']);
    const nobody = await api.post('/api/remediation-plans', plan(p.a.areas[1]!.id));
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.responsibleName']);

    const hoa = wardC.members.find((m) => m.fullName === 'Lê Thị Hoa')!;
    await api.post(`/api/steering-committees/${wardC.id}/members/${hoa.id}/leave`, {
      version: wardC.version,
      leftOn: '2026-11-01',
    });
    const left = await api.post('/api/remediation-plans', plan(p.a.areas[1]!.id, { responsibleMemberId: hoa.id }));
    expect(left.statusCode).toBe(422);
    const free = await api.post('/api/remediation-plans', plan(p.a.areas[1]!.id, { responsibleName: 'Phan Văn Dũng' }));
    expect(free.statusCode, free.body).toBe(201);
    expect(free.json().responsibleMemberId).toBeNull();
  });
});
