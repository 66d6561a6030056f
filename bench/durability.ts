/**
 * Crash durability: kills the server with SIGKILL in the middle of a stream of
 * writes and checks that every write it acknowledged (HTTP 201) survived.
 *
 *   node bench/durability.ts [--kinds pglite,postgres] [--rounds 5] [--writers 8]
 *                            [--min-delay 1500] [--max-delay 4000]
 *                            [--pg-url postgres://postgres@127.0.0.1:5432/postgres] [--keep]
 *
 * Per database kind, on scratch data (a temporary PGlite folder; a scratch
 * PostgreSQL database toandan_bench_dur_* created through --pg-url and dropped
 * afterwards):
 *
 *  1. start `node src/server/main.ts` (demo data seeded), log in as admin, find
 *     the demo province (Hà Tĩnh) and its first commune;
 *  2. each round: `--writers` concurrent loops POST /api/units creating
 *     residential areas "Thôn D-<round>.<writer>-<seq>" under that commune; a
 *     201 marks the name acknowledged; after a random delay the node process
 *     itself (checked through /proc/<pid>/cmdline) gets SIGKILL;
 *  3. the crashed data is read directly: PGlite opens a copy of the folder in
 *     this process (@electric-sql/pglite + pg_trgm, as src/db/client.ts does),
 *     PostgreSQL is queried with pg;
 *  4. the server is restarted on the crashed data (restart success, time to
 *     /api/health), logs in again and reads the round's names back through
 *     GET /api/units?parentId=…&q=…; the next round writes on that server;
 *  5. after the last round the server is stopped with SIGTERM and all rounds
 *     are checked once more directly.
 *
 * Per kind it reports rounds, acknowledged writes, lost writes (acknowledged
 * but missing: must be 0), unacknowledged writes found (in flight at the kill:
 * fine), rejected writes, restart success. Prints a summary and writes
 * bench/results/durability-<date>.json. Exit code 1 when a write was lost or a
 * restart failed.
 *
 * What SIGKILL does not test: power loss or a kernel crash. Data that the
 * process wrote but the kernel had not flushed survives a SIGKILL; see
 * bench/README.md for what that means for PGlite.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/cli/demo-data.ts';
import {
  cmdline,
  freePort,
  machineInfo,
  mainScript,
  ms,
  numArg,
  parseArgs,
  type Spawned,
  serverEnv,
  sleep,
  spawnTimed,
  stats,
  stop,
  tail,
  waitFor200,
  writeResult,
} from './lib.ts';

const args = parseArgs();
const kinds = (args.get('kinds') ?? 'pglite,postgres').split(',').map((k) => k.trim()) as Kind[];
const rounds = numArg(args, 'rounds', 5);
const writers = numArg(args, 'writers', 8);
const minDelay = numArg(args, 'min-delay', 1500);
const maxDelay = numArg(args, 'max-delay', 4000);
const pgAdminUrl = args.get('pg-url') ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const keep = args.has('keep');

type Kind = 'pglite' | 'postgres';
const PREFIX = 'Thôn D-';
const nameOf = (round: number, writer: number, seq: number) => `${PREFIX}${round}.${writer}-${seq}`;
const roundOf = (name: string) => Number(name.slice(PREFIX.length).split('.')[0]);

type Session = { base: string; cookie: string; csrf: string };

async function login(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const me = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('td_session='));
  if (!cookie) throw new Error('login set no td_session cookie');
  return { base, cookie, csrf: me.csrfToken };
}

async function getJson<T>(s: Session, path: string): Promise<T> {
  const res = await fetch(`${s.base}${path}`, { headers: { cookie: s.cookie } });
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

type UnitPage = { items: { id: number; name: string; level: string | null }[]; total: number };

async function findCommune(s: Session): Promise<{ provinceId: number; communeId: number; communeName: string }> {
  const provinces = await getJson<UnitPage>(s, '/api/units?q=ha%20tinh&level=province');
  const province = provinces.items.find((u) => u.name === 'Tỉnh Hà Tĩnh') ?? provinces.items[0];
  if (!province) throw new Error('demo province not found (GET /api/units?q=ha%20tinh&level=province)');
  const communes = await getJson<UnitPage>(s, `/api/units?parentId=${province.id}&level=commune&pageSize=50`);
  const commune = communes.items[0];
  if (!commune) throw new Error(`no commune under province ${province.id}`);
  return { provinceId: province.id, communeId: commune.id, communeName: commune.name };
}

/** Names of this round read back through the API after the restart. */
async function readBackViaApi(s: Session, communeId: number, round: number): Promise<Set<string>> {
  const found = new Set<string>();
  const q = encodeURIComponent(`${PREFIX}${round}.`);
  for (let page = 1; ; page++) {
    const res = await getJson<UnitPage>(s, `/api/units?parentId=${communeId}&q=${q}&pageSize=200&page=${page}`);
    for (const u of res.items) if (u.name.startsWith(`${PREFIX}${round}.`)) found.add(u.name);
    if (res.items.length < 200) break;
  }
  return found;
}

