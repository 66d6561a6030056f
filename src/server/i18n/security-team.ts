import type { Entry } from './entry.ts';

/** Messages of the security-team registry, Vietnamese first. */
export const securityTeamMessages = {} satisfies Record<string, Entry>;
