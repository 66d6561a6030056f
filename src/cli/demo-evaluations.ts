import { and, eq, inArray, sql } from 'drizzle-orm';
import type { EvaluatedUnitType, MovementSetDefinition, SafetySetDefinition } from '../common/criteria/schemas.ts';
import type { EvaluationStatus } from '../common/evaluation/schemas.ts';
import type { Db, Executor } from '../db/client.ts';
import {
  evaluationCycles,
  evaluationEntries,
  evaluationEvents,
  evaluations,
  orgUnits,
  remediationActions,
  remediationPlans,
  safetyRecognitions,
} from '../db/schema/index.ts';
import { classify } from '../domain/evaluation/classification.ts';
import { leavesOf } from '../domain/evaluation/criteria.ts';
import { addDays } from '../domain/evaluation/deadlines.ts';
import type { EntryValues } from '../domain/evaluation/scoring.ts';
import { evaluatedTypeOf } from '../domain/evaluation/unit-type.ts';
import type { Clock, Ctx } from '../server/context.ts';
import { queryRows, setsByIds, targetsOf, todayOf } from '../server/features/evaluation/queries.ts';
import { openCycle } from '../server/features/evaluation/service/cycle.ts';
import { ensureRoot } from '../server/features/org-unit/queries.ts';
import { systemActor } from './seed-demo.ts';

/**
 * Evaluation years for the demo province, and the generator the evaluation
 * benchmark shares: sheets filled with plausible values, classified by the
 * domain rules (never by a shortcut), written with bulk inserts. Seeded random,
 * so the same database comes out every time.
 */

