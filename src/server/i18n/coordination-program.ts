import type { Entry } from './entry.ts';

/** Messages of the coordination-program registry, Vietnamese first. */
export const coordinationProgramMessages = {} satisfies Record<string, Entry>;
