import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CycleView, SheetView } from '../../../common/evaluation/schemas.ts';
import { auditLog, safetyRecognitions } from '../../../db/schema/index.ts';
import { leavesOf } from '../../../domain/evaluation/criteria.ts';
import { as, buildProvince, buildUser, login, type Session } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';

type Province = Awaited<ReturnType<typeof buildProvince>>;
const YEAR = 2026;

/** A value for every line that earns the full points: max for points, 0 events, 100 %. */
function fullValues(sheet: SheetView) {
  return leavesOf(sheet.set).map((l) => ({
    code: l.code,
    value: l.rule.type === 'manual' ? l.maxPoints : l.rule.type === 'deductionPerEvent' ? 0 : 100,
  }));
}

describeOnEachDb('evaluation', (env) => {
  let p: Province;
  let admin: Session;
  let rep: Session;
  let rep2: Session;
  let officerA: Session;
  let officerB: Session;
  let decider: Session;
  let cycle: CycleView;
  const area = () => p.a.areas[0]!;
  const sheetUrl = (unitId = area().id) => `/api/evaluations/units/${unitId}/${YEAR}`;
  const getSheet = async (s: Session, unitId?: number) =>
    (await as(env().app, s).get(sheetUrl(unitId))).json() as SheetView;

  beforeAll(async () => {
    const db = env().database.db;
    env().clock.set('2026-11-05T03:00:00Z');
    p = await buildProvince(db);
    const make = async (role: Parameters<typeof buildUser>[1][number]['role'], unit: typeof p.province) =>
      login(env().app, (await buildUser(db, [{ role, unit }])).username);
    admin = await make('admin', p.province);
    rep = await make('representative', p.a.areas[0]!);
    rep2 = await make('representative', p.a.areas[1]!);
    officerA = await make('officer', p.a.commune);
    officerB = await make('officer', p.b.commune);
    decider = await make('committee', p.province);
  });

  describe('opening the year', () => {
    it('refuses a commune officer, then opens with the regulation deadlines for each unit type', async () => {
      const body = { unitId: p.province.id, year: YEAR };
      expect((await as(env().app, officerA).post('/api/evaluations/cycles', body)).statusCode).toBe(403);
      const res = await as(env().app, admin).post('/api/evaluations/cycles', body);
      expect(res.statusCode).toBe(201);
      cycle = res.json();
      const byType = Object.fromEntries(cycle.targets.map((t) => [t.unitType, t]));
      expect(Object.keys(byType).sort()).toEqual(['agency', 'commune', 'enterprise', 'residentialArea', 'school']);
      expect(byType.residentialArea!.decideBy).toBe('2026-11-20');
      expect(byType.commune!.decideBy).toBe('2026-11-30');
      expect(byType.residentialArea!.submitBy).toBe('2026-11-10');
      expect(byType.residentialArea!.decisionLevel).toBe('parent');
      const again = await as(env().app, admin).post('/api/evaluations/cycles', body);
      expect(again.statusCode).toBe(409);
      expect(again.json().title).toContain('2026');
    });

    it('lets the province edit a deadline, with a 409 on a stale version', async () => {
      const targets = cycle.targets.map(({ criteriaSetName, criteriaSetProvenance, safetySetName, ...t }) => ({
        ...t,
        submitBy: t.unitType === 'school' ? '2026-11-12' : t.submitBy,
      }));
      const res = await as(env().app, admin).patch(`/api/evaluations/cycles/${cycle.id}`, {
        version: cycle.version,
        targets,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().targets.find((t: { unitType: string }) => t.unitType === 'school').submitBy).toBe('2026-11-12');
      const stale = await as(env().app, admin).patch(`/api/evaluations/cycles/${cycle.id}`, {
        version: cycle.version,
        targets,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.version).toBe(cycle.version + 1);
      cycle = res.json();
    });
  });

  describe('self-assessment', () => {
    it('shows a sheet not started with every line of the set', async () => {
      const sheet = await getSheet(rep);
      expect(sheet.status).toBe('notStarted');
      expect(sheet.version).toBe(0);
      expect(sheet.entries.length).toBe(leavesOf(sheet.set).length);
      expect(sheet.can).toMatchObject({ edit: true, submit: true, adjust: false, approve: false, decide: false });
      expect((await getSheet(officerA)).can).toMatchObject({ edit: false, adjust: false, extend: true });
    });

    it('rejects a score above the maximum naming the criterion, and writes nothing', async () => {
      const sheet = await getSheet(rep);
      const leaf = leavesOf(sheet.set).find((l) => l.rule.type === 'manual')!;
      const res = await as(env().app, rep).put(`${sheetUrl()}/self`, {
        version: 0,
        entries: [{ code: leaf.code, value: leaf.maxPoints + 1 }],
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].path).toBe('entries.0.value');
      expect(res.json().errors[0].message).toContain(`Tiêu chí ${leaf.code}`);
      expect((await getSheet(rep)).status).toBe('notStarted');
    });

    it('saves a draft, refuses an incomplete submission, then submits', async () => {
      const sheet = await getSheet(rep);
      const values = fullValues(sheet);
      const saved = await as(env().app, rep).put(`${sheetUrl()}/self`, { version: 0, entries: values.slice(0, 2) });
      expect(saved.statusCode).toBe(200);
      const draft = saved.json() as SheetView;
      expect(draft.status).toBe('draft');
      expect(draft.changes).toHaveLength(2);
      const incomplete = await as(env().app, rep).post(`${sheetUrl()}/submit`, { version: draft.version, entries: [] });
      expect(incomplete.statusCode).toBe(422);
      expect(incomplete.json().detail ?? incomplete.json().title).toContain(values[2]!.code);
      const submitted = await as(env().app, rep).post(`${sheetUrl()}/submit`, {
        version: draft.version,
        entries: values,
      });
      expect(submitted.statusCode).toBe(200);
      const s = submitted.json() as SheetView;
      expect(s.status).toBe('submitted');
      expect(s.selfResult.total).toBe(100);
      expect(s.can.edit).toBe(false);
      const edit = await as(env().app, rep).put(`${sheetUrl()}/self`, { version: s.version, entries: values });
      expect(edit.statusCode).toBe(409);
    });
  });

  describe('review', () => {
    it('lists the submitted unit to its commune and refuses the other commune', async () => {
      const list = await as(env().app, officerA).get(`/api/evaluations/review?year=${YEAR}&unitId=${p.a.commune.id}`);
      expect(list.statusCode).toBe(200);
      const rows = list.json().items as { unit: { id: number }; status: string }[];
      expect(rows.map((r) => r.unit.id).sort()).toEqual([p.a.areas[0]!.id, p.a.areas[1]!.id, p.a.school.id].sort());
      expect(rows.find((r) => r.unit.id === area().id)!.status).toBe('submitted');
      const other = await as(env().app, officerB).get(`/api/evaluations/review?year=${YEAR}&unitId=${p.a.commune.id}`);
      expect(other.statusCode).toBe(403);
      expect((await as(env().app, officerB).get(sheetUrl())).statusCode).toBe(403);
    });

    it('needs a reason to adjust, keeps the history, and answers 409 to a stale reviewer', async () => {
      const sheet = await getSheet(officerA);
      const leaf = leavesOf(sheet.set).find((l) => l.rule.type === 'manual' && l.maxPoints >= 1)!;
      const noReason = await as(env().app, officerA).put(`${sheetUrl()}/review`, {
        version: sheet.version,
        entries: [{ code: leaf.code, value: leaf.maxPoints - 1, reason: '' }],
      });
      expect(noReason.statusCode).toBe(422);
      expect(noReason.json().errors[0].path).toContain('reason');
      const res = await as(env().app, officerA).put(`${sheetUrl()}/review`, {
        version: sheet.version,
        entries: [{ code: leaf.code, value: leaf.maxPoints - 1, reason: 'Thiếu biên bản họp' }],
      });
      expect(res.statusCode).toBe(200);
      const adjusted = res.json() as SheetView;
      expect(adjusted.result.total).toBe(99);
      expect(adjusted.selfResult.total).toBe(100);
      expect(adjusted.changes[0]).toMatchObject({
        code: leaf.code,
        side: 'review',
        oldValue: leaf.maxPoints,
        newValue: leaf.maxPoints - 1,
        reason: 'Thiếu biên bản họp',
      });
      const stale = await as(env().app, officerA).put(`${sheetUrl()}/review`, {
        version: sheet.version,
        entries: [{ code: leaf.code, value: 0, reason: 'Lần hai' }],
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.version).toBe(adjusted.version);
      expect(stale.json().current.result.total).toBe(99);
    });

    it('returns with a message, the unit resubmits, the reviewer approves, the decision level decides', async () => {
      let sheet = await getSheet(officerA);
      const empty = await as(env().app, officerA).post(`${sheetUrl()}/send-back`, {
        version: sheet.version,
        message: ' ',
      });
      expect(empty.statusCode).toBe(422);
      const back = await as(env().app, officerA).post(`${sheetUrl()}/send-back`, {
        version: sheet.version,
        message: 'Bổ sung minh chứng tiêu chí 1',
      });
      expect(back.json().status).toBe('returned');
      sheet = await getSheet(rep);
      expect(sheet.events[0]).toMatchObject({ action: 'sendBack', message: 'Bổ sung minh chứng tiêu chí 1' });
      expect(sheet.can.submit).toBe(true);
      const again = await as(env().app, rep).post(`${sheetUrl()}/submit`, { version: sheet.version, entries: [] });
      expect(again.json().status).toBe('submitted');
      const approved = await as(env().app, officerA).post(`${sheetUrl()}/approve`, { version: again.json().version });
      expect(approved.json().status).toBe('approved');
      const decideBody = { version: approved.json().version, decisionNumber: '15/QĐ-BCĐ', decisionDate: '2026-11-05' };
      expect((await as(env().app, officerA).post(`${sheetUrl()}/decide`, decideBody)).statusCode).toBe(403);
      const decided = await as(env().app, decider).post(`${sheetUrl()}/decide`, decideBody);
      expect(decided.statusCode).toBe(200);
      const d = decided.json() as SheetView;
      expect(d.status).toBe('decided');
      expect(d.decided).toMatchObject({ decisionNumber: '15/QĐ-BCĐ', classification: d.result.classification });
      expect(d.can).toMatchObject({ edit: false, adjust: false, sendBack: false, decide: false });
      const audit = await env()
        .database.db.select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'evaluation.decided'), eq(auditLog.targetId, String(d.id))));
      expect(audit).toHaveLength(1);
    });
  });

  describe('deadlines', () => {
    it('refuses a late submission until the level above grants an extension', async () => {
      // sessions expire when the clock jumps days ahead, so the deadline moves back instead
      const current = (await as(env().app, admin).get(`/api/evaluations/cycles/${cycle.id}`)).json() as CycleView;
      const targets = current.targets.map(({ criteriaSetName, criteriaSetProvenance, safetySetName, ...t }) => ({
        ...t,
        submitBy: t.unitType === 'residentialArea' ? '2026-11-03' : t.submitBy,
      }));
      const moved = await as(env().app, admin).patch(`/api/evaluations/cycles/${cycle.id}`, {
        version: current.version,
        targets,
      });
      expect(moved.statusCode).toBe(200);
      const sheetRes = await as(env().app, rep2).get(sheetUrl(p.a.areas[1]!.id));
      expect(sheetRes.statusCode, sheetRes.body).toBe(200);
      const sheet = sheetRes.json() as SheetView;
      expect(sheet.deadlines.late).toBe(true);
      expect(sheet.can.submit).toBe(false);
      const late = await as(env().app, rep2).post(`${sheetUrl(p.a.areas[1]!.id)}/submit`, {
        version: 0,
        entries: fullValues(sheet),
      });
      expect(late.statusCode).toBe(422);
      expect(late.json().title).toContain('03/11/2026');
      const lateRows = await as(env().app, officerA).get(
        `/api/evaluations/review?year=${YEAR}&unitId=${p.a.commune.id}&late=true`,
      );
      expect(lateRows.json().items.map((r: { unit: { id: number } }) => r.unit.id)).toContain(p.a.areas[1]!.id);
      const ext = await as(env().app, officerA).post(`${sheetUrl(p.a.areas[1]!.id)}/extension`, {
        version: 0,
        until: '2026-11-08',
        reason: 'Trưởng thôn ốm',
      });
      expect(ext.statusCode).toBe(200);
      const ok = await as(env().app, rep2).post(`${sheetUrl(p.a.areas[1]!.id)}/submit`, {
        version: ext.json().version,
        entries: fullValues(sheet),
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().status).toBe('submitted');
    });
  });

  describe('classification explained', () => {
    it('caps the class when the unit lacks the title, and lifts the cap when it holds it', async () => {
      const sheet = await getSheet(officerA, p.a.areas[1]!.id);
      const gate = sheet.set.classification.gates.find((g) => g.kind === 'safetyRecognitionMissing');
      // the reference residential-area set carries this gate (reference/criteria/qd510-2022)
      if (!gate) throw new Error('the residential-area set has no safetyRecognitionMissing gate');
      expect(sheet.result.total).toBe(100);
      expect(sheet.result.byPoints).toBe('excellent');
      expect(sheet.result.classification).toBe(gate.capAt);
      expect(sheet.result.reasons.map((r) => r.gateKind)).toContain('safetyRecognitionMissing');
      await env()
        .database.db.insert(safetyRecognitions)
        .values({
          cycleId: cycle.id,
          unitId: p.a.areas[1]!.id,
          unitPath: p.a.areas[1]!.path,
          year: YEAR,
          checklistSetId: cycle.targets.find((t) => t.unitType === 'residentialArea')!.safetySetId!,
          checks: {},
          status: 'granted',
          decisionNumber: '01/QĐ-UBND',
          decisionDate: '2026-11-01',
        });
      const titled = await getSheet(officerA, p.a.areas[1]!.id);
      expect(titled.result.classification).toBe('excellent');
    });

    it('moves the proposed class in the review list when the title is granted and revoked', async () => {
      const unit = p.b.areas[0]!;
      const s = await login(
        env().app,
        (await buildUser(env().database.db, [{ role: 'representative', unit }])).username,
      );
      const sheet = await getSheet(s, unit.id);
      const saved = await as(env().app, s).put(`${sheetUrl(unit.id)}/self`, {
        version: sheet.version,
        entries: fullValues(sheet),
      });
      expect(saved.json().result.classification).toBe('good'); // capped: no title yet
      const listed = async () => {
        const res = await as(env().app, decider).get(`/api/evaluations/review?year=${YEAR}&unitId=${p.b.commune.id}`);
        return res.json().items.find((r: { unit: { id: number } }) => r.unit.id === unit.id).classification;
      };
      expect(await listed()).toBe('good');
      const title = (await as(env().app, decider).get(`/api/safety/units/${unit.id}/${YEAR}`)).json();
      const checks = Object.fromEntries(title.checklist.items.map((i: { code: string }) => [i.code, { met: true }]));
      const granted = await as(env().app, decider).post(`/api/safety/units/${unit.id}/${YEAR}`, {
        version: 0,
        checks,
        decisionNumber: '07/QĐ-UBND',
        decisionDate: '2026-11-04',
      });
      expect(granted.statusCode, granted.body).toBe(200);
      expect(await listed()).toBe('excellent');
      const revoked = await as(env().app, decider).post(`/api/safety/units/${unit.id}/${YEAR}/revoke`, {
        version: granted.json().recognition.version,
        reason: 'Phát hiện vụ việc nghiêm trọng sau khi công nhận',
      });
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(await listed()).toBe('good');
    });

    it('caps the class when an event is recorded against a gated criterion', async () => {
      const sheet = await getSheet(officerA, p.a.areas[1]!.id);
      const gate = sheet.set.classification.gates.find((g) => g.kind === 'eventsRecorded');
      if (gate?.kind !== 'eventsRecorded') throw new Error('the residential-area set has no eventsRecorded gate');
      const leaf = leavesOf(sheet.set).find(
        (l) => (l.code === gate.criterion || l.parentCode === gate.criterion) && l.rule.type === 'deductionPerEvent',
      )!;
      const res = await as(env().app, officerA).put(`${sheetUrl(p.a.areas[1]!.id)}/review`, {
        version: sheet.version,
        entries: [{ code: leaf.code, value: 1, reason: 'Có 1 vụ tụ tập gây rối' }],
      });
      expect(res.statusCode).toBe(200);
      const r = (res.json() as SheetView).result;
      expect(r.reasons.find((x) => x.gateKind === 'eventsRecorded')).toMatchObject({
        events: 1,
        criterion: gate.criterion,
      });
      expect(['average', 'weak']).toContain(r.classification);
    });
  });

  describe('evidence', () => {
    const upload = (
      s: Session,
      name: string,
      data: Buffer,
      code: string,
      version: number,
      unitId = p.b.areas[0]!.id,
    ) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(data)]), name);
      return as(env().app, s).post(`${sheetUrl(unitId)}/evidence?code=${code}&version=${version}`, form);
    };
    it('accepts a real image, refuses a renamed text file and an empty one', async () => {
      const s = await login(
        env().app,
        (await buildUser(env().database.db, [{ role: 'representative', unit: p.b.areas[0]! }])).username,
      );
      const sheet = await getSheet(s, p.b.areas[0]!.id);
      const code = sheet.entries[0]!.code;
      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
      const ok = await upload(s, 'bien-ban.png', png, code, sheet.version);
      expect(ok.statusCode).toBe(200);
      const withFile = ok.json() as SheetView;
      expect(withFile.evidence).toMatchObject([{ code, fileName: 'bien-ban.png', mimeType: 'image/png' }]);
      const fake = await upload(s, 'anh.jpg', Buffer.from('MZ this is not an image'), code, withFile.version);
      expect(fake.statusCode).toBe(415);
      expect(fake.json().title).toContain('anh.jpg');
      const empty = await upload(s, 'rong.pdf', Buffer.alloc(0), code, withFile.version);
      expect(empty.statusCode).toBe(422);
      const file = await as(env().app, officerB).get(`/api/evaluations/evidence/${withFile.evidence[0]!.id}`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(png)).toBe(true);
      expect(
        (await as(env().app, officerA).get(`/api/evaluations/evidence/${withFile.evidence[0]!.id}`)).statusCode,
      ).toBe(403);
    });
  });

  describe('dashboard', () => {
    it('counts the decided unit in its class, per child commune, with no previous year', async () => {
      const res = await as(env().app, decider).get(`/api/evaluations/dashboard?unitId=${p.province.id}&year=${YEAR}`);
      expect(res.statusCode).toBe(200);
      const d = res.json();
      const decidedClass = (await getSheet(decider)).decided!.classification;
      expect(d.current.decided).toBe(1);
      expect(d.current.byClass[decidedClass]).toBe(1);
      expect(d.current.units).toBe(8); // two communes, each with two areas and a school
      expect(d.previous).toBeNull();
      const a = d.children.find((c: { unit: { id: number } }) => c.unit.id === p.a.commune.id);
      expect(a.counts.byClass[decidedClass]).toBe(1);
      expect(a.counts.units).toBe(4);
      expect(d.labels.excellent).toBe('Xuất sắc');
      const forbidden = await as(env().app, officerB).get(
        `/api/evaluations/dashboard?unitId=${p.a.commune.id}&year=${YEAR}`,
      );
      expect(forbidden.statusCode).toBe(403);
    });
  });

  describe('exports', () => {
    it('downloads the decided sheet as DOCX and XLSX and the commune summary as XLSX', async () => {
      const docx = await as(env().app, officerA).get(`${sheetUrl()}/sheet.docx`);
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const xlsx = await as(env().app, officerA).get(`${sheetUrl()}/sheet.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const summary = await as(env().app, officerA).get(
        `/api/evaluations/summary.xlsx?unitId=${p.a.commune.id}&year=${YEAR}`,
      );
      expect(summary.statusCode).toBe(200);
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(summary.rawPayload as never);
      const text = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
      expect(text).toContain(area().name);
      expect(text).toContain(p.a.school.name);
      expect(text).not.toContain(p.b.areas[0]!.name);
      const other = await as(env().app, officerB).get(
        `/api/evaluations/summary.xlsx?unitId=${p.a.commune.id}&year=${YEAR}`,
      );
      expect(other.statusCode).toBe(403);
    });
  });

  describe('closing the year', () => {
    it('closes the year, after which no sheet changes', async () => {
      const c = (await as(env().app, admin).get(`/api/evaluations/cycles/${cycle.id}`)).json() as CycleView;
      expect(
        (await as(env().app, officerA).post(`/api/evaluations/cycles/${cycle.id}/close`, { version: c.version }))
          .statusCode,
      ).toBe(403);
      const closed = await as(env().app, admin).post(`/api/evaluations/cycles/${cycle.id}/close`, {
        version: c.version,
      });
      expect(closed.statusCode).toBe(200);
      expect(closed.json().status).toBe('closed');
      const s2 = await login(
        env().app,
        (await buildUser(env().database.db, [{ role: 'representative', unit: p.b.areas[1]! }])).username,
      );
      const view = await getSheet(s2, p.b.areas[1]!.id);
      expect(view.can.edit).toBe(false);
      const res = await as(env().app, s2).put(`${sheetUrl(p.b.areas[1]!.id)}/self`, { version: 0, entries: [] });
      expect(res.statusCode).toBe(409);
      expect(res.json().title).toContain('kết thúc');
    });
  });
});
