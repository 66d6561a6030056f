import type { Entry } from './entry.ts';

/** Messages of the evaluation feature, Vietnamese first. */
export const evaluationMessages = {} satisfies Record<string, Entry>;
