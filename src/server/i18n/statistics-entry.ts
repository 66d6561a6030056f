import type { Entry } from './entry.ts';

/** Messages of the periodic statistics entry forms, Vietnamese first. */
export const statisticsEntryMessages = {} satisfies Record<string, Entry>;
