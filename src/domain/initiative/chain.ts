/**
 * The replication chain of an initiative (Guidance 22: one point = one
 * territory where the model is applied): the original unit at the root, the
 * points taken from it below, and the points taken from those points below
 * them. Pure, shared by the server rules and the web tree.
 */
/** A point as the chain sees it: itself and the point it was taken from (null = the original). */
export type ChainLink = { id: number; fromReplicationId: number | null };
export type ChainPoint = ChainLink & { unitId: number };

export type ReplicationRefusal = 'sameAsOriginal' | 'alreadyReplicated' | 'unknownSource';

/** Why a new point (unit, taken from `fromId` or from the original when null) may not be added, or null. */
export function replicationRefusal(
  originalUnitId: number,
  points: readonly ChainPoint[],
  unitId: number,
  fromId: number | null,
): ReplicationRefusal | null {
  if (unitId === originalUnitId) return 'sameAsOriginal';
  if (points.some((p) => p.unitId === unitId)) return 'alreadyReplicated';
  if (fromId !== null && !points.some((p) => p.id === fromId)) return 'unknownSource';
  return null;
}

export type ChainNode<P> = { point: P; children: ChainNode<P>[] };

/**
 * The points as a forest under the original: each point under the point it
 * was taken from. A point whose source is missing hangs under the original,
 * so nothing is ever hidden.
 */
export function chainOf<P extends ChainLink>(points: readonly P[]): ChainNode<P>[] {
  const nodes = new Map(points.map((p) => [p.id, { point: p, children: [] as ChainNode<P>[] }]));
  const roots: ChainNode<P>[] = [];
  for (const node of nodes.values()) {
    const parent = node.point.fromReplicationId === null ? undefined : nodes.get(node.point.fromReplicationId);
    // a cycle cannot be written (a source must exist before its point), but never loop on bad data
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Points that were taken, directly or through others, from this point (it cannot be removed while they exist). */
export function descendantsOf(points: readonly ChainLink[], id: number): number[] {
  const out: number[] = [];
  const queue = [id];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const p of points) {
      if (p.fromReplicationId === at && !out.includes(p.id)) {
        out.push(p.id);
        queue.push(p.id);
      }
    }
  }
  return out;
}
