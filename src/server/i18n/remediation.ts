import type { Entry } from './entry.ts';

/** Messages of the remediation feature, Vietnamese first. */
export const remediationMessages = {} satisfies Record<string, Entry>;
