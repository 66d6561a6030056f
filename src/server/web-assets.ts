import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = new URL('../..', import.meta.url).pathname;
/** Where the built web app lives; WEB_DIR moves it (several checkouts or test runs building at once). */
export const webDir = process.env.WEB_DIR ?? join(repoRoot, 'dist/web');
const sources = ['src/web', 'src/common', 'vite.config.ts', 'package.json'].map((p) => join(repoRoot, p));

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/web is missing or older than any web source. */
export function webAssetsStale(): boolean {
  const index = join(webDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sources.some((s) => newestMtime(s) > built);
}

/** Builds the web app with Vite (only when stale), so `npm start` is enough on a fresh clone. */
export async function ensureWebAssets(log: (msg: string) => void): Promise<void> {
  if (!webAssetsStale()) return;
  log('Đang dựng giao diện web (lần đầu hoặc mã nguồn đã thay đổi)…');
  const { build } = await import('vite');
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
}
