/**
 * The citizens' public submission under load: throughput and p99 latency of
 * `POST /api/public/reports` (JSON variant: the same use case as the form,
 * without files), beside a baseline route that only inserts one row
 * (`POST /api/public/bench/insert`, present only with BENCH_ROUTES=1), both
 * measured with autocannon against the same running server, on PGlite and on
 * PostgreSQL.
 *
 *   node bench/citizen-submit.ts [--kinds pglite,postgres] [--submissions 600]
 *        [--baseline 3000] [--connections 10]
 *        [--pg-url postgres://postgres@127.0.0.1:5432/postgres] [--keep]
 *
 * The server runs with POW_DIFFICULTY=4 and PUBLIC_RATE_LIMIT_FACTOR raised, so
 * neither the proof of work nor the per-IP limit is what is measured; the
 * challenges are fetched and solved before the timed run (one per request, as
 * a replay is refused). Each submission still does the real work: zod, HMAC
 * check, argon2id hash of the secret, AES-GCM of the identity (half of them
 * carry contact details), one transaction of five statements plus the audit row.
 *
 * Writes bench/results/citizen-submit-<date>.json and prints a table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { solveChallenge } from '../src/server/features/public-report/pow.ts';
import {
  freePort,
  machineInfo,
  mainScript,
  numArg,
  parseArgs,
  type Spawned,
  serverEnv,
  spawnTimed,
  stop,
  tail,
  waitFor200,
  writeResult,
} from './lib.ts';

type Kind = 'pglite' | 'postgres';

// autocannon ships no types: the little used here, typed locally.
type AcRequest = { body?: string; [k: string]: unknown };
type AcOptions = {
  url: string;
  method: 'POST';
  connections: number;
  amount: number;
  headers: Record<string, string>;
  body?: string;
  requests?: { setupRequest: (req: AcRequest) => AcRequest }[];
};
type AcResult = {
  requests: { total: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  duration: number;
  latency: { p50: number; p99: number; max: number };
};
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: AcOptions,
  cb: (err: Error | null, r: AcResult) => void,
) => unknown;
const args = parseArgs();
const kinds = (args.get('kinds') ?? 'pglite,postgres').split(',').map((k) => k.trim()) as Kind[];
const submissions = numArg(args, 'submissions', 600);
const baselineN = numArg(args, 'baseline', 3000);
const connections = numArg(args, 'connections', 10);
const pgAdminUrl =
  args.get('pg-url') ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const keep = args.has('keep');

type Measure = {
  requests: number;
  ok: number;
  non2xx: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
};

async function json<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

async function findCommune(base: string) {
  const provinces = await json<{ id: number; name: string }[]>(`${base}/api/public/units`);
  for (const p of provinces) {
    const communes = await json<{ id: number; name: string }[]>(`${base}/api/public/units?parentId=${p.id}`);
    if (communes[0]) return communes[0];
  }
  throw new Error('no active commune in the demo data');
}

function bodies(base: string, unitId: number, n: number) {
  return (async () => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      const { token, difficulty } = await json<{ token: string; difficulty: number }>(`${base}/api/public/challenge`);
      const anonymous = i % 2 === 0;
      out.push(
        JSON.stringify({
          type: 'tip',
          kind: 'crimeReport',
          category: 'drugs',
          description: `Tin báo thử tải số ${i}: có người tụ tập sử dụng ma túy ở cuối ngõ vào ban đêm.`,
          occurredOn: '2026-11-20',
          unitId,
          address: 'Ngõ 5',
          anonymous,
          contact: anonymous ? null : { name: `Người Gửi ${i}`, phone: `09${String(i).padStart(8, '0')}` },
          pow: { token, nonce: solveChallenge(token, difficulty) },
        }),
      );
    }
    return out;
  })();
}

function run(opts: AcOptions): Promise<Measure> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, r) => {
      const seconds = (performance.now() - t0) / 1000;
      if (err) return reject(err);
      resolve({
        requests: r.requests.total,
        ok: r['2xx'],
        non2xx: r.non2xx,
        errors: r.errors,
        // autocannon's own duration is rounded to whole seconds: too coarse for runs of a few seconds
        rps: Math.round((r['2xx'] / seconds) * 10) / 10,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
      });
    });
  });
}

async function benchKind(kind: Kind) {
  let dataDir: string | undefined;
  let dbName: string | undefined;
  let server: Spawned | undefined;
  const extra: Record<string, string> = {
    POW_DIFFICULTY: '4',
    PUBLIC_RATE_LIMIT_FACTOR: '1000000',
    BENCH_ROUTES: '1',
    LOG_LEVEL: 'warn',
  };
  try {
    if (kind === 'pglite') {
      dataDir = mkdtempSync(join(tmpdir(), 'toandan-bench-cit-'));
      extra.DATA_DIR = dataDir;
    } else {
      dbName = `toandan_bench_cit_${process.pid}_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: pgAdminUrl });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      await admin.end();
      const u = new URL(pgAdminUrl);
      u.pathname = `/${dbName}`;
      extra.DATABASE_URL = u.toString();
      dataDir = mkdtempSync(join(tmpdir(), 'toandan-bench-cit-key-'));
      extra.IDENTITY_KEY_FILE = join(dataDir, 'identity.key');
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawnTimed(process.execPath, [mainScript], serverEnv({ ...extra, PORT: String(port) }));
    await waitFor200(`${base}/api/health`, { timeoutMs: 180_000, exited: server.exited });
    const commune = await findCommune(base);
    const prepared = await bodies(base, commune.id, submissions);
    const common = { connections, headers: { 'content-type': 'application/json' }, method: 'POST' as const };
    // warm-up: JIT, pools, argon2 threads
    await run({ ...common, url: `${base}/api/public/bench/insert`, amount: 200, body: '{}' });
    const baseline = await run({ ...common, url: `${base}/api/public/bench/insert`, amount: baselineN, body: '{}' });
    let next = 0;
    const submit = await run({
      ...common,
      url: `${base}/api/public/reports`,
      amount: prepared.length,
      requests: [
        {
          setupRequest: (req) => ({ ...req, body: prepared[next++ % prepared.length] }),
        },
      ],
    });
    return { kind, commune: commune.name, baseline, submit };
  } catch (e) {
    if (server) console.error(tail(server.stdout() + server.stderr()));
    throw e;
  } finally {
    if (server) await stop(server);
    if (!keep && dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (!keep && dbName) {
      const admin = new pg.Client({ connectionString: pgAdminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  }
}

const results = [];
for (const kind of kinds) {
  console.log(`… ${kind}: starting the server, preparing ${submissions} solved challenges`);
  results.push(await benchKind(kind));
}
const rows = results.flatMap((r) => [
  { db: r.kind, route: 'baseline insert', ...r.baseline },
  { db: r.kind, route: 'public submission', ...r.submit },
]);
console.table(
  rows.map((r) => ({
    db: r.db,
    route: r.route,
    'req/s': r.rps,
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    'max ms': r.max,
    ok: r.ok,
    'non-2xx': r.non2xx,
    errors: r.errors,
  })),
);
const file = writeResult('citizen-submit', {
  machine: machineInfo(),
  settings: { submissions, baseline: baselineN, connections, powDifficulty: 4 },
  results,
});
console.log(`→ ${file}`);
