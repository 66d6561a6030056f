import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Either the database or an open transaction: queries accept both. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** where the data lives, for messages: a folder or a URL without password */
  location: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** the embedded engine, when there is one (backup/restore, test cloning) */
  pglite?: PGlite;
};

export const migrationsFolder = new URL('./migrations', import.meta.url).pathname;

export type OpenOptions = {
  /** postgres://… ; when absent the embedded PGlite is used */
  url?: string;
  /** PGlite data folder; `memory://` for a throw-away database */
  dataDir?: string;
  /** a ready PGlite instance (tests clone a migrated template) */
  pglite?: PGlite;
  poolSize?: number;
};

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10);
  const dataDir = opts.dataDir ?? './data';
  const lock = opts.pglite || dataDir.startsWith('memory://') ? null : takeFolderLock(dataDir);
  const client = opts.pglite ?? (await PGlite.create({ dataDir, extensions: { pg_trgm } }));
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    location: dataDir,
    pglite: client,
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: async () => {
      await client.close();
      lock?.release();
    },
  };
}

/**
 * PGlite is one process's database: a second process writing the same folder
 * corrupts it. The lock file names the owner's pid; a lock left by a process
 * that no longer runs (killed) is taken over.
 */
function takeFolderLock(dataDir: string) {
  const file = join(dataDir, 'toandan.lock');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (pid && pid !== process.pid && processAlive(pid)) {
      throw new Error(
        `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng. Dừng máy chủ trước khi chạy lệnh này (PGlite chỉ cho một tiến trình).`,
      );
    }
  }
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, String(process.pid));
  return { release: () => rmSync(file, { force: true }) };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function openPostgres(url: string, max: number): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection must not crash the server.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    migrate: () => migratePg(db as never, { migrationsFolder }),
    close: () => pool.end(),
  };
}

/** Raw SQL rows; both drivers answer `{ rows }`, but Drizzle's shared type cannot say so. */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}
