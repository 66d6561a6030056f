import { lt } from 'drizzle-orm';
import { DEMO_PASSWORD, demoUsers } from '../cli/demo-data.ts';
import { seedDemo } from '../cli/seed-demo.ts';
import { openDatabase } from '../db/client.ts';
import { spentChallenges } from '../db/schema/index.ts';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { systemClock } from './context.ts';
import { loadIdentityKey } from './crypto/identity.ts';
import { ensureRoot } from './features/org-unit/queries.ts';
import { syncReferenceData } from './reference-data.ts';
import { ensureWebAssets, webDir } from './web-assets.ts';

/** `npm start`: web assets, database, migrations, demo data on first run, then listen. */
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const say = (m: string) => process.stdout.write(`${m}\n`);
  await ensureWebAssets(say);
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  await syncReferenceData(database.db);
  const identity = loadIdentityKey(process.env, config.dataDir);
  const seeded = config.demoData ? (await seedDemo(database.db, systemClock, identity.key)).seeded : false;
  if (!config.demoData) await ensureRoot(database.db);
  const app = await buildApp({
    db: database.db,
    config,
    identityKey: identity.key,
    webDir,
    logger: { level: config.logLevel },
  });
  // spent proof-of-work tokens only matter until they expire (10 minutes): prune them hourly
  const prune = () =>
    database.db
      .delete(spentChallenges)
      .where(lt(spentChallenges.expiresAt, new Date()))
      .catch((err) => app.log.warn({ err }, 'pruning spent challenges failed'));
  setInterval(prune, 3_600_000).unref();
  const shutdown = async (signal: string) => {
    say(`Nhận ${signal}, đang dừng…`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const ms = Math.round(performance.now() - started);
  say('');
  say(`Toàn Dân đang chạy tại ${url}  (sẵn sàng sau ${ms} ms)`);
  say(
    `Cơ sở dữ liệu: ${database.kind === 'pglite' ? `PGlite nhúng, thư mục ${database.location}` : `PostgreSQL ${database.location}`}`,
  );
  say(`Tài liệu API: ${url}/api/docs`);
  if (config.demoData) {
    if (seeded) say('Đã nạp dữ liệu mẫu (tỉnh Hà Tĩnh).');
    say(
      `Đăng nhập mẫu: ${demoUsers[0].username} / ${DEMO_PASSWORD}  (các vai trò khác: ${demoUsers
        .slice(1)
        .map((u) => u.username)
        .join(', ')}; cùng mật khẩu)`,
    );
  }
}

main().catch((err) => {
  process.stderr.write(`Không khởi động được Toàn Dân: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
