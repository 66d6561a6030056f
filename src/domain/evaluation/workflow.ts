/**
 * The score sheet's life: a table of status × action → next status. The sheet
 * of a unit that has not started has no row; "notStarted" stands for it.
 */
export const evaluationStatuses = ['notStarted', 'draft', 'submitted', 'returned', 'approved', 'decided'] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];

export const workflowActions = ['save', 'submit', 'adjust', 'sendBack', 'approve', 'decide'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

const table: Record<WorkflowAction, Partial<Record<EvaluationStatus, EvaluationStatus>>> = {
  // the unit edits its own scores until it submits, and again after a return
  save: { notStarted: 'draft', draft: 'draft', returned: 'returned' },
  submit: { notStarted: 'submitted', draft: 'submitted', returned: 'submitted' },
  // the level above adjusts scores while the sheet is in its hands
  adjust: { submitted: 'submitted', approved: 'approved' },
  sendBack: { submitted: 'returned', approved: 'returned' },
  approve: { submitted: 'approved' },
  // the decision locks the result: no action leaves "decided"
  decide: { approved: 'decided' },
};

/** The next status, or null when the action is not allowed from this status. */
export function nextStatus(status: EvaluationStatus, action: WorkflowAction): EvaluationStatus | null {
  return table[action][status] ?? null;
}

/** Actions possible from a status, for the UI's buttons. */
export function actionsFrom(status: EvaluationStatus): WorkflowAction[] {
  return workflowActions.filter((a) => nextStatus(status, a) !== null);
}
