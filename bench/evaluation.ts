/**
 * The evaluation dashboard and the level summary export on a province of
 * 3,000 evaluated units with one year of sheets (issue #3, point 8).
 *
 *   node bench/evaluation.ts [--kinds pglite,postgres] [--iterations 20] [--warmup 3]
 *                            [--communes 120] [--areas 20] [--institutions 4]
 *                            [--pg-url postgres://…] [--keep]
 *
 * Per database kind (PGlite in a temporary folder; PostgreSQL in a scratch
 * database `toandan_bench_eval_*` created through --pg-url, BENCH_DATABASE_URL
 * or TEST_DATABASE_URL, then dropped, so test data is never touched):
 * 1. migrate, sync the reference criteria sets;
 * 2. one province: --communes communes, each with --areas residential areas and
 *    --institutions agencies/enterprises/schools (defaults: 120 × (1 + 20 + 4)
 *    = 3,000 evaluated units), bulk inserted with their materialised paths;
 * 3. open the year through `openCycle`, then one year of sheets through the
 *    demo generator (`src/cli/demo-evaluations.ts`): a year-end mix of statuses,
 *    values on every line, totals and classes from the domain `classify`,
 *    titles, workflow events, remediation plans; then ANALYZE;
 * 4. warm measurements, --iterations each after --warmup: the baseline (raw SQL
 *    counting the subtree's sheets by class), `getDashboard` at the province,
 *    `summaryRows` + `renderSummaryXlsx` for the communes level and for the
 *    whole subtree, and the two halves of the subtree export apart.
 *
 * Prints a table per kind (p50, p95, ratio of p50 to the baseline's p50
 * measured in the same run) and writes bench/results/evaluation-<date>.json.
 */
import { sql } from 'drizzle-orm';
import {
  drawQuality,
  evaluatedUnitsUnder,
  insertEvaluations,
  type Rng,
  type SheetPlan,
  seededRandom,
  type TypeSettings,
  typeSettings,
} from '../src/cli/demo-evaluations.ts';
import { systemActor } from '../src/cli/seed-demo.ts';
import type { EvaluatedUnitType } from '../src/common/criteria/schemas.ts';
import type { EvaluationStatus } from '../src/common/evaluation/schemas.ts';
import { type Database, type Db, queryRows } from '../src/db/client.ts';
import { orgUnits } from '../src/db/schema/index.ts';
import { addDays } from '../src/domain/evaluation/deadlines.ts';
import { foldText } from '../src/domain/text.ts';
import type { Clock, Ctx } from '../src/server/context.ts';
import { syncReferenceCriteriaSets } from '../src/server/features/criteria-set/reference.ts';
import { renderSummaryXlsx } from '../src/server/features/evaluation/export/summary-xlsx.ts';
import { openCycle } from '../src/server/features/evaluation/service/cycle.ts';
import { getDashboard } from '../src/server/features/evaluation/service/dashboard.ts';
import { summaryRows } from '../src/server/features/evaluation/service/review-list.ts';
import { ensureRoot, type UnitRow } from '../src/server/features/org-unit/queries.ts';
import { machineInfo, numArg, parseArgs, writeResult } from './lib.ts';
import { scratchPglite, scratchPostgres } from './scratch-db.ts';

const args = parseArgs();
const iterations = numArg(args, 'iterations', 20);
const warmup = numArg(args, 'warmup', 3);
const shape = {
  communes: numArg(args, 'communes', 120),
  areas: numArg(args, 'areas', 20),
  institutions: numArg(args, 'institutions', 4),
};
const keep = args.has('keep');
const pgAdminUrl = args.get('pg-url') ?? process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const kinds = (args.get('kinds') ?? (pgAdminUrl ? 'pglite,postgres' : 'pglite')).split(',') as Kind[];
const YEAR = 2026;
/** Mid-December: past every deadline of the year, so lateness and plans count as they would at year end. */
const clock: Clock = { now: () => new Date('2026-12-10T03:00:00Z') };

type Kind = 'pglite' | 'postgres';
type Measure = { name: string; rows?: number; bytes?: number; p50: number; p95: number; min: number; max: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function measure(
  name: string,
  run: () => Promise<{ rows?: number; bytes?: number } | undefined>,
): Promise<Measure> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  let last: { rows?: number; bytes?: number } | undefined;
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    last = await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    ...last,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    min: round(times[0] ?? Number.NaN),
    max: round(times.at(-1) ?? Number.NaN),
  };
}

// ------------------------------------------------------------------ the province

