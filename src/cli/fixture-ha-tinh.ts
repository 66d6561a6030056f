import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { orgUnits } from '../db/schema/index.ts';
import type { Ctx } from '../server/context.ts';
import { ensureRoot, findByCode, type UnitRow } from '../server/features/org-unit/queries.ts';
import { insertUnit } from '../server/features/org-unit/service/write-helpers.ts';
import { systemActor } from './seed-demo.ts';

/**
 * The acceptance fixture of issue #6: Hà Tĩnh's ten-year review of the
 * movement (2013–2023), as RECORDS, so that the figures the review states
 * come out of the rollup triggers and not out of typed-in totals. The shape is
 * the pre-reform province (216 communes, 1,896 residential areas, each with
 * its mediation team); names are synthetic ("Xã số 17", "Thôn 3"), the
 * figures are those of the review.
 */
export const haTinhFigures = {
  from: '2013',
  to: '2023',
  campaignsLaunch: 366,
  campaignParticipantsLaunch: 114_924,
  petitionsReceived: 81_760,
  mediationTeams: 1_896,
  mediators: 14_010,
  mediationCases: 10_000,
  mediationSucceeded: 8_900,
  mediationSuccessRate: 89,
  communePolice: 2_815,
  communePoliceRegular: 1_045,
  /** at the review, 2023: recipients per form and kind */
  awards: {
    'BK-UBND-TINH': { collective: 9, individual: 15 },
    'GK-GD-CAT': { collective: 10, individual: 15 },
  },
} as const;

const COMMUNES = 216;
/** 48 communes with 8 areas and 168 with 9: 1,896 areas, one mediation team each. */
const SMALL_COMMUNES = 48;
const YEARS = 11;
const FIRST_YEAR = 2013;

export type HaTinhFixture = {
  province: UnitRow;
  communes: number;
  residentialAreas: number;
  rows: Record<string, number>;
  /** per step */
  ms: Record<string, number>;
  totalMs: number;
};

type Options = {
  /** where the new province goes (default: the national root) */
  parent?: UnitRow;
  /** load into this existing province instead of creating one (its own records add to the figures) */
  province?: UnitRow;
  /** the new province's code; default '42' when free, else none */
  code?: string | null;
};

/** Creates (or takes) the province and loads every record, in one transaction. */
export async function loadHaTinhFixture(db: Db, opts: Options = {}): Promise<HaTinhFixture> {
  const t0 = performance.now();
  const tag = randomBytes(3).toString('hex').toUpperCase();
  return db.transaction(async (tx) => {
    const province = opts.province ?? (await createProvince(tx, opts));
    const rows: Record<string, number> = {};
    const ms: Record<string, number> = {};
    let t = performance.now();
    const lap = (name: string) => {
      ms[name] = Math.round(performance.now() - t);
      t = performance.now();
    };
    const units = await buildCommunes(tx, province);
    lap('units');
    rows.campaigns = await insertCampaigns(tx, province);
    lap('campaigns');
    // every row goes through the statistics triggers, as a user's writes do
    rows.citizenReports = await insertPetitions(tx, province, tag);
    lap('citizenReports');
    rows.mediationTeams = await insertMediationTeams(tx, province);
    lap('mediationTeams');
    rows.mediators = await insertMediators(tx, province);
    lap('mediators');
    rows.mediationCases = await insertMediationCases(tx, province);
    lap('mediationCases');
    rows.policeStaffing = await insertStaffing(tx, province);
    lap('policeStaffing');
    rows.awardRecipients = await insertAwards(tx, province);
    lap('awards');
    return { province, ...units, rows, ms, totalMs: Math.round(performance.now() - t0) };
  });
}

async function createProvince(tx: Tx, opts: Options): Promise<UnitRow> {
  const root = await ensureRoot(tx);
  const ctx: Ctx = { db: tx, actor: systemActor(root), clock: { now: () => new Date() }, lang: 'vi' };
  const wanted = opts.code === undefined ? '42' : opts.code;
  const code = wanted && !(await findByCode(tx, 'province', 'administrative', wanted)) ? wanted : null;
  return insertUnit(tx, ctx, {
    parent: opts.parent ?? root,
    kind: 'administrative',
    level: 'province',
    code,
    name: 'Tỉnh Hà Tĩnh',
    typeLabel: 'Tỉnh',
    validFrom: null,
  });
}

/** Rows written by a statement: node-postgres says rowCount, PGlite affectedRows. */
const count = (r: unknown) => {
  const x = r as { rowCount?: number | null; affectedRows?: number };
  return Number(x.rowCount ?? x.affectedRows ?? 0);
};

