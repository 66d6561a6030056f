/**
 * Fails when the Drizzle schema and the committed migrations disagree: runs
 * `drizzle-kit generate` into a scratch copy and checks it writes nothing new.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'toandan-drift-'));
try {
  const out = join(scratch, 'migrations');
  cpSync(join(root, 'src/db/migrations'), out, { recursive: true });
  const config = join(scratch, 'drizzle.config.mjs');
  writeFileSync(
    config,
    `export default { dialect: 'postgresql', schema: ${JSON.stringify(join(root, 'src/db/schema/index.ts'))}, out: ${JSON.stringify(out)} };\n`,
  );
  const before = readdirSync(out).length;
  execFileSync(join(root, 'node_modules/.bin/drizzle-kit'), ['generate', '--config', config], { stdio: 'pipe' });
  const added = readdirSync(out).length - before;
  if (added > 0) {
    console.error('Lệch migration: schema Drizzle đã đổi mà chưa chạy `npm run db:generate`.');
    process.exit(1);
  }
  console.log('Migration khớp với schema.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
