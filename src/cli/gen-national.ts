import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows, type Tx } from '../db/client.ts';
import { ensureRoot, type UnitRow } from '../server/features/org-unit/queries.ts';

/**
 * A national data set for load tests (issue #6, "Scale"): the 34 provinces of
 * Decision 19/2025 with ≈ 3,300 communes, ≈ 90,000 residential areas and
 * ≈ 200,000 institutions at --scale 1, and `years` years of records: decided
 * evaluations of every unit, ≈ 10 million tips and petitions, campaigns,
 * mediation teams / mediators / cases, security teams and members, commune
 * police staffing and commendations. Everything is set-based SQL (INSERT …
 * SELECT generate_series) with the statistics row triggers off
 * (session_replication_role = replica, which needs a superuser), then one
 * td_stat_rebuild(). Deterministic for a seed: a multiplicative hash of ids
 * stands in for random numbers, so PostgreSQL and PGlite get the same data.
 */
export const nationalProvinces: [code: string, name: string][] = [
  ['01', 'Thành phố Hà Nội'],
  ['04', 'Tỉnh Cao Bằng'],
  ['08', 'Tỉnh Tuyên Quang'],
  ['11', 'Tỉnh Điện Biên'],
  ['12', 'Tỉnh Lai Châu'],
  ['14', 'Tỉnh Sơn La'],
  ['15', 'Tỉnh Lào Cai'],
  ['19', 'Tỉnh Thái Nguyên'],
  ['20', 'Tỉnh Lạng Sơn'],
  ['22', 'Tỉnh Quảng Ninh'],
  ['24', 'Tỉnh Bắc Ninh'],
  ['25', 'Tỉnh Phú Thọ'],
  ['31', 'Thành phố Hải Phòng'],
  ['33', 'Tỉnh Hưng Yên'],
  ['37', 'Tỉnh Ninh Bình'],
  ['38', 'Tỉnh Thanh Hóa'],
  ['40', 'Tỉnh Nghệ An'],
  ['42', 'Tỉnh Hà Tĩnh'],
  ['44', 'Tỉnh Quảng Trị'],
  ['46', 'Thành phố Huế'],
  ['48', 'Thành phố Đà Nẵng'],
  ['51', 'Tỉnh Quảng Ngãi'],
  ['52', 'Tỉnh Gia Lai'],
  ['56', 'Tỉnh Khánh Hòa'],
  ['66', 'Tỉnh Đắk Lắk'],
  ['68', 'Tỉnh Lâm Đồng'],
  ['75', 'Tỉnh Đồng Nai'],
  ['79', 'Thành phố Hồ Chí Minh'],
  ['80', 'Tỉnh Tây Ninh'],
  ['82', 'Tỉnh Đồng Tháp'],
  ['86', 'Tỉnh Vĩnh Long'],
  ['91', 'Tỉnh An Giang'],
  ['92', 'Thành phố Cần Thơ'],
  ['96', 'Tỉnh Cà Mau'],
];

/** Per commune, at every scale: the national totals divided by 3,321 communes. */
const AREAS_PER_COMMUNE = 27;
const INSTITUTIONS_PER_COMMUNE = 60;
const REPORTS_PER_COMMUNE_YEAR = 301;

export type NationalOptions = {
  scale: number;
  years: number;
  seed: number;
  /** last year generated (default 2025): the range is endYear - years + 1 … endYear */
  endYear?: number;
  log?: (line: string) => void;
};

export type NationalSummary = {
  provinces: number[];
  root: UnitRow;
  firstYear: number;
  endYear: number;
  communes: number;
  rows: Record<string, number>;
  ms: Record<string, number>;
  totalMs: number;
};

const affected = (r: unknown) => {
  const x = r as { rowCount?: number | null; affectedRows?: number };
  return Number(x.rowCount ?? x.affectedRows ?? 0);
};

/** A deterministic number in 0…n-1 from integer expressions (raw SQL fragments). */
const hash = (expr: string, n: number, seed: number) =>
  sql.raw(`(abs(((${expr})::bigint * 2654435761 + ${seed}) % 1000003) % ${n})::int`);

