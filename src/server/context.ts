import type { Role } from '../common/permissions.ts';
import type { Db } from '../db/client.ts';
import type { Lang } from './i18n/messages.ts';

export type ActorGrant = { id: number; role: Role; unitId: number; unitPath: string };

/** The logged-in user as the policy sees them. */
export type Actor = {
  id: number;
  username: string;
  displayName: string;
  locale: 'vi' | 'en';
  grants: ActorGrant[];
  sessionId: string;
  csrfToken: string;
};

/** Settable time, so tests never sleep. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/** What every use case receives besides its input. */
export type Ctx = {
  db: Db;
  actor: Actor;
  clock: Clock;
  ip?: string;
  lang: Lang;
};
