import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { type Database, openDatabase } from '../db/client.ts';
import { roleGrants, users } from '../db/schema/index.ts';
import { recordAudit } from '../server/audit.ts';
import { loadConfig } from '../server/config.ts';
import { systemClock } from '../server/context.ts';
import { loadIdentityKey } from '../server/crypto/identity.ts';
import { AppError } from '../server/errors.ts';
import { hashPassword } from '../server/features/auth/passwords.ts';
import { ensureRoot } from '../server/features/org-unit/queries.ts';
import { importUnitList } from '../server/features/org-unit/service/import.ts';
import { translate } from '../server/i18n/messages.ts';
import { syncReferenceData } from '../server/reference-data.ts';
import { backupTo, restoreFrom } from './backup.ts';
import { haTinhFigures, loadHaTinhFixture } from './fixture-ha-tinh.ts';
import { generateNational } from './gen-national.ts';
import { seedDemo, systemActor } from './seed-demo.ts';

const program = new Command('toandan').description('Công cụ quản trị Toàn Dân');
program.option('--database-url <url>', 'PostgreSQL (mặc định: biến DATABASE_URL, không có thì PGlite nhúng)');
program.option('--data-dir <dir>', 'thư mục dữ liệu PGlite (mặc định: DATA_DIR hoặc ./data)');

const say = (m: string) => process.stdout.write(`${m}\n`);

/** Opens the configured database, migrated, for one command, and always closes it. */
async function withDb<T>(fn: (d: Database) => Promise<T>): Promise<T> {
  const cfg = loadConfig();
  const o = program.opts<{ databaseUrl?: string; dataDir?: string }>();
  const d = await openDatabase({ url: o.databaseUrl ?? cfg.databaseUrl, dataDir: o.dataDir ?? cfg.dataDir });
  try {
    await d.migrate();
    return await fn(d);
  } finally {
    await d.close();
  }
}

