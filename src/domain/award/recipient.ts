/**
 * A recipient of a commendation is a collective (a unit of the tree, or an
 * organisation named in words) or a person (tập thể / cá nhân).
 */
export type RecipientKind = 'collective' | 'individual';

export type RecipientInput = { recipientKind: RecipientKind; name?: string | null; collectiveUnitId?: number | null };
export type RecipientProblem = { field: 'name' | 'collectiveUnitId'; key: string };

/** What is missing: a collective needs a name or a unit; a person a name and never a unit. */
export function recipientProblems(r: RecipientInput): RecipientProblem[] {
  const named = !!r.name?.trim();
  if (r.recipientKind === 'collective') {
    return named || r.collectiveUnitId ? [] : [{ field: 'name', key: 'award.collectiveNameOrUnit' }];
  }
  const out: RecipientProblem[] = [];
  if (!named) out.push({ field: 'name', key: 'award.individualName' });
  if (r.collectiveUnitId) out.push({ field: 'collectiveUnitId', key: 'award.individualNoUnit' });
  return out;
}

/** Collectives and individuals, as reports write them ("9 tập thể, 15 cá nhân"). */
export function tally(kinds: RecipientKind[]): { collective: number; individual: number } {
  return {
    collective: kinds.filter((k) => k === 'collective').length,
    individual: kinds.filter((k) => k === 'individual').length,
  };
}
