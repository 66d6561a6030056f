/**
 * How the value of an indicator over a range comes out of its monthly rollup
 * rows (pure: the server fetches the rows, this decides what they mean).
 * `sum`: the months inside the range; `stock`: every change up to the range's
 * end (the level on its last day); `ratio`: numerator / denominator in %.
 */
export type Aggregation = 'sum' | 'stock' | 'ratio';
export type IndicatorDef = {
  code: string;
  aggregation: Aggregation;
  numerator?: string | null;
  denominator?: string | null;
};
/** Per indicator: the sum of the months inside the range, and of every month up to its end. */
export type MonthSums = Map<string, { inRange: number; toEnd: number }>;

export function indicatorValue(def: IndicatorDef, sums: MonthSums, all: Map<string, IndicatorDef>): number | null {
  if (def.aggregation === 'ratio') {
    const num = def.numerator ? all.get(def.numerator) : undefined;
    const den = def.denominator ? all.get(def.denominator) : undefined;
    if (!num || !den) return null;
    const n = indicatorValue(num, sums, all);
    const d = indicatorValue(den, sums, all);
    if (n === null || !d) return null;
    return Math.round((n / d) * 1000) / 10;
  }
  const s = sums.get(def.code);
  if (!s) return 0;
  return round(def.aggregation === 'stock' ? s.toEnd : s.inRange);
}

/** Change against the comparison value: absolute and in % (null when the base is 0 or missing). */
export function change(value: number | null, previous: number | null) {
  if (value === null || previous === null) return { change: null, changePct: null };
  const diff = round(value - previous);
  return { change: diff, changePct: previous === 0 ? null : Math.round((diff / previous) * 1000) / 10 };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
