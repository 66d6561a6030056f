/**
 * Pure rules of campaigns (đợt phát động, Ngày hội, hội nghị lắng nghe,
 * vận động thu hồi vũ khí). Hard rules refuse a record; warnings only inform.
 */
export const campaignKinds = ['launch', 'festivalDay', 'listeningConference', 'weaponsCollection', 'other'] as const;
export type CampaignKind = (typeof campaignKinds)[number];

/**
 * When festival days are usually held: a window before 19/8 (REGULATIONS §5.4,
 * e.g. 02/07–10/08 in one province, July–August at the ministry). Practice, not
 * law: configurable data that only raises a warning. Month-day, inclusive.
 */
export const festivalWindow = { from: '06-01', to: '08-31' };

export type CampaignDates = { kind: string; heldOn: string; endOn?: string | null };
export type CampaignProblem = { path: 'heldOn' | 'endOn'; key: 'registry.dateInFuture' | 'campaign.endBeforeStart' };

/**
 * The hard date rules: a campaign is recorded once it has started, so its
 * first day is not after today; its last day (if any) is not before the
 * first. The last day may be ahead: a collection drive still running.
 */
export function campaignDateProblems(c: CampaignDates, today: string): CampaignProblem[] {
  const out: CampaignProblem[] = [];
  if (c.heldOn > today) out.push({ path: 'heldOn', key: 'registry.dateInFuture' });
  if (c.endOn && c.endOn < c.heldOn) out.push({ path: 'endOn', key: 'campaign.endBeforeStart' });
  return out;
}

export type CampaignWarning = 'festivalOutsideWindow' | 'collectionWithoutOutcome';

/** Soft checks shown beside a record; they never block saving. */
export function campaignWarnings(
  c: CampaignDates & { weaponsCollected: number; explosivesKg: number; supportToolsCollected: number },
) {
  const out: CampaignWarning[] = [];
  const md = c.heldOn.slice(5, 10);
  if (c.kind === 'festivalDay' && (md < festivalWindow.from || md > festivalWindow.to))
    out.push('festivalOutsideWindow');
  if (
    c.kind === 'weaponsCollection' &&
    c.weaponsCollected === 0 &&
    c.explosivesKg === 0 &&
    c.supportToolsCollected === 0
  ) {
    out.push('collectionWithoutOutcome');
  }
  return out;
}
