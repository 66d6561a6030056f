/** Deadline arithmetic for an evaluation year; dates are ISO yyyy-MM-dd strings. */

/** "11-20" of 2026 → "2026-11-20". */
export const onYear = (year: number, monthDay: string) => `${year}-${monthDay}`;

/** Days between two ISO dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * May the unit submit today? Until the deadline, yes; after it only within an
 * extension granted by the level above (issue #3). A returned sheet may always
 * be resubmitted: the reviewer asked for it.
 */
export function submissionOpen(p: {
  today: string;
  submitBy: string;
  extensionUntil: string | null;
  returned: boolean;
}): boolean {
  if (p.returned || p.today <= p.submitBy) return true;
  return p.extensionUntil !== null && p.today <= p.extensionUntil;
}

/** Not yet submitted after the deadline (and any extension): shown in red on the review list. */
export function isLate(p: { today: string; submitBy: string; extensionUntil: string | null; submitted: boolean }) {
  if (p.submitted) return false;
  const until = p.extensionUntil && p.extensionUntil > p.submitBy ? p.extensionUntil : p.submitBy;
  return p.today > until;
}
