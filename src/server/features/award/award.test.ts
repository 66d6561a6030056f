import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { AwardDecisionDetail, AwardProposalDetail } from '../../../common/award/schemas.ts';
import { auditLog } from '../../../db/schema/index.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { awardApi, buildAwardWorld } from './test-fixtures.ts';

const paths = (res: { json(): unknown }) => (res.json() as { errors?: { path: string }[] }).errors?.map((e) => e.path);

/** Commendations: a unit proposes, the level above approves into a decision or refuses. */
describeOnEachDb('award proposals and decisions', (env) => {
  let w: Awaited<ReturnType<typeof buildAwardWorld>>;
  let h: ReturnType<typeof awardApi>;
  beforeAll(async () => {
    w = await buildAwardWorld(env().app, env().database.db);
    h = awardApi(env().app);
  });

  it('drafts a proposal with checked recipients, submits it, and keeps it to its subtree', async () => {
    const { api } = h;
    const { p, officerA, officerB, viewerA } = w;
    const bad = await api(officerA).post('/api/award-proposals', {
      unitId: p.a.commune.id,
      formCode: 'NOPE',
      title: ' ',
    });
    expect(bad.statusCode).toBe(422);
    expect(paths(bad)).toContain('body.title');
    const unknownForm = await api(officerA).post('/api/award-proposals', {
      unitId: p.a.commune.id,
      formCode: 'NOPE',
      title: 'Đề nghị',
    });
    expect(paths(unknownForm)).toEqual(['body.formCode']);
    expect(
      (await api(officerB).post('/api/award-proposals', { unitId: p.a.commune.id, formCode: 'GK-GD-CAT', title: 'X' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await api(viewerA).post('/api/award-proposals', { unitId: p.a.commune.id, formCode: 'GK-GD-CAT', title: 'X' }))
        .statusCode,
    ).toBe(403);

    const draft = await h.propose(officerA, p.a.commune.id, [], false);
    expect(draft).toMatchObject({ status: 'draft', allowed: { edit: true, submit: true, decide: false } });
    const empty = await api(officerA).post(`/api/award-proposals/${draft.id}/submit`, { version: draft.version });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().title).toContain('ít nhất một');

    const noName = await api(officerA).post(`/api/award-proposals/${draft.id}/recipients`, {
      version: draft.version,
      recipientKind: 'individual',
    });
    expect(paths(noName)).toEqual(['body.name']);
    const outside = await api(officerA).post(`/api/award-proposals/${draft.id}/recipients`, {
      version: draft.version,
      recipientKind: 'collective',
      collectiveUnitId: p.b.areas[0]!.id,
    });
    expect(paths(outside)).toEqual(['body.collectiveUnitId']);

    const one = await api(officerA).post(`/api/award-proposals/${draft.id}/recipients`, {
      version: draft.version,
      recipientKind: 'collective',
      collectiveUnitId: p.a.areas[0]!.id,
    });
    expect(one.statusCode, one.body).toBe(200);
    const withOne = one.json() as AwardProposalDetail;
    expect(withOne.recipients[0]).toMatchObject({ name: p.a.areas[0]!.name, recipientKind: 'collective' });
    const stale = await api(officerA).post(`/api/award-proposals/${draft.id}/recipients`, {
      version: draft.version,
      recipientKind: 'individual',
      name: 'Ông Trần Văn Bình',
    });
    expect(stale.statusCode).toBe(409);

    const sent = await api(officerA).post(`/api/award-proposals/${draft.id}/submit`, { version: withOne.version });
    expect(sent.json()).toMatchObject({ status: 'submitted', submittedOn: '2026-11-23', allowed: { edit: false } });
    const locked = await api(officerA).put(`/api/award-proposals/${draft.id}`, {
      formCode: 'GK-GD-CAT',
      title: 'Sửa sau khi gửi',
      version: sent.json().version,
    });
    expect(locked.statusCode).toBe(422);
    expect((await api(officerB).get(`/api/award-proposals/${draft.id}`)).statusCode).toBe(403);
    const mine = await api(viewerA).get('/api/award-proposals?proposalStatus=submitted');
    expect(mine.json().items.map((x: { id: number }) => x.id)).toEqual([draft.id]);
  });

  it('is decided strictly from above: refused with a reason, corrected, resubmitted, approved into a new decision', async () => {
    const { api } = h;
    const { p, officerA, committeeA, committee } = w;
    const prop = await h.propose(officerA, p.a.commune.id, [
      { recipientKind: 'collective', collectiveUnitId: p.a.areas[1]!.id, achievements: 'Giữ vững ANTT' },
      { recipientKind: 'individual', name: 'Bà Lê Thị Hoa', position: 'Tổ trưởng tổ tự quản' },
    ]);
    // a committee member of the commune itself does not decide its own proposal
    const own = await api(committeeA).post(`/api/award-proposals/${prop.id}/approve`, {
      version: prop.version,
      decisionNumber: '1/QĐ',
      decidedOn: '2026-11-20',
    });
    expect(own.statusCode).toBe(403);
    const seen = (await api(committee).get(`/api/award-proposals/${prop.id}`)).json() as AwardProposalDetail;
    expect(seen.allowed.decide).toBe(true);
    const queue = await api(committee).get(`/api/award-proposals?queue=review&unitId=${p.province.id}`);
    expect(queue.json().items.map((x: { id: number }) => x.id)).toContain(prop.id);

    const noReason = await api(committee).post(`/api/award-proposals/${prop.id}/refuse`, {
      version: prop.version,
      reason: '',
    });
    expect(paths(noReason)).toEqual(['body.reason']);
    const refused = await api(committee).post(`/api/award-proposals/${prop.id}/refuse`, {
      version: prop.version,
      reason: 'Bổ sung thành tích của cá nhân',
    });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: 'Bổ sung thành tích của cá nhân' });

    let r = refused.json() as AwardProposalDetail;
    const fix = await api(officerA).put(
      `/api/award-proposals/${prop.id}/recipients/${r.recipients.find((x) => x.recipientKind === 'individual')!.id}`,
      {
        version: r.version,
        recipientKind: 'individual',
        name: 'Bà Lê Thị Hoa',
        achievements: 'Vận động nhân dân giao nộp 2 khẩu súng tự chế',
      },
    );
    expect(fix.statusCode, fix.body).toBe(200);
    r = (await api(officerA).post(`/api/award-proposals/${prop.id}/submit`, { version: fix.json().version })).json();
    expect(r).toMatchObject({ status: 'submitted', refusalReason: null });

    const missing = await api(committee).post(`/api/award-proposals/${prop.id}/approve`, { version: r.version });
    expect(paths(missing)).toEqual(['body.decisionNumber', 'body.decidedOn']);
    const approved = await api(committee).post(`/api/award-proposals/${prop.id}/approve`, {
      version: r.version,
      decisionNumber: '2345/QĐ-CAT',
      decidedOn: '2026-11-20',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const a = approved.json() as AwardProposalDetail;
    expect(a).toMatchObject({
      status: 'approved',
      decision: { decisionNumber: '2345/QĐ-CAT', decidedOn: '2026-11-20' },
    });

    const d = (await api(committee).get(`/api/awards/${a.decision!.id}`)).json() as AwardDecisionDetail;
    expect(d).toMatchObject({
      issuer: 'Giám đốc Công an tỉnh',
      form: { code: 'GK-GD-CAT' },
      collectives: 1,
      individuals: 1,
    });
    expect(d.unit.id).toBe(p.province.id);
    expect(d.recipients.map((x) => [x.recipientKind, x.name, x.unit.id])).toEqual([
      ['collective', p.a.areas[1]!.name, p.a.commune.id],
      ['individual', 'Bà Lê Thị Hoa', p.a.commune.id],
    ]);
    expect(
      (await api(committee).post(`/api/award-proposals/${prop.id}/refuse`, { version: a.version, reason: 'x' }))
        .statusCode,
    ).toBe(422);

    const trail = async (type: string, id: number) =>
      (
        await env()
          .database.db.select({ action: auditLog.action })
          .from(auditLog)
          .where(and(eq(auditLog.targetType, type), eq(auditLog.targetId, String(id))))
          .orderBy(auditLog.id)
      ).map((t) => t.action);
    expect(await trail('awardProposal', prop.id)).toEqual([
      'registry.created',
      'award.proposalSubmitted',
      'award.proposalRefused',
      'award.proposalSubmitted',
      'award.proposalApproved',
    ]);
    expect(await trail('awardDecision', d.id)).toEqual(['registry.created']);
  });

  it('approves into an existing open decision of the same form only; numbers are unique per deciding unit', async () => {
    const { api } = h;
    const { p, officerA, officerB, committee } = w;
    const decision = await h.decision(committee, p.province.id, {
      formCode: 'BK-UBND-TINH',
      decisionNumber: '77/QĐ-UBND',
    });
    expect(decision.issuer).toBe('Chủ tịch UBND tỉnh');
    const dup = await api(committee).post('/api/awards', {
      unitId: p.province.id,
      formCode: 'BK-UBND-TINH',
      decisionNumber: '77/QĐ-UBND',
      decidedOn: '2026-11-11',
    });
    expect(paths(dup)).toEqual(['body.decisionNumber']);
    expect(
      (
        await api(officerA).post('/api/awards', {
          unitId: p.a.commune.id,
          formCode: 'BK-UBND-TINH',
          decisionNumber: '1',
          decidedOn: '2026-11-11',
        })
      ).statusCode,
    ).toBe(403);

    const gk = await h.propose(officerB, p.b.commune.id, [{ recipientKind: 'individual', name: 'Ông Phan Văn Tú' }]);
    const wrongForm = await api(committee).post(`/api/award-proposals/${gk.id}/approve`, {
      version: gk.version,
      decisionId: decision.id,
    });
    expect(paths(wrongForm)).toEqual(['body.decisionId']);

    const bk = await h.propose(
      officerB,
      p.b.commune.id,
      [{ recipientKind: 'collective', name: 'Chi hội Cựu chiến binh' }],
      true,
      'BK-UBND-TINH',
    );
    const detail = (await api(committee).get(`/api/award-proposals/${bk.id}`)).json() as AwardProposalDetail;
    expect(detail.openDecisions.map((x) => x.id)).toContain(decision.id);
    const ok = await api(committee).post(`/api/award-proposals/${bk.id}/approve`, {
      version: bk.version,
      decisionId: decision.id,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const d = (await api(committee).get(`/api/awards/${decision.id}`)).json() as AwardDecisionDetail;
    expect(d.recipients.map((x) => x.name)).toEqual(['Chi hội Cựu chiến binh']);
    expect(d.version).toBeGreaterThan(decision.version);

    const found = await api(committee).get(
      `/api/awards?q=${encodeURIComponent('cuu chien binh')}&unitId=${p.province.id}`,
    );
    expect(found.json().items.map((x: { id: number }) => x.id)).toEqual([decision.id]);
    const byForm = await api(committee).get(`/api/awards?formCode=GK-GD-CAT&year=2026&unitId=${p.province.id}`);
    expect(byForm.json().items.every((x: AwardDecisionDetail) => x.form.code === 'GK-GD-CAT')).toBe(true);
    expect(byForm.json().total).toBe(1);
    const byOccasion = await api(committee).get(
      `/api/awards?occasion=${encodeURIComponent('10 nam')}&unitId=${p.province.id}`,
    );
    expect(byOccasion.json().items.map((x: { id: number }) => x.id)).toEqual([decision.id]);
    const rows = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'award.decisionSaved'), eq(auditLog.targetId, String(decision.id))));
    expect(rows).toHaveLength(1);
  });
});
