/**
 * Pure rules of remediation plans: Vietnam's "today" for an instant, and which
 * dates a plan may carry. No I/O.
 */

/** Today in Vietnam (UTC+7): the date decisions and due dates are read against. */
export { vietnamToday as vnToday } from '../../../domain/calendar.ts';

/** An action is overdue while not done past its own due date. */
export const actionOverdue = (a: { status: string; dueDate: string | null }, today: string) =>
  a.status !== 'done' && a.dueDate !== null && a.dueDate < today;

/** Index of the first action due after the plan itself, or -1. */
export const actionAfterPlan = (planDue: string, actions: { dueDate?: string | null }[]) =>
  actions.findIndex((a) => !!a.dueDate && a.dueDate > planDue);

export { displayDate as dmy } from '../../../domain/text.ts';