type Step = { name: string; run: (tx: Tx) => Promise<number> };

/** One step = one transaction with the statistics triggers off; logs rows and time. */
async function runStep(db: Db, s: Step, log: (l: string) => void, out: NationalSummary) {
  const t = performance.now();
  const n = await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    return s.run(tx);
  });
  const ms = Math.round(performance.now() - t);
  out.rows[s.name] = (out.rows[s.name] ?? 0) + n;
  out.ms[s.name] = (out.ms[s.name] ?? 0) + ms;
  log(`  ${s.name}: ${n.toLocaleString('vi-VN')} dòng, ${(ms / 1000).toFixed(1)} s`);
}

export async function generateNational(db: Db, o: NationalOptions): Promise<NationalSummary> {
  const log = o.log ?? (() => {});
  const t0 = performance.now();
  const endYear = o.endYear ?? 2025;
  const firstYear = endYear - o.years + 1;
  const communes = Math.max(nationalProvinces.length, Math.round(3321 * o.scale));
  const root = await ensureRoot(db);
  const [dup] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from citizen_reports where receipt_code like ${`G${o.seed}-%`}`,
  );
  if (Number(dup?.n) > 0) throw new Error(`Dữ liệu của --seed ${o.seed} đã có trong CSDL; chọn seed khác.`);
  const out: NationalSummary = { provinces: [], root, firstYear, endYear, communes, rows: {}, ms: {}, totalMs: 0 };
  log(`Sinh dữ liệu toàn quốc: ${communes} xã, ${firstYear}–${endYear}, seed ${o.seed}`);
  const step = (name: string, run: Step['run']) => runStep(db, { name, run }, log, out);

  await step('provinces', async (tx) => {
    out.provinces = await insertProvinces(tx, root);
    return out.provinces.length;
  });
  const g = gen(out.provinces, root, o.seed);
  await step('communes', (tx) => g.communes(tx, communes));
  await step('residentialAreas', g.areas);
  await step('institutions', g.institutions);
  await step('evaluationCycles', (tx) => g.cycles(tx, firstYear, endYear));
  for (let y = firstYear; y <= endYear; y++) await step('evaluations', (tx) => g.evaluations(tx, y));
  for (let y = firstYear; y <= endYear; y++) await step('citizenReports', (tx) => g.reports(tx, y));
  await step('campaigns', (tx) => g.campaigns(tx, firstYear, endYear));
  await step('mediationTeams', (tx) => g.mediationTeams(tx, firstYear));
  await step('mediators', g.mediators);
  for (let y = firstYear; y <= endYear; y++) await step('mediationCases', (tx) => g.mediationCases(tx, y));
  await step('securityTeams', (tx) => g.securityTeams(tx, firstYear));
  await step('securityTeamMembers', g.teamMembers);
  await step('policeStaffing', (tx) => g.staffing(tx, firstYear, endYear));
  await step('awardDecisions', (tx) => g.awardDecisions(tx, firstYear, endYear));
  await step('awardRecipients', g.awardRecipients);
  await rebuild(db, log, out);
  out.totalMs = Math.round(performance.now() - t0);
  log(`Xong sau ${(out.totalMs / 1000).toFixed(1)} s.`);
  return out;
}

/** The rollups from scratch (the triggers were off), then fresh planner statistics. */
async function rebuild(db: Db, log: (l: string) => void, out: NationalSummary) {
  let t = performance.now();
  await db.transaction(async (tx) => {
    // a large sort/hash in memory instead of on disk; PGlite ignores what it cannot use
    await tx.execute(sql`set local work_mem = '512MB'`);
    await tx.execute(sql`select td_stat_rebuild()`);
  });
  out.ms.rebuild = Math.round(performance.now() - t);
  const [n] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from stat_rollups`);
  out.rows.statRollups = Number(n?.n ?? 0);
  log(
    `  td_stat_rebuild(): ${out.rows.statRollups.toLocaleString('vi-VN')} dòng, ${(out.ms.rebuild / 1000).toFixed(1)} s`,
  );
  t = performance.now();
  // VACUUM too: the dashboards' index-only scans need the visibility map of the fresh rollups
  await db.execute(sql`vacuum analyze stat_rollups`);
  await db.execute(sql`analyze`);
  out.ms.analyze = Math.round(performance.now() - t);
  log(`  analyze: ${(out.ms.analyze / 1000).toFixed(1)} s`);
}

