import type { Entry } from './entry.ts';

/** Messages of the criteria feature, Vietnamese first. */
export const criteriaMessages = {} satisfies Record<string, Entry>;
