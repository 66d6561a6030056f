import { asc, eq, inArray } from 'drizzle-orm';
import type { AwardForm, AwardFormBody } from '../../../common/award/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { awardForms } from '../../../db/schema/index.ts';
import { recordAudit } from '../../audit.ts';
import type { Ctx } from '../../context.ts';
import { conflict, invalid, notFound } from '../../errors.ts';
import { authorize } from '../../policy.ts';
import { ensureRoot } from '../org-unit/queries.ts';

/**
 * The forms every province starts with. Which forms a movement uses, and who
 * signs them, is practice (REGULATIONS §8.3, partly verified), so this is
 * data administrators edit, not a rule in code.
 */
export const referenceAwardForms: AwardFormBody[] = [
  {
    code: 'BK-BCA',
    name: 'Bằng khen của Bộ trưởng Bộ Công an',
    issuerTitle: 'Bộ trưởng Bộ Công an',
    kind: 'certificateOfMerit',
    level: 'national',
    sort: 10,
    active: true,
  },
  {
    code: 'BK-UBND-TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    issuerTitle: 'Chủ tịch UBND tỉnh',
    kind: 'certificateOfMerit',
    level: 'province',
    sort: 20,
    active: true,
  },
  {
    code: 'GK-GD-CAT',
    name: 'Giấy khen của Giám đốc Công an tỉnh',
    issuerTitle: 'Giám đốc Công an tỉnh',
    kind: 'certificateOfCommendation',
    level: 'province',
    sort: 30,
    active: true,
  },
  {
    code: 'KNC-BVANTQ',
    name: 'Kỷ niệm chương "Bảo vệ an ninh Tổ quốc"',
    issuerTitle: 'Bộ trưởng Bộ Công an',
    kind: 'other',
    level: 'national',
    sort: 40,
    active: true,
  },
];

/** Inserts the reference forms that are missing (by code); never overwrites an administrator's edits. */
export async function syncAwardForms(db: Executor): Promise<{ inserted: number }> {
  const rows = await db.insert(awardForms).values(referenceAwardForms).onConflictDoNothing().returning();
  return { inserted: rows.length };
}

const present = (r: typeof awardForms.$inferSelect): AwardForm => ({
  id: r.id,
  code: r.code,
  name: r.name,
  issuerTitle: r.issuerTitle,
  kind: r.kind as AwardForm['kind'],
  level: r.level as AwardForm['level'],
  sort: r.sort,
  active: r.active,
  version: r.version,
});

export async function listAwardForms(db: Executor, all: boolean): Promise<AwardForm[]> {
  const rows = await db
    .select()
    .from(awardForms)
    .where(all ? undefined : eq(awardForms.active, true))
    .orderBy(asc(awardForms.sort), asc(awardForms.name));
  return rows.map(present);
}

/** Forms by code, for presenting many records at once. */
export async function formsByCode(db: Executor, codes: string[]) {
  const wanted = [...new Set(codes)];
  const rows = wanted.length ? await db.select().from(awardForms).where(inArray(awardForms.code, wanted)) : [];
  return new Map(rows.map((r) => [r.code, { code: r.code, name: r.name, kind: present(r).kind, active: r.active }]));
}

/** A form a record may use: it exists, and a new choice must be active. */
export async function checkFormCode(db: Executor, code: string, previous?: string) {
  const [form] = await db.select().from(awardForms).where(eq(awardForms.code, code));
  if (!form || (!form.active && code !== previous)) {
    throw invalid('award.formUnknown', { code }, [{ path: 'body.formCode', message: 'msg:award.formUnknown' }]);
  }
  return form;
}

/** Adds or edits a form (national configuration: the permission is checked on the root). */
export async function saveAwardForm(ctx: Ctx, id: number | null, body: AwardFormBody & { version?: number }) {
  return ctx.db.transaction(async (tx) => {
    const root = await ensureRoot(tx);
    authorize(ctx.actor, 'criteria.manage', root);
    const { version, ...values } = body;
    const [taken] = await tx.select().from(awardForms).where(eq(awardForms.code, values.code));
    if (taken && taken.id !== id) {
      throw invalid('award.formCodeTaken', { code: values.code }, [
        { path: 'body.code', message: 'msg:award.formCodeTaken' },
      ]);
    }
    let before: typeof awardForms.$inferSelect | null = null;
    let row: typeof awardForms.$inferSelect;
    if (id === null) {
      [row] = (await tx.insert(awardForms).values(values).returning()) as [typeof awardForms.$inferSelect];
    } else {
      [before] = await tx.select().from(awardForms).where(eq(awardForms.id, id)).for('update');
      if (!before) throw notFound();
      if (before.version !== version) throw conflict('registry.stale', present(before));
      [row] = (await tx
        .update(awardForms)
        .set({ ...values, version: before.version + 1, updatedAt: new Date() })
        .where(eq(awardForms.id, id))
        .returning()) as [typeof awardForms.$inferSelect];
    }
    await recordAudit(tx, {
      action: 'award.formSaved',
      actor: ctx.actor,
      unit: { id: root.id, path: root.path },
      targetType: 'awardForm',
      targetId: row.id,
      before,
      after: row,
      ip: ctx.ip,
    });
    return present(row);
  });
}