function bar(label: string) {
  const b = new SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} {table}`, hideCursor: true });
  let started = false;
  return {
    update(done: number, total: number, table = '') {
      if (!process.stdout.isTTY && done < total) return;
      if (!started) {
        b.start(total, 0, { table });
        started = true;
      }
      b.setTotal(total);
      b.update(done, { table });
    },
    stop: () => started && b.stop(),
  };
}

program
  .command('migrate')
  .description('Áp dụng các bản di chuyển CSDL')
  .action(() =>
    withDb(async (d) => {
      await syncReferenceData(d.db);
      say(`Đã cập nhật cấu trúc CSDL (${d.kind}).`);
    }),
  );

program
  .command('seed-demo')
  .description('Nạp dữ liệu mẫu (chỉ khi CSDL chưa có người dùng)')
  .action(() =>
    withDb(async (d) => {
      const dataDir = program.opts<{ dataDir?: string }>().dataDir ?? loadConfig().dataDir;
      const r = await seedDemo(d.db, systemClock, loadIdentityKey(process.env, dataDir).key);
      say(r.seeded ? 'Đã nạp dữ liệu mẫu.' : 'CSDL đã có người dùng; không nạp dữ liệu mẫu.');
    }),
  );

program
  .command('create-admin')
  .description('Tạo (hoặc đặt lại mật khẩu) quản trị viên toàn quốc')
  .requiredOption('-u, --username <name>', 'tên đăng nhập')
  .option('-n, --name <displayName>', 'họ tên', 'Quản trị hệ thống')
  .option('-p, --password <password>', 'mật khẩu (mặc định: biến ADMIN_PASSWORD)')
  .action((o: { username: string; name: string; password?: string }) =>
    withDb(async (d) => {
      const password = o.password ?? process.env.ADMIN_PASSWORD;
      if (!password || password.length < 10 || !/\d/.test(password) || !/[A-Za-z]/.test(password)) {
        throw new Error('Mật khẩu cần ít nhất 10 ký tự, có chữ và số (--password hoặc ADMIN_PASSWORD).');
      }
      const root = await ensureRoot(d.db);
      const passwordHash = await hashPassword(password);
      const username = o.username.toLowerCase();
      await d.db.transaction(async (tx) => {
        const [existing] = await tx.select().from(users).where(eq(users.username, username));
        const [user] = existing
          ? await tx
              .update(users)
              .set({ passwordHash, failedLogins: 0, lockedUntil: null, active: true })
              .where(eq(users.id, existing.id))
              .returning()
          : await tx.insert(users).values({ username, displayName: o.name, passwordHash }).returning();
        await tx.insert(roleGrants).values({ userId: user!.id, role: 'admin', unitId: root.id }).onConflictDoNothing();
        await recordAudit(tx, {
          action: existing ? 'user.updated' : 'user.created',
          actor: systemActor(root),
          unit: root,
          targetType: 'user',
          targetId: user!.id,
          after: { username, role: 'admin', via: 'cli' },
        });
      });
      say(`Quản trị viên "${username}" đã sẵn sàng.`);
    }),
  );

program
  .command('import-units <file>')
  .description('Nhập danh mục đơn vị hành chính (XLSX hoặc CSV)')
  .action((file: string) =>
    withDb(async (d) => {
      const root = await ensureRoot(d.db);
      const data = await readFile(file);
      const b = bar('Nhập đơn vị');
      const ctx = { db: d.db, actor: systemActor(root), clock: systemClock, lang: 'vi' as const };
      try {
        const r = await importUnitList(ctx, { data, name: basename(file) }, (done, total) => b.update(done, total));
        b.stop();
        say(`Xong: ${r.rows} dòng; thêm ${r.created}, cập nhật ${r.updated}, không đổi ${r.unchanged} đơn vị.`);
      } finally {
        b.stop();
      }
    }),
  );

program
  .command('backup <file>')
  .description('Sao lưu toàn bộ dữ liệu ra tệp (.jsonl.gz)')
  .action((file: string) =>
    withDb(async (d) => {
      const b = bar('Sao lưu');
      const counts = await backupTo(d.db, file, (t, done, total) => b.update(done, total, t));
      b.stop();
      say(
        `Đã sao lưu vào ${file}: ${Object.entries(counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}.`,
      );
    }),
  );

program
  .command('restore <file>')
  .description('Khôi phục dữ liệu từ tệp sao lưu (thay thế toàn bộ dữ liệu hiện có)')
  .action((file: string) =>
    withDb(async (d) => {
      const b = bar('Khôi phục');
      const counts = await restoreFrom(d.db, file, (t, done, total) => b.update(done, total, t));
      b.stop();
      say(
        `Đã khôi phục từ ${file}: ${Object.entries(counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}.`,
      );
    }),
  );

program
  .command('load-fixture <name>')
  .description('Nạp bộ số liệu kiểm thử: ha-tinh (tổng kết 10 năm 2013 - 2023, tính từ hồ sơ)')
  .option('--province-id <id>', 'nạp vào tỉnh đã có (mặc định: tạo "Tỉnh Hà Tĩnh" dưới đơn vị gốc)')
  .action((name: string, o: { provinceId?: string }) =>
    withDb(async (d) => {
      if (name !== 'ha-tinh') throw new Error(`Không có bộ số liệu "${name}" (có: ha-tinh).`);
      await syncReferenceData(d.db);
      const province = o.provinceId
        ? await d.db.query.orgUnits.findFirst({ where: (u, { eq: is }) => is(u.id, Number(o.provinceId)) })
        : undefined;
      if (o.provinceId && province?.level !== 'province') throw new Error(`Không có tỉnh mã số ${o.provinceId}.`);
      const f = await loadHaTinhFixture(d.db, { province });
      say(
        `Đã nạp "${f.province.name}" (id ${f.province.id}): ${f.communes} xã, ${f.residentialAreas} khu dân cư, ` +
          `${Object.entries(f.rows)
            .map(([t, n]) => `${t} ${n}`)
            .join(', ')} trong ${(f.totalMs / 1000).toFixed(1)} s.`,
      );
      say(`Số liệu kỳ ${haTinhFigures.from} - ${haTinhFigures.to}: trang Thống kê, đơn vị mã số ${f.province.id}.`);
    }),
  );

program
  .command('gen-national')
  .description('Sinh dữ liệu toàn quốc để đo tải (34 tỉnh, ~3.300 xã, ~10 triệu tin báo ở --scale 1)')
  .option('--scale <n>', 'tỷ lệ so với cả nước', '1')
  .option('--years <n>', 'số năm', '10')
  .option('--end-year <n>', 'năm cuối', '2025')
  .option('--seed <n>', 'hạt giống (dữ liệu như nhau với cùng seed)', '1')
  .action((o: { scale: string; years: string; endYear: string; seed: string }) =>
    withDb(async (d) => {
      const [scale, years, endYear, seed] = [o.scale, o.years, o.endYear, o.seed].map(Number) as number[];
      if (!(scale! > 0 && scale! <= 2) || !(years! >= 1 && years! <= 30) || !Number.isInteger(seed))
        throw new Error('--scale trong (0, 2], --years trong [1, 30], --seed là số nguyên.');
      await syncReferenceData(d.db);
      await generateNational(d.db, { scale: scale!, years: years!, endYear: endYear!, seed: seed!, log: say });
    }),
  );

program.parseAsync(process.argv).catch((err: unknown) => {
  const msg =
    err instanceof AppError
      ? [
          translate(err.key, 'vi', err.params),
          ...(err.rows ?? [])
            .slice(0, 50)
            .map((r) => `  dòng ${r.row}${r.column ? `, cột ${r.column}` : ''}: ${r.message}`),
        ].join('\n')
      : (err as NodeJS.ErrnoException)?.code === 'ENOENT'
        ? `Không tìm thấy tệp ${(err as NodeJS.ErrnoException).path}.`
        : err instanceof Error
          ? err.message
          : String(err);
  process.stderr.write(`Lỗi: ${msg}\n`);
  process.exit(1);
});
