import { and, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { AwardDecisionBody, AwardDecisionFilters, type AwardDecisionView } from '../../../common/award/schemas.ts';
import { awardDecisions, awardForms, awardRecipients } from '../../../db/schema/index.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import { displayDate } from '../../../domain/text.ts';
import { invalid } from '../../errors.ts';
import type { Registry } from '../../registry/define.ts';
import { foldedContains } from '../../search.ts';
import { checkFormCode, formsByCode } from './forms.ts';
import { kindCounts, recipientsOf } from './recipients.ts';

type Row = typeof awardDecisions.$inferSelect;
type Own = Omit<AwardDecisionView, 'unit' | 'closedOn' | 'closeReason' | 'version' | 'updatedAt' | 'can'>;

const text = (key: string, vi: string, en: string, extra: Partial<SheetColumn> = {}): SheetColumn => ({
  key,
  header: { vi, en },
  type: 'text',
  ...extra,
});

const columns: SheetColumn[] = [
  text('formCode', 'Mã hình thức khen thưởng', 'Form code', { required: true, width: 16, example: 'GK-GD-CAT' }),
  text('formName', 'Hình thức khen thưởng', 'Form', { readOnly: true, width: 30 }),
  text('decisionNumber', 'Số quyết định', 'Decision number', { required: true, width: 18, example: '1234/QĐ-CAT' }),
  {
    key: 'decidedOn',
    header: { vi: 'Ngày quyết định', en: 'Decided on' },
    type: 'date',
    required: true,
    width: 14,
    example: '15/12/2025',
  },
  text('issuer', 'Người ký / cấp khen', 'Issuer', { width: 24, example: 'Giám đốc Công an tỉnh' }),
  text('reason', 'Lý do, thành tích', 'Reason', { width: 40 }),
  text('occasion', 'Dịp khen thưởng', 'Occasion', { width: 30, example: 'Tổng kết phong trào năm 2025' }),
  { key: 'rewardedProgramId', header: { vi: 'ID chương trình phối hợp', en: 'Programme ID' }, type: 'int', width: 10 },
  { key: 'rewardedCampaignId', header: { vi: 'ID đợt cao điểm', en: 'Campaign ID' }, type: 'int', width: 10 },
  {
    key: 'collectives',
    header: { vi: 'Số tập thể', en: 'Collectives' },
    type: 'int',
    readOnly: true,
    width: 10,
  },
  { key: 'individuals', header: { vi: 'Số cá nhân', en: 'Individuals' }, type: 'int', readOnly: true, width: 10 },
];

/** Recipients of one decision by kind, as an SQL figure the kernel's counts sum per child unit. */
const recipientsOfKind = (kind: 'collective' | 'individual') =>
  sql`(select count(*) from ${awardRecipients} where ${awardRecipients.decisionId} = ${awardDecisions.id} and ${awardRecipients.recipientKind} = ${kind})`;

/**
 * Commendation decisions (quyết định khen thưởng) of the deciding unit.
 * Closing one is its revocation (Law on Emulation and Commendation, Ch. VII).
 */
export const decisionRegistry: Registry<Row, typeof AwardDecisionBody.shape, Own, object> = {
  name: 'awardDecision',
  title: { vi: 'Quyết định khen thưởng', en: 'Commendation decisions' },
  table: awardDecisions,
  perms: { read: 'registry.read', manage: 'award.decide' },
  body: AwardDecisionBody,
  columns,
  search: [awardDecisions.decisionNumber, awardDecisions.recipientNames, awardDecisions.occasion],
  period: { column: awardDecisions.decidedOn, kind: 'date' },
  orderBy: [desc(awardDecisions.decidedOn), desc(awardDecisions.id)],
  filters: {
    query: AwardDecisionFilters,
    where: (q): (SQL | undefined)[] => [
      q.formCode ? eq(awardDecisions.formCode, String(q.formCode)) : undefined,
      q.year ? sql`extract(year from ${awardDecisions.decidedOn}) = ${Number(q.year)}` : undefined,
      q.occasion ? foldedContains(awardDecisions.occasion, String(q.occasion)) : undefined,
    ],
  },
  breakdown: awardDecisions.formCode,
  sums: { collectives: recipientsOfKind('collective'), individuals: recipientsOfKind('individual') },
  check: async ({ tx, unit, today, existing }, body) => {
    await checkFormCode(tx, body.formCode, existing?.formCode);
    if (body.decidedOn > today) {
      throw invalid('registry.dateInFuture', { date: displayDate(body.decidedOn) }, [
        { path: 'body.decidedOn', message: 'msg:registry.dateInFuture' },
      ]);
    }
    const [taken] = await tx
      .select({ id: awardDecisions.id })
      .from(awardDecisions)
      .where(
        and(
          eq(awardDecisions.unitId, unit.id),
          eq(awardDecisions.decisionNumber, body.decisionNumber),
          existing ? ne(awardDecisions.id, existing.id) : undefined,
        ),
      );
    if (taken) {
      throw invalid('award.numberTaken', { number: body.decisionNumber }, [
        { path: 'body.decisionNumber', message: 'msg:award.numberTaken' },
      ]);
    }
  },
  values: (b) => ({
    ...b,
    rewardedProgramId: b.rewardedProgramId ?? null,
    rewardedCampaignId: b.rewardedCampaignId ?? null,
    // the signer defaults to the form's issuer title, read in the same statement
    issuer:
      b.issuer ?? sql`(select ${awardForms.issuerTitle} from ${awardForms} where ${awardForms.code} = ${b.formCode})`,
  }),
  present: async (db, rows) => {
    const [forms, counts] = await Promise.all([
      formsByCode(
        db,
        rows.map((r) => r.formCode),
      ),
      kindCounts(
        db,
        'decisionId',
        rows.map((r) => r.id),
      ),
    ]);
    return rows.map((r) => {
      const f = forms.get(r.formCode);
      return {
        id: r.id,
        form: { code: r.formCode, name: f?.name ?? r.formCode, kind: f?.kind ?? 'other' },
        decisionNumber: r.decisionNumber,
        decidedOn: r.decidedOn,
        issuer: r.issuer,
        reason: r.reason,
        occasion: r.occasion,
        rewardedProgramId: r.rewardedProgramId,
        rewardedCampaignId: r.rewardedCampaignId,
        ...counts(r.id),
      };
    });
  },
  detail: async (db, row) => ({ recipients: await recipientsOf(db, { decisionId: row.id }) }),
  sheetRow: (v) => ({ ...v, formCode: v.form.code, formName: v.form.name }),
};
