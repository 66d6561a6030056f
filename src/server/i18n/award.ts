import type { Entry } from './entry.ts';

/** Messages of the award registry, Vietnamese first. */
export const awardMessages = {} satisfies Record<string, Entry>;
