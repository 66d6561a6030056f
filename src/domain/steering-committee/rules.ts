/**
 * Rules of Steering Committees (BCĐ 138, REGULATIONS §5.3): one active head
 * per committee, members' dates, which units a member may be made responsible
 * for, and which committee answers "who is responsible for this unit". Pure:
 * the server loads the rows and applies these.
 */
export const memberPositions = ['head', 'standingDeputy', 'deputy', 'member', 'secretary'] as const;
export type MemberPositionName = (typeof memberPositions)[number];

export type MemberLike = { id?: number; position: string; leftOn: string | null };

/**
 * Index (in `members`) of the first active head after another active head, or
 * -1: a committee has at most one active Trưởng ban; one who left does not count.
 */
export function secondHead(members: MemberLike[]): number {
  let seen = false;
  for (const [i, m] of members.entries()) {
    if (m.position !== 'head' || m.leftOn !== null) continue;
    if (seen) return i;
    seen = true;
  }
  return -1;
}

/** Whether `candidate` may hold (or keep) its position beside the committee's other members. */
export function headTaken(others: MemberLike[], candidate: MemberLike): boolean {
  const rest = others.filter((m) => candidate.id === undefined || m.id !== candidate.id);
  return secondHead([...rest, candidate]) === rest.length;
}

export type DateProblem = 'inFuture' | 'beforeEstablished' | 'beforeJoined' | null;

/** A member joins on or after the committee's establishment and not after today. */
export function joinProblem(joinedOn: string, establishedOn: string, today: string): DateProblem {
  if (joinedOn > today) return 'inFuture';
  if (joinedOn < establishedOn) return 'beforeEstablished';
  return null;
}

/** A member leaves (or an assignment ends) on or after the start, and not after today. */
export function endProblem(endOn: string, startedOn: string, today: string): DateProblem {
  if (endOn > today) return 'inFuture';
  if (endOn < startedOn) return 'beforeJoined';
  return null;
}

/**
 * A member may be made responsible for the committee's own unit or any unit
 * below it (paths are materialised, "/1/5/42/"), never for a unit elsewhere.
 */
export function inCommitteeScope(committeeUnitPath: string, unitPath: string): boolean {
  return unitPath.startsWith(committeeUnitPath);
}

/**
 * Of the active assignments to a unit, the one of the nearest committee above
 * it (the longest committee path); ties (impossible with one open committee
 * per unit) go to the earliest assignment.
 */
export function nearestAssignment<T extends { committeeUnitPath: string; assignmentId: number }>(
  rows: T[],
): T | undefined {
  return [...rows].sort(
    (a, b) => b.committeeUnitPath.length - a.committeeUnitPath.length || a.assignmentId - b.assignmentId,
  )[0];
}

/** Display order of members: by position (head first), then name as Vietnamese sort it. */
export function memberOrder(a: { position: string; fullName: string }, b: { position: string; fullName: string }) {
  const rank = (p: string) => {
    const i = memberPositions.indexOf(p as MemberPositionName);
    return i < 0 ? memberPositions.length : i;
  };
  return rank(a.position) - rank(b.position) || a.fullName.localeCompare(b.fullName, 'vi');
}