/** Communes and residential areas in bulk; paths are written once the ids exist. */
async function buildCommunes(tx: Tx, p: UnitRow) {
  await tx.execute(sql`
    insert into org_units (name, search_name, level, kind, type_label, parent_id, path, depth, valid_from)
    select 'Xã số ' || g, 'xa so ' || g, 'commune', 'administrative', 'Xã', ${p.id}::int, '', ${p.depth + 1}::int, '2013-01-01'
      from generate_series(1, ${COMMUNES}::int) g`);
  await tx.execute(sql`update org_units set path = ${p.path} || id || '/' where parent_id = ${p.id} and path = ''`);
  await tx.execute(sql`
    insert into org_units (name, search_name, level, kind, type_label, parent_id, path, depth, valid_from)
    select 'Thôn ' || g, 'thon ' || g, 'residentialArea', 'administrative', 'Thôn', c.id, c.path, c.depth + 1, '2013-01-01'
      from (select *, row_number() over (order by id) - 1 as i from org_units
             where parent_id = ${p.id} and level = 'commune') c,
           generate_series(1, case when c.i < ${SMALL_COMMUNES}::int then 8 else 9 end) g`);
  const areas = await tx.execute(sql`
    update org_units set path = path || id || '/'
     where path like ${`${p.path}%`} and depth = ${p.depth + 2} and level = 'residentialArea'
       and path not like '%/' || id || '/'`);
  const [n] = await tx.select({ n: sql<number>`count(*)::int` }).from(orgUnits).where(eq(orgUnits.parentId, p.id));
  return { communes: Number(n?.n ?? 0), residentialAreas: count(areas) };
}

/** The province's communes numbered 0… in id order, as a CTE. */
const communesCte = (p: UnitRow) => sql`c as (
  select id, path, name, (row_number() over (order by id) - 1)::int as i
    from org_units where parent_id = ${p.id} and level = 'commune')`;

/** The province's residential areas numbered 0… in id order, as a CTE. */
const areasCte = (p: UnitRow) => sql`a as (
  select id, path, name, parent_id, (row_number() over (order by id) - 1)::int as i
    from org_units where path like ${`${p.path}%`} and level = 'residentialArea')`;

/** A date inside the period from a running number: year, month and day cycle independently. */
const dateOf = (g: string) =>
  sql.raw(`make_date(${FIRST_YEAR} + ${g} % ${YEARS}, 1 + (${g} / ${YEARS}) % 12, 1 + (${g} / ${YEARS * 12}) % 18)`);

/** 366 launches, 314 participants on average; the pairs' deviations cancel, so the sum is exact. */
async function insertCampaigns(tx: Tx, p: UnitRow) {
  const avg = haTinhFigures.campaignParticipantsLaunch / haTinhFigures.campaignsLaunch;
  const r = await tx.execute(sql`with ${communesCte(p)}
    insert into campaigns (unit_id, unit_path, kind, title, held_on, organiser, participants)
    select c.id, c.path, 'launch',
           'Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm ' || extract(year from ${dateOf('g')}),
           ${dateOf('g')}, 'UBND ' || c.name,
           ${avg}::int + case when g % 2 = 0 then 1 else -1 end * ((g / 2) % 7) * 15
      from generate_series(0, ${haTinhFigures.campaignsLaunch - 1}::int) g
      join c on c.i = (g * 7) % ${COMMUNES}`);
  return count(r);
}

/** Petitions spread over the years and communes; nineteen in twenty resolved ten days later. */
async function insertPetitions(tx: Tx, p: UnitRow, tag: string) {
  const r = await tx.execute(sql`with ${communesCte(p)}
    insert into citizen_reports (receipt_code, secret_hash, type, kind, category, description, unit_id, unit_path,
                                 anonymous, channel, status, received_at, outcome, resolved_at, created_at, updated_at)
    select 'HT' || ${tag}::text || '-' || g, 'fixture:no-secret', 'petition',
           (array['complaint', 'accusation', 'recommendation', 'feedback'])[1 + g % 4], 'securityOrder',
           'Đơn thư của công dân (số liệu tổng kết 2013 - 2023)', c.id, c.path, true, 'inPerson',
           case when g % 20 = 0 then 'inProgress' else 'resolved' end::citizen_report_status, t.at,
           case when g % 20 = 0 then null else 'resolved' end::citizen_report_outcome,
           case when g % 20 = 0 then null else t.at + interval '10 days' end, t.at, t.at
      from generate_series(0, ${haTinhFigures.petitionsReceived - 1}::int) g
      join c on c.i = g % ${COMMUNES}
      cross join lateral (select (${dateOf('g')} + time '02:00') at time zone 'UTC' as at) t`);
  return count(r);
}

/** One team per residential area, established over the period, none dissolved. */
async function insertMediationTeams(tx: Tx, p: UnitRow) {
  const r = await tx.execute(sql`with ${areasCte(p)}
    insert into mediation_teams (unit_id, unit_path, name, established_on)
    select a.id, a.path, 'Tổ hòa giải ' || a.name, ${dateOf('a.i')} from a`);
  return count(r);
}

