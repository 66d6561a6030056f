import awardEn from './award.en.json' with { type: 'json' };
import awardVi from './award.vi.json' with { type: 'json' };
import campaignEn from './campaign.en.json' with { type: 'json' };
import campaignVi from './campaign.vi.json' with { type: 'json' };
import coordinationProgramEn from './coordination-program.en.json' with { type: 'json' };
import coordinationProgramVi from './coordination-program.vi.json' with { type: 'json' };
import criteriaEn from './criteria.en.json' with { type: 'json' };
import criteriaVi from './criteria.vi.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import evaluationEn from './evaluation.en.json' with { type: 'json' };
import evaluationVi from './evaluation.vi.json' with { type: 'json' };
import exemplarEn from './exemplar.en.json' with { type: 'json' };
import exemplarVi from './exemplar.vi.json' with { type: 'json' };
import initiativeEn from './initiative.en.json' with { type: 'json' };
import initiativeVi from './initiative.vi.json' with { type: 'json' };
import mediationEn from './mediation.en.json' with { type: 'json' };
import mediationVi from './mediation.vi.json' with { type: 'json' };
import publicReportEn from './public-report.en.json' with { type: 'json' };
import publicReportVi from './public-report.vi.json' with { type: 'json' };
import registryEn from './registry.en.json' with { type: 'json' };
import registryVi from './registry.vi.json' with { type: 'json' };
import remediationEn from './remediation.en.json' with { type: 'json' };
import remediationVi from './remediation.vi.json' with { type: 'json' };
import reportEn from './report.en.json' with { type: 'json' };
import reportVi from './report.vi.json' with { type: 'json' };
import safetyEn from './safety.en.json' with { type: 'json' };
import safetyVi from './safety.vi.json' with { type: 'json' };
import securityTeamEn from './security-team.en.json' with { type: 'json' };
import securityTeamVi from './security-team.vi.json' with { type: 'json' };
import statisticsEn from './statistics.en.json' with { type: 'json' };
import statisticsVi from './statistics.vi.json' with { type: 'json' };
import statisticsEntryEn from './statistics-entry.en.json' with { type: 'json' };
import statisticsEntryVi from './statistics-entry.vi.json' with { type: 'json' };
import statisticsReportEn from './statistics-report.en.json' with { type: 'json' };
import statisticsReportVi from './statistics-report.vi.json' with { type: 'json' };
import steeringCommitteeEn from './steering-committee.en.json' with { type: 'json' };
import steeringCommitteeVi from './steering-committee.vi.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export type Lang = 'vi' | 'en';
// Each feature keeps its own pair of files (<feature>.vi.json / .en.json), merged here.
const viAll = {
  ...vi,
  ...criteriaVi,
  ...evaluationVi,
  ...safetyVi,
  ...remediationVi,
  ...reportVi,
  ...mediationVi,
  ...publicReportVi,
  ...registryVi,
  ...exemplarVi,
  ...initiativeVi,
  ...securityTeamVi,
  ...campaignVi,
  ...coordinationProgramVi,
  ...steeringCommitteeVi,
  ...awardVi,
  ...statisticsVi,
  ...statisticsEntryVi,
  ...statisticsReportVi,
};
export type MessageKey = keyof typeof viAll;
export type Params = Record<string, string | number>;

// Typed against the Vietnamese catalogue, so a key missing in English fails the type check.
const catalogues: Record<Lang, Record<MessageKey, string>> = {
  vi: viAll,
  en: {
    ...en,
    ...criteriaEn,
    ...evaluationEn,
    ...safetyEn,
    ...remediationEn,
    ...reportEn,
    ...mediationEn,
    ...publicReportEn,
    ...registryEn,
    ...exemplarEn,
    ...initiativeEn,
    ...securityTeamEn,
    ...campaignEn,
    ...coordinationProgramEn,
    ...steeringCommitteeEn,
    ...awardEn,
    ...statisticsEn,
    ...statisticsEntryEn,
    ...statisticsReportEn,
  },
};

const STORAGE_KEY = 'toandan.lang';

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogues[lang][key] ?? catalogues.vi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function storeLang(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode or storage disabled: the choice lasts for this page only
  }
}
