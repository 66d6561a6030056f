import { type SQL, sql } from 'drizzle-orm';

/**
 * The evaluated units of a year under a unit, joined to their year, their
 * type's settings, sheet, title and plan. Shared by the review list, the
 * summary export and the dashboard so that all three count the same units:
 * units still active, plus closed ones that have a sheet for the year.
 */
export function evaluatedUnitsFrom(p: { rootPath: string; rootId: number; year: number; childrenOnly: boolean }): SQL {
  return sql`
    from org_units u
    join evaluation_cycles c on c.year = ${p.year} and u.path like c.unit_path || '%'
    join evaluation_cycle_targets t on t.cycle_id = c.id
      and t.unit_type = case when u.kind <> 'administrative' then u.kind::text else u.level::text end
    left join evaluations e on e.cycle_id = c.id and e.unit_id = u.id
    left join safety_recognitions s on s.unit_id = u.id and s.year = ${p.year} and s.status = 'granted'
    left join remediation_plans rp on rp.evaluation_id = e.id
    where u.path like ${`${p.rootPath}%`} and u.id <> ${p.rootId}
      and (u.status = 'active' or e.id is not null)
      ${p.childrenOnly ? sql`and u.parent_id = ${p.rootId}` : sql``}`;
}

/** Not submitted after the deadline and any extension. */
export const lateSql = (today: string) =>
  sql`(e.submitted_at is null and ${today}::date > greatest(t.submit_by, coalesce(e.extension_until, t.submit_by)))`;

export const planRequiredSql = sql`(e.status = 'decided' and e.decided_classification in ('average', 'weak'))`;
