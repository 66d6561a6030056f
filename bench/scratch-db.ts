import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/client.ts';

export type Scratch = { database: Database; target: string; cleanup: () => Promise<void> };

/** A fresh PGlite folder, removed afterwards unless `keep`. */
export async function scratchPglite(prefix: string, keep: boolean): Promise<Scratch> {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const database = await openDatabase({ dataDir: dir });
  return {
    database,
    target: `PGlite folder ${dir}`,
    cleanup: async () => {
      await database.close();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh PostgreSQL database on the server of `adminUrl`, dropped afterwards unless `keep`. */
export async function scratchPostgres(adminUrl: string, prefix: string, keep: boolean): Promise<Scratch> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  return {
    database,
    target: `PostgreSQL database ${name}`,
    cleanup: async () => {
      await database.close();
      if (!keep) await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
