import { asc, eq } from 'drizzle-orm';
import type { InitiativeTypeBody, NewInitiativeTypeBody } from '../../../common/initiative/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { initiativeTypes } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { invalid, notFound } from '../../errors.ts';
import { authorize } from '../../policy.ts';
import { ensureRoot } from '../org-unit/queries.ts';

/** The camera type: its initiatives must say how many cameras and where. */
export const CAMERA_TYPE = 'securityCamera';

/**
 * The starting taxonomy (issue #5's list and REGULATIONS §3.4's groups). It is
 * configurable data, not a legal list: administrators rename, reorder, retire
 * and add types; codes never change, since records point at them.
 */
export const defaultInitiativeTypes = [
  ['selfManaged', 'Tự quản về an ninh, trật tự', 'Self-managed security and order'],
  ['crimePrevention', 'Phòng ngừa, tố giác tội phạm', 'Crime prevention'],
  ['drugPrevention', 'Phòng, chống ma túy', 'Drug prevention'],
  ['trafficSafety', 'Bảo đảm trật tự, an toàn giao thông', 'Traffic safety'],
  [CAMERA_TYPE, 'Camera an ninh', 'Security cameras'],
  ['religiousClan', 'Cộng đồng tôn giáo, dòng họ', 'Religious and clan communities'],
  ['school', 'Trường học an toàn về an ninh, trật tự', 'Schools'],
  ['workers', 'Tổ công nhân tự quản', "Workers' teams"],
  ['online', 'An ninh trên không gian mạng', 'Online'],
  ['fireSafety', 'An toàn phòng cháy, chữa cháy', 'Fire safety'],
  ['other', 'Khác', 'Other'],
].map(([code, nameVi, nameEn], i) => ({ code: code!, nameVi: nameVi!, nameEn: nameEn!, sort: (i + 1) * 10 }));

/** Adds the starting types that are missing; edits made by administrators are kept. Idempotent. */
export async function syncInitiativeTypes(db: Executor) {
  await db.insert(initiativeTypes).values(defaultInitiativeTypes).onConflictDoNothing();
}

export type TypeRow = typeof initiativeTypes.$inferSelect;

export function listTypes(db: Executor): Promise<TypeRow[]> {
  return db.select().from(initiativeTypes).orderBy(asc(initiativeTypes.sort), asc(initiativeTypes.nameVi));
}

const presentType = (t: TypeRow) => ({
  id: t.id,
  code: t.code,
  nameVi: t.nameVi,
  nameEn: t.nameEn,
  sort: t.sort,
  active: t.active,
});

/** The taxonomy is national: only those managing initiatives at the national root edit it. */
async function authorizeTaxonomy(ctx: Ctx, tx: Executor) {
  const root = await ensureRoot(tx);
  authorize(ctx.actor, 'initiative.manage', root);
  return root;
}

export async function createType(ctx: Ctx, body: NewInitiativeTypeBody) {
  return ctx.db.transaction(async (tx) => {
    const root = await authorizeTaxonomy(ctx, tx);
    const [taken] = await tx.select().from(initiativeTypes).where(eq(initiativeTypes.code, body.code));
    if (taken) {
      throw invalid('initiative.typeCodeTaken', { code: body.code }, [
        { path: 'body.code', message: 'msg:initiative.typeCodeTaken' },
      ]);
    }
    const [row] = await tx.insert(initiativeTypes).values(body).returning();
    await recordAudit(tx, {
      action: 'initiative.typeSaved',
      actor: ctx.actor,
      unit: root,
      targetType: 'initiativeType',
      targetId: row!.id,
      after: row,
      ip: ctx.ip,
    });
    return presentType(row!);
  });
}

export async function updateType(ctx: Ctx, id: number, body: InitiativeTypeBody) {
  return ctx.db.transaction(async (tx) => {
    const root = await authorizeTaxonomy(ctx, tx);
    const [before] = await tx.select().from(initiativeTypes).where(eq(initiativeTypes.id, id)).for('update');
    if (!before) throw notFound();
    const [row] = await tx
      .update(initiativeTypes)
      .set({ ...body, updatedAt: new Date() })
      .where(eq(initiativeTypes.id, id))
      .returning();
    await recordAudit(tx, {
      action: 'initiative.typeSaved',
      actor: ctx.actor,
      unit: root,
      targetType: 'initiativeType',
      targetId: id,
      before,
      after: row,
      ip: ctx.ip,
    });
    return presentType(row!);
  });
}

export const presentTypes = (rows: TypeRow[]) => rows.map(presentType);