/** The 34 provinces, with their official code when no other province holds it. */
async function insertProvinces(tx: Tx, root: UnitRow): Promise<number[]> {
  const codes = `{${nationalProvinces.map(([c]) => c).join(',')}}`;
  const names = `{${nationalProvinces.map(([, n]) => `"${n}"`).join(',')}}`;
  const rows = await queryRows<{ id: number }>(
    tx,
    sql`insert into org_units (id, code, name, search_name, level, kind, type_label, parent_id, path, depth, valid_from)
        select x.id, case when exists (select 1 from org_units o where o.level = 'province' and o.code = x.code)
                          then null else x.code end,
               x.name, td_fold(x.name), 'province', 'administrative',
               case when x.name like 'Thành phố%' then 'Thành phố' else 'Tỉnh' end,
               ${root.id}::int, ${root.path} || x.id || '/', ${root.depth + 1}::int, '2025-07-01'
          from (select nextval(pg_get_serial_sequence('org_units', 'id'))::int as id, code, name
                  from unnest(${codes}::text[], ${names}::text[]) with ordinality as t(code, name, n)
                 order by n) x
        returning id`,
  );
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** What the statements of every step share: the provinces' ids, the seed's hash, the usual row sets. */
function context(provinces: number[], root: UnitRow, seed: number) {
  const ids = `{${provinces.join(',')}}`;
  const h = (expr: string, n: number) => hash(expr, n, seed);
  /** the generated communes, numbered 0… */
  const communesCte = sql`c as (select id, path, depth, parent_id, name,
      (row_number() over (order by id) - 1)::int as i from org_units
     where parent_id = any(${ids}::int[]) and level = 'commune')`;
  /** the province id on a path (null above the provinces: the root's path has no third part) */
  const provinceOf = (path: string) => sql.raw(`nullif(split_part(${path}, '/', ${root.depth + 3}), '')::int`);
  /** the generated units below the communes of a level or kind */
  const under = (where: SQL) => sql`select id, path, depth, parent_id, name, level, kind from org_units
     where path like ${`${root.path}%`} and depth = ${root.depth + 3}::int and ${where}
       and ${provinceOf('path')} = any(${ids}::int[])`;
  const exec = async (tx: Tx, q: SQL) => affected(await tx.execute(q));
  /** children in bulk: ids from the sequence so the path is written in the same insert */
  const children = (tx: Tx, select: SQL) =>
    exec(
      tx,
      sql`insert into org_units (id, name, search_name, level, kind, type_label, parent_id, path, depth, valid_from)
          select x.id, x.name, td_fold(x.name), x.level::unit_level, x.kind::unit_kind, x.type_label, x.parent_id,
                 x.parent_path || x.id || '/', x.depth, '2025-07-01'
            from (select nextval(pg_get_serial_sequence('org_units', 'id'))::int as id, s.* from (${select}) s) x`,
    );

  return { provinces, root, seed, ids, h, communesCte, provinceOf, under, exec, children };
}
type Gen = ReturnType<typeof context>;

/** The statements of each step, closed over the provinces' ids and the seed. */
function gen(provinces: number[], root: UnitRow, seed: number) {
  const g = context(provinces, root, seed);
  return { ...unitSteps(g), ...recordSteps(g), ...registrySteps(g) };
}

/** Communes, residential areas and institutions under the provinces. */
function unitSteps({ provinces, ids, communesCte, children }: Gen) {
  return {
    communes: (tx: Tx, n: number) =>
      children(
        tx,
        sql`select (case when g % 5 = 0 then 'Phường ' else 'Xã ' end) || 'Số ' || g as name, 'commune' as level,
                   'administrative' as kind, case when g % 5 = 0 then 'Phường' else 'Xã' end as type_label,
                   p.id as parent_id, p.path as parent_path, p.depth + 1 as depth
              from generate_series(0, ${n - 1}::int) g
              join (select id, path, depth, (row_number() over (order by id) - 1)::int as i from org_units
                     where id = any(${ids}::int[])) p on p.i = g % ${provinces.length}::int
             order by g`,
      ),
    areas: (tx: Tx) =>
      children(
        tx,
        sql`with ${communesCte}
            select 'Thôn ' || g as name, 'residentialArea' as level, 'administrative' as kind, 'Thôn' as type_label,
                   c.id as parent_id, c.path as parent_path, c.depth + 1 as depth
              from c, generate_series(1, ${AREAS_PER_COMMUNE}::int) g order by c.id, g`,
      ),
    institutions: (tx: Tx) =>
      children(
        tx,
        sql`with ${communesCte}
            select (array['Cơ quan ', 'Doanh nghiệp ', 'Trường '])[1 + g % 3] || g || ' ' || c.name as name,
                   null as level, (array['agency', 'enterprise', 'school'])[1 + g % 3] as kind, null as type_label,
                   c.id as parent_id, c.path as parent_path, c.depth + 1 as depth
              from c, generate_series(1, ${INSTITUTIONS_PER_COMMUNE}::int) g order by c.id, g`,
      ),
  };
}

/** Evaluations, citizen reports and campaigns. */
function recordSteps({ root, seed, ids, h, communesCte, provinceOf, exec }: Gen) {
  return {
    cycles: (tx: Tx, first: number, last: number) =>
      exec(
        tx,
        sql`insert into evaluation_cycles (unit_id, unit_path, year, status)
            select p.id, p.path, y, case when y < ${last}::int then 'closed' else 'open' end::evaluation_cycle_status
              from org_units p, generate_series(${first}::int, ${last}::int) y where p.id = any(${ids}::int[])`,
      ),
    evaluations: (tx: Tx, year: number) =>
      exec(
        tx,
        sql`with u as (
              select id, path, case when level is not null then level::text else kind::text end as unit_type,
                     ${h(`id * 31 + ${year}`, 1000)} as r
                from org_units
               where path like ${`${root.path}%`} and depth >= ${root.depth + 2}::int
                 and ${provinceOf('path')} = any(${ids}::int[])),
            s as (select t, coalesce((select min(id) from criteria_sets where t = any(applies_to)),
                                     (select min(id) from criteria_sets)) as id
                    from unnest(array['commune', 'residentialArea', 'agency', 'enterprise', 'school']) t),
            k as (select u.*, case when r < 300 then 'excellent' when r < 800 then 'good'
                                   when r < 950 then 'average' else 'weak' end::classification as cls from u)
            insert into evaluations (cycle_id, unit_id, unit_path, unit_type, year, criteria_set_id, status,
                                     self_total, total, classification, decided_classification, decision_number,
                                     decision_date, decided_at, submitted_at)
            select cy.id, k.id, k.path, k.unit_type, ${year}::int, s.id, 'decided', 60 + k.r % 40, 60 + k.r % 40,
                   k.cls, k.cls, ${year}::int || '/QĐ-BCĐ', make_date(${year}::int, 12, 15),
                   make_date(${year}::int, 12, 15), make_date(${year}::int, 11, 20)
              from k join s on s.t = k.unit_type
              join evaluation_cycles cy on cy.unit_id = ${provinceOf('k.path')} and cy.year = ${year}::int`,
      ),
    reports: (tx: Tx, year: number) =>
      exec(
        tx,
        sql`with ${communesCte}, x as (
              select c.id as unit_id, c.path, g, ${h(`c.id * 104729 + g * 7919 + ${year}`, 1000)} as r,
                     ((make_date(${year}::int, 1, 1) + (g * 7919 + c.id) % 365) + time '02:00') at time zone 'UTC' as at
                from c, generate_series(1, ${REPORTS_PER_COMMUNE_YEAR}::int) g)
            insert into citizen_reports (receipt_code, secret_hash, type, kind, category, description, unit_id,
                                         unit_path, anonymous, channel, status, received_at, outcome, valuable,
                                         resolved_at, created_at, updated_at)
            select 'G' || ${seed}::int || '-' || ${year}::int || '-' || x.unit_id || '-' || x.g, 'generated',
                   case when x.r < 600 then 'tip' else 'petition' end::citizen_report_type,
                   case when x.r < 300 then 'denunciation' when x.r < 600 then 'crimeReport'
                        when x.r < 850 then 'complaint' else 'recommendation' end,
                   (array['theft', 'drugs', 'gambling', 'securityOrder', 'land'])[1 + x.r % 5], 'Dữ liệu sinh',
                   x.unit_id, x.path, x.r % 3 <> 0, 'web',
                   case when x.r % 7 = 0 then 'inProgress' else 'resolved' end::citizen_report_status, x.at,
                   case when x.r % 7 = 0 then null when x.r < 600 and x.r % 10 = 0 then 'ledToCase'
                        when x.r < 600 then 'transferred' else 'resolved' end::citizen_report_outcome,
                   case when x.r < 600 then x.r % 10 < 3 end,
                   case when x.r % 7 = 0 then null else x.at + interval '15 days' end, x.at, x.at
              from x`,
      ),
    campaigns: (tx: Tx, first: number, last: number) =>
      exec(
        tx,
        sql`with ${communesCte}
            insert into campaigns (unit_id, unit_path, kind, title, held_on, participants, weapons_collected,
                                   explosives_kg, support_tools_collected)
            select c.id, c.path, k.kind, k.title || ' năm ' || y, make_date(y, k.month, 1 + ${h('c.id + y', 28)}),
                   100 + ${h('c.id * 13 + y * 7 + k.n', 400)},
                   case when k.kind = 'weaponsCollection' then ${h('c.id + y * 3', 20)} else 0 end,
                   case when k.kind = 'weaponsCollection' then ${h('c.id + y * 5', 10)} / 2.0 else 0 end,
                   case when k.kind = 'weaponsCollection' then ${h('c.id + y * 11', 30)} else 0 end
              from c, generate_series(${first}::int, ${last}::int) y,
                   (values (1, 'launch', 'Phát động phong trào', 3), (2, 'festivalDay', 'Ngày hội toàn dân', 8),
                           (3, 'listeningConference', 'Hội nghị lắng nghe ý kiến Nhân dân', 6),
                           (4, 'weaponsCollection', 'Vận động thu hồi vũ khí', 10)) k(n, kind, title, month)`,
      ),
  };
}

/** Mediation, security teams, police staffing and commendations. */
function registrySteps({ root, ids, h, communesCte, provinceOf, under, exec }: Gen) {
  return {
    mediationTeams: (tx: Tx, first: number) =>
      exec(
        tx,
        sql`insert into mediation_teams (unit_id, unit_path, name, established_on, dissolved_on)
            select a.id, a.path, 'Tổ hòa giải ' || a.name,
                   make_date(${first - 3}::int + ${h('a.id', 6)}, 1 + ${h('a.id * 3', 12)}, 1),
                   case when ${h('a.id * 7', 50)} = 0 then make_date(${first + 4}::int, 6, 30) end
              from (${under(sql`level = 'residentialArea'`)}) a`,
      ),
    mediators: (tx: Tx) =>
      exec(
        tx,
        sql`insert into mediators (team_id, full_name, gender, role, joined_on, left_on)
            select t.id, 'Hòa giải viên ' || g, case when g % 2 = 0 then 'female' else 'male' end,
                   case when g = 1 then 'leader' else 'member' end, t.established_on,
                   case when ${h('t.id * 17 + g', 10)} = 0 then t.established_on + 1200 end
              from mediation_teams t
              join org_units u on u.id = t.unit_id and ${provinceOf('u.path')} = any(${ids}::int[]),
                   generate_series(1, 6 + ${h('t.id', 3)}) g`,
      ),
    mediationCases: (tx: Tx, year: number) =>
      exec(
        tx,
        sql`insert into mediation_cases (team_id, unit_id, unit_path, subject, parties, received_on, started_on,
                                         closed_on, outcome)
            select t.id, t.unit_id, t.unit_path, 'Mâu thuẫn trong cộng đồng dân cư',
                   '[{"label":"Bên A","name":"A"},{"label":"Bên B","name":"B"}]'::jsonb, d - 10, d - 7, d,
                   case when r < 80 then 'succeeded' when r < 95 then 'failed' else 'withdrawn' end::mediation_outcome
              from mediation_teams t
              join org_units u on u.id = t.unit_id and ${provinceOf('u.path')} = any(${ids}::int[]),
                   lateral (select ${h(`t.id * 5 + ${year}`, 100)} as r,
                                   make_date(${year}::int, 1 + ${h(`t.id + ${year}`, 12)}, 15) as d) x
             where t.established_on <= make_date(${year}::int, 1, 1)
               and (t.dissolved_on is null or t.dissolved_on > make_date(${year}::int, 12, 31))`,
      ),
    securityTeams: (tx: Tx, first: number) =>
      exec(
        tx,
        sql`insert into security_teams (unit_id, unit_path, name, established_on, covered_unit_ids)
            select a.id, a.path, 'Tổ bảo vệ ANTT ' || a.name,
                   make_date(${first - 1}::int + ${h('a.id * 19', 4)}, 1 + ${h('a.id * 23', 12)}, 1),
                   jsonb_build_array(a.id)
              from (${under(sql`level = 'residentialArea'`)}) a`,
      ),
    teamMembers: (tx: Tx) =>
      exec(
        tx,
        sql`insert into security_team_members (team_id, full_name, gender, role, joined_on)
            select t.id, 'Tổ viên ' || g, case when g % 3 = 0 then 'female' else 'male' end,
                   case when g = 1 then 'leader' when g = 2 then 'deputy' else 'member' end, t.established_on
              from security_teams t, generate_series(1, 4 + ${h('t.id', 3)}) g
             where t.unit_path like ${`${root.path}%`} and ${provinceOf('t.unit_path')} = any(${ids}::int[])`,
      ),
    staffing: (tx: Tx, first: number, last: number) =>
      exec(
        tx,
        sql`with ${communesCte}
            insert into police_staffing (unit_id, unit_path, period, regular, semi_professional)
            select c.id, c.path, y::text,
                   case when y >= 2020 then 5 + ${h('c.id + y', 5)} else ${h('c.id + y', 2)} end,
                   case when y >= 2025 then 0 else 8 + ${h('c.id * 3 + y', 5)} end
              from c, generate_series(${first}::int, ${last}::int) y`,
      ),
    awardDecisions: (tx: Tx, first: number, last: number) =>
      exec(
        tx,
        sql`insert into award_decisions (unit_id, unit_path, form_code, decision_number, decided_on, issuer, occasion)
            select p.id, p.path, f.code, f.n::text || y || '/QĐ-' || f.suffix, make_date(y, 12, 20), f.issuer,
                   'Tổng kết phong trào năm ' || y
              from org_units p, generate_series(${first}::int, ${last}::int) y,
                   (values ('BK-UBND-TINH', 'UBND', 'Chủ tịch UBND tỉnh', 1),
                           ('GK-GD-CAT', 'CAT', 'Giám đốc Công an tỉnh', 2)) f(code, suffix, issuer, n)
             where p.id = any(${ids}::int[])`,
      ),
    awardRecipients: (tx: Tx) =>
      exec(
        tx,
        sql`with ${communesCte}, cp as (
              select c.*, (row_number() over (partition by parent_id order by id) - 1)::int as j,
                     (count(*) over (partition by parent_id))::int as n from c)
            insert into award_recipients (decision_id, unit_id, unit_path, recipient_kind, collective_unit_id, name)
            select d.id, cp.id, cp.path, case when g <= 5 then 'collective' else 'individual' end,
                   case when g <= 5 then cp.id end,
                   case when g <= 5 then 'Công an ' || cp.name else 'Cá nhân ' || g || ' ' || cp.name end
              from award_decisions d cross join generate_series(1, 15) g
              join cp on cp.parent_id = d.unit_id and cp.j = (d.id * 7 + g) % cp.n
             where d.unit_id = any(${ids}::int[])`,
      ),
  };
}
