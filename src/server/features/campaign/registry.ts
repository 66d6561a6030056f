import { desc, eq, sql } from 'drizzle-orm';
import { CampaignBody, CampaignFilters, type CampaignKind } from '../../../common/campaign/schemas.ts';
import { campaigns } from '../../../db/schema/index.ts';
import { campaignDateProblems, campaignKinds, campaignWarnings } from '../../../domain/campaign/rules.ts';
import type { Label, SheetColumn } from '../../../domain/registry/cells.ts';
import { displayDate } from '../../../domain/text.ts';
import { invalid } from '../../errors.ts';
import type { Registry } from '../../registry/define.ts';

type Row = typeof campaigns.$inferSelect;

export const kindLabels: Record<CampaignKind, Label> = {
  launch: { vi: 'Phát động phong trào', en: 'Movement launch' },
  festivalDay: { vi: 'Ngày hội toàn dân bảo vệ ANTQ', en: 'Festival day (19/8)' },
  listeningConference: { vi: 'Hội nghị lắng nghe ý kiến Nhân dân', en: 'Listening conference' },
  weaponsCollection: { vi: 'Vận động thu hồi vũ khí, VLN, CCHT', en: 'Weapons-collection drive' },
  other: { vi: 'Chủ đề khác', en: 'Other topic' },
};

const columns: SheetColumn[] = [
  {
    key: 'kind',
    header: { vi: 'Loại', en: 'Kind' },
    type: 'enum',
    options: campaignKinds.map((k) => ({ value: k, label: kindLabels[k] })),
    required: true,
    width: 26,
  },
  {
    key: 'title',
    header: { vi: 'Tên đợt / hoạt động', en: 'Title' },
    type: 'text',
    required: true,
    width: 40,
    example: 'Phát động phong trào toàn dân bảo vệ ANTQ năm 2026',
  },
  {
    key: 'heldOn',
    header: { vi: 'Ngày tổ chức', en: 'Held on' },
    type: 'date',
    required: true,
    width: 13,
    example: '15/03/2026',
  },
  { key: 'endOn', header: { vi: 'Ngày kết thúc', en: 'Ends on' }, type: 'date', width: 13 },
  {
    key: 'organiser',
    header: { vi: 'Đơn vị chủ trì', en: 'Organiser' },
    type: 'text',
    width: 24,
    example: 'Công an xã',
  },
  {
    key: 'participants',
    header: { vi: 'Số người tham gia', en: 'Participants' },
    type: 'int',
    required: true,
    width: 12,
    example: '1.250',
  },
  { key: 'weaponsCollected', header: { vi: 'Vũ khí thu hồi (khẩu)', en: 'Weapons collected' }, type: 'int', width: 12 },
  {
    key: 'explosivesKg',
    header: { vi: 'Vật liệu nổ (kg)', en: 'Explosives (kg)' },
    type: 'number',
    width: 12,
    example: '2,5',
  },
  {
    key: 'supportToolsCollected',
    header: { vi: 'Công cụ hỗ trợ (chiếc)', en: 'Support tools collected' },
    type: 'int',
    width: 12,
  },
  { key: 'outcomes', header: { vi: 'Kết quả', en: 'Outcomes' }, type: 'text', width: 40 },
];

/** Per-kind sums, so a report reads "366 launches with 114.924 participants" from one counts call. */
const participantsByKind = Object.fromEntries(
  campaignKinds.map((k) => [
    `participants.${k}`,
    sql`case when ${campaigns.kind} = ${k} then ${campaigns.participants} else 0 end`,
  ]),
);

/** Campaigns: launches, festival days, listening conferences, weapons-collection drives, other topics. */
export const campaignRegistry: Registry<
  Row,
  typeof CampaignBody.shape,
  Omit<Row, 'unitId' | 'unitPath' | 'createdAt' | 'updatedAt' | 'version' | 'closedOn' | 'closeReason' | 'kind'> & {
    kind: CampaignKind;
    warnings: ReturnType<typeof campaignWarnings>;
  }
> = {
  name: 'campaign',
  title: { vi: 'Đợt phát động, ngày hội', en: 'Campaigns' },
  table: campaigns,
  perms: { read: 'registry.read', manage: 'campaign.manage' },
  body: CampaignBody,
  columns,
  search: [campaigns.title, campaigns.organiser, campaigns.outcomes],
  period: { column: campaigns.heldOn, kind: 'date' },
  orderBy: [desc(campaigns.heldOn), campaigns.title],
  filters: {
    query: CampaignFilters,
    where: (q) => [q.kind ? eq(campaigns.kind, String(q.kind)) : undefined],
  },
  breakdown: campaigns.kind,
  sums: {
    participants: campaigns.participants,
    weaponsCollected: campaigns.weaponsCollected,
    explosivesKg: campaigns.explosivesKg,
    supportToolsCollected: campaigns.supportToolsCollected,
    ...participantsByKind,
  },
  check: ({ today }, body) => {
    const problems = campaignDateProblems(body, today);
    if (problems.length === 0) return;
    const date = displayDate(problems[0]!.path === 'heldOn' ? body.heldOn : (body.endOn ?? body.heldOn));
    throw invalid(
      problems[0]!.key,
      { date },
      problems.map((p) => ({ path: `body.${p.path}`, message: `msg:${p.key}` })),
    );
  },
  values: (b) => ({ ...b }),
  present: async (_db, rows) =>
    rows.map((r) => ({
      id: r.id,
      kind: r.kind as CampaignKind,
      title: r.title,
      heldOn: r.heldOn,
      endOn: r.endOn,
      organiser: r.organiser,
      participants: r.participants,
      weaponsCollected: r.weaponsCollected,
      explosivesKg: Number(r.explosivesKg),
      supportToolsCollected: r.supportToolsCollected,
      outcomes: r.outcomes,
      warnings: campaignWarnings({ ...r, explosivesKg: Number(r.explosivesKg) }),
    })),
};
