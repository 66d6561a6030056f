import type { Entry } from './entry.ts';

/** Messages of the safety feature, Vietnamese first. */
export const safetyMessages = {} satisfies Record<string, Entry>;
