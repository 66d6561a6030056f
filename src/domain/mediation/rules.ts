/**
 * Pure rules of grassroots mediation (Law 35/2013/QH13), kept as data so a
 * confirmed text changes one line. No I/O.
 */

export const mediationRules = {
  /** Art. 12 [U in REGULATIONS §7.2]: at least three mediators, women among them. Warned, never refused. */
  team: { minActiveMediators: 3, minWomen: 1, verified: false, source: 'Luật 35/2013/QH13, Điều 12' },
  /** One team leader (tổ trưởng) at a time: elected by the team's mediators [V:S90]. */
  maxLeaders: 1,
  /** Art. 16 [V:S89]: mediation starts within 3 days; the receipt date stands in for the assignment date. */
  startWithinDays: 3,
  /** Minimal data on the parties: a label and a name each. */
  parties: { min: 1, max: 10 },
} as const;

export type MediatorLike = { gender: string; role: string; leftOn: string | null };
export type TeamWarningCode = 'tooFewMediators' | 'noWoman';

/** A mediator is active until the day they leave. */
export const isActive = (m: { leftOn: string | null }, today: string) => m.leftOn === null || m.leftOn > today;

/** Counts of active mediators and the Art. 12 warnings they raise. */
export function teamCompliance(mediators: MediatorLike[], today: string) {
  const active = mediators.filter((m) => isActive(m, today));
  const women = active.filter((m) => m.gender === 'female').length;
  const leaders = active.filter((m) => m.role === 'leader').length;
  const warnings: TeamWarningCode[] = [];
  if (active.length < mediationRules.team.minActiveMediators) warnings.push('tooFewMediators');
  if (women < mediationRules.team.minWomen) warnings.push('noWoman');
  return { active: active.length, women, leaders, warnings };
}

/** Would this change leave more than one active leader? `selfId` is the mediator being edited. */
export function leaderTaken(mediators: (MediatorLike & { id: number })[], today: string, selfId?: number) {
  return (
    mediators.filter((m) => m.id !== selfId && m.role === 'leader' && isActive(m, today)).length >=
    mediationRules.maxLeaders
  );
}

export type DateProblem = { field: 'receivedOn' | 'startedOn' | 'closedOn'; key: string; date: string };

/** received ≤ started ≤ closed, none in the future; the first broken rule per field. */
export function caseDateProblems(
  d: { receivedOn: string; startedOn?: string | null; closedOn?: string | null },
  today: string,
): DateProblem[] {
  const out: DateProblem[] = [];
  const fields = ['receivedOn', 'startedOn', 'closedOn'] as const;
  for (const f of fields) {
    const v = d[f];
    if (v && v > today) out.push({ field: f, key: 'mediation.dateInFuture', date: v });
  }
  if (d.startedOn && d.startedOn < d.receivedOn && !out.some((p) => p.field === 'startedOn'))
    out.push({ field: 'startedOn', key: 'mediation.startBeforeReceipt', date: d.startedOn });
  const floor = d.startedOn ?? d.receivedOn;
  if (d.closedOn && d.closedOn < floor && !out.some((p) => p.field === 'closedOn'))
    out.push({ field: 'closedOn', key: 'mediation.closeBeforeStart', date: d.closedOn });
  return out;
}

/** Adds whole days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Started later than 3 days after receipt, or still not started once that time is over. */
export function lateStart(c: { receivedOn: string; startedOn: string | null; closedOn: string | null }, today: string) {
  const limit = addDays(c.receivedOn, mediationRules.startWithinDays);
  if (c.startedOn) return c.startedOn > limit;
  return c.closedOn === null && today > limit;
}

/** Succeeded over succeeded + failed; withdrawn cases are left out (parties stopped, nothing was decided). */
export function successRate(c: { succeeded: number; failed: number }): number | null {
  const decided = c.succeeded + c.failed;
  return decided === 0 ? null : c.succeeded / decided;
}
