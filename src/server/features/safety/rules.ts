import type { ChecklistItem, SafetySetDefinition } from '../../../common/criteria/schemas.ts';
import type { SafetyCheck, ShareFigures } from '../../../common/safety/schemas.ts';

/**
 * Pure rules of the "An toàn về an ninh, trật tự" title (Circular 124): the
 * evaluation window, the computed share of recognised sub-units, and the
 * all-items-met outcome. No I/O, unit tested in rules.unit.test.ts.
 */

/** Art. 8: from `windowFrom` of the previous year to `windowTo` of the year, as ISO dates. */
export function windowOf(def: Pick<SafetySetDefinition, 'windowFrom' | 'windowTo'>, year: number) {
  return { from: `${year - 1}-${def.windowFrom}`, to: `${year}-${def.windowTo}` };
}

/**
 * Art. 5(4): at least `minPercent` of the sub-units hold the title. A unit with
 * nothing to count does not meet it: the figure is a requirement, not a waiver.
 * Without a configured minimum every sub-unit must hold the title.
 */
export function shareFigures(total: number, recognised: number, minPercent: number | undefined): ShareFigures {
  const min = minPercent ?? 100;
  const percent = total === 0 ? null : Math.round((recognised / total) * 10_000) / 100;
  return { total, recognised, percent, minPercent: min, met: percent !== null && percent >= min };
}

export type Assessment = {
  /** manual items the decider left out */
  missing: ChecklistItem[];
  /** codes that are not in the checklist */
  unknown: string[];
  /** what is stored: the decider's ticks, the server's figures for computed items */
  checks: Record<string, SafetyCheck>;
  granted: boolean;
};

/** Every item must be met for the title; computed items take the server's figures whatever the client ticked. */
export function assess(
  items: ChecklistItem[],
  ticks: Record<string, SafetyCheck>,
  figures: (item: ChecklistItem) => ShareFigures | null,
): Assessment {
  const codes = new Set(items.map((i) => i.code));
  const unknown = Object.keys(ticks).filter((c) => !codes.has(c));
  const missing: ChecklistItem[] = [];
  const checks: Record<string, SafetyCheck> = {};
  for (const item of items) {
    const f = item.computed ? figures(item) : null;
    if (f) {
      checks[item.code] = { met: f.met, note: figuresNote(f) };
      continue;
    }
    const tick = ticks[item.code];
    if (!tick) {
      missing.push(item);
      continue;
    }
    checks[item.code] = tick.note ? { met: tick.met, note: tick.note } : { met: tick.met };
  }
  const granted = missing.length === 0 && items.every((i) => checks[i.code]?.met === true);
  return { missing, unknown, checks, granted };
}

/** "8/10 = 80% ≥ 70%": language-neutral, kept with the decision so later changes of sub-units do not rewrite it. */
export function figuresNote(f: ShareFigures): string {
  const pct = (n: number) => `${String(n).replace('.', ',')}%`;
  const value = f.percent === null ? '—' : pct(f.percent);
  return `${f.recognised}/${f.total} = ${value} ${f.met ? '≥' : '<'} ${pct(f.minPercent)}`;
}
