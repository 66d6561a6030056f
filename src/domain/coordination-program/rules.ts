/**
 * Pure rules of coordination programmes (chương trình phối hợp): the period,
 * the parties, activity statuses and reviews (sơ kết / tổng kết).
 */
export const programLevels = ['national', 'province', 'commune'] as const;
export type ProgramLevel = (typeof programLevels)[number];

export const activityStatuses = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const reviewKinds = ['interim', 'final'] as const;
export type ReviewKind = (typeof reviewKinds)[number];

/** Parties offered in forms (free text is allowed too: provinces name theirs in full). */
export const suggestedParties = [
  'Công an',
  'Ủy ban MTTQ Việt Nam',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Liên đoàn Lao động (Công đoàn)',
];

/** Parties compared as people type them: case, spaces and diacritics of "đ" kept, extra spaces not. */
export const partyKey = (p: string) => p.trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** Parties repeated in a list (by `partyKey`), to refuse "Công an; công an". */
export function duplicateParties(parties: string[]): string[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const k = partyKey(p);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

export type PeriodProblem = {
  path: 'periodFrom' | 'periodTo';
  key: 'coordinationProgram.periodOrder' | 'coordinationProgram.periodBeforeSigning';
};

/**
 * A programme's period runs forward, and it cannot have ended before it was
 * signed. It may start before the signing year: provinces sign their
 * implementing programme after the national one's period has begun.
 */
export function periodProblems(p: { signedOn: string; periodFrom: number; periodTo: number }): PeriodProblem[] {
  if (p.periodFrom > p.periodTo) return [{ path: 'periodTo', key: 'coordinationProgram.periodOrder' }];
  if (p.periodTo < Number(p.signedOn.slice(0, 4))) {
    return [{ path: 'periodTo', key: 'coordinationProgram.periodBeforeSigning' }];
  }
  return [];
}

/**
 * Status moves of an activity. `done` and `cancelled` are not final for ever:
 * a mistaken "done" goes back to in progress, a cancelled one may be planned again.
 */
const moves: Record<ActivityStatus, readonly ActivityStatus[]> = {
  planned: ['planned', 'inProgress', 'done', 'cancelled'],
  inProgress: ['inProgress', 'planned', 'done', 'cancelled'],
  done: ['done', 'inProgress'],
  cancelled: ['cancelled', 'planned'],
};

export function canMoveActivity(from: ActivityStatus, to: ActivityStatus): boolean {
  return moves[from].includes(to);
}

export type ActivityInput = { status: ActivityStatus; dueOn: string; doneOn?: string | null };
export type ActivityProblem = {
  path: 'status' | 'doneOn';
  key:
    | 'coordinationProgram.statusMove'
    | 'coordinationProgram.doneOnRequired'
    | 'coordinationProgram.doneOnOnlyWhenDone'
    | 'registry.dateInFuture';
};

/** An activity's own rules: the move from its current status, and the done date only (and always) when done. */
export function activityProblems(a: ActivityInput, today: string, from?: ActivityStatus): ActivityProblem[] {
  const out: ActivityProblem[] = [];
  if (from && !canMoveActivity(from, a.status)) out.push({ path: 'status', key: 'coordinationProgram.statusMove' });
  if (a.status === 'done' && !a.doneOn) out.push({ path: 'doneOn', key: 'coordinationProgram.doneOnRequired' });
  if (a.status !== 'done' && a.doneOn) out.push({ path: 'doneOn', key: 'coordinationProgram.doneOnOnlyWhenDone' });
  if (a.doneOn && a.doneOn > today) out.push({ path: 'doneOn', key: 'registry.dateInFuture' });
  return out;
}

/** Past its due date and still to be done, by the app's clock (today in Vietnam). */
export function isOverdue(a: { status: string; dueOn: string }, today: string): boolean {
  return (a.status === 'planned' || a.status === 'inProgress') && a.dueOn < today;
}

export type ReviewInput = { id?: number; kind: ReviewKind; heldOn: string };
export type ReviewProblem = {
  path: 'kind' | 'heldOn';
  key:
    | 'coordinationProgram.secondFinal'
    | 'coordinationProgram.reviewAfterFinal'
    | 'coordinationProgram.finalBeforeInterim'
    | 'coordinationProgram.reviewBeforeSigning'
    | 'registry.dateInFuture';
};

/**
 * A review among the programme's others: held after the signing and not in
 * the future; one final review (tổng kết), and it comes last, after every
 * interim review (sơ kết). `r.id` is the review being edited, left out of `others`.
 */
export function reviewProblems(
  r: ReviewInput,
  others: ReviewInput[],
  signedOn: string,
  today: string,
): ReviewProblem[] {
  const out: ReviewProblem[] = [];
  const rest = others.filter((o) => o.id === undefined || o.id !== r.id);
  if (r.heldOn > today) out.push({ path: 'heldOn', key: 'registry.dateInFuture' });
  if (r.heldOn < signedOn) out.push({ path: 'heldOn', key: 'coordinationProgram.reviewBeforeSigning' });
  const final = rest.find((o) => o.kind === 'final');
  if (r.kind === 'final' && final) out.push({ path: 'kind', key: 'coordinationProgram.secondFinal' });
  if (r.kind === 'interim' && final && r.heldOn > final.heldOn) {
    out.push({ path: 'heldOn', key: 'coordinationProgram.reviewAfterFinal' });
  }
  if (r.kind === 'final' && rest.some((o) => o.kind === 'interim' && o.heldOn > r.heldOn)) {
    out.push({ path: 'heldOn', key: 'coordinationProgram.finalBeforeInterim' });
  }
  return out;
}
