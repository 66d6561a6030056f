import type { Entry } from './entry.ts';

/** Messages of the report feature, Vietnamese first. */
export const reportMessages = {} satisfies Record<string, Entry>;
