import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { backupTo } from '../../../cli/backup.ts';
import type { SubmitReportData } from '../../../common/public-report/schemas.ts';
import { queryRows } from '../../../db/client.ts';
import { auditLog, citizenReports } from '../../../db/schema/index.ts';
import { decryptIdentity } from '../../crypto/identity.ts';
import { buildProvince } from '../../test/factories.ts';
import { describeOnEachDb, testIdentityKey } from '../../test/harness.ts';
import { freshIp, multipart, type Part, samples, solvedPow, TEST_POW_DIFFICULTY } from './test-support.ts';

process.env.POW_DIFFICULTY = TEST_POW_DIFFICULTY;

const PHONE = '0912345678';
const NAME = 'Nguyễn Văn Tố Giác';

describeOnEachDb('public report', (env) => {
  let province: Awaited<ReturnType<typeof buildProvince>>;
  beforeAll(async () => {
    province = await buildProvince(env().database.db);
  });

  const base = (over: Partial<SubmitReportData> = {}): Omit<SubmitReportData, 'pow'> => ({
    type: 'tip',
    kind: 'denunciation',
    category: 'drugs',
    description: 'Có người tụ tập sử dụng ma túy tại căn nhà cuối ngõ vào ban đêm.',
    occurredOn: '2026-11-20',
    occurredTime: '22:15',
    unitId: province.b.commune.id,
    address: 'Ngõ 5, thôn Hai',
    anonymous: true,
    ...over,
  });

  async function submit(
    data: Omit<SubmitReportData, 'pow'>,
    files: Part[] = [],
    opts: { ip?: string; pow?: unknown } = {},
  ) {
    const pow = 'pow' in opts ? opts.pow : await solvedPow(env().app);
    const body = multipart([{ name: 'data', value: JSON.stringify({ ...data, pow }) }, ...files]);
    return env().app.inject({
      method: 'POST',
      url: '/api/public/reports',
      remoteAddress: opts.ip ?? freshIp(),
      ...body,
    });
  }
  const count = async () => {
    const [r] = await queryRows<{ n: number; f: number }>(
      env().database.db,
      // only this file's province: other files write reports to the shared PostgreSQL meanwhile
      sql`select (select count(*)::int from citizen_reports where unit_path like ${`${province.province.path}%`}) as n,
                 (select count(*)::int from citizen_report_files f join citizen_reports r on r.id = f.report_id
                   where r.unit_path like ${`${province.province.path}%`}) as f`,
    );
    return r!;
  };

  it('lists provinces and the communes of one, without login', async () => {
    const { app } = env();
    const provinces = await app.inject({ method: 'GET', url: '/api/public/units', remoteAddress: freshIp() });
    expect(provinces.statusCode).toBe(200);
    expect(provinces.json().some((u: { id: number }) => u.id === province.province.id)).toBe(true);
    const communes = await app.inject({
      method: 'GET',
      url: `/api/public/units?parentId=${province.province.id}`,
      remoteAddress: freshIp(),
    });
    expect(
      communes
        .json()
        .map((u: { name: string }) => u.name)
        .sort(),
    ).toEqual([province.a.commune.name, province.b.commune.name].sort());
    // a commune's internals (residential areas, schools) are not a form's business
    const inside = await app.inject({
      method: 'GET',
      url: `/api/public/units?parentId=${province.a.commune.id}`,
      remoteAddress: freshIp(),
    });
    expect(inside.json()).toEqual([]);
  });

  it('routes an anonymous tip to the commune of the event, with a receipt, due date and files', async () => {
    const before = await count();
    const res = await submit(base(), [{ name: 'files', fileName: 'anh.png', type: 'image/png', data: samples.png }]);
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json();
    expect(out.receiptCode).toMatch(/^TD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(out.secret).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(out.unitName).toBe(province.b.commune.name);
    expect(out.dueOn).toBe('2026-12-13'); // 23/11 + 20 days (CPC Art. 147)
    const [row] = await env()
      .database.db.select()
      .from(citizenReports)
      .where(eq(citizenReports.receiptCode, out.receiptCode));
    expect(row!.unitId).toBe(province.b.commune.id);
    expect(row!.unitPath).toBe(province.b.commune.path);
    expect(row!.reporterEnc).toBeNull();
    expect(row!.secretHash).not.toContain(out.secret);
    expect(await count()).toEqual({ n: before.n + 1, f: before.f + 1 });
    const [audit] = await env()
      .database.db.select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'citizenReport'), eq(auditLog.targetId, String(row!.id))));
    expect(audit!.action).toBe('report.submitted');
    expect(audit!.ip).toBeNull();
  });

  it('keeps the identity encrypted: neither the rows, the audit log nor a backup show it in clear', async () => {
    const contact = { name: NAME, phone: PHONE, email: 'to.giac@example.vn', idNumber: '001099012345' };
    const res = await submit(
      base({ type: 'petition', kind: 'accusation', category: 'officials', anonymous: false, contact }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { db } = env().database;
    const [row] = await db.select().from(citizenReports).where(eq(citizenReports.receiptCode, res.json().receiptCode));
    expect(row!.anonymous).toBe(false);
    expect(decryptIdentity(testIdentityKey, row!.reporterEnc!)).toMatchObject(contact);
    const secrets = [PHONE, NAME, 'to.giac@example.vn', '001099012345'];
    const hexes = secrets.map((s) => Buffer.from(s).toString('hex'));
    const dumped = (
      await queryRows<{ j: string }>(
        db,
        sql`select row_to_json(r)::text as j from citizen_reports r where r.id = ${row!.id}
            union all select row_to_json(a)::text from audit_log a where a.target_type = 'citizenReport' and a.target_id = ${String(row!.id)}
            union all select row_to_json(e)::text from citizen_report_events e where e.report_id = ${row!.id}`,
      )
    )
      .map((r) => r.j)
      .join('\n');
    expect(dumped).toContain(res.json().receiptCode);
    for (const s of [...secrets, ...hexes]) expect(dumped).not.toContain(s);
    if (env().kind === 'pglite') {
      // the backup CLI's own output (the shared PostgreSQL holds every test file's data, so only on the private clone)
      const dir = mkdtempSync(join(tmpdir(), 'td-backup-'));
      try {
        await backupTo(db, join(dir, 'b.jsonl.gz'));
        const text = gunzipSync(readFileSync(join(dir, 'b.jsonl.gz'))).toString('utf8');
        expect(text).toContain(res.json().receiptCode);
        for (const s of [...secrets, ...hexes]) expect(text).not.toContain(s);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('refuses bad input with field messages in Vietnamese and writes nothing', async () => {
    const before = await count();
    const res = await submit(
      base({
        kind: 'complaint',
        description: 'ngắn quá',
        anonymous: false,
        contact: { name: 'A' },
        occurredOn: '2026-12-01',
      }),
    );
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body.kind', 'body.description', 'body.contact.phone']));
    expect(res.json().errors.find((e: { path: string }) => e.path === 'body.description').message).toContain(
      '20 ký tự',
    );
    const future = await submit(base({ occurredOn: '2026-12-01' }));
    expect(future.json().errors).toEqual([
      { path: 'body.occurredOn', message: expect.stringContaining('sau ngày hôm nay') },
    ]);
    // a residential area or a school is not a commune
    const area = await submit(base({ unitId: province.a.areas[0]!.id }));
    expect(area.statusCode).toBe(422);
    expect(area.json().errors[0].path).toBe('body.unitId');
    expect(await count()).toEqual(before);
  });

  it('refuses bad files by their content, naming the file, and writes nothing', async () => {
    const before = await count();
    const renamed = await submit(base(), [
      { name: 'files', fileName: 'anh-that.jpg', type: 'image/jpeg', data: samples.text },
    ]);
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().title).toContain('anh-that.jpg');
    const empty = await submit(base(), [
      { name: 'files', fileName: 'rong.pdf', type: 'application/pdf', data: Buffer.alloc(0) },
    ]);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().title).toContain('rong.pdf');
    const big = Buffer.concat([samples.pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const large = await submit(base(), [
      { name: 'files', fileName: 'ok.png', type: 'image/png', data: samples.png },
      { name: 'files', fileName: 'qua-lon.pdf', type: 'application/pdf', data: big },
    ]);
    expect(large.statusCode).toBe(413);
    expect(large.json().title).toContain('qua-lon.pdf');
    const six = await submit(
      base(),
      Array.from({ length: 6 }, (_, i) => ({
        name: 'files',
        fileName: `${i}.pdf`,
        type: 'application/pdf',
        data: samples.pdf,
      })),
    );
    expect(six.statusCode).toBe(413);
    expect(await count()).toEqual(before);
  });

  it('refuses a missing, forged, expired or replayed proof of work', async () => {
    const { app, clock } = env();
    const before = await count();
    const missing = await submit(base(), [], { pow: null });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0].path).toBe('body.pow');
    const good = await solvedPow(app);
    const forged = await submit(base(), [], { pow: { token: `${good.token.split('.')[0]}.AAAA`, nonce: good.nonce } });
    expect(forged.statusCode).toBe(400);
    // a wrong nonce: almost surely not enough zero bits (1 in 16 chance at difficulty 4), so find one that fails
    let bad = 0;
    while (true) {
      const { createHash } = await import('node:crypto');
      const h = createHash('sha256').update(`${good.token}:x${bad}`).digest();
      if (h[0]! >= 16) break;
      bad++;
    }
    expect((await submit(base(), [], { pow: { token: good.token, nonce: `x${bad}` } })).statusCode).toBe(400);
    expect(await count()).toEqual(before);
    const first = await submit(base(), [], { pow: good });
    expect(first.statusCode).toBe(201);
    const replay = await submit(base(), [], { pow: good });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().title).toContain('đã được dùng');
    const old = await solvedPow(app);
    clock.advance(11 * 60 * 1000);
    try {
      const expired = await submit(base(), [], { pow: old });
      expect(expired.statusCode).toBe(400);
      expect(expired.json().title).toContain('hết hạn');
    } finally {
      clock.advance(-11 * 60 * 1000);
    }
    expect((await count()).n).toBe(before.n + 1);
  });

  it('limits submissions per address: the sixth in ten minutes gets 429 in Vietnamese', async () => {
    const ip = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await submit(base(), [], { ip })).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
    const res = await submit(base(), [], { ip });
    expect(res.json().title).toContain('quá nhiều yêu cầu');
  });

  it('lets the citizen follow up with code and secret; a wrong secret and an unknown code look the same', async () => {
    const { app } = env();
    const sent = (await submit(base())).json();
    const look = (code: string, secret: string) =>
      app.inject({
        method: 'POST',
        url: '/api/public/reports/lookup',
        payload: { code, secret },
        remoteAddress: freshIp(),
      });
    const ok = await look(sent.receiptCode.toLowerCase().replaceAll('-', ' '), sent.secret.replaceAll('-', ''));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: 'received',
      unitName: province.b.commune.name,
      dueOn: sent.dueOn,
      messages: [],
    });
    const wrongSecret = await look(sent.receiptCode, 'AAAA-BBBB-CCCC-DDDD');
    const unknown = await look('TD-2222-2222', sent.secret);
    expect(wrongSecret.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(wrongSecret.body).toBe(unknown.body);

    const add = multipart([
      { name: 'code', value: sent.receiptCode },
      { name: 'secret', value: sent.secret },
      { name: 'message', value: 'Tối qua lại thấy thêm hai người lạ ra vào.' },
      { name: 'files', fileName: 'bo-sung.pdf', type: 'application/pdf', data: samples.pdf },
    ]);
    const added = await app.inject({
      method: 'POST',
      url: '/api/public/reports/add',
      remoteAddress: freshIp(),
      ...add,
    });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().messages).toEqual([
      expect.objectContaining({ author: 'citizen', body: expect.stringContaining('hai người lạ') }),
    ]);
    expect(added.json().files.map((f: { fileName: string }) => f.fileName)).toEqual(['bo-sung.pdf']);

    const wrong = multipart([
      { name: 'code', value: sent.receiptCode },
      { name: 'secret', value: 'AAAA-BBBB-CCCC-DDDD' },
      { name: 'message', value: 'thử' },
    ]);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/public/reports/add',
      remoteAddress: freshIp(),
      ...wrong,
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().title).toBe(unknown.json().title);
  });

  it('limits look-ups per address', async () => {
    const ip = freshIp();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push(
        (
          await env().app.inject({
            method: 'POST',
            url: '/api/public/reports/lookup',
            payload: { code: 'TD-2222-2222', secret: 'x' },
            remoteAddress: ip,
          })
        ).statusCode,
      );
    expect(codes.slice(0, 10).every((c) => c === 404)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});
