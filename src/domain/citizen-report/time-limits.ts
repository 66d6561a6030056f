import { addDays } from '../evaluation/deadlines.ts';

/**
 * Legal time limits by kind (REGULATIONS.md §6), as data. `base` counts from
 * receipt; each extension adds its days, in order; `verified` says whether the
 * numbers were checked against the law (unverified ones are shown as such).
 * Months are counted as 30 days, the way the limits are usually tracked.
 */
export const tipKinds = ['denunciation', 'crimeReport', 'prosecutionRequest'] as const;
export const petitionKinds = ['complaint', 'accusation', 'recommendation', 'feedback'] as const;
export type TipKind = (typeof tipKinds)[number];
export type PetitionKind = (typeof petitionKinds)[number];
export type ReportKind = TipKind | PetitionKind;

export type TimeLimit = {
  baseDays: number;
  /** days each successive extension adds */
  extensions: number[];
  source: string;
  verified: boolean;
};

const tipLimit: TimeLimit = {
  // CPC Art. 147: 20 days; complex up to 2 months in total; the procuracy may extend once by up to 2 months
  baseDays: 20,
  extensions: [40, 60],
  source: 'BLTTHS 2015, Điều 147',
  verified: true,
};

export const timeLimits: Record<ReportKind, TimeLimit> = {
  denunciation: tipLimit,
  crimeReport: tipLimit,
  prosecutionRequest: tipLimit,
  // Law on Denunciation 2018 Art. 30: 30 days; complex +30; especially complex +30 again
  accusation: { baseDays: 30, extensions: [30, 30], source: 'Luật Tố cáo 2018, Điều 30', verified: true },
  // Law on Complaints 2011: 30 days from acceptance (10 days to accept), complex 45
  complaint: { baseDays: 40, extensions: [15], source: 'Luật Khiếu nại 2011, Điều 27–28', verified: true },
  // no statutory limit was verified for recommendations and feedback: a working target, marked as such
  recommendation: {
    baseDays: 30,
    extensions: [30],
    source: 'Chỉ tiêu nội bộ (chưa có căn cứ pháp lý)',
    verified: false,
  },
  feedback: { baseDays: 30, extensions: [30], source: 'Chỉ tiêu nội bộ (chưa có căn cứ pháp lý)', verified: false },
};

/** Due date after `extensions` granted extensions, or null when no further extension exists. */
export function dueOn(kind: ReportKind, receivedOn: string, extensions = 0): string | null {
  const limit = timeLimits[kind];
  if (extensions > limit.extensions.length) return null;
  const days = limit.baseDays + limit.extensions.slice(0, extensions).reduce((a, d) => a + d, 0);
  return addDays(receivedOn, days);
}

export const canExtend = (kind: ReportKind, extensions: number) => extensions < timeLimits[kind].extensions.length;

export type DueState = 'none' | 'ok' | 'dueSoon' | 'overdue';

/** Where an open item stands against its limit; "due soon" is the last 5 days. */
export function dueState(due: string | null, today: string, closed: boolean, soonDays = 5): DueState {
  if (closed || !due) return 'none';
  if (today > due) return 'overdue';
  return addDays(today, soonDays) >= due ? 'dueSoon' : 'ok';
}
