import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type Database, openDatabase } from '../../db/client.ts';
import { type App, buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Clock } from '../context.ts';

export type DbKind = 'pglite' | 'postgres';

/** One random identity key per test process: encrypted fields round-trip, and nothing is written to disk. */
export const testIdentityKey = randomBytes(32);

/** The databases the API tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const dbKinds: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A settable clock: tests move time instead of sleeping. */
export function testClock(start = '2026-11-23T08:00:00Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = new Date(iso);
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  } satisfies Clock & Record<string, unknown>;
}

export async function openTestDatabase(kind: DbKind): Promise<Database> {
  if (kind === 'postgres') return openDatabase({ url: process.env.TEST_DATABASE_URL!, poolSize: 4 });
  const blob = new Blob([await readFile(inject('pgliteTemplate'))]);
  const client = await PGlite.create({ loadDataDir: blob, extensions: { pg_trgm } });
  return openDatabase({ pglite: client });
}

export type TestEnv = { app: App; database: Database; clock: ReturnType<typeof testClock>; kind: DbKind };

/**
 * Runs a suite once per database kind with a fresh app. Test files never
 * truncate: each builds its own province (see factories), so files can share
 * the PostgreSQL database and run in parallel.
 */
export function describeOnEachDb(name: string, body: (env: () => TestEnv) => void) {
  for (const kind of dbKinds) {
    describe(`${name} [${kind}]`, () => {
      let env: TestEnv | undefined;
      beforeAll(async () => {
        const database = await openTestDatabase(kind);
        const clock = testClock();
        const config = { ...loadConfig({}), lockMinutes: 15, maxLoginFailures: 5 };
        const app = await buildApp({ db: database.db, config, clock, identityKey: testIdentityKey });
        await app.ready();
        env = { app, database, clock, kind };
      });
      afterAll(async () => {
        await env?.app.close();
        await env?.database.close();
      });
      body(() => env!);
    });
  }
}
