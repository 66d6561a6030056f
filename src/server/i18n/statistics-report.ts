import type { Entry } from './entry.ts';

/** Messages of the summary reports (DOCX, XLSX annex, preview), Vietnamese first. */
export const statisticsReportMessages = {} satisfies Record<string, Entry>;
