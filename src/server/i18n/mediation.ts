import type { Entry } from './entry.ts';

/** Messages of the mediation feature, Vietnamese first. */
export const mediationMessages = {} satisfies Record<string, Entry>;
