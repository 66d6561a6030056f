import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { AwardDecisionDetail, AwardForm, RecipientCounts } from '../../../common/award/schemas.ts';
import type { RegistryCounts } from '../../../common/registry/schemas.ts';
import { awardRecipients } from '../../../db/schema/index.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { sheetRows, uploadFile, workbookOf } from '../../test/xlsx.ts';
import { awardApi, buildAwardWorld } from './test-fixtures.ts';

/** Commendation files (decisions and their recipients), counts for statistics, and the forms list. */
describeOnEachDb('award files and counts', (env) => {
  let w: Awaited<ReturnType<typeof buildAwardWorld>>;
  let h: ReturnType<typeof awardApi>;
  let decision: AwardDecisionDetail;
  beforeAll(async () => {
    w = await buildAwardWorld(env().app, env().database.db);
    h = awardApi(env().app);
    decision = await h.decision(w.committee, w.p.province.id, { decisionNumber: '900/QĐ-UBND' });
  });

  it('imports the recipients of a decision all-or-nothing, with row errors', async () => {
    const { p, committee, officerA } = w;
    const header = ['Tập thể/Cá nhân', 'Tên tập thể, cá nhân', 'Đơn vị', 'Chức vụ', 'Thành tích'];
    const bad = await workbookOf(header, [
      ['Tập thể', '', p.a.areas[0]!.name, '', 'Giữ vững ANTT'],
      ['Cá nhân', '', p.a.commune.name, '', ''],
      ['Tập thể', 'Chi hội Phụ nữ', 'Thôn Không Có', '', ''],
      ['Hộ gia đình', 'Ông Ba', '', '', ''],
    ]);
    const refused = await uploadFile(env().app, committee, `/api/awards/${decision.id}/recipients/import`, bad);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().rows.map((r: { row: number; column: string }) => [r.row, r.column])).toEqual([
      [3, 'Tên tập thể, cá nhân'],
      [4, 'Đơn vị'],
      [5, 'Tập thể/Cá nhân'],
    ]);
    expect(
      await env().database.db.select().from(awardRecipients).where(eq(awardRecipients.decisionId, decision.id)),
    ).toEqual([]);
    expect(
      (await uploadFile(env().app, officerA, `/api/awards/${decision.id}/recipients/import`, bad)).statusCode,
    ).toBe(403);

    const good = await workbookOf(header, [
      ['Tập thể', '', p.a.areas[0]!.name, '', 'Giữ vững ANTT'],
      ['Cá nhân', 'Ông Nguyễn Văn Ân', p.a.commune.name, 'Trưởng thôn', 'Tố giác 3 vụ'],
      ['Cá nhân', 'Bà Đỗ Thị Mai', p.b.commune.name, '', ''],
      ['Tập thể', 'Chi hội Phụ nữ xã', p.b.commune.name, '', ''],
    ]);
    const done = await uploadFile(env().app, committee, `/api/awards/${decision.id}/recipients/import`, good);
    expect(done.json(), done.body).toEqual({ rows: 4, created: 4, updated: 0, unchanged: 0 });
    const d = (await h.api(committee).get(`/api/awards/${decision.id}`)).json() as AwardDecisionDetail;
    expect(d.recipients.find((r) => r.recipientKind === 'collective' && r.collectiveUnit)?.collectiveUnit?.id).toBe(
      p.a.areas[0]!.id,
    );

    const file = await h.api(committee).get(`/api/awards/${decision.id}/recipients.xlsx`);
    const rows = await sheetRows(file.rawPayload);
    expect(rows).toHaveLength(5);
    const again = await uploadFile(
      env().app,
      committee,
      `/api/awards/${decision.id}/recipients/import`,
      file.rawPayload,
    );
    expect(again.json()).toEqual({ rows: 4, created: 0, updated: 0, unchanged: 4 });
    const found = await h
      .api(committee)
      .get(`/api/awards?q=${encodeURIComponent('do thi mai')}&unitId=${p.province.id}`);
    expect(found.json().items.map((x: { id: number }) => x.id)).toEqual([decision.id]);
  });

  it('exports the decisions and imports them back unchanged; a bad row writes nothing', async () => {
    const { p, committee } = w;
    const file = await h.api(committee).get(`/api/awards/export.xlsx?unitId=${p.province.id}`);
    const rows = await sheetRows(file.rawPayload);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Số quyết định (*)', 'Mã hình thức khen thưởng (*)', 'Số tập thể']),
    );
    const back = await uploadFile(env().app, committee, `/api/awards/import?unitId=${p.province.id}`, file.rawPayload);
    expect(back.json(), back.body).toEqual({ rows: 1, created: 0, updated: 0, unchanged: 1 });
    const header = ['Mã hình thức khen thưởng', 'Số quyết định', 'Ngày quyết định'];
    const bad = await workbookOf(header, [
      ['GK-GD-CAT', '12/QĐ-CAT', '01/12/2025'],
      ['KHONG-CO', '13/QĐ-CAT', '01/12/2025'],
      ['GK-GD-CAT', '900/QĐ-UBND', '31/02/2025'],
    ]);
    const res = await uploadFile(env().app, committee, `/api/awards/import?unitId=${p.province.id}`, bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().rows.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    const list = await h.api(committee).get(`/api/awards?unitId=${p.province.id}&q=12%2FQĐ`);
    expect(list.json().total).toBe(0);
  });

  it('counts collectives and individuals by form per child unit; a revoked decision counts for nothing', async () => {
    const { p, committee, officerA } = w;
    const counts = (
      await h.api(committee).get(`/api/awards/recipient-counts?unitId=${p.province.id}&from=2026-01-01&to=2026-12-31`)
    ).json() as RecipientCounts;
    expect(counts).toMatchObject({ collective: 2, individual: 2 });
    expect(counts.byForm).toEqual([
      { formCode: 'BK-UBND-TINH', formName: 'Bằng khen của Chủ tịch UBND tỉnh', collective: 2, individual: 2 },
    ]);
    const a = counts.children.find((c) => c.unit.id === p.a.commune.id)!;
    expect(a).toMatchObject({ collective: 1, individual: 1 });
    const mine = (await h.api(officerA).get('/api/awards/recipient-counts')).json() as RecipientCounts;
    expect(mine).toMatchObject({ unit: { id: p.a.commune.id }, collective: 1, individual: 1 });
    const kernel = (await h.api(committee).get(`/api/awards/counts?unitId=${p.province.id}`)).json() as RegistryCounts;
    expect(kernel).toMatchObject({ total: 1, by: { 'BK-UBND-TINH': 1 }, sums: { collectives: 2, individuals: 2 } });

    const d = (await h.api(committee).get(`/api/awards/${decision.id}`)).json() as AwardDecisionDetail;
    const revoked = await h.api(committee).post(`/api/awards/${decision.id}/close`, {
      version: d.version,
      closedOn: '2026-11-22',
      reason: 'Hủy bỏ do kê khai không trung thực',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const after = (
      await h.api(committee).get(`/api/awards/recipient-counts?unitId=${p.province.id}`)
    ).json() as RecipientCounts;
    expect(after).toMatchObject({ collective: 0, individual: 0, byForm: [] });
  });

  it('lists the configured forms; only an administrator edits them', async () => {
    const { admin, officerA } = w;
    const forms = (await h.api(officerA).get('/api/award-forms')).json() as AwardForm[];
    expect(forms.map((f) => f.code)).toEqual(
      expect.arrayContaining(['BK-BCA', 'BK-UBND-TINH', 'GK-GD-CAT', 'KNC-BVANTQ']),
    );
    const body = {
      code: `GK-X${Date.now() % 100000}`,
      name: 'Giấy khen của Chủ tịch UBND xã',
      issuerTitle: 'Chủ tịch UBND xã',
      kind: 'certificateOfCommendation',
      level: 'commune',
      sort: 50,
      active: true,
    };
    expect((await h.api(officerA).post('/api/award-forms', body)).statusCode).toBe(403);
    const made = await h.api(admin).post('/api/award-forms', body);
    expect(made.statusCode, made.body).toBe(201);
    const dup = await h.api(admin).post('/api/award-forms', body);
    expect(dup.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.code']);
    const off = await h.api(admin).put(`/api/award-forms/${made.json().id}`, { ...body, active: false, version: 1 });
    expect(off.json()).toMatchObject({ active: false, version: 2 });
    expect(((await h.api(officerA).get('/api/award-forms')).json() as AwardForm[]).map((f) => f.code)).not.toContain(
      body.code,
    );
  });
});
