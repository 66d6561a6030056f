import { type PeriodKind, parsePeriod } from '../security-team/period.ts';

/**
 * Periodic statistics entry (báo cáo số liệu định kỳ): which indicators a
 * unit enters for a period, how a set of values is checked, how complete it
 * is, and the form's life (draft → submitted → approved by the level above,
 * or returned). Pure: the server loads and writes.
 */
export type EntryIndicator = {
  code: string;
  source: 'entered' | 'computed';
  entryPeriod: PeriodKind | null;
  integer: boolean;
  min: number | null;
  max: number | null;
};

export const entryStatuses = ['notStarted', 'draft', 'submitted', 'returned', 'approved'] as const;
/** A unit without a form for the period is `notStarted`: there is no row for it. */
export type EntryStatus = (typeof entryStatuses)[number];

export const entryActions = ['save', 'submit', 'approve', 'return', 'reopen'] as const;
export type EntryAction = (typeof entryActions)[number];

const table: Record<EntryAction, Partial<Record<EntryStatus, EntryStatus>>> = {
  // the unit edits its figures until it submits, and again after a return
  save: { notStarted: 'draft', draft: 'draft', returned: 'draft' },
  submit: { notStarted: 'submitted', draft: 'submitted', returned: 'submitted' },
  // the level above decides on what was submitted
  approve: { submitted: 'approved' },
  return: { submitted: 'returned' },
  // an approved form goes back to the unit for a correction (its figures leave the rollups)
  reopen: { approved: 'returned' },
};

/** The next status, or null when the action is not allowed from this status. */
export function nextEntryStatus(status: EntryStatus, action: EntryAction): EntryStatus | null {
  return table[action][status] ?? null;
}

/** Actions possible from a status, for the UI's buttons. */
export function entryActionsFrom(status: EntryStatus): EntryAction[] {
  return entryActions.filter((a) => nextEntryStatus(status, a) !== null);
}

/**
 * The units that file periodic figures: communes (the commune police enter
 * them), and the district and province levels for their own cases.
 * Residential areas and institutions are counted inside their commune.
 */
export const reportingLevels = ['province', 'district', 'commune'] as const;
export const reportsFigures = (unit: { kind: string; level: string | null }) =>
  unit.kind === 'administrative' && (reportingLevels as readonly string[]).includes(unit.level ?? '');

/** The entered indicators reported for a period of this kind (quarterly ones for '2025Q3'). */
export function indicatorsForKind<T extends EntryIndicator>(all: T[], kind: PeriodKind): T[] {
  return all.filter((i) => i.source === 'entered' && i.entryPeriod === kind);
}

/** The indicators of a period text, or null when the text is not a period. */
export function indicatorsForPeriod<T extends EntryIndicator>(all: T[], period: string): T[] | null {
  const p = parsePeriod(period);
  return p ? indicatorsForKind(all, p.kind) : null;
}

const kindOrder: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
const perYear: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };

/** The period texts of one kind in a year, in order: 2025Q1 … 2025Q4. */
export function periodsOfYear(year: number, kind: PeriodKind): string[] {
  const letter = { month: 'M', quarter: 'Q', half: 'S', year: '' }[kind];
  if (kind === 'year') return [String(year)];
  return Array.from({ length: perYear[kind] }, (_, i) =>
    kind === 'month' ? `${year}M${String(i + 1).padStart(2, '0')}` : `${year}${letter}${i + 1}`,
  );
}

/**
 * The forms a unit fills in during a year for an indicator set: one list of
 * periods per kind that some entered indicator uses, shortest kind first.
 */
export function reportingPeriods(all: EntryIndicator[], year: number): { kind: PeriodKind; periods: string[] }[] {
  const kinds = new Set(all.filter((i) => i.source === 'entered' && i.entryPeriod).map((i) => i.entryPeriod!));
  return kindOrder.filter((k) => kinds.has(k)).map((kind) => ({ kind, periods: periodsOfYear(year, kind) }));
}

/** A problem with one value: the indicator, a message key and its parameters. */
export type ValueIssue = { code: string; key: ValueIssueKey; params: Record<string, string | number> };
export type ValueIssueKey = 'unknownIndicator' | 'notNumber' | 'notInteger' | 'belowMin' | 'aboveMax' | 'notAbove';

/**
 * Rules between indicators: `code` may not exceed `limit` (cases cleared are
 * among the cases). Checked only when both are filled.
 */
export const crossRules: { code: string; limit: string }[] = [{ code: 'crimeCasesCleared', limit: 'crimeCases' }];

export type Values = Record<string, number | null>;

/** Checks one value against its indicator: a finite number, whole when required, within min and max. */
export function checkValue(ind: EntryIndicator, value: unknown): ValueIssue | null {
  const code = ind.code;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code, key: 'notNumber', params: {} };
  if (ind.integer && !Number.isInteger(value)) return { code, key: 'notInteger', params: {} };
  if (ind.min !== null && value < ind.min) return { code, key: 'belowMin', params: { min: ind.min } };
  if (ind.max !== null && value > ind.max) return { code, key: 'aboveMax', params: { max: ind.max } };
  return null;
}

/**
 * Every problem of a set of values for a period's indicators: unknown codes,
 * each value on its own (nulls mean "not filled" and pass), then the rules
 * between indicators on the values that passed.
 */
export function validateValues(indicators: EntryIndicator[], values: Values): ValueIssue[] {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const issues: ValueIssue[] = [];
  for (const [code, value] of Object.entries(values)) {
    const ind = byCode.get(code);
    if (!ind) issues.push({ code, key: 'unknownIndicator', params: { code } });
    else if (value !== null) {
      const issue = checkValue(ind, value);
      if (issue) issues.push(issue);
    }
  }
  const bad = new Set(issues.map((i) => i.code));
  for (const rule of crossRules) {
    const v = values[rule.code];
    const limit = values[rule.limit];
    if (bad.has(rule.code) || bad.has(rule.limit) || v == null || limit == null) continue;
    if (!byCode.has(rule.code) || !byCode.has(rule.limit)) continue;
    if (v > limit) issues.push({ code: rule.code, key: 'notAbove', params: { other: rule.limit, limit } });
  }
  return issues;
}

/** How much of a form is filled: every indicator of the period is required (0 is a value, blank is not). */
export function completeness(indicators: { code: string }[], values: Values) {
  const missing = indicators.filter((i) => values[i.code] == null).map((i) => i.code);
  return { filled: indicators.length - missing.length, required: indicators.length, missing };
}

/** Submitting needs every indicator filled, and at least one indicator to report. */
export const isComplete = (c: { filled: number; required: number }) => c.required > 0 && c.filled === c.required;
