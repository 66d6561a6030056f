/**
 * Does PGlite on Node ever ask the kernel to flush a commit to disk?
 *
 *   node bench/pglite-fsync.ts [--commits 200]
 *
 * Runs a child process that opens a scratch PGlite folder the way
 * src/db/client.ts does and makes `--commits` single-row autocommit INSERTs,
 * under `strace -f -c`, and counts the system calls that make data durable
 * (fsync, fdatasync, sync_file_range, syncfs, sync) against the writes. Twice:
 * with PGlite's default start parameters (which include `-F`, fsync off) and
 * with `-F` removed (fsync on, as far as Postgres knows). Also prints what
 * `SHOW fsync` says in PGlite and, when reachable, in the PostgreSQL server.
 *
 * A SIGKILL test (bench/durability.ts) cannot see the difference: data handed
 * to the kernel with write() survives the death of the process. Only an OS
 * crash or power loss loses what was never fsync'ed. This script is the
 * evidence for that second case. Needs strace (Debian: apt-get install strace);
 * skipped without it. Writes bench/results/pglite-fsync-<date>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { machineInfo, numArg, parseArgs, repoRoot, writeResult } from './lib.ts';

const args = parseArgs();
const SYNC_CALLS = ['fsync', 'fdatasync', 'sync_file_range', 'syncfs', 'sync', 'msync'];
const WRITE_CALLS = ['write', 'pwrite64', 'writev', 'pwritev', 'pwritev2'];

type Mode = 'default' | 'fsync-on';

async function child(mode: Mode, dir: string, commits: number) {
  const startParams = mode === 'fsync-on' ? PGlite.defaultStartParams.filter((p) => p !== '-F') : undefined;
  const db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm }, ...(startParams ? { startParams } : {}) });
  const fsync = (await db.query<{ fsync: string }>('show fsync')).rows[0]?.fsync;
  const sc = (await db.query<{ synchronous_commit: string }>('show synchronous_commit')).rows[0]?.synchronous_commit;
  await db.exec('create table if not exists bench_fsync (id serial primary key, v text not null)');
  // The parent subtracts a run with 0 commits (open, create table, close) to isolate the commits.
  const t = performance.now();
  for (let i = 0; i < commits; i++) await db.query('insert into bench_fsync (v) values ($1)', [`row ${i}`]);
  const ms = performance.now() - t;
  await db.close();
  process.stdout.write(`${JSON.stringify({ mode, fsync, synchronousCommit: sc, commits, ms })}\n`);
}

/** Parses the table `strace -c` writes: calls per system call name. */
function parseStraceSummary(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const cols = line.trim().split(/\s+/);
    // % time, seconds, usecs/call, calls, [errors], syscall
    if (cols.length < 5 || !/^\d/.test(cols[0]!)) continue;
    const name = cols.at(-1)!;
    const calls = Number(cols[3]);
    if (Number.isFinite(calls)) out[name] = calls;
  }
  return out;
}

async function pgShowFsync(): Promise<Record<string, string> | string> {
  const url = args.get('pg-url') ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    const out: Record<string, string> = {};
    for (const k of ['fsync', 'synchronous_commit', 'wal_sync_method', 'full_page_writes']) {
      const r = await c.query(`show ${k}`);
      out[k] = String(Object.values(r.rows[0] ?? {})[0]);
    }
    return out;
  } catch (err) {
    return `not reachable: ${(err as Error).message}`;
  } finally {
    await c.end().catch(() => {});
  }
}

async function main() {
  const commits = numArg(args, 'commits', 200);
  const strace = spawnSync('strace', ['-V'], { encoding: 'utf8' });
  const info = machineInfo();
  const postgres = await pgShowFsync();
  if (strace.status !== 0) {
    console.log('strace is not installed: skipped (apt-get install strace)');
    writeResult('pglite-fsync', { name: 'pglite-fsync', skipped: 'strace missing', machine: info, postgres });
    return;
  }
  const runs = [];
  for (const mode of ['default', 'fsync-on'] as Mode[]) {
    const dir = mkdtempSync(join(tmpdir(), 'toandan-bench-fsync-'));
    const traceFile = join(dir, '..', `${dir.split('/').pop()}.strace`);
    try {
      // Create the folder first (initdb), untraced, so that the trace covers opening it and the commits.
      const init = spawnSync(
        process.execPath,
        [import.meta.filename, '--child', mode, '--dir', dir, '--commits', '0'],
        {
          cwd: repoRoot,
          encoding: 'utf8',
        },
      );
      if (init.status !== 0) throw new Error(`init (${mode}) failed: ${init.stderr}`);
      const base = spawnSync(
        'strace',
        [
          '-f',
          '-qq',
          '-c',
          '-o',
          `${traceFile}.base`,
          process.execPath,
          import.meta.filename,
          '--child',
          mode,
          '--dir',
          dir,
          '--commits',
          '0',
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      const r = spawnSync(
        'strace',
        [
          '-f',
          '-qq',
          '-c',
          '-o',
          traceFile,
          process.execPath,
          import.meta.filename,
          '--child',
          mode,
          '--dir',
          dir,
          '--commits',
          String(commits),
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      if (r.status !== 0 || base.status !== 0)
        throw new Error(`traced child (${mode}) failed: ${r.stderr}${base.stderr}`);
      const res = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
      const withCommits = parseStraceSummary(readFileSync(traceFile, 'utf8'));
      const without = parseStraceSummary(readFileSync(`${traceFile}.base`, 'utf8'));
      // What the commits added: the run with commits minus the same run with none (open, create table, close).
      const delta = (names: string[]) =>
        Object.fromEntries(names.map((n) => [n, (withCommits[n] ?? 0) - (without[n] ?? 0)]).filter(([, v]) => v !== 0));
      runs.push({
        ...res,
        syncCallsTotal: Object.fromEntries(SYNC_CALLS.map((n) => [n, withCommits[n] ?? 0])),
        syncCallsForCommits: delta(SYNC_CALLS),
        writeCallsForCommits: delta(WRITE_CALLS),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(traceFile, { force: true });
      rmSync(`${traceFile}.base`, { force: true });
    }
  }

  console.log(`=== PGlite: fsync behaviour on Node (${commits} autocommit INSERTs, strace -f -c) ===`);
  for (const r of runs) {
    const syncs = Object.values(r.syncCallsTotal as Record<string, number>).reduce((a, b) => a + b, 0);
    console.log(
      `${r.mode.padEnd(9)} SHOW fsync=${r.fsync}, synchronous_commit=${r.synchronousCommit}; ` +
        `${r.commits} commits in ${Math.round(r.ms)} ms; durability syscalls in the whole run: ${syncs} ${JSON.stringify(r.syncCallsTotal)}; ` +
        `writes added by the commits: ${JSON.stringify(r.writeCallsForCommits)}`,
    );
  }
  console.log(
    `PostgreSQL server for comparison: ${typeof postgres === 'string' ? postgres : JSON.stringify(postgres)}`,
  );
  const file = writeResult('pglite-fsync', {
    name: 'pglite-fsync',
    startedAt: new Date().toISOString(),
    machine: info,
    pglite: JSON.parse(readFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
    strace: strace.stdout.split('\n')[0],
    runs,
    postgres,
  });
  console.log(`results: ${file}`);
}

if (args.has('child')) {
  child(args.get('child') as Mode, args.get('dir')!, numArg(args, 'commits', 0)).catch((err) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
} else {
  main().catch((err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
}
