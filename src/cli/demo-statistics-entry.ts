import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { indicatorReports, indicators, indicatorValues, orgUnits, users } from '../db/schema/index.ts';
import { periodsOfYear } from '../domain/statistics/entry.ts';

const PROVINCE = '42';
const WARD = '18070';
/** The quarter Phường Thành Sen has sent and the province has not approved yet. */
const PENDING = '2026Q1';

/** A small deterministic spread, so every commune and quarter differ but a reseed gives the same figures. */
const spread = (seed: number, lo: number, hi: number) => lo + (((seed * 2654435761) >>> 0) % (hi - lo + 1));

/**
 * One commune's quarter: a few offences, about three in four cleared, and the
 * other figures in proportion. 2025 runs a little lower than 2024, as the
 * province's reports describe a falling crime count.
 */
function quarterValues(commune: number, year: number, quarter: number, codes: Set<string>) {
  const s = commune * 97 + year * 13 + quarter * 7;
  const cases = Math.max(1, spread(s, 3, 12) - (year >= 2025 ? 2 : 0));
  const values: Record<string, number> = {
    crimeCases: cases,
    crimeCasesCleared: Math.min(cases, Math.round(cases * (0.65 + spread(s + 1, 0, 25) / 100))),
    crimeDeaths: spread(s + 2, 0, 5) === 0 ? 1 : 0,
    crimeInjuries: spread(s + 3, 0, 3),
    crimeDamageVnd: spread(s + 4, 3, 60) * 5_000_000,
    peakCampaigns: quarter === 1 || quarter === 4 ? 1 : 0,
    gangsDismantled: spread(s + 5, 0, 4) === 0 ? 1 : 0,
    drugLinesBroken: spread(s + 6, 0, 3) === 0 ? 1 : 0,
    drugSpotsBroken: spread(s + 7, 0, 2),
    wantedArrested: spread(s + 8, 0, 2),
    dossiersCommuneEducation: spread(s + 9, 0, 4),
    dossiersReformatory: spread(s + 10, 0, 6) === 0 ? 1 : 0,
    dossiersDrugRehab: spread(s + 11, 0, 2),
    environmentViolations: spread(s + 12, 0, 2),
    foodSafetyViolations: spread(s + 13, 0, 2),
  };
  return Object.entries(values).filter(([code]) => codes.has(code));
}

/**
 * Periodic figures of the demo province's communes (Hà Tĩnh, code 42): every
 * quarter of 2024 and 2025 entered and approved by the province, so the
 * dashboards and reports have a history, and 2026 Q1 of Phường Thành Sen
 * submitted and waiting for approval. The figures are illustrative, not
 * official statistics. Does nothing when the province already has a form.
 */
export async function seedDemoStatisticsEntry(db: Db): Promise<{ reports: number; values: number }> {
  const none = { reports: 0, values: 0 };
  const [province] = await db
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.code, PROVINCE), eq(orgUnits.level, 'province')))
    .limit(1);
  if (!province) return none;
  const [existing] = await db
    .select({ id: indicatorReports.id })
    .from(indicatorReports)
    .where(like(indicatorReports.unitPath, `${province.path}%`))
    .limit(1);
  if (existing) return none;
  const communes = await db
    .select({ id: orgUnits.id, path: orgUnits.path, code: orgUnits.code })
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${province.path}%`), eq(orgUnits.level, 'commune'), eq(orgUnits.status, 'active')))
    .orderBy(asc(orgUnits.code));
  const codes = new Set(
    (
      await db
        .select({ code: indicators.code })
        .from(indicators)
        .where(and(eq(indicators.source, 'entered'), eq(indicators.entryPeriod, 'quarter')))
    ).map((r) => r.code),
  );
  const people = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['canbo.tinh', 'canbo.thanhsen']));
  const userId = (name: string) => people.find((u) => u.username === name)?.id ?? null;
  const approver = userId('canbo.tinh');
  return db.transaction(async (tx) => {
    let reports = 0;
    let values = 0;
    for (const c of communes) {
      const ward = c.code === WARD;
      const periods = [...periodsOfYear(2024, 'quarter'), ...periodsOfYear(2025, 'quarter')];
      for (const period of [...periods, ...(ward ? [PENDING] : [])]) {
        const year = Number(period.slice(0, 4));
        const quarter = Number(period.slice(5));
        const end = new Date(Date.UTC(year, quarter * 3, 10));
        const pending = period === PENDING;
        // Inserted approved, then the values: the rollup trigger counts each value as it lands.
        const [report] = await tx
          .insert(indicatorReports)
          .values({
            unitId: c.id,
            unitPath: c.path,
            period,
            status: pending ? 'submitted' : 'approved',
            submittedBy: ward ? userId('canbo.thanhsen') : null,
            submittedAt: end,
            approvedBy: pending ? null : approver,
            approvedAt: pending ? null : new Date(end.getTime() + 5 * 86_400_000),
            version: pending ? 2 : 3,
          })
          .returning({ id: indicatorReports.id });
        const rows = quarterValues(Number(c.code ?? c.id), year, quarter, codes).map(([indicatorCode, value]) => ({
          reportId: report!.id,
          indicatorCode,
          value,
        }));
        if (rows.length > 0) await tx.insert(indicatorValues).values(rows);
        reports++;
        values += rows.length;
      }
    }
    return { reports, values };
  });
}
