/**
 * Cold start of `npm start` (= `node src/server/main.ts`) on an existing data
 * folder: the time from spawning the process until GET /api/health answers 200.
 *
 *   node bench/cold-start.ts [--runs 5] [--bar 3000] [--phases 3] [--cpu-prof]
 *                            [--compile-cache] [--bundled] [--keep]
 *
 * 1. makes sure dist/web is built (runs `npx vite build` when index.html is
 *    missing or older than the web sources, because main.ts would otherwise
 *    rebuild it inside the measured start);
 * 2. creates a scratch DATA_DIR and starts the server once to create, migrate
 *    and seed it, then stops it;
 * 3. `--runs` times, alternating: spawn a bare Node HTTP server (the floor),
 *    then the real server on that folder; poll every 20 ms until 200; also note
 *    when "đang chạy tại" is printed and the CPU time used; SIGTERM; wait;
 * 4. `--phases` fresh processes of bench/cold-start-phases.ts give the
 *    breakdown (imports per package, PGlite open, migrations, seed check,
 *    buildApp, listen);
 * 5. when the median is above `--bar` ms, or with `--cpu-prof`, one more start
 *    under `node --cpu-prof` and the self time per package;
 * 6. with `--compile-cache`, interleaved runs with NODE_COMPILE_CACHE set (Node's
 *    on-disk V8 code cache), to see what caching compiled modules would save;
 * 7. with `--bundled`, interleaved runs of an esbuild bundle of
 *    src/server/main.ts (packages that load files next to their own code, or
 *    native code, stay external), to see what bundling the server would save.
 *    The bundle is written to bench/.bundle-tmp/ (removed afterwards), at the
 *    same depth as src/server/, so `new URL('../..', import.meta.url)` still
 *    finds the repository; src/db/migrations is linked beside it.
 *
 * Prints a summary and writes bench/results/cold-start-<date>.json.
 * Runs bound to 127.0.0.1 only; the scratch folder is removed unless --keep.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webAssetsStale, webDir } from '../src/server/web-assets.ts';
import {
  cpuTimeMs,
  freePort,
  machineInfo,
  mainScript,
  ms,
  numArg,
  parseArgs,
  repoRoot,
  type Spawned,
  type Stats,
  serverEnv,
  spawnTimed,
  stats,
  stop,
  tail,
  waitFor200,
  writeResult,
} from './lib.ts';

const args = parseArgs();
const runs = numArg(args, 'runs', 5);
const bar = numArg(args, 'bar', 3000);
const phaseRuns = numArg(args, 'phases', 3);
const keep = args.has('keep');
const node = process.execPath;

type Run = {
  /** spawn → first 200 from /api/health */
  readyMs: number;
  /** spawn → the "đang chạy tại" line on stdout */
  bannerMs?: number;
  /** what main.ts itself prints ("sẵn sàng sau N ms": from main() start, so without module loading) */
  selfReportedMs?: number;
  /** CPU time (user + sys) the process had used when it answered */
  cpuMs?: number | null;
  /** SIGTERM → exit */
  stopMs: number;
  exit: string;
  webRebuilt?: boolean;
};

const BANNER = /đang chạy tại/;
const REBUILD = /Đang dựng giao diện web/;

async function measure(start: (port: number) => Spawned, path: string): Promise<Run> {
  const port = await freePort();
  const s = start(port);
  let ready: number;
  try {
    ready = await waitFor200(`http://127.0.0.1:${port}${path}`, { everyMs: 20, timeoutMs: 120_000, exited: s.exited });
  } catch (err) {
    await stop(s, 'SIGKILL');
    throw new Error(
      `${(err as Error).message}\n--- stdout ---\n${tail(s.stdout())}\n--- stderr ---\n${tail(s.stderr())}`,
    );
  }
  const cpu = cpuTimeMs(s.child.pid!);
  const banner = s.lineAt(BANNER);
  const self = s.stdout().match(/sẵn sàng sau (\d+) ms/)?.[1];
  const tStop = performance.now();
  const { code, signal } = await stop(s, 'SIGTERM');
  return {
    readyMs: ready - s.t0,
    bannerMs: banner === undefined ? undefined : banner - s.t0,
    selfReportedMs: self === undefined ? undefined : Number(self),
    cpuMs: cpu,
    stopMs: performance.now() - tStop,
    exit: signal ? `signal ${signal}` : `code ${code}`,
    webRebuilt: REBUILD.test(s.stdout()),
  };
}

