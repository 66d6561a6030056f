import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  type EvaluationStatus,
  evaluationStatuses,
  nextStatus,
  type WorkflowAction,
  workflowActions,
} from './workflow.ts';

/** The whole table, every status × action cell; `null` is refused. */
const expected: Record<EvaluationStatus, Record<WorkflowAction, EvaluationStatus | null>> = {
  notStarted: { save: 'draft', submit: 'submitted', adjust: null, sendBack: null, approve: null, decide: null },
  draft: { save: 'draft', submit: 'submitted', adjust: null, sendBack: null, approve: null, decide: null },
  submitted: { save: null, submit: null, adjust: 'submitted', sendBack: 'returned', approve: 'approved', decide: null },
  returned: { save: 'returned', submit: 'submitted', adjust: null, sendBack: null, approve: null, decide: null },
  approved: { save: null, submit: null, adjust: 'approved', sendBack: 'returned', approve: null, decide: 'decided' },
  decided: { save: null, submit: null, adjust: null, sendBack: null, approve: null, decide: null },
};

describe('evaluation workflow', () => {
  const cells = evaluationStatuses.flatMap((s) => workflowActions.map((a) => [s, a, expected[s][a]] as const));

  it('covers every status and action', () => {
    expect(cells).toHaveLength(evaluationStatuses.length * workflowActions.length);
  });

  it.each(cells)('%s + %s → %s', (status, action, next) => {
    expect(nextStatus(status, action)).toBe(next);
  });

  it.each(evaluationStatuses)('buttons offered from %s match the table', (status) => {
    expect(actionsFrom(status)).toEqual(workflowActions.filter((a) => expected[status][a] !== null));
  });

  it('nothing leaves a decided sheet', () => {
    expect(actionsFrom('decided')).toEqual([]);
  });
});
