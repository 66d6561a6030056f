import type { Entry } from './entry.ts';

/** Messages of the campaign registry, Vietnamese first. */
export const campaignMessages = {} satisfies Record<string, Entry>;
