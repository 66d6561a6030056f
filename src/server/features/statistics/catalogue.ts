import { readFileSync } from 'node:fs';
import { asc, getTableColumns, sql } from 'drizzle-orm';
import type { Indicator } from '../../../common/statistics/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { awardForms, indicators } from '../../../db/schema/index.ts';

type IndicatorRow = typeof indicators.$inferInsert;
const file = new URL('../../../../reference/indicators/indicators.json', import.meta.url);

function referenceIndicators(): IndicatorRow[] {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { indicators: IndicatorRow[] };
  return doc.indicators;
}

/**
 * Adds the reference indicators that are missing, and refreshes the
 * definition of the computed ones (their meaning is the trigger code, not an
 * administrator's choice). Entered indicators edited by an administrator keep
 * their edits. Idempotent; part of syncReferenceData.
 */
export async function syncIndicators(db: Executor) {
  const rows = referenceIndicators();
  const entered = rows.filter((r) => r.source !== 'computed');
  const computed = rows.filter((r) => r.source === 'computed');
  // two statements at start-up, not one per indicator
  if (entered.length) await db.insert(indicators).values(entered).onConflictDoNothing();
  if (computed.length) {
    const columns = getTableColumns(indicators);
    const set = Object.fromEntries(
      Object.entries(columns)
        .filter(([key]) => key !== 'code')
        .map(([key, col]) => [key, sql.raw(`excluded.${col.name}`)]),
    );
    await db.insert(indicators).values(computed).onConflictDoUpdate({ target: indicators.code, set });
  }
}

const present = (r: typeof indicators.$inferSelect): Indicator => ({
  code: r.code,
  name: r.name,
  nameEn: r.nameEn,
  section: r.section as Indicator['section'],
  source: r.source as Indicator['source'],
  aggregation: r.aggregation as Indicator['aggregation'],
  numerator: r.numerator,
  denominator: r.denominator,
  entryPeriod: r.entryPeriod as Indicator['entryPeriod'],
  measure: r.measure,
  measureEn: r.measureEn,
  integer: r.integer,
  min: r.min,
  max: r.max,
  drill: r.drill,
  sort: r.sort,
  provenance: r.provenance as Indicator['provenance'],
  note: r.note,
});

/**
 * The catalogue: the indicators table, plus two indicators per commendation
 * form (collectives and individuals), which follow the forms administrators
 * keep, so a new form is counted without touching the catalogue.
 */
export async function listIndicators(db: Executor): Promise<Indicator[]> {
  const rows = (await db.select().from(indicators).orderBy(asc(indicators.sort))).filter((r) => r.active);
  const forms = await db.select().from(awardForms).orderBy(asc(awardForms.sort), asc(awardForms.name));
  const last = rows.reduce((m, r) => Math.max(m, r.sort), 0);
  const perForm = forms.flatMap((f, i) =>
    (['collective', 'individual'] as const).map(
      (kind, j): Indicator => ({
        code: `awards.${f.code}.${kind}`,
        name: `${f.name} (${kind === 'collective' ? 'tập thể' : 'cá nhân'})`,
        nameEn: `${f.name} (${kind === 'collective' ? 'collectives' : 'individuals'})`,
        section: 'awards',
        source: 'computed',
        aggregation: 'sum',
        numerator: null,
        denominator: null,
        entryPeriod: null,
        measure: kind === 'collective' ? 'tập thể' : 'cá nhân',
        measureEn: kind === 'collective' ? 'collectives' : 'individuals',
        integer: true,
        min: null,
        max: null,
        drill: '/awards?unitId={unitId}',
        sort: last + 10 * (2 * i + j + 1),
        provenance: 'verified',
        note: f.issuerTitle,
      }),
    ),
  );
  return [...rows.map(present), ...perForm];
}
