import type { AuditAction } from '../common/audit-events.ts';
import type { Executor } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';
import type { Actor } from './context.ts';

export type AuditEvent = {
  action: AuditAction;
  actor: Pick<Actor, 'id' | 'username'> | null;
  unit?: { id: number; path: string } | null;
  targetType?: string;
  targetId?: string | number;
  before?: unknown;
  after?: unknown;
  ip?: string;
};

/**
 * Appends one audit row. Always called with the use case's transaction, so the
 * record and the change it describes commit or roll back together.
 */
export async function recordAudit(tx: Executor, e: AuditEvent): Promise<void> {
  await tx.insert(auditLog).values({
    action: e.action,
    actorId: e.actor?.id ?? null,
    actorName: e.actor?.username ?? null,
    unitId: e.unit?.id ?? null,
    unitPath: e.unit?.path ?? null,
    targetType: e.targetType ?? null,
    targetId: e.targetId === undefined ? null : String(e.targetId),
    before: e.before ?? null,
    after: e.after ?? null,
    ip: e.ip ?? null,
  });
}