/** Seven mediators per team, eight in the first teams: 14,010 in all, from the team's start. */
async function insertMediators(tx: Tx, p: UnitRow) {
  const extra = haTinhFigures.mediators - 7 * haTinhFigures.mediationTeams;
  const r = await tx.execute(sql`with t as (
      select id, established_on, (row_number() over (order by id) - 1)::int as i
        from mediation_teams where unit_path like ${`${p.path}%`})
    insert into mediators (team_id, full_name, gender, role, joined_on)
    select t.id, 'Hòa giải viên ' || g, case when g % 2 = 0 then 'female' else 'male' end,
           case when g = 1 then 'leader' else 'member' end, t.established_on
      from t, generate_series(1, case when t.i < ${extra}::int then 8 else 7 end) g`);
  return count(r);
}

/** 10,000 cases mediated to a result (89 in 100 succeeded) and 200 withdrawn, closed over the period. */
async function insertMediationCases(tx: Tx, p: UnitRow) {
  const r = await tx.execute(sql`with t as (
      select id, unit_id, unit_path, (row_number() over (order by id) - 1)::int as i
        from mediation_teams where unit_path like ${`${p.path}%`})
    insert into mediation_cases (team_id, unit_id, unit_path, subject, parties, received_on, started_on, closed_on, outcome)
    select t.id, t.unit_id, t.unit_path, 'Tranh chấp dân sự, mâu thuẫn trong cộng đồng dân cư',
           '[{"label":"Bên A","name":"Nguyễn Văn A"},{"label":"Bên B","name":"Trần Thị B"}]'::jsonb,
           ${dateOf('g')} - g % 10, ${dateOf('g')} - g % 10, ${dateOf('g')},
           case when g >= ${haTinhFigures.mediationCases}::int then 'withdrawn'
                when g % 100 < 89 then 'succeeded' else 'failed' end::mediation_outcome
      from generate_series(0, ${haTinhFigures.mediationCases + 199}::int) g
      join t on t.i = g % ${haTinhFigures.mediationTeams}`);
  return count(r);
}

/**
 * Commune police per commune: 2019 (before the regular force took over) and
 * 2023, whose levels make the review's 2,815 of whom 1,045 regular.
 */
async function insertStaffing(tx: Tx, p: UnitRow) {
  const total = Math.floor(haTinhFigures.communePolice / COMMUNES);
  const totalExtra = haTinhFigures.communePolice - total * COMMUNES;
  const regular = Math.floor(haTinhFigures.communePoliceRegular / COMMUNES);
  const regularExtra = haTinhFigures.communePoliceRegular - regular * COMMUNES;
  const a = await tx.execute(sql`with ${communesCte(p)}
    insert into police_staffing (unit_id, unit_path, period, regular, semi_professional)
    select c.id, c.path, '2019', c.i % 2, 12 + c.i % 5 from c`);
  const b = await tx.execute(sql`with ${communesCte(p)}, s as (
      select c.*, ${regular}::int + case when c.i < ${regularExtra}::int then 1 else 0 end as regular,
             ${total}::int + case when c.i < ${totalExtra}::int then 1 else 0 end as total from c)
    insert into police_staffing (unit_id, unit_path, period, regular, semi_professional)
    select s.id, s.path, '2023', s.regular, s.total - s.regular from s`);
  return count(a) + count(b);
}

/** The review's commendations: the chairman's Bằng khen and the police director's Giấy khen, in 2023. */
async function insertAwards(tx: Tx, p: UnitRow) {
  let n = 0;
  const decisions = [
    ['BK-UBND-TINH', '2468/QĐ-UBND', '2023-08-18', 'Chủ tịch UBND tỉnh Hà Tĩnh'],
    ['GK-GD-CAT', '1357/QĐ-CAT', '2023-08-15', 'Giám đốc Công an tỉnh Hà Tĩnh'],
  ] as const;
  for (const [i, [form, number, on, issuer]] of decisions.entries()) {
    const want = haTinhFigures.awards[form];
    const rows = await tx.execute(sql`
      insert into award_decisions (unit_id, unit_path, form_code, decision_number, decided_on, issuer, occasion)
      values (${p.id}, ${p.path}, ${form}, ${number}, ${on}, ${issuer},
              'Tổng kết 10 năm phong trào toàn dân bảo vệ an ninh Tổ quốc (2013 - 2023)')
      returning id`);
    const decisionId = (rows as unknown as { rows: { id: number }[] }).rows[0]!.id;
    const r = await tx.execute(sql`with ${communesCte(p)}
      insert into award_recipients (decision_id, unit_id, unit_path, recipient_kind, collective_unit_id, name, position)
      select ${decisionId}::int, c.id, c.path, 'collective', c.id, 'Công an ' || c.name, null
        from c where c.i >= ${i * 20}::int and c.i < ${i * 20 + want.collective}::int
      union all
      select ${decisionId}::int, c.id, c.path, 'individual', null, 'Cán bộ ' || (c.i + 1) || ' ' || c.name,
             'Trưởng Công an xã'
        from c where c.i >= ${100 + i * 20}::int and c.i < ${100 + i * 20 + want.individual}::int`);
    n += count(r);
  }
  await tx.execute(sql`
    update award_decisions d set recipient_names = (
      select string_agg(r.name, '; ' order by r.id) from award_recipients r where r.decision_id = d.id)
     where d.unit_id = ${p.id}`);
  return n;
}
