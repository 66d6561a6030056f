/**
 * Pure rules of remediation plans: Vietnam's "today" for an instant, and which
 * dates a plan may carry. No I/O.
 */

/** Today in Vietnam (UTC+7): the date decisions and due dates are read against. */
export const vnToday = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** An action is overdue while not done past its own due date. */
export const actionOverdue = (a: { status: string; dueDate: string | null }, today: string) =>
  a.status !== 'done' && a.dueDate !== null && a.dueDate < today;

/** Index of the first action due after the plan itself, or -1. */
export const actionAfterPlan = (planDue: string, actions: { dueDate?: string | null }[]) =>
  actions.findIndex((a) => !!a.dueDate && a.dueDate > planDue);

export const dmy = (iso: string) => iso.split('-').reverse().join('/');