function ensureWeb(): string {
  const index = join(webDir, 'index.html');
  const reason = !existsSync(index)
    ? 'dist/web/index.html missing'
    : webAssetsStale()
      ? 'dist/web older than web sources'
      : '';
  if (!reason) return 'dist/web up to date';
  console.log(`${reason}: running npx vite build …`);
  const t = performance.now();
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`npx vite build failed (exit ${r.status})`);
  return `${reason}: built with npx vite build in ${ms(performance.now() - t)}`;
}

const bundleDir = join(repoRoot, 'bench/.bundle-tmp');

/** Bundles the server with esbuild; returns the entry file. */
async function buildBundle(): Promise<string> {
  const esbuild = await import('esbuild');
  rmSync(bundleDir, { recursive: true, force: true });
  mkdirSync(bundleDir, { recursive: true });
  const outfile = join(bundleDir, 'main.mjs');
  await esbuild.build({
    entryPoints: [mainScript],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile,
    logLevel: 'warning',
    // wasm/data files, native modules, static assets located from their own folder, lazy or optional imports
    external: [
      '@electric-sql/pglite',
      '@electric-sql/pglite/*',
      'pg',
      '@node-rs/argon2',
      'exceljs',
      'vite',
      '@fastify/swagger-ui',
      '@fastify/static',
    ],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  symlinkSync(join(repoRoot, 'src/db/migrations'), join(bundleDir, 'migrations'));
  return outfile;
}

type Series = { runs: Run[]; ready: Stats; banner: Stats; selfReported: Stats; cpu: Stats; stop: Stats };

function series(list: Run[]): Series {
  const num = (f: (r: Run) => number | null | undefined) =>
    stats(list.map(f).filter((v): v is number => typeof v === 'number'));
  return {
    runs: list,
    ready: num((r) => r.readyMs),
    banner: num((r) => r.bannerMs),
    selfReported: num((r) => r.selfReportedMs),
    cpu: num((r) => r.cpuMs),
    stop: num((r) => r.stopMs),
  };
}

/** Self time per package / area from a .cpuprofile. */
function summariseProfile(file: string) {
  type Node = { id: number; callFrame: { url: string; functionName: string }; children?: number[] };
  const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const area = (n: Node) => {
    const { url, functionName } = n.callFrame;
    if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
    if (url.startsWith('wasm://')) return 'PGlite WebAssembly (postgres)';
    const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
    if (pkg) return `pkg ${pkg}`;
    if (url.startsWith('node:')) return url.includes('modules') ? 'node module loader' : `node internals (${url})`;
    if (url.includes('/src/')) return 'project src/';
    if (url.includes('/bench/')) return 'bench';
    return url;
  };
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const dt = (prof.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const n = byId.get(id);
    const key = n ? area(n) : '?';
    self.set(key, (self.get(key) ?? 0) + dt);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => ({ area: k, selfMs: Math.round(v) }));
  return { totalMs: Math.round(total), top };
}

async function main() {
  const startedAt = new Date().toISOString();
  const info = machineInfo();
  const web = ensureWeb();
  const dataDir = mkdtempSync(join(tmpdir(), 'toandan-bench-cold-'));
  const env = (port: number, extra: Record<string, string> = {}) =>
    serverEnv({ PORT: String(port), DATA_DIR: dataDir, ...extra });
  const server =
    (extra: Record<string, string> = {}) =>
    (port: number) =>
      spawnTimed(node, [mainScript], env(port, extra));
  const bare = (port: number) =>
    spawnTimed(node, ['-e', "require('http').createServer((q,s)=>s.end('ok')).listen(process.env.PORT,'127.0.0.1')"], {
      ...process.env,
      PORT: String(port),
    });

  let cacheDir: string | undefined;
  try {
    console.log(`Cold start of node src/server/start.ts (= npm start), ${runs} runs; data folder ${dataDir}`);
    console.log(`web assets: ${web}`);
    const prep = await measure(server(), '/api/health');
    console.log(`first run (create + migrate + seed): ready after ${ms(prep.readyMs)}`);

    const serverRuns: Run[] = [];
    const bareRuns: Run[] = [];
    // NODE_COMPILE_CACHE runs are interleaved with the plain ones, so that both see the same machine load.
    if (args.has('compile-cache')) cacheDir = mkdtempSync(join(tmpdir(), 'toandan-bench-ccache-'));
    const cached = cacheDir ? server({ NODE_COMPILE_CACHE: cacheDir }) : undefined;
    const cacheFill = cached ? await measure(cached, '/api/health') : undefined;
    const cachedRuns: Run[] = [];
    const bundled = args.has('bundled') ? await buildBundle() : undefined;
    const bundledStart = bundled ? (port: number) => spawnTimed(node, [bundled], env(port)) : undefined;
    const bundledRuns: Run[] = [];
    let rebuilt = 0;
    while (serverRuns.length < runs) {
      if (webAssetsStale()) {
        // Someone edited src/web meanwhile; without this main.ts would run Vite inside the measurement.
        console.log(`  (web sources changed: ${ensureWeb()})`);
      }
      bareRuns.push(await measure(bare, '/'));
      const r = await measure(server(), '/api/health');
      if (r.webRebuilt) {
        rebuilt++;
        console.log(`  run discarded: main.ts rebuilt the web assets (${ms(r.readyMs)})`);
        if (rebuilt > runs) throw new Error('web assets keep going stale; stop other edits and retry');
        continue;
      }
      serverRuns.push(r);
      if (cached) cachedRuns.push(await measure(cached, '/api/health'));
      if (bundledStart) bundledRuns.push(await measure(bundledStart, '/api/health'));
      console.log(
        `  run ${serverRuns.length}: ready ${ms(r.readyMs)}, banner ${ms(r.bannerMs ?? Number.NaN)}, main() ${ms(r.selfReportedMs ?? Number.NaN)}, cpu ${ms(r.cpuMs ?? Number.NaN)}, stop ${ms(r.stopMs)} (${r.exit}); bare node ${ms(bareRuns.at(-1)!.readyMs)}`,
      );
    }
    const s = series(serverRuns);
    const b = series(bareRuns);

    const compileCache = cacheFill ? { cold: cacheFill, warm: series(cachedRuns) } : undefined;
    const bundledSeries = bundled ? series(bundledRuns) : undefined;

    const phaseRunsOut: { readyMs: number; importsMs: number; phases: { phase: string; ms: number }[] }[] = [];
    for (let i = 0; i < phaseRuns; i++) {
      const port = await freePort();
      const r = spawnSync(node, [join(repoRoot, 'bench/cold-start-phases.ts')], {
        cwd: repoRoot,
        env: env(port),
        encoding: 'utf8',
        timeout: 120_000,
      });
      const line = r.stdout
        .trim()
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{"readyMs"'));
      if (r.status !== 0 || !line) throw new Error(`cold-start-phases failed: ${r.stderr}`);
      phaseRunsOut.push(JSON.parse(line));
    }
    const phaseNames = phaseRunsOut[0]?.phases.map((p) => p.phase) ?? [];
    const phaseMedians = phaseNames.map((phase) => ({
      phase,
      medianMs:
        Math.round(stats(phaseRunsOut.map((r) => r.phases.find((p) => p.phase === phase)?.ms ?? 0)).median * 10) / 10,
    }));

    let profile: ReturnType<typeof summariseProfile> | undefined;
    if (s.ready.median > bar || args.has('cpu-prof')) {
      const profDir = mkdtempSync(join(tmpdir(), 'toandan-bench-prof-'));
      try {
        await measure(
          (port) => spawnTimed(node, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, mainScript], env(port)),
          '/api/health',
        );
        const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
        if (file) profile = summariseProfile(join(profDir, file));
      } finally {
        if (!keep) rmSync(profDir, { recursive: true, force: true });
        else console.log(`cpu profile kept in ${profDir}`);
      }
    }

    const ratio = s.ready.median / b.ready.median;
    const line = (label: string, st: Stats) =>
      `${label.padEnd(44)} min ${ms(st.min).padStart(8)}  median ${ms(st.median).padStart(8)}  max ${ms(st.max).padStart(8)}`;
    console.log('\n=== Cold start summary ===');
    console.log(
      `machine: ${info.cpus} CPUs, ${info.cpu}; load average at start ${info.loadavg.join(' ')}; ${info.node}`,
    );
    console.log(line('server: spawn → /api/health 200', s.ready));
    console.log(line('server: spawn → "đang chạy tại" printed', s.banner));
    console.log(line('server: main() self-reported (no imports)', s.selfReported));
    console.log(line('server: CPU time used until ready', s.cpu));
    console.log(line('server: SIGTERM → exit', s.stop));
    console.log(line('bare node http server: spawn → 200', b.ready));
    console.log(`ratio server/bare (medians): ${ratio.toFixed(1)}×`);
    if (compileCache) {
      console.log(line('server with NODE_COMPILE_CACHE (warm cache)', compileCache.warm.ready));
      console.log(`  (the run that filled the cache: ${ms(compileCache.cold.readyMs)})`);
    }
    if (bundledSeries) {
      console.log(line('server bundled with esbuild (experiment)', bundledSeries.ready));
      console.log(line('  bundled: main() self-reported', bundledSeries.selfReported));
    }
    const verdict = s.ready.median < bar ? 'PASS' : 'FAIL';
    console.log(`bar: median < ${bar} ms → ${verdict} (${ms(s.ready.median)})`);
    console.log(`\nBreakdown (median of ${phaseRuns} fresh processes of bench/cold-start-phases.ts):`);
    for (const p of phaseMedians)
      if (p.medianMs >= 5) console.log(`  ${String(Math.round(p.medianMs)).padStart(6)} ms  ${p.phase}`);
    console.log(
      `  ${String(Math.round(stats(phaseRunsOut.map((r) => r.importsMs)).median)).padStart(6)} ms  = all module loading`,
    );
    console.log(
      `  ${String(Math.round(stats(phaseRunsOut.map((r) => r.readyMs)).median)).padStart(6)} ms  = ready (in-process, from process start)`,
    );
    if (profile) {
      console.log(`\nCPU profile of one start (${profile.totalMs} ms sampled), self time by area:`);
      for (const t of profile.top.slice(0, 15)) console.log(`  ${String(t.selfMs).padStart(6)} ms  ${t.area}`);
    }

    const file = writeResult('cold-start', {
      name: 'cold-start',
      startedAt,
      command: 'node src/server/start.ts',
      machine: info,
      web,
      dataDir: 'scratch PGlite folder, demo data seeded',
      firstRun: prep,
      barMs: bar,
      verdict,
      server: s,
      bareNode: b,
      ratio: Math.round(ratio * 100) / 100,
      compileCache,
      bundled: bundledSeries,
      phases: { runs: phaseRunsOut, medians: phaseMedians },
      cpuProfile: profile,
    });
    console.log(`\nresults: ${file}`);
  } finally {
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
    rmSync(bundleDir, { recursive: true, force: true });
    if (keep) console.log(`data folder kept: ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
