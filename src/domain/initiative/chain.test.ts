import { describe, expect, it } from 'vitest';
import { chainOf, descendantsOf, replicationRefusal } from './chain.ts';

const points = [
  { id: 1, unitId: 11, fromReplicationId: null },
  { id: 2, unitId: 12, fromReplicationId: 1 },
  { id: 3, unitId: 13, fromReplicationId: 2 },
  { id: 4, unitId: 14, fromReplicationId: null },
];

describe('replication chain', () => {
  it('refuses the original unit, a unit already a point, and an unknown source', () => {
    expect(replicationRefusal(10, points, 10, null)).toBe('sameAsOriginal');
    expect(replicationRefusal(10, points, 12, null)).toBe('alreadyReplicated');
    expect(replicationRefusal(10, points, 15, 99)).toBe('unknownSource');
    expect(replicationRefusal(10, points, 15, 3)).toBeNull();
    expect(replicationRefusal(10, [], 15, null)).toBeNull();
  });

  it('nests each point under the point it was taken from', () => {
    const tree = chainOf(points);
    expect(tree.map((n) => n.point.id)).toEqual([1, 4]);
    expect(tree[0]!.children.map((n) => n.point.id)).toEqual([2]);
    expect(tree[0]!.children[0]!.children.map((n) => n.point.id)).toEqual([3]);
  });

  it('keeps a point whose source is missing at the top rather than hiding it', () => {
    expect(chainOf([{ id: 5, unitId: 1, fromReplicationId: 42 }]).map((n) => n.point.id)).toEqual([5]);
  });

  it('finds the points taken from a point, at any depth', () => {
    expect(descendantsOf(points, 1)).toEqual([2, 3]);
    expect(descendantsOf(points, 3)).toEqual([]);
  });
});
