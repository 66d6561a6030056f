/**
 * Helpers shared by the measurement scripts in bench/: spawning the real
 * server (`node src/server/main.ts`, the command behind `npm start`), polling
 * /api/health, summary statistics and writing bench/results/<name>-<date>.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

export const repoRoot = new URL('..', import.meta.url).pathname;
export const resultsDir = join(repoRoot, 'bench/results');
export const mainScript = join(repoRoot, 'src/server/start.ts');

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A port that was free a moment ago (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Parses `--name value` and `--flag` arguments. */
export function parseArgs(argv = process.argv.slice(2)): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) out.set(k, inline);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) out.set(k, argv[++i]!);
    else out.set(k, 'true');
  }
  return out;
}

export function numArg(args: Map<string, string>, name: string, dflt: number): number {
  const v = args.get(name);
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got ${v}`);
  return n;
}

export type Stats = { n: number; min: number; median: number; max: number; mean: number };

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { n: 0, min: Number.NaN, median: Number.NaN, max: Number.NaN, mean: Number.NaN };
  const median = n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  return { n, min: s[0]!, median, max: s[n - 1]!, mean };
}

export const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '–');

/** Machine context stored with every result: numbers mean little without it. */
export function machineInfo() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1];
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu,
    cpus: availableParallelism(),
    loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/** Writes bench/results/<name>-<date>.json and returns its path. */
export function writeResult(name: string, data: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..*$/, '');
  const file = join(resultsDir, `${name}-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** CPU time (user + system) a live process has used so far, from /proc; null when gone. */
export function cpuTimeMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14, 15)
    return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** One GET; resolves to the status code, or 0 when nothing answered. */
export async function httpStatus(url: string, timeoutMs = 1000): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export type Spawned = {
  child: ChildProcess;
  /** performance.now() just before spawn */
  t0: number;
  stdout: () => string;
  stderr: () => string;
  /** performance.now() when a stdout line matching `pattern` was first seen */
  lineAt: (pattern: RegExp) => number | undefined;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Children still running; killed if the bench itself exits or is interrupted, so none is left behind. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));

/** Spawns a process with captured output and line timestamps. */
export function spawnTimed(command: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  child.on('exit', () => live.delete(child));
  let out = '';
  let err = '';
  const lines: { at: number; text: string }[] = [];
  let partial = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    const at = performance.now();
    out += chunk;
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop()!;
    for (const text of parts) lines.push({ at, text });
  });
  child.stderr!.on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    t0,
    stdout: () => out,
    stderr: () => err,
    lineAt: (pattern) => lines.find((l) => pattern.test(l.text))?.at,
    exited,
  };
}

/** Polls `url` every `everyMs` until it answers 200; returns performance.now() of that answer. */
export async function waitFor200(
  url: string,
  opts: { everyMs?: number; timeoutMs?: number; exited?: Promise<unknown> } = {},
): Promise<number> {
  const every = opts.everyMs ?? 20;
  const deadline = performance.now() + (opts.timeoutMs ?? 60_000);
  let dead = false;
  void opts.exited?.then(() => {
    dead = true;
  });
  while (performance.now() < deadline) {
    if (dead) throw new Error('the process exited before answering');
    const before = performance.now();
    if ((await httpStatus(url, 2000)) === 200) return performance.now();
    const spent = performance.now() - before;
    if (spent < every) await sleep(every - spent);
  }
  throw new Error(`no 200 from ${url} within ${opts.timeoutMs ?? 60_000} ms`);
}

/** Sends `signal` and waits for the exit, escalating to SIGKILL after `graceMs`. */
export async function stop(s: Spawned, signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000) {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return s.exited;
  s.child.kill(signal);
  const timer = setTimeout(() => s.child.kill('SIGKILL'), graceMs);
  const res = await s.exited;
  clearTimeout(timer);
  return res;
}

/** The command line of a live process, to prove which process a signal goes to. */
export function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return '(gone)';
  }
}

/** Environment for the server: the caller's, without database settings that would leak in. */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'DEMO_DATA', 'NODE_OPTIONS']) delete env[k];
  return { ...env, HOST: '127.0.0.1', ...extra };
}

export const tail = (text: string, lines = 15) => text.trimEnd().split('\n').slice(-lines).join('\n');
