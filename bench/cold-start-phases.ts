/**
 * Where the cold start goes: repeats what src/server/main.ts does, step by
 * step, with a timer around each step, and prints one JSON object on stdout.
 * Run by bench/cold-start.ts in a fresh process (so module loading is cold);
 * can be run alone:
 *
 *   DATA_DIR=/path/to/existing/pglite PORT=3999 node bench/cold-start-phases.ts
 *
 * Module loading is split in two: third-party packages first, one by one, in
 * the order the server needs them (each figure is what that package adds on top
 * of the ones before it), then the project's own modules (TypeScript stripping
 * plus their top-level code).
 */
const bootMs = performance.now(); // time from process start to the first line of this script
const phases: { phase: string; ms: number }[] = [{ phase: 'node bootstrap (until this script runs)', ms: bootMs }];

async function timed<T>(phase: string, fn: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const out = await fn();
  phases.push({ phase, ms: performance.now() - t });
  return out;
}

const packages = [
  'zod',
  'drizzle-orm',
  'drizzle-orm/pg-core',
  '@electric-sql/pglite',
  '@electric-sql/pglite/contrib/pg_trgm',
  'drizzle-orm/pglite',
  'drizzle-orm/pglite/migrator',
  'pg',
  'drizzle-orm/node-postgres',
  'drizzle-orm/node-postgres/migrator',
  'fastify',
  'fastify-type-provider-zod',
  '@fastify/helmet',
  '@fastify/cookie',
  '@fastify/multipart',
  '@fastify/rate-limit',
  '@fastify/static',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@node-rs/argon2',
  'exceljs',
  'csv-parse/sync',
];

async function main() {
  const tImports = performance.now();
  for (const p of packages) await timed(`import ${p}`, () => import(p));
  const { openDatabase } = await timed('import src/db/client.ts (+schema)', () => import('../src/db/client.ts'));
  const { seedDemo } = await timed(
    'import src/cli/seed-demo.ts (+org-unit services)',
    () => import('../src/cli/seed-demo.ts'),
  );
  const { buildApp } = await timed('import src/server/app.ts (+routes, plugins)', () => import('../src/server/app.ts'));
  const { loadConfig } = await timed(
    'import rest of src (config, context, web-assets)',
    () => import('../src/server/config.ts'),
  );
  const { systemClock } = await import('../src/server/context.ts');
  const { webAssetsStale, webDir } = await import('../src/server/web-assets.ts');
  const { ensureRoot } = await import('../src/server/features/org-unit/queries.ts');
  const { loadIdentityKey } = await import('../src/server/crypto/identity.ts');
  const importsMs = performance.now() - tImports;

  const config = loadConfig();
  const stale = await timed('web assets staleness check (walk src/web mtimes)', () => webAssetsStale());
  const database = await timed(`open database (${config.databaseUrl ? 'pg pool' : 'PGlite.create'})`, () =>
    openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }),
  );
  await timed('migrations check (drizzle migrate)', () => database.migrate());
  await timed('demo seed check (hasUsers)', async () => {
    if (config.demoData) await seedDemo(database.db, systemClock);
    else await ensureRoot(database.db);
  });
  const app = await timed('buildApp (fastify, plugins, routes, swagger)', () =>
    buildApp({
      db: database.db,
      config,
      webDir,
      logger: { level: config.logLevel },
      identityKey: loadIdentityKey(process.env, config.dataDir).key,
    }),
  );
  await timed('app.listen (route tree, onReady hooks)', () => app.listen({ host: '127.0.0.1', port: config.port }));
  const health = await timed('first GET /api/health', async () => {
    const res = await fetch(`http://127.0.0.1:${config.port}/api/health`);
    await res.arrayBuffer();
    return res.status;
  });
  const readyMs = performance.now();
  await timed('close (app + database)', async () => {
    await app.close();
    await database.close();
  });
  process.stdout.write(
    `${JSON.stringify({ readyMs, importsMs, webAssetsStale: stale, health, kind: database.kind, phases })}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
