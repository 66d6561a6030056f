/**
 * Stages of an initiative (Guidance 22/HD-BCA-V05, §3.3 of REGULATIONS: the
 * later steps are only partly verified, so this is the platform's own
 * simplification, kept small): registered → pilot → evaluated → replicated,
 * and stopped. The four working stages are stored; "stopped" is the record's
 * close (closed_on), so a stopped initiative keeps the stage it reached and a
 * close made in error can be undone by reopening.
 */
export const workingStages = ['registered', 'pilot', 'evaluated', 'replicated'] as const;
export type WorkingStage = (typeof workingStages)[number];
export const initiativeStages = [...workingStages, 'stopped'] as const;
export type InitiativeStage = (typeof initiativeStages)[number];

export type StageRefusal = 'backward' | 'useClose' | 'stopped';

/**
 * May an initiative at `from` be set to `to`? Forward moves only, skipping
 * allowed (an older initiative is often recorded after it went further);
 * staying is allowed (an edit of other fields). Stopping is done by closing
 * the record, and a stopped record changes only after it is reopened.
 */
export function stageChange(
  from: InitiativeStage,
  to: InitiativeStage,
): { ok: true } | { ok: false; why: StageRefusal } {
  if (from === 'stopped') return { ok: false, why: 'stopped' };
  if (to === 'stopped') return { ok: false, why: 'useClose' };
  if (workingStages.indexOf(to) < workingStages.indexOf(from)) return { ok: false, why: 'backward' };
  return { ok: true };
}

/** The stage after a replication point is added: replicated, unless it is there already. */
export function stageAfterReplication(_stage: WorkingStage): WorkingStage {
  // replicated is the last working stage, so every earlier one moves there and it stays
  return 'replicated';
}

/** The stage a user sees: a closed record is stopped, whatever stage it reached. */
export function shownStage(stage: WorkingStage, closedOn: string | null): InitiativeStage {
  return closedOn ? 'stopped' : stage;
}
