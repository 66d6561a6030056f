/**
 * The life of a commendation proposal (đề nghị khen thưởng): the unit drafts
 * it and submits it; the level above approves it into a decision or refuses it
 * with a reason; a refused proposal can be corrected and submitted again.
 * Approved is final (a mistaken grant is undone by revoking the decision).
 */
export const proposalStatuses = ['draft', 'submitted', 'approved', 'refused'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

export const proposalActions = ['edit', 'submit', 'approve', 'refuse'] as const;
export type ProposalAction = (typeof proposalActions)[number];

/** What the guards need to know besides the status. */
export type ProposalFacts = { recipients: number; refusalReason?: string | null };

export type Transition = { ok: true; next: ProposalStatus } | { ok: false; error: TransitionError };
export type TransitionError = 'notAllowed' | 'noRecipients' | 'reasonRequired';

/** status × action → next status (null: not allowed from this status). */
const table: Record<ProposalStatus, Record<ProposalAction, ProposalStatus | null>> = {
  draft: { edit: 'draft', submit: 'submitted', approve: null, refuse: null },
  submitted: { edit: null, submit: null, approve: 'approved', refuse: 'refused' },
  approved: { edit: null, submit: null, approve: null, refuse: null },
  // correcting a refused proposal keeps it refused (the reason stays visible) until it is submitted again
  refused: { edit: 'refused', submit: 'submitted', approve: null, refuse: null },
};

/** The next status of a proposal after an action, or why the action is refused. */
export function transition(status: ProposalStatus, action: ProposalAction, facts: ProposalFacts): Transition {
  const next = table[status][action];
  if (next === null) return { ok: false, error: 'notAllowed' };
  if (action === 'submit' && facts.recipients < 1) return { ok: false, error: 'noRecipients' };
  if (action === 'refuse' && !facts.refusalReason?.trim()) return { ok: false, error: 'reasonRequired' };
  return { ok: true, next };
}

/** May the action be offered at all from this status (for the UI's buttons)? */
export const allows = (status: ProposalStatus, action: ProposalAction) => table[status][action] !== null;