const institutionKinds = ['school', 'agency', 'enterprise', 'school'] as const;

/** Ids from the table's own sequence, so paths can be written in the same insert. */
async function reserveIds(db: Db, n: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select nextval(pg_get_serial_sequence('org_units', 'id'))::int as id from generate_series(1, ${n})`,
  );
  return rows.map((r) => Number(r.id));
}

/** One province of communes, residential areas and institutions, bulk inserted with correct paths and depths. */
async function buildProvince(db: Db, root: UnitRow) {
  const perCommune = 1 + shape.areas + shape.institutions;
  const ids = await reserveIds(db, 1 + shape.communes * perCommune);
  let next = 0;
  const take = () => ids[next++]!;
  const provinceId = take();
  const province = {
    id: provinceId,
    code: '99',
    name: 'Tỉnh Thử Tải',
    level: 'province' as const,
    kind: 'administrative' as const,
    typeLabel: 'Tỉnh',
    parentId: root.id,
    path: `${root.path}${provinceId}/`,
    depth: root.depth + 1,
  };
  const rows: (typeof orgUnits.$inferInsert)[] = [{ ...province, searchName: foldText(province.name) }];
  for (let c = 1; c <= shape.communes; c++) {
    const id = take();
    const ward = c % 4 === 0;
    const name = `${ward ? 'Phường' : 'Xã'} Số ${c}`;
    const path = `${province.path}${id}/`;
    rows.push({
      id,
      code: `99${String(c).padStart(3, '0')}`,
      name,
      searchName: foldText(name),
      level: 'commune',
      kind: 'administrative',
      typeLabel: ward ? 'Phường' : 'Xã',
      parentId: province.id,
      path,
      depth: province.depth + 1,
    });
    for (let a = 1; a <= shape.areas; a++) {
      const aid = take();
      const areaName = `${ward ? 'Tổ dân phố' : 'Thôn'} ${a}`;
      rows.push({
        id: aid,
        name: areaName,
        searchName: foldText(areaName),
        level: 'residentialArea',
        kind: 'administrative',
        typeLabel: ward ? 'Tổ dân phố' : 'Thôn',
        parentId: id,
        path: `${path}${aid}/`,
        depth: province.depth + 2,
      });
    }
    for (let k = 0; k < shape.institutions; k++) {
      const iid = take();
      const kind = institutionKinds[k % institutionKinds.length]!;
      const instName = `${kind === 'school' ? 'Trường' : kind === 'agency' ? 'Cơ quan' : 'Công ty'} ${k + 1} ${name}`;
      rows.push({
        id: iid,
        name: instName,
        searchName: foldText(instName),
        level: null,
        kind,
        parentId: id,
        path: `${path}${iid}/`,
        depth: province.depth + 2,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await db.insert(orgUnits).values(rows.slice(i, i + 1000));
  return { province, units: rows.length };
}

/** A year-end mix: most sheets decided, a tail still in review or never started. */
function yearEndPlan(
  unit: { id: number; path: string; unitType: EvaluatedUnitType },
  t: TypeSettings,
  rng: Rng,
): SheetPlan {
  const quality = drawQuality(rng);
  const r = rng();
  const status: EvaluationStatus =
    r < 0.03
      ? 'notStarted'
      : r < 0.07
        ? 'draft'
        : r < 0.15
          ? 'submitted'
          : r < 0.17
            ? 'returned'
            : r < 0.3
              ? 'approved'
              : 'decided';
  return {
    unit,
    status,
    quality,
    titled: quality > 0.8 ? rng() < 0.92 : rng() < 0.45,
    plan: rng() < 0.8 ? 'open' : 'none',
    submittedOn: addDays(t.submitBy, -Math.floor(rng() * 12)),
    decisionDate: addDays(t.decideBy, -Math.floor(rng() * 5)),
  };
}

// ------------------------------------------------------------------ one database

async function openKind(kind: Kind) {
  if (kind === 'pglite') return scratchPglite('toandan-bench-eval', keep);
  if (!pgAdminUrl) throw new Error('PostgreSQL needs --pg-url, BENCH_DATABASE_URL or TEST_DATABASE_URL');
  return scratchPostgres(pgAdminUrl, 'toandan_bench_eval', keep);
}

async function generate(database: Database) {
  const { db } = database;
  const t0 = performance.now();
  await database.migrate();
  await syncReferenceCriteriaSets(db);
  const root = await ensureRoot(db);
  const tMigrated = performance.now();
  const { province, units } = await buildProvince(db, root);
  const tUnits = performance.now();
  const ctx: Ctx = { db, actor: systemActor(root), clock, lang: 'vi' };
  const cycle = await openCycle(ctx, { unitId: province.id, year: YEAR });
  const types = await typeSettings(db, cycle.id);
  const evaluated = await evaluatedUnitsUnder(db, province.path, new Set(types.keys()));
  const rng = seededRandom(2026);
  const plans = evaluated.map((u) => yearEndPlan(u, types.get(u.unitType)!, rng));
  const written = await db.transaction((tx) =>
    insertEvaluations(tx, { cycleId: cycle.id, year: YEAR, types, plans, rng }),
  );
  await db.execute(sql`analyze`);
  const tDone = performance.now();
  return {
    ctx,
    province,
    generated: {
      units,
      evaluatedUnits: evaluated.length,
      ...written,
      migrateMs: Math.round(tMigrated - t0),
      unitsMs: Math.round(tUnits - tMigrated),
      evaluationsMs: Math.round(tDone - tUnits),
    },
  };
}

async function runKind(kind: Kind) {
  const { database, target, cleanup } = await openKind(kind);
  try {
    const { ctx, province, generated } = await generate(database);
    const labels = { excellent: 'Xuất sắc', good: 'Khá', average: 'Trung bình', weak: 'Yếu' };
    const exportOf = async (scope: 'children' | 'subtree') => {
      const s = await summaryRows(ctx, { unitId: province.id, year: YEAR, scope });
      const buf = await renderSummaryXlsx(
        { unit: s.unit, year: YEAR, labels: s.labels, rows: s.rows, today: s.today },
        { lang: 'vi' },
      );
      return { rows: s.rows.length, bytes: buf.length };
    };
    const subtreeRows = (await summaryRows(ctx, { unitId: province.id, year: YEAR, scope: 'subtree' })).rows;
    const measures: Measure[] = [];
    measures.push(
      await measure('baseline: count by class (raw SQL)', async () => {
        const rows = await queryRows<{ classification: string; n: number }>(
          database.db,
          sql`select classification, count(*) as n from evaluations where unit_path like ${`${province.path}%`} group by 1`,
        );
        return { rows: rows.reduce((n, r) => n + Number(r.n), 0) };
      }),
      await measure('getDashboard (province)', async () => {
        const d = await getDashboard(ctx, { unitId: province.id, year: YEAR });
        return { rows: d.current.units };
      }),
      await measure('summary export: communes level', () => exportOf('children')),
      await measure('summary export: whole subtree', () => exportOf('subtree')),
      await measure('  of which summaryRows (subtree)', async () => {
        const s = await summaryRows(ctx, { unitId: province.id, year: YEAR, scope: 'subtree' });
        return { rows: s.rows.length };
      }),
      await measure('  of which renderSummaryXlsx (subtree)', async () => {
        const buf = await renderSummaryXlsx(
          { unit: { name: province.name }, year: YEAR, labels, rows: subtreeRows, today: '2026-12-10' },
          { lang: 'vi' },
        );
        return { rows: subtreeRows.length, bytes: buf.length };
      }),
    );
    return { kind, target, generated, measures };
  } finally {
    await cleanup();
  }
}

function printTable(r: Awaited<ReturnType<typeof runKind>>) {
  const base = r.measures[0]?.p50 ?? Number.NaN;
  const g = r.generated;
  console.log(`\n${r.kind} — ${r.target}`);
  console.log(
    `  generated ${g.units} units (${g.evaluatedUnits} evaluated), ${g.evaluations} sheets, ${g.entries} lines, ` +
      `${g.events} events, ${g.plans} plans; migrate ${g.migrateMs} ms, units ${g.unitsMs} ms, year ${g.evaluationsMs} ms`,
  );
  const head = ['measurement', 'rows', 'xlsx bytes', 'p50 ms', 'p95 ms', '× baseline'];
  const lines = r.measures.map((m) => [
    m.name,
    String(m.rows ?? ''),
    m.bytes ? m.bytes.toLocaleString('vi-VN') : '',
    m.p50.toFixed(1),
    m.p95.toFixed(1),
    (m.p50 / base).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) =>
    `  | ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(fmt(head));
  console.log(`  |${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(fmt(l));
}

const results = [];
for (const kind of kinds) {
  const r = await runKind(kind);
  printTable(r);
  results.push(r);
}
const file = writeResult('evaluation', {
  machine: machineInfo(),
  config: { iterations, warmup, shape, year: YEAR, clock: clock.now().toISOString() },
  results,
});
console.log(`\nResults: ${file}`);
