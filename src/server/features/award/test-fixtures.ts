import { expect } from 'vitest';
import type { AwardDecisionDetail, AwardProposalDetail } from '../../../common/award/schemas.ts';
import type { Db } from '../../../db/client.ts';
import type { App } from '../../app.ts';
import { as, buildProvince, buildUser, login, type Session } from '../../test/factories.ts';
import { syncAwardForms } from './forms.ts';

/** A private province with the people of a commendation: proposers below, deciders above. */
export async function buildAwardWorld(app: App, db: Db) {
  await syncAwardForms(db);
  const p = await buildProvince(db);
  const user = async (role: Parameters<typeof buildUser>[1][number]['role'], unit: typeof p.province) =>
    login(app, (await buildUser(db, [{ role, unit }])).username);
  return {
    p,
    officerA: await user('officer', p.a.commune),
    officerB: await user('officer', p.b.commune),
    viewerA: await user('viewer', p.a.commune),
    committeeA: await user('committee', p.a.commune),
    committee: await user('committee', p.province),
    admin: await user('admin', p.root),
  };
}

export function awardApi(app: App) {
  const api = (s: Session) => as(app, s);
  return {
    api,
    /** a proposal of a unit with the given recipients, optionally submitted */
    async propose(
      s: Session,
      unitId: number,
      recipients: Record<string, unknown>[],
      submit = true,
      formCode = 'GK-GD-CAT',
    ) {
      const res = await api(s).post('/api/award-proposals', {
        unitId,
        formCode,
        title: 'Đề nghị khen thưởng thành tích phong trào năm 2026',
        reason: 'Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc',
        occasion: 'Tổng kết phong trào năm 2026',
      });
      expect(res.statusCode, res.body).toBe(201);
      let p = res.json() as AwardProposalDetail;
      for (const r of recipients) {
        const added = await api(s).post(`/api/award-proposals/${p.id}/recipients`, { version: p.version, ...r });
        expect(added.statusCode, added.body).toBe(200);
        p = added.json();
      }
      if (!submit) return p;
      const sent = await api(s).post(`/api/award-proposals/${p.id}/submit`, { version: p.version });
      expect(sent.statusCode, sent.body).toBe(200);
      return sent.json() as AwardProposalDetail;
    },
    async decision(s: Session, unitId: number, extra: Record<string, unknown> = {}) {
      const res = await api(s).post('/api/awards', {
        unitId,
        formCode: 'BK-UBND-TINH',
        decisionNumber: `${Math.floor(Math.random() * 1e6)}/QĐ-UBND`,
        decidedOn: '2026-11-10',
        occasion: 'Tổng kết 10 năm phong trào',
        ...extra,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as AwardDecisionDetail;
    },
  };
}
