import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../db/client.ts';
import { orgUnits } from '../db/schema/index.ts';
import type { Ctx } from '../server/context.ts';
import { syncReferenceCriteriaSets } from '../server/features/criteria-set/reference.ts';
import { getDashboard } from '../server/features/evaluation/service/dashboard.ts';
import { summaryRows } from '../server/features/evaluation/service/review-list.ts';
import { ensureRoot } from '../server/features/org-unit/queries.ts';
import { type DbKind, dbKinds, openTestDatabase, testClock } from '../server/test/harness.ts';
import { seedDemoEvaluations } from './demo-evaluations.ts';
import { seedDemo, systemActor } from './seed-demo.ts';

/**
 * The demo's evaluation years on a database of their own (the demo province
 * has fixed codes, so never in the shared test database): a PGlite clone of
 * the template, or a scratch PostgreSQL database dropped afterwards.
 */
const SLOW = 120_000;

async function scratchDatabase(kind: DbKind): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openTestDatabase('pglite');
    return { database, drop: () => database.close() };
  }
  const admin = process.env.TEST_DATABASE_URL!;
  const name = `toandan_test_demo_eval_${process.pid}_${Date.now().toString(36)}`;
  const run = async (q: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 2 });
  await database.migrate();
  await syncReferenceCriteriaSets(database.db);
  return {
    database,
    drop: async () => {
      await database.close();
      await run(`drop database if exists ${name} with (force)`);
    },
  };
}

/** unit, status, totals and classes of every sheet of a year: what "the same demo" means. */
async function fingerprint(ctx: Ctx, provinceId: number, year: number) {
  const { rows } = await summaryRows(ctx, { unitId: provinceId, year, scope: 'subtree' });
  return rows.map((r) =>
    [r.unit.pathNames.at(-1), r.unit.name, r.status, r.selfTotal, r.total, r.decidedClassification].join('|'),
  );
}

for (const kind of dbKinds) {
  describe(`demo evaluation years [${kind}]`, () => {
    const clock = testClock('2026-11-23T08:00:00Z');
    let db: Database;
    let drop: () => Promise<void>;
    let ctx: Ctx;
    let provinceId: number;

    beforeAll(async () => {
      ({ database: db, drop } = await scratchDatabase(kind));
      // seedDemo loads the evaluation years itself (seedDemoEvaluations is its last step)
      await seedDemo(db.db, clock);
      ctx = { db: db.db, actor: systemActor(await ensureRoot(db.db)), clock, lang: 'vi' };
      const [province] = await db.db
        .select()
        .from(orgUnits)
        .where(and(eq(orgUnits.level, 'province'), eq(orgUnits.code, '42')));
      provinceId = province!.id;
    }, SLOW);
    afterAll(() => drop?.(), SLOW);

    it('loads two years with the demo, and leaves a seeded database alone the second time', async () => {
      const years = await queryRows<{ year: number }>(db.db, sql`select year from evaluation_cycles order by year`);
      expect(years.map((y) => Number(y.year))).toEqual([2025, 2026]);
      const count = async () =>
        (await queryRows<{ n: string }>(db.db, sql`select count(*)::text as n from evaluation_entries`))[0]!.n;
      const before = await count();
      expect(await seedDemoEvaluations(db.db, clock)).toEqual({ years: [] });
      expect(await count()).toBe(before);
    });

    it('shows 2025 fully decided as the previous year and 2026 in progress', async () => {
      const dash = await getDashboard(ctx, { unitId: provinceId, year: 2026 });
      const prev = dash.previous!;
      expect(prev.decided).toBe(prev.units);
      expect(prev.plansMissing).toBe(0);
      expect(Object.values(prev.byClass).reduce((a, b) => a + b, 0)).toBe(prev.units);
      for (const status of ['notStarted', 'draft', 'submitted', 'returned', 'approved', 'decided'] as const)
        expect(dash.current.byStatus[status], status).toBeGreaterThan(0);
      expect(dash.current.decided).toBeLessThan(dash.current.units / 2);
      expect(dash.current.plansMissing).toBe(1);
      expect(dash.children.length).toBeGreaterThan(10);
    });

    it('has the cases the demo walks through in Phường Thành Sen', async () => {
      const [thanhSen] = await db.db.select().from(orgUnits).where(eq(orgUnits.name, 'Phường Thành Sen'));
      const { rows } = await summaryRows(ctx, { unitId: thanhSen!.id, year: 2026, scope: 'children' });
      const byName = new Map(rows.map((r) => [r.unit.name, r]));
      expect(byName.get('Tổ dân phố 1')?.status).toBe('draft');
      expect(byName.get('Tổ dân phố 2')).toMatchObject({
        status: 'decided',
        decidedClassification: 'average',
        planRequired: true,
        planId: null,
      });
    });

    it.runIf(kind === 'pglite')(
      'comes out the same on another database',
      async () => {
        const other = await scratchDatabase('pglite');
        try {
          await seedDemo(other.database.db, clock);
          await seedDemoEvaluations(other.database.db, clock);
          const otherCtx: Ctx = { ...ctx, db: other.database.db };
          for (const year of [2025, 2026])
            expect(await fingerprint(otherCtx, provinceId, year)).toEqual(await fingerprint(ctx, provinceId, year));
        } finally {
          await other.drop();
        }
      },
      SLOW,
    );
  });
}
