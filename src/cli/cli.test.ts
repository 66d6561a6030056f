import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../db/client.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { as, login } from '../server/test/factories.ts';
import { type DbKind, dbKinds } from '../server/test/harness.ts';
import { backupTables } from './backup.ts';
import { DEMO_PASSWORD } from './demo-data.ts';

/**
 * The administration CLI as an operator runs it: a child process per command,
 * against a throw-away PGlite folder, or (with TEST_DATABASE_URL) a scratch
 * PostgreSQL database created on that server and dropped afterwards. The
 * shared test database itself is never touched. Tests in a block run in
 * order: each command works on what the previous ones left.
 */
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const SLOW = 180_000;
const STACK = /^\s+at /m;

/** Where a command's data lives: a PGlite folder or a PostgreSQL URL. */
type Target = { kind: DbKind; dataDir?: string; url?: string };
type Run = { code: number | null; stdout: string; stderr: string };

function cli(target: Target, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        LANG: 'C.UTF-8',
        DATA_DIR: target.dataDir ?? join(tmpdir(), 'toandan-cli-unused'),
        ...(target.url ? { DATABASE_URL: target.url } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function withDatabase<T>(target: Target, fn: (d: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>) {
  const d = await openDatabase(target.url ? { url: target.url, poolSize: 2 } : { dataDir: target.dataDir });
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

async function rowCounts(target: Target): Promise<Record<string, number>> {
  return withDatabase(target, async (d) => {
    const out: Record<string, number> = {};
    for (const t of backupTables) {
      const [r] = await queryRows<{ n: string }>(d.db, sql`select count(*)::text as n from ${sql.identifier(t)}`);
      out[t] = Number(r!.n);
    }
    return out;
  });
}

/** The statistics rollups, which a restore does not copy but rebuilds from the records through the triggers. */
async function rollupTotals(target: Target) {
  return withDatabase(target, (d) =>
    queryRows<{ indicator: string; total: string }>(
      d.db,
      sql`select indicator, sum(value)::text as total from stat_rollups group by 1 having sum(value) <> 0 order by 1`,
    ),
  );
}

/** Scratch PostgreSQL databases on the server of TEST_DATABASE_URL. */
const scratch = {
  created: [] as string[],
  admin() {
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = '/postgres';
    return u.toString();
  },
  async create(): Promise<string> {
    const name = `toandan_cli_${Math.random().toString(16).slice(2, 10)}`;
    const c = new pg.Client({ connectionString: scratch.admin() });
    await c.connect();
    try {
      await c.query(`create database ${name}`);
    } finally {
      await c.end();
    }
    scratch.created.push(name);
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${name}`;
    return u.toString();
  },
  async dropAll() {
    const c = new pg.Client({ connectionString: scratch.admin() });
    await c.connect();
    try {
      for (const name of scratch.created.splice(0)) await c.query(`drop database if exists ${name} with (force)`);
    } finally {
      await c.end();
    }
  },
};

const GOOD_CSV = [
  'Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp',
  'Tỉnh Dòng Lệnh,97,Phường Một,97001,Phường',
  'Tỉnh Dòng Lệnh,97,Phường Hai,97004,Phường',
  'Tỉnh Dòng Lệnh,97,Xã Ba,97007,Xã',
].join('\n');
const BAD_CSV = [
  'Tỉnh Thành Phố,Mã TP,Phường Xã,Mã PX,Cấp',
  'Tỉnh Lỗi,98,Phường Tốt,98001,Phường',
  'Tỉnh Lỗi,98,Phường Mã Sai,9800X,Phường',
  'Tỉnh Lỗi,98,Phường Không Mã,,Phường',
].join('\n');

for (const kind of dbKinds) {
  describe(`the command line [${kind}]`, () => {
    let dir: string;
    let target: Target;
    /** Fresh, empty places to restore into: the same kind, and the other kind when PostgreSQL is available. */
    const freshTargets = async (): Promise<Target[]> => {
      const folder: Target = { kind: 'pglite', dataDir: await mkdtemp(join(dir, 'restored-')) };
      if (!process.env.TEST_DATABASE_URL) return [folder];
      const database: Target = { kind: 'postgres', url: await scratch.create() };
      return kind === 'pglite' ? [folder, database] : [database, folder];
    };

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'toandan-cli-'));
      target = kind === 'pglite' ? { kind, dataDir: join(dir, 'data') } : { kind, url: await scratch.create() };
      await writeFile(join(dir, 'danh-muc.csv'), GOOD_CSV);
      await writeFile(join(dir, 'loi.csv'), BAD_CSV);
    }, SLOW);
    afterAll(async () => {
      if (process.env.TEST_DATABASE_URL) await scratch.dropAll();
      await rm(dir, { recursive: true, force: true });
    }, SLOW);

    it(
      'migrates a new database',
      async () => {
        const r = await cli(target, ['migrate']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(`Đã cập nhật cấu trúc CSDL (${kind}).\n`);
      },
      SLOW,
    );

    it(
      'loads the demo data once, and says so the second time',
      async () => {
        const first = await cli(target, ['seed-demo']);
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout).toBe('Đã nạp dữ liệu mẫu.\n');
        const counts = await rowCounts(target);
        const second = await cli(target, ['seed-demo']);
        expect(second.code).toBe(0);
        expect(second.stdout).toBe('CSDL đã có người dùng; không nạp dữ liệu mẫu.\n');
        expect(await rowCounts(target)).toEqual(counts);
      },
      SLOW,
    );

    it(
      'refuses a weak or missing administrator password with a clear message',
      async () => {
        const message = 'Lỗi: Mật khẩu cần ít nhất 10 ký tự, có chữ và số (--password hoặc ADMIN_PASSWORD).\n';
        for (const args of [['--password', 'ngan-1'], ['--password', 'chi-co-chu-thoi-ma'], []]) {
          const r = await cli(target, ['create-admin', '--username', 'quantri', ...args]);
          expect(r.code).toBe(1);
          expect(r.stderr).toBe(message);
        }
        const users = await withDatabase(target, (d) =>
          queryRows<{ n: string }>(d.db, sql`select count(*)::text as n from users where username = 'quantri'`),
        );
        expect(users[0]!.n).toBe('0');
      },
      SLOW,
    );

    it(
      'creates a national administrator, and resets their password when run again',
      async () => {
        const r = await cli(target, ['create-admin', '--username', 'QuanTri', '--password', 'Quan-tri-2026']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('Quản trị viên "quantri" đã sẵn sàng.\n');
        const again = await cli(target, ['create-admin', '-u', 'quantri'], { ADMIN_PASSWORD: 'Quan-tri-2027' });
        expect(again.code).toBe(0);
        expect(again.stdout).toBe('Quản trị viên "quantri" đã sẵn sàng.\n');
      },
      SLOW,
    );

    it(
      'imports a unit list and reports the counts; a second run changes nothing',
      async () => {
        const r = await cli(target, ['import-units', join(dir, 'danh-muc.csv')]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('Xong: 3 dòng; thêm 4, cập nhật 0, không đổi 0 đơn vị.\n');
        const again = await cli(target, ['import-units', join(dir, 'danh-muc.csv')]);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('Xong: 3 dòng; thêm 0, cập nhật 0, không đổi 4 đơn vị.\n');
      },
      SLOW,
    );

    it(
      'lists the bad rows of a unit list on stderr and writes nothing',
      async () => {
        const before = await rowCounts(target);
        const r = await cli(target, ['import-units', join(dir, 'loi.csv')]);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe(
          [
            'Lỗi: Tệp có 2 dòng lỗi; chưa có dữ liệu nào được ghi. Sửa các dòng được liệt kê rồi nhập lại.',
            '  dòng 3, cột Mã PX: "9800X" không phải mã hợp lệ: mã phải gồm đúng 5 chữ số và không phải toàn số 0.',
            '  dòng 4, cột Mã PX: Có tên "Phường Không Mã" nhưng thiếu mã ở cột Mã PX.',
            '',
          ].join('\n'),
        );
        expect(await rowCounts(target)).toEqual(before);
      },
      SLOW,
    );

    it(
      'fails cleanly on a unit list that does not exist',
      async () => {
        const missing = join(dir, 'khong-co.xlsx');
        const r = await cli(target, ['import-units', missing]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^Lỗi: /);
        expect(r.stderr).toContain(missing);
        expect(r.stderr).not.toMatch(STACK);
      },
      SLOW,
    );

    it(
      'says in Vietnamese that the unit list does not exist',
      async () => {
        const r = await cli(target, ['import-units', join(dir, 'khong-co.xlsx')]);
        expect(r.stderr).not.toContain('ENOENT');
        expect(r.stderr).toMatch(/Không tìm thấy tệp/);
      },
      SLOW,
    );

    it(
      'backs up and restores into another, empty database with the same rows, ready to use',
      async () => {
        const file = join(dir, 'sao-luu.jsonl.gz');
        const backup = await cli(target, ['backup', file]);
        expect(backup.stderr).toBe('');
        expect(backup.code).toBe(0);
        expect(backup.stdout).toMatch(
          /^Đã sao lưu vào .*sao-luu\.jsonl\.gz: org_units \d+, unit_lineage \d+, users \d+/,
        );
        expect(existsSync(file)).toBe(true);
        const counts = await rowCounts(target);
        const rollups = await rollupTotals(target);
        expect(rollups.length).toBeGreaterThan(10);
        expect(counts.users).toBeGreaterThan(1);
        expect(counts.unit_lineage).toBeGreaterThan(0);

        for (const fresh of await freshTargets()) {
          const restore = await cli(fresh, ['restore', file]);
          expect(restore.stderr, `restore into ${fresh.kind}`).toBe('');
          expect(restore.code).toBe(0);
          expect(restore.stdout).toMatch(/^Đã khôi phục từ .*sao-luu\.jsonl\.gz: org_units \d+/);
          expect(await rowCounts(fresh), `rows restored into ${fresh.kind}`).toEqual(counts);
          expect(await rollupTotals(fresh), `statistics rebuilt in ${fresh.kind}`).toEqual(rollups);

          await withDatabase(fresh, async (d) => {
            const app = await buildApp({ db: d.db, config: loadConfig({}), identityKey: randomBytes(32) });
            try {
              const demo = await login(app, 'admin', DEMO_PASSWORD);
              const found = await as(app, demo).get(`/api/units?q=${encodeURIComponent('Thành Sen')}`);
              expect(found.json().items.map((u: { name: string }) => u.name)).toContain('Phường Thành Sen');
              const imported = await as(app, demo).get('/api/units?q=97004');
              expect(imported.json().items[0]).toMatchObject({
                name: 'Phường Hai',
                pathNames: ['Toàn quốc', 'Tỉnh Dòng Lệnh'],
              });
              // Writes after a restore get fresh ids: the sequences were moved past the restored rows.
              const admin = await login(app, 'quantri', 'Quan-tri-2027');
              const [root] = (await as(app, admin).get('/api/units/roots')).json();
              const created = await as(app, admin).post('/api/units', {
                parentId: root.id,
                level: 'province',
                code: '99',
                name: 'Tỉnh Sau Khôi Phục',
              });
              expect(created.statusCode).toBe(201);
            } finally {
              await app.close();
            }
          });
        }
      },
      SLOW * 2,
    );

    it(
      'refuses to restore a file that is not a backup, and keeps the data',
      async () => {
        const before = await rowCounts(target);
        const text = join(dir, 'danh-muc.csv');
        const gz = join(dir, 'khac.jsonl.gz');
        await writeFile(gz, gzipSync('{"hello":"world"}\n'));
        for (const file of [text, gz]) {
          const r = await cli(target, ['restore', file]);
          expect(r.code).toBe(1);
          expect(r.stderr).toBe(`Lỗi: Tệp ${file} không phải bản sao lưu của Toàn Dân.\n`);
        }
        expect(await rowCounts(target)).toEqual(before);
      },
      SLOW,
    );

    it(
      'fails cleanly when the backup file does not exist',
      async () => {
        const missing = join(dir, 'khong-co.jsonl.gz');
        const r = await cli(target, ['restore', missing]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(/^Lỗi: .*khong-co\.jsonl\.gz/);
        expect(r.stderr).not.toMatch(STACK);
      },
      SLOW,
    );
  });
}
