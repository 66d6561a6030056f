import type {
  Classification,
  Criterion,
  MovementSetDefinition,
  ScoringRule,
  SubItem,
} from '../../common/criteria/schemas.ts';

/** A scored line of a sheet: a criterion without sub-items, or one sub-item. */
export type Leaf = (SubItem | (Criterion & { rule: ScoringRule })) & { parentCode: string | null };

/** The lines a scorer fills in, in sheet order. */
export function leavesOf(set: Pick<MovementSetDefinition, 'criteria'>): Leaf[] {
  return set.criteria.flatMap((c): Leaf[] =>
    c.items?.length
      ? c.items.map((i) => ({ ...i, parentCode: c.code }))
      : [{ ...(c as Criterion & { rule: ScoringRule }), rule: c.rule ?? { type: 'manual' }, parentCode: null }],
  );
}

/** Points are kept in hundredths while adding, so 0.25 steps never drift. */
export const roundPoints = (n: number) => Math.round(n * 100) / 100;
export const sumPoints = (ns: number[]) => roundPoints(ns.reduce((a, n) => a + Math.round(n * 100), 0) / 100);

/** Rank of a class: 0 is the best. */
export const rankOf = (c: Classification) => ['excellent', 'good', 'average', 'weak'].indexOf(c);
/** The worse of two classes. */
export const worse = (a: Classification, b: Classification): Classification => (rankOf(a) >= rankOf(b) ? a : b);
