import { and, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import {
  AwardProposalBody,
  type AwardProposalDetail,
  AwardProposalFilters,
  type AwardProposalView,
} from '../../../common/award/schemas.ts';
import type { Executor } from '../../../db/client.ts';
import { awardDecisions, awardProposals } from '../../../db/schema/index.ts';
import { allows, type ProposalStatus } from '../../../domain/award/workflow.ts';
import type { SheetColumn } from '../../../domain/registry/cells.ts';
import type { Ctx } from '../../context.ts';
import { invalid } from '../../errors.ts';
import { can } from '../../policy.ts';
import type { Registry } from '../../registry/define.ts';
import { checkFormCode, formsByCode } from './forms.ts';
import { decidesAbove } from './policy.ts';
import { kindCounts, recipientsOf } from './recipients.ts';

type Row = typeof awardProposals.$inferSelect;
type Own = Omit<AwardProposalView, 'unit' | 'closedOn' | 'closeReason' | 'version' | 'updatedAt' | 'can'>;
type More = Pick<AwardProposalDetail, 'recipients' | 'allowed' | 'openDecisions'>;

const statusOptions = [
  { value: 'draft', label: { vi: 'Đang soạn', en: 'Draft' } },
  { value: 'submitted', label: { vi: 'Đã gửi, chờ duyệt', en: 'Submitted' } },
  { value: 'approved', label: { vi: 'Đã duyệt', en: 'Approved' } },
  { value: 'refused', label: { vi: 'Không duyệt', en: 'Refused' } },
] as const;

const columns: SheetColumn[] = [
  {
    key: 'formCode',
    header: { vi: 'Mã hình thức khen thưởng', en: 'Form code' },
    type: 'text',
    required: true,
    width: 16,
    example: 'GK-GD-CAT',
  },
  { key: 'formName', header: { vi: 'Hình thức khen thưởng', en: 'Form' }, type: 'text', readOnly: true, width: 30 },
  { key: 'title', header: { vi: 'Trích yếu đề nghị', en: 'Title' }, type: 'text', required: true, width: 40 },
  { key: 'reason', header: { vi: 'Lý do, thành tích', en: 'Reason' }, type: 'text', width: 40 },
  { key: 'occasion', header: { vi: 'Dịp khen thưởng', en: 'Occasion' }, type: 'text', width: 30 },
  { key: 'rewardedProgramId', header: { vi: 'ID chương trình phối hợp', en: 'Programme ID' }, type: 'int', width: 10 },
  { key: 'rewardedCampaignId', header: { vi: 'ID đợt cao điểm', en: 'Campaign ID' }, type: 'int', width: 10 },
  {
    key: 'status',
    header: { vi: 'Trạng thái', en: 'Status' },
    type: 'enum',
    options: statusOptions,
    readOnly: true,
    width: 14,
  },
  { key: 'submittedOn', header: { vi: 'Ngày gửi', en: 'Submitted on' }, type: 'date', readOnly: true, width: 12 },
];

/**
 * Commendation proposals (đề nghị khen thưởng) of a unit. The kernel gives
 * the list, drafting, import and counts; the status moves only through the
 * workflow routes (workflow.ts), and only a draft or refused one can be edited.
 */
export const proposalRegistry: Registry<Row, typeof AwardProposalBody.shape, Own, More> = {
  name: 'awardProposal',
  title: { vi: 'Đề nghị khen thưởng', en: 'Commendation proposals' },
  table: awardProposals,
  perms: { read: 'registry.read', manage: 'award.propose' },
  body: AwardProposalBody,
  columns,
  search: [awardProposals.title, awardProposals.occasion, awardProposals.reason],
  // the period of a proposal is when it was sent up (drafts have none)
  period: { column: awardProposals.submittedOn, kind: 'date' },
  orderBy: [desc(awardProposals.updatedAt)],
  filters: {
    query: AwardProposalFilters,
    where: (q): (SQL | undefined)[] => [
      q.proposalStatus ? eq(awardProposals.status, String(q.proposalStatus)) : undefined,
      q.formCode ? eq(awardProposals.formCode, String(q.formCode)) : undefined,
      q.queue === 'review' ? eq(awardProposals.status, 'submitted') : undefined,
    ],
  },
  breakdown: awardProposals.status,
  check: async ({ tx, existing }, body) => {
    if (existing && !allows(existing.status as ProposalStatus, 'edit')) {
      throw invalid('award.notEditable', {});
    }
    await checkFormCode(tx, body.formCode, existing?.formCode);
  },
  values: (b) => ({
    ...b,
    rewardedProgramId: b.rewardedProgramId ?? null,
    rewardedCampaignId: b.rewardedCampaignId ?? null,
  }),
  present: async (db, rows) => {
    const decisionIds = rows.map((r) => r.decisionId).filter((x): x is number => !!x);
    const [forms, counts, decisions] = await Promise.all([
      formsByCode(
        db,
        rows.map((r) => r.formCode),
      ),
      kindCounts(
        db,
        'proposalId',
        rows.map((r) => r.id),
      ),
      decisionIds.length
        ? db
            .select({
              id: awardDecisions.id,
              decisionNumber: awardDecisions.decisionNumber,
              decidedOn: awardDecisions.decidedOn,
            })
            .from(awardDecisions)
            .where(inArray(awardDecisions.id, decisionIds))
        : Promise.resolve([]),
    ]);
    const byId = new Map(decisions.map((d) => [d.id, d]));
    return rows.map((r) => {
      const f = forms.get(r.formCode);
      return {
        id: r.id,
        form: { code: r.formCode, name: f?.name ?? r.formCode, kind: f?.kind ?? 'other' },
        title: r.title,
        reason: r.reason,
        occasion: r.occasion,
        rewardedProgramId: r.rewardedProgramId,
        rewardedCampaignId: r.rewardedCampaignId,
        status: r.status as ProposalStatus,
        submittedOn: r.submittedOn,
        refusalReason: r.refusalReason,
        decision: (r.decisionId && byId.get(r.decisionId)) || null,
        ...counts(r.id),
      };
    });
  },
  detail: async (db, row, ctx) => {
    const status = row.status as ProposalStatus;
    const open = row.closedOn === null;
    const proposes = can(ctx.actor, 'award.propose', row.unitPath);
    const decide = open && allows(status, 'approve') && decidesAbove(ctx.actor, row.unitPath);
    return {
      recipients: await recipientsOf(db, { proposalId: row.id }),
      allowed: {
        edit: open && proposes && allows(status, 'edit'),
        submit: open && proposes && allows(status, 'submit'),
        decide,
      },
      openDecisions: decide ? await openDecisionsFor(db, ctx, row) : [],
    };
  },
  sheetRow: (v) => ({ ...v, formCode: v.form.code, formName: v.form.name }),
};

/** Open decisions of the proposal's form, of units strictly above it where the user decides. */
async function openDecisionsFor(db: Executor, ctx: Ctx, row: Row) {
  const rows = await db
    .select({
      id: awardDecisions.id,
      decisionNumber: awardDecisions.decisionNumber,
      decidedOn: awardDecisions.decidedOn,
      unitPath: awardDecisions.unitPath,
    })
    .from(awardDecisions)
    .where(
      and(
        eq(awardDecisions.formCode, row.formCode),
        isNull(awardDecisions.closedOn),
        sql`${row.unitPath} like ${awardDecisions.unitPath} || '%'`,
        ne(awardDecisions.unitPath, row.unitPath),
      ),
    )
    .orderBy(desc(awardDecisions.decidedOn))
    .limit(50);
  return rows.filter((d) => can(ctx.actor, 'award.decide', d.unitPath)).map(({ unitPath, ...d }) => d);
}