const SELECT_NAMES = `select name from org_units where parent_id = $1 and name like 'Thôn D-%'`;

/** Opens a PGlite folder the way src/db/client.ts does and lists the bench's names. */
async function readPglite(dir: string, communeId: number): Promise<{ names: Set<string>; openMs: number }> {
  const t = performance.now();
  const db = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  const openMs = performance.now() - t;
  try {
    const res = await db.query<{ name: string }>(SELECT_NAMES, [communeId]);
    return { names: new Set(res.rows.map((r) => r.name)), openMs };
  } finally {
    await db.close();
  }
}

async function readPostgres(url: string, communeId: number): Promise<{ names: Set<string>; openMs: number }> {
  const t = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const openMs = performance.now() - t;
  try {
    const res = await client.query<{ name: string }>(SELECT_NAMES, [communeId]);
    return { names: new Set(res.rows.map((r) => r.name)), openMs };
  } finally {
    await client.end();
  }
}

type WriteLog = {
  acked: Set<string>;
  /** sent, no answer: the connection died with the server */
  inflight: Set<string>;
  /** answered with something else than 201 */
  rejected: { name: string; status: number; body: string }[];
  /** a network error before the kill */
  errorsBeforeKill: string[];
  latencies: number[];
};

/** Writers run until `killed()` is true or their connection dies. */
async function runWriters(s: Session, communeId: number, round: number, killed: () => boolean): Promise<WriteLog> {
  const log: WriteLog = { acked: new Set(), inflight: new Set(), rejected: [], errorsBeforeKill: [], latencies: [] };
  const writer = async (w: number) => {
    for (let seq = 1; !killed(); seq++) {
      const name = nameOf(round, w, seq);
      const t = performance.now();
      try {
        const res = await fetch(`${s.base}/api/units`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
          body: JSON.stringify({ parentId: communeId, kind: 'administrative', level: 'residentialArea', name }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await res.text();
        if (res.status === 201) {
          log.acked.add(name);
          log.latencies.push(performance.now() - t);
        } else log.rejected.push({ name, status: res.status, body: body.slice(0, 300) });
      } catch (err) {
        log.inflight.add(name);
        if (!killed())
          log.errorsBeforeKill.push(`${name}: ${(err as Error).message} ${String((err as Error).cause ?? '')}`);
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w + 1)));
  return log;
}

type RoundResult = {
  round: number;
  killAfterMs: number;
  killedPid: number;
  killedCmdline: string;
  exit: string;
  acknowledged: number;
  inflight: number;
  rejected: number;
  rejectedSamples: { name: string; status: number; body: string }[];
  errorsBeforeKill: string[];
  writeLatency: { medianMs: number; maxMs: number };
  /** the crashed data read directly (a copy of the folder for PGlite) */
  direct: { ok: boolean; error?: string; openMs?: number; found?: number; lost?: string[]; unackedFound?: number };
  restart: {
    ok: boolean;
    ms?: number;
    error?: string;
    stdoutTail?: string;
    stderrTail?: string;
  };
  /** the round's names read back through the restarted server */
  api: { ok: boolean; error?: string; found?: number; lost?: string[]; unackedFound?: number };
};

type KindResult = {
  kind: Kind;
  target: string;
  rounds: RoundResult[];
  final?: { ok: boolean; error?: string; acknowledged: number; found?: number; lost?: string[]; stopExit?: string };
  totals: {
    rounds: number;
    acknowledged: number;
    lost: number;
    unackedFound: number;
    inflight: number;
    rejected: number;
    restarts: string;
  };
  error?: string;
};

function compare(acked: Set<string>, inflight: Set<string>, found: Set<string>) {
  const lost = [...acked].filter((n) => !found.has(n));
  const unackedFound = [...found].filter((n) => !acked.has(n));
  const phantom = unackedFound.filter((n) => !inflight.has(n));
  return { lost, unackedFound: unackedFound.length, phantom };
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ s: Spawned; base: string; ms: number }> {
  const port = await freePort();
  const s = spawnTimed(process.execPath, [mainScript], { ...env, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  try {
    const ready = await waitFor200(`${base}/api/health`, { everyMs: 20, timeoutMs: 180_000, exited: s.exited });
    return { s, base, ms: ready - s.t0 };
  } catch (err) {
    await stop(s, 'SIGKILL');
    const e = new Error(`server did not start: ${(err as Error).message}`) as Error & { out?: string; errOut?: string };
    e.out = tail(s.stdout());
    e.errOut = tail(s.stderr());
    throw e;
  }
}

async function runKind(kind: Kind): Promise<KindResult> {
  let dataDir: string | undefined;
  let dbUrl: string | undefined;
  let dbName: string | undefined;
  const result: KindResult = {
    kind,
    target: '',
    rounds: [],
    totals: { rounds: 0, acknowledged: 0, lost: 0, unackedFound: 0, inflight: 0, rejected: 0, restarts: '0/0' },
  };
  let server: { s: Spawned; base: string; ms: number } | undefined;
  try {
    if (kind === 'pglite') {
      dataDir = mkdtempSync(join(tmpdir(), 'toandan-bench-dur-'));
      result.target = `PGlite folder ${dataDir}`;
    } else {
      dbName = `toandan_bench_dur_${process.pid}_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: pgAdminUrl });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      await admin.end();
      const u = new URL(pgAdminUrl);
      u.pathname = `/${dbName}`;
      dbUrl = u.toString();
      result.target = `PostgreSQL database ${dbName}`;
    }
    const env = serverEnv(kind === 'pglite' ? { DATA_DIR: dataDir! } : { DATABASE_URL: dbUrl! });
    const readDirect = async (communeId: number, crashed: boolean) => {
      if (kind === 'postgres') return readPostgres(dbUrl!, communeId);
      if (!crashed) return readPglite(dataDir!, communeId);
      // Read a copy, so that the restarted server, not this check, is the first to open the crashed folder.
      const copy = mkdtempSync(join(tmpdir(), 'toandan-bench-dur-copy-'));
      try {
        cpSync(dataDir!, copy, { recursive: true });
        return await readPglite(copy, communeId);
      } finally {
        rmSync(copy, { recursive: true, force: true });
      }
    };

    console.log(`\n[${kind}] ${result.target}: first start (create, migrate, seed)…`);
    server = await startServer(env);
    console.log(`[${kind}] ready after ${ms(server.ms)}`);
    let session = await login(server.base);
    const { communeId, communeName } = await findCommune(session);
    console.log(`[${kind}] writing under ${communeName} (id ${communeId}) with ${writers} writers`);

    const allAcked = new Set<string>();
    const allInflight = new Set<string>();
    let restartsOk = 0;
    for (let round = 1; round <= rounds; round++) {
      const delay = Math.round(minDelay + Math.random() * (maxDelay - minDelay));
      let killed = false;
      const pid = server.s.child.pid!;
      const writing = runWriters(session, communeId, round, () => killed);
      await sleep(delay);
      const line = cmdline(pid);
      if (!line.includes('src/server/start.ts')) throw new Error(`pid ${pid} is not the server: ${line}`);
      killed = true;
      process.kill(pid, 'SIGKILL');
      const exit = await server.s.exited;
      const log = await writing;
      for (const n of log.acked) allAcked.add(n);
      for (const n of log.inflight) allInflight.add(n);
      const lat = stats(log.latencies);
      const r: RoundResult = {
        round,
        killAfterMs: delay,
        killedPid: pid,
        killedCmdline: line,
        exit: exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`,
        acknowledged: log.acked.size,
        inflight: log.inflight.size,
        rejected: log.rejected.length,
        rejectedSamples: log.rejected.slice(0, 5),
        errorsBeforeKill: log.errorsBeforeKill.slice(0, 5),
        writeLatency: { medianMs: Math.round(lat.median), maxMs: Math.round(lat.max) },
        direct: { ok: false },
        restart: { ok: false },
        api: { ok: false },
      };
      result.rounds.push(r);

      try {
        const { names, openMs } = await readDirect(communeId, true);
        const mine = new Set([...names].filter((n) => roundOf(n) === round));
        const c = compare(log.acked, log.inflight, mine);
        r.direct = {
          ok: c.lost.length === 0,
          openMs: Math.round(openMs),
          found: mine.size,
          lost: c.lost,
          unackedFound: c.unackedFound,
        };
        if (c.phantom.length) r.direct.error = `found names never sent: ${c.phantom.slice(0, 5).join(', ')}`;
      } catch (err) {
        r.direct = { ok: false, error: (err as Error).stack ?? String(err) };
      }

      try {
        server = await startServer(env);
        r.restart = { ok: true, ms: Math.round(server.ms) };
        restartsOk++;
      } catch (err) {
        const e = err as Error & { out?: string; errOut?: string };
        r.restart = { ok: false, error: e.message, stdoutTail: e.out, stderrTail: e.errOut };
        server = undefined;
      }
      if (server) {
        try {
          session = await login(server.base);
          const found = await readBackViaApi(session, communeId, round);
          const c = compare(log.acked, log.inflight, found);
          r.api = { ok: c.lost.length === 0, found: found.size, lost: c.lost, unackedFound: c.unackedFound };
        } catch (err) {
          r.api = { ok: false, error: (err as Error).message };
        }
      }
      console.log(
        `[${kind}] round ${round}: kill after ${delay} ms (pid ${pid}, ${r.exit}); acked ${r.acknowledged}, in flight ${r.inflight}, rejected ${r.rejected}; ` +
          `direct: found ${r.direct.found ?? '–'}, lost ${r.direct.lost?.length ?? '?'}${r.direct.error ? ` (${r.direct.error.split('\n')[0]})` : ''}; ` +
          `restart ${r.restart.ok ? `ok in ${ms(r.restart.ms!)}` : `FAILED: ${r.restart.error}`}; ` +
          `API: found ${r.api.found ?? '–'}, lost ${r.api.lost?.length ?? '?'}`,
      );
      if (!server) break;
    }

    // Clean stop, then everything once more, directly.
    let stopExit: string | undefined;
    if (server) {
      const e = await stop(server.s, 'SIGTERM');
      stopExit = e.signal ? `signal ${e.signal}` : `code ${e.code}`;
      server = undefined;
    }
    try {
      const { names } = await readDirect(communeId, false);
      const c = compare(allAcked, allInflight, names);
      result.final = {
        ok: c.lost.length === 0,
        acknowledged: allAcked.size,
        found: names.size,
        lost: c.lost,
        stopExit,
      };
    } catch (err) {
      result.final = { ok: false, acknowledged: allAcked.size, error: (err as Error).stack ?? String(err), stopExit };
    }

    const rs = result.rounds;
    const lost = new Set<string>();
    for (const r of rs) for (const n of [...(r.direct.lost ?? []), ...(r.api.lost ?? [])]) lost.add(n);
    for (const n of result.final.lost ?? []) lost.add(n);
    result.totals = {
      rounds: rs.length,
      acknowledged: allAcked.size,
      lost: lost.size,
      unackedFound: rs.reduce((a, r) => a + (r.direct.unackedFound ?? 0), 0),
      inflight: rs.reduce((a, r) => a + r.inflight, 0),
      rejected: rs.reduce((a, r) => a + r.rejected, 0),
      restarts: `${restartsOk}/${rs.length}`,
    };
  } catch (err) {
    const e = err as Error & { out?: string; errOut?: string };
    result.error = [e.stack ?? e.message, e.out && `stdout:\n${e.out}`, e.errOut && `stderr:\n${e.errOut}`]
      .filter(Boolean)
      .join('\n');
    console.error(`[${kind}] aborted: ${result.error}`);
  } finally {
    if (server) await stop(server.s, 'SIGKILL');
    if (dataDir) {
      if (keep) console.log(`[${kind}] data folder kept: ${dataDir}`);
      else rmSync(dataDir, { recursive: true, force: true });
    }
    if (dbName) {
      if (keep) console.log(`[${kind}] database kept: ${dbName}`);
      else {
        const admin = new pg.Client({ connectionString: pgAdminUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    }
  }
  return result;
}

async function main() {
  const startedAt = new Date().toISOString();
  const t = performance.now();
  const info = machineInfo();
  console.log(
    `Durability under SIGKILL: kinds ${kinds.join(', ')}; ${rounds} rounds, ${writers} writers, kill after ${minDelay}–${maxDelay} ms`,
  );
  const results: KindResult[] = [];
  for (const kind of kinds) {
    if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`unknown kind ${kind}`);
    results.push(await runKind(kind));
  }

  console.log('\n=== Durability summary ===');
  console.log(`machine: ${info.cpus} CPUs; load average at start ${info.loadavg.join(' ')}; ${info.node}`);
  console.log('kind      rounds  acknowledged  lost  unacked-found  in-flight  rejected  restarts  final check');
  for (const r of results) {
    const f = r.final;
    console.log(
      `${r.kind.padEnd(9)} ${String(r.totals.rounds).padStart(6)}  ${String(r.totals.acknowledged).padStart(12)}  ${String(r.totals.lost).padStart(4)}  ${String(r.totals.unackedFound).padStart(13)}  ${String(r.totals.inflight).padStart(9)}  ${String(r.totals.rejected).padStart(8)}  ${r.totals.restarts.padStart(8)}  ${f ? (f.ok ? `ok (${f.found} rows)` : `FAILED ${f.error?.split('\n')[0] ?? `${f.lost?.length} lost`}`) : '–'}${r.error ? `  ERROR: ${r.error.split('\n')[0]}` : ''}`,
    );
  }
  const failed = results.some(
    (r) => r.error || r.totals.lost > 0 || !r.final?.ok || r.rounds.some((x) => !x.restart.ok || !x.direct.ok),
  );
  console.log(failed ? 'RESULT: FAILED (see above)' : 'RESULT: every acknowledged write survived every SIGKILL');
  console.log(`took ${ms(performance.now() - t)}`);
  const file = writeResult('durability', {
    name: 'durability',
    startedAt,
    machine: info,
    settings: { kinds, rounds, writers, minDelay, maxDelay },
    results,
    failed,
  });
  console.log(`results: ${file}`);
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