/** mulberry32: a small seeded generator; Math.random would make every demo different. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
export type Rng = ReturnType<typeof seededRandom>;

/** How well a unit runs the movement, 0–1: most do well, a few poorly (the shape of the published results, §1.5). */
export function drawQuality(rng: Rng): number {
  const r = rng();
  if (r < 0.4) return 0.93 + rng() * 0.07;
  if (r < 0.85) return 0.78 + rng() * 0.15;
  if (r < 0.96) return 0.55 + rng() * 0.2;
  return 0.3 + rng() * 0.25;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const quarter = (n: number) => Math.round(n * 4) / 4;

const adjustReasons = [
  'Không có biên bản họp kèm theo',
  'Số liệu chưa khớp với báo cáo của công an xã',
  'Mô hình chưa duy trì hoạt động thường xuyên',
  'Tỷ lệ đăng ký tính trên số hộ chưa cập nhật',
];

/** The unit's own values on every line, by the line's rule, and now and then a reviewer's adjustment. */
export function fillSheet(set: MovementSetDefinition, rng: Rng, quality: number, reviewed: boolean) {
  const self: EntryValues = {};
  const review: Record<string, { value: number; reason: string }> = {};
  for (const leaf of leavesOf(set)) {
    const q = clamp(quality + (rng() - 0.5) * 0.15, 0, 1);
    let value: number;
    switch (leaf.rule.type) {
      case 'manual':
        value = quarter(leaf.maxPoints * q);
        break;
      case 'percentageBands':
        value = Math.round(clamp(100 * q + rng() * 8, 0, 100));
        break;
      case 'deductionPerEvent':
        // prohibited events are rare, and rarer where the movement is strong
        value = rng() < (1 - quality) * 0.08 ? 1 + Math.floor(rng() * 2) : 0;
        break;
    }
    self[leaf.code] = value;
    if (reviewed && leaf.rule.type === 'manual' && value > 0 && rng() < 0.06)
      review[leaf.code] = {
        value: quarter(value * 0.8),
        reason: adjustReasons[Math.floor(rng() * adjustReasons.length)] ?? '',
      };
  }
  return { self, review };
}

export type EvalUnit = { id: number; path: string; unitType: EvaluatedUnitType };
export type TypeSettings = {
  setId: number;
  set: MovementSetDefinition;
  safetySetId: number | null;
  safety: SafetySetDefinition | null;
  submitBy: string;
  decideBy: string;
};

/** What to write for one unit; the generator fills the values. */
export type SheetPlan = {
  unit: EvalUnit;
  status: EvaluationStatus;
  quality: number;
  /** holds the "An toàn về ANTT" title for the year */
  titled: boolean;
  /** decided Average/Weak: the remediation plan filed, and whether it is done */
  plan: 'none' | 'open' | 'completed';
  decisionDate: string;
  submittedOn: string;
  /** the unit's own values, when a demo case needs a given result; generated otherwise */
  values?: EntryValues;
};

const chunks = <T>(rows: T[], size: number) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

/** Bulk insert in slices: PostgreSQL takes at most 65,535 parameters per statement. */
async function insertAll<T>(rows: T[], size: number, write: (slice: T[]) => Promise<unknown>) {
  for (const slice of chunks(rows, size)) if (slice.length) await write(slice);
}

/**
 * Writes a year of sheets: the evaluation rows with totals and classes from
 * `classify`, one entry row per line, titles, workflow events and the plans of
 * decided Average/Weak units. Returns how many rows of each it wrote.
 */
export async function insertEvaluations(
  db: Executor,
  p: { cycleId: number; year: number; types: Map<EvaluatedUnitType, TypeSettings>; plans: SheetPlan[]; rng: Rng },
) {
  const started = p.plans.filter((s) => s.status !== 'notStarted');
  await insertAll(
    p.plans.filter((s) => s.titled),
    1000,
    (slice) => {
      const rows = slice.flatMap((s) => {
        const t = p.types.get(s.unit.unitType);
        if (!t?.safetySetId || !t.safety) return [];
        return [
          {
            cycleId: p.cycleId,
            unitId: s.unit.id,
            unitPath: s.unit.path,
            year: p.year,
            checklistSetId: t.safetySetId,
            checks: Object.fromEntries(t.safety.items.map((i) => [i.code, { met: true }])),
            status: 'granted' as const,
            decisionNumber: `${(s.unit.id % 900) + 100}/QĐ-UBND`,
            decisionDate: s.decisionDate,
          },
        ];
      });
      return rows.length ? db.insert(safetyRecognitions).values(rows) : Promise.resolve();
    },
  );
  const sheets = started.map((s) => {
    const t = p.types.get(s.unit.unitType)!;
    const reviewed = s.status === 'approved' || s.status === 'decided';
    const filled = fillSheet(t.set, p.rng, s.quality, reviewed);
    const self = s.values ?? filled.self;
    const review = s.values ? {} : filled.review;
    const counted = { ...self, ...Object.fromEntries(Object.entries(review).map(([c, r]) => [c, r.value])) };
    const facts = { safetyRecognised: s.titled && !!t.safetySetId };
    const own = classify(t.set, self, facts);
    const current = classify(t.set, counted, facts);
    return { s, t, self, review, own, current };
  });
  const ids = new Map<number, number>();
  await insertAll(sheets, 500, async (slice) => {
    const rows = await db
      .insert(evaluations)
      .values(
        slice.map(({ s, t, own, current }) => {
          const submitted = s.status !== 'draft';
          const decided = s.status === 'decided';
          return {
            cycleId: p.cycleId,
            unitId: s.unit.id,
            unitPath: s.unit.path,
            unitType: s.unit.unitType,
            year: p.year,
            criteriaSetId: t.setId,
            status: s.status,
            selfTotal: own.total,
            total: current.total,
            classification: current.classification,
            explanation: current.reasons,
            decidedClassification: decided ? current.classification : null,
            decisionNumber: decided ? `${(s.unit.id % 90) + 10}/QĐ-BCĐ` : null,
            decisionDate: decided ? s.decisionDate : null,
            decidedAt: decided ? new Date(`${s.decisionDate}T09:00:00+07:00`) : null,
            submittedAt: submitted ? new Date(`${s.submittedOn}T15:00:00+07:00`) : null,
            version: decided ? 5 : submitted ? 3 : 2,
          };
        }),
      )
      .returning({ id: evaluations.id, unitId: evaluations.unitId });
    for (const r of rows) ids.set(r.unitId, r.id);
  });
  const entries = sheets.flatMap(({ s, t, self, review }) =>
    leavesOf(t.set).map((leaf) => ({
      evaluationId: ids.get(s.unit.id)!,
      code: leaf.code,
      selfValue: self[leaf.code] ?? null,
      reviewValue: review[leaf.code]?.value ?? null,
      reviewReason: review[leaf.code]?.reason ?? null,
    })),
  );
  await insertAll(entries, 2000, (slice) => db.insert(evaluationEntries).values(slice));
  const events = sheets.flatMap(({ s }) => workflowEvents(ids.get(s.unit.id)!, s));
  await insertAll(events, 2000, (slice) => db.insert(evaluationEvents).values(slice));
  const plans = sheets.filter(
    ({ s, current }) =>
      s.status === 'decided' &&
      s.plan !== 'none' &&
      (current.classification === 'average' || current.classification === 'weak'),
  );
  await insertAll(plans, 1000, (slice) =>
    db.insert(remediationPlans).values(
      slice.map(({ s }) => ({
        evaluationId: ids.get(s.unit.id)!,
        unitId: s.unit.id,
        unitPath: s.unit.path,
        year: p.year,
        dueDate: addDays(s.decisionDate, 90),
        responsibleName: 'Thành viên Ban Chỉ đạo phụ trách địa bàn',
        summary: 'Khắc phục các tiêu chí chưa đạt, báo cáo kết quả với Ban Chỉ đạo cấp trên',
        status: s.plan === 'completed' ? ('completed' as const) : ('open' as const),
        completedAt: s.plan === 'completed' ? addDays(s.decisionDate, 80) : null,
      })),
    ),
  );
  await insertPlanActions(
    db,
    plans.map(({ s }) => ({ evaluationId: ids.get(s.unit.id)!, plan: s })),
  );
  return { evaluations: sheets.length, entries: entries.length, events: events.length, plans: plans.length };
}

/** Three actions per demo plan, done when the plan is completed, under way otherwise. */
async function insertPlanActions(db: Executor, plans: { evaluationId: number; plan: SheetPlan }[]) {
  if (plans.length === 0) return;
  const rows = await db
    .select({ id: remediationPlans.id, evaluationId: remediationPlans.evaluationId })
    .from(remediationPlans)
    .where(
      inArray(
        remediationPlans.evaluationId,
        plans.map((p) => p.evaluationId),
      ),
    );
  const byEval = new Map(plans.map((p) => [p.evaluationId, p.plan]));
  const texts = [
    'Họp chi bộ, ban hành nghị quyết chuyên đề về an ninh, trật tự',
    'Củng cố tổ bảo vệ an ninh, trật tự và tổ hòa giải ở cơ sở',
    'Tổ chức hội nghị lắng nghe ý kiến Nhân dân, báo cáo kết quả khắc phục',
  ];
  const actions = rows.flatMap((r) => {
    const s = byEval.get(r.evaluationId)!;
    const done = s.plan === 'completed';
    return texts.map((text, i) => ({
      planId: r.id,
      position: i + 1,
      text,
      dueDate: addDays(s.decisionDate, 30 * (i + 1)),
      status: done || i === 0 ? ('done' as const) : i === 1 ? ('inProgress' as const) : ('todo' as const),
      progress: done || i === 0 ? 'Đã thực hiện' : null,
    }));
  });
  await insertAll(actions, 2000, (slice) => db.insert(remediationActions).values(slice));
}

/** The steps that brought a sheet to its status, for the history panel. */
function workflowEvents(evaluationId: number, s: SheetPlan) {
  const at = (day: string) => new Date(`${day}T15:00:00+07:00`);
  const step = (action: string, from: EvaluationStatus, to: EvaluationStatus, day: string, message?: string) => ({
    evaluationId,
    action,
    fromStatus: from,
    toStatus: to,
    message: message ?? null,
    actorName: 'Dữ liệu minh họa',
    at: at(day),
  });
  const submitted = s.submittedOn;
  const out = [step('save', 'notStarted', 'draft', addDays(submitted, -5))];
  if (s.status === 'draft') return out;
  out.push(step('submit', 'draft', 'submitted', submitted));
  if (s.status === 'returned')
    out.push(
      step('sendBack', 'submitted', 'returned', addDays(submitted, 2), 'Đề nghị bổ sung biên bản họp khu dân cư'),
    );
  if (s.status === 'approved' || s.status === 'decided')
    out.push(step('approve', 'submitted', 'approved', addDays(submitted, 3)));
  if (s.status === 'decided') out.push(step('decide', 'approved', 'decided', s.decisionDate));
  return out;
}

/** The year's settings per unit type, read back from the opened cycle. */
export async function typeSettings(db: Executor, cycleId: number) {
  const targets = await targetsOf(db, [cycleId]);
  const sets = await setsByIds(
    db,
    targets.flatMap((t) => [t.criteriaSetId, t.safetySetId ?? t.criteriaSetId]),
  );
  const out = new Map<EvaluatedUnitType, TypeSettings>();
  for (const t of targets) {
    const safety = t.safetySetId ? sets.get(t.safetySetId)?.definition : undefined;
    out.set(t.unitType as EvaluatedUnitType, {
      setId: t.criteriaSetId,
      set: sets.get(t.criteriaSetId)!.definition as MovementSetDefinition,
      safetySetId: t.safetySetId,
      safety: safety?.kind === 'safety' ? safety : null,
      submitBy: t.submitBy,
      decideBy: t.decideBy,
    });
  }
  return out;
}

/** Active units under a unit that the year scores, in tree order. */
export async function evaluatedUnitsUnder(db: Executor, path: string, types: Set<EvaluatedUnitType>) {
  const rows = await queryRows<{ id: number; path: string; level: string | null; kind: string; name: string }>(
    db,
    sql`select id, path, level, kind, name from org_units
         where path like ${`${path}%`} and path <> ${path} and status = 'active' order by path`,
  );
  return rows.flatMap((r) => {
    const unitType = evaluatedTypeOf(r);
    return unitType && types.has(unitType) ? [{ id: r.id, path: r.path, unitType, name: r.name }] : [];
  });
}

const pick = <T>(rng: Rng, weighted: [T, number][]): T => {
  let r = rng() * weighted.reduce((n, [, w]) => n + w, 0);
  for (const [v, w] of weighted) {
    r -= w;
    if (r < 0) return v;
  }
  return weighted[weighted.length - 1]![0];
};

/** Values that the rules classify as `target` (without the title): aims a demo unit at one result. */
function valuesFor(set: MovementSetDefinition, target: 'average', seed: number): EntryValues | undefined {
  for (let i = 0; i < 200; i++) {
    const { self } = fillSheet(set, seededRandom(seed + i), 0.5 + (i % 40) * 0.005, false);
    if (classify(set, self, { safetyRecognised: false }).classification === target) return self;
  }
  return undefined;
}

/**
 * The demo province's evaluation years: 2025 fully decided (the dashboard's
 * previous year) and 2026 in progress, with the cases a demo shows: units not
 * started, drafts, submitted and returned sheets, approvals, a few decisions,
 * and one Average residential area of Phường Thành Sen without its plan.
 * Skips a year that already has sheets, so it can run on every start.
 */
export async function seedDemoEvaluations(db: Db, clock: Clock): Promise<{ years: number[] }> {
  const root = await ensureRoot(db);
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, '42')));
  if (!province) return { years: [] };
  const ctx: Ctx = { db, actor: systemActor(root), clock, lang: 'vi' };
  const today = todayOf(clock.now());
  const done: number[] = [];
  for (const year of [2025, 2026]) {
    const [opened] = await db
      .select({ id: evaluationCycles.id })
      .from(evaluationCycles)
      .where(and(eq(evaluationCycles.unitId, province.id), eq(evaluationCycles.year, year)));
    const cycleId = opened?.id ?? (await openCycle(ctx, { unitId: province.id, year })).id;
    const [existing] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(evaluations)
      .where(eq(evaluations.cycleId, cycleId));
    if (Number(existing?.n ?? 0) > 0) continue;
    const types = await typeSettings(db, cycleId);
    const units = await evaluatedUnitsUnder(db, province.path, new Set(types.keys()));
    const rng = seededRandom(year);
    const plans = units.map((unit) => demoPlan(unit, year, types.get(unit.unitType)!, rng, today));
    // One Average area of Thành Sen, decided by its commune, whose plan is still missing.
    const thanhSen = units.find((u) => u.name === 'Phường Thành Sen');
    const area = units.find(
      (u) =>
        thanhSen && u.unitType === 'residentialArea' && u.path.startsWith(thanhSen.path) && u.name === 'Tổ dân phố 2',
    );
    const target = area && plans.find((s) => s.unit.id === area.id);
    if (target && year === 2026) {
      target.status = 'decided';
      target.titled = false;
      target.plan = 'none';
      target.values = valuesFor(types.get('residentialArea')!.set, 'average', year);
    }
    await db.transaction((tx) => insertEvaluations(tx, { cycleId, year, types, plans, rng }));
    done.push(year);
  }
  return { years: done };
}

function demoPlan(
  unit: EvalUnit & { name: string },
  year: number,
  t: TypeSettings,
  rng: Rng,
  today: string,
): SheetPlan {
  const quality = drawQuality(rng);
  const past = year < Number(today.slice(0, 4));
  // the representative of Tổ dân phố 1 finds a draft to finish; the rest by weights
  const status: EvaluationStatus = past
    ? 'decided'
    : unit.name === 'Tổ dân phố 1'
      ? 'draft'
      : pick<EvaluationStatus>(rng, [
          ['notStarted', 10],
          ['draft', 15],
          ['submitted', 25],
          ['returned', 6],
          ['approved', 26],
          ['decided', 18],
        ]);
  const cap = (d: string) => (d > today ? today : d);
  const submittedOn = cap(addDays(t.submitBy, -1 - Math.floor(rng() * 12)));
  const decisionDate = cap(addDays(t.decideBy, -Math.floor(rng() * 5)));
  return {
    unit,
    status,
    quality,
    titled: quality > 0.8 ? rng() < 0.92 : rng() < 0.45,
    plan: past ? 'completed' : 'open',
    decisionDate: decisionDate < submittedOn ? submittedOn : decisionDate,
    submittedOn,
  };
}
