import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from './client.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it('refuses a PGlite folder that a running process holds, and takes over a dead one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'toandan-lock-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'toandan.lock'), String(process.ppid));
  await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`đang được tiến trình ${process.ppid} sử dụng`);
  writeFileSync(join(dir, 'toandan.lock'), '2147483646');
  const d = await openDatabase({ dataDir: dir });
  await d.close();
});
