import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../db/client.ts';
import { syncReferenceData } from '../reference-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Runs once per test run: migrates one PGlite database and saves it as a
 * template that each test file clones (initdb + migrations cost seconds), and
 * resets and migrates the PostgreSQL test database when TEST_DATABASE_URL is set.
 */
export default async function setup(project: TestProject) {
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const database = await openDatabase({ pglite: client });
  await database.migrate();
  await syncReferenceData(database.db);
  const dump = await client.dumpDataDir('gzip');
  const file = join(tmpdir(), `toandan-template-${process.pid}.tar.gz`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await client.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
    await c.end();
    const pgDb = await openDatabase({ url, poolSize: 2 });
    await pgDb.migrate();
    await syncReferenceData(pgDb.db);
    await pgDb.close();
  }
}
