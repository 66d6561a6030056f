/**
 * Rules on a team's members (Law of 2023 Art. 16: a team has a leader, a
 * deputy and members). Pure: the server loads the members and applies them.
 */
export const memberRoles = ['leader', 'deputy', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

export type MemberLike = { role: MemberRole | string; leftOn: string | null };

const active = (m: MemberLike) => m.leftOn === null;

/**
 * Positions (in order) of active leaders beyond the first: a team has at most
 * one active leader, so these are refused. Members who left do not count.
 */
export function extraLeaders(members: MemberLike[]): number[] {
  const out: number[] = [];
  let seen = false;
  members.forEach((m, i) => {
    if (m.role !== 'leader' || !active(m)) return;
    if (seen) out.push(i);
    seen = true;
  });
  return out;
}

/** Whether `candidate` may join (or stay in) a team whose other members are `others`. */
export function leaderTaken(others: MemberLike[], candidate: MemberLike): boolean {
  return extraLeaders([...others, candidate]).includes(others.length);
}

/** Members counted at a date: joined on or before it and not left by then. */
export function activeOn(m: { joinedOn: string; leftOn: string | null }, date: string): boolean {
  return m.joinedOn <= date && (m.leftOn === null || m.leftOn > date);
}
