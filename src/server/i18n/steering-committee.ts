import type { Entry } from './entry.ts';

/** Messages of the steering-committee registry, Vietnamese first. */
export const steeringCommitteeMessages = {} satisfies Record<string, Entry>;
