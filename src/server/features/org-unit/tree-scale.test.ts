import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.ts';
import { as, buildUnit, loginWithRole, type Session, uid } from '../../test/factories.ts';
import { describeOnEachDb } from '../../test/harness.ts';
import { ensureRoot, type UnitRow } from './queries.ts';

/**
 * A province of 100,000+ units (100 communes × 1,000 residential areas plus
 * 1,000 institutions), built in SQL so the test stays quick. The subtree
 * query must use the path index, and scoped reads must stay correct.
 */
describeOnEachDb('a tree of 100,000 units', (env) => {
  let province: UnitRow;
  let officer: Session;
  beforeAll(async () => {
    const db = env().database.db;
    const root = await ensureRoot(db);
    province = await buildUnit(db, root, { level: 'province', name: `Tỉnh Lớn ${uid()}` });
    await db.execute(sql`
      insert into org_units (name, search_name, level, kind, parent_id, path, depth)
      select 'Xã Số ' || g, 'xa so ' || g, 'commune', 'administrative', ${province.id}, '', ${province.depth + 1}
        from generate_series(1, 100) g`);
    await db.execute(
      sql`update org_units set path = ${province.path} || id || '/' where parent_id = ${province.id} and path = ''`,
    );
    await db.execute(sql`
      insert into org_units (name, search_name, level, kind, parent_id, path, depth)
      select 'Thôn ' || g, 'thon ' || g, 'residentialArea', 'administrative', c.id, c.path, c.depth + 1
        from org_units c, generate_series(1, 1000) g
       where c.parent_id = ${province.id}`);
    await db.execute(
      sql`update org_units set path = path || id || '/' where path like ${`${province.path}%`} and depth = ${province.depth + 2}`,
    );
    await db.execute(sql`
      insert into org_units (name, search_name, kind, parent_id, path, depth)
      select 'Trường ' || g, 'truong ' || g, 'school', c.id, c.path, c.depth + 1
        from org_units c, generate_series(1, 10) g
       where c.parent_id = ${province.id}`);
    await db.execute(
      sql`update org_units set path = path || id || '/' where path like ${`${province.path}%`} and kind = 'school'`,
    );
    await db.execute(sql`analyze org_units`);
    const [commune] = await queryRows<{ id: number }>(
      db,
      sql`select id from org_units where parent_id = ${province.id} order by id limit 1`,
    );
    const commune1 = (await db.query.orgUnits.findFirst({ where: (u, { eq }) => eq(u.id, commune!.id) }))!;
    officer = await loginWithRole(env().app, db, 'officer', commune1);
  }, 300_000);

  it('counts the subtree through the path index', async () => {
    const db = env().database.db;
    const [n] = await queryRows<{ n: string }>(
      db,
      sql`select count(*)::text as n from org_units where path like ${`${province.path}%`}`,
    );
    expect(Number(n!.n)).toBe(1 + 100 + 100_000 + 1_000);
    // A commune's subtree is 1% of the table: the planner must reach it by the index.
    const [c] = await queryRows<{ path: string }>(
      db,
      sql`select path from org_units where parent_id = ${province.id} limit 1`,
    );
    const plan = await queryRows<{ 'QUERY PLAN': string }>(
      db,
      sql`explain select id from org_units where path like ${`${c!.path}%`}`,
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index|Bitmap/);
    expect(text).not.toMatch(/Seq Scan/);
  });

  it('keeps a commune officer inside their 1,011 units when searching the province', async () => {
    const res = await as(env().app, officer).get('/api/units?q=thon&pageSize=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(1000);
  });
});
