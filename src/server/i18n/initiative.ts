import type { Entry } from './entry.ts';

/** Messages of the initiative registry, Vietnamese first. */
export const initiativeMessages = {} satisfies Record<string, Entry>;
