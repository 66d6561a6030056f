import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const repoRoot = new URL('../..', import.meta.url).pathname;

export type RunningServer = { url: string; stop(): Promise<void>; dataDir: string };

/** Starts the real server (`npm start`'s entry point) on a fresh demo database. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'toandan-e2e-'));
  const port = 3400 + Math.floor(Math.random() * 500);
  const child: ChildProcess = spawn(process.execPath, ['src/server/start.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!/đang chạy tại/.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Screenshots go to test-results/ so a person can look at what the journey saw. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(repoRoot, 'test-results', `${name}.png`), fullPage: true });
}

/** Chooses a unit in a UnitPicker (antd TreeSelect) by typing part of its name and clicking the match. */
export async function pickUnit(page: Page, testId: string, search: string, name: string) {
  const picker = page.getByTestId(testId);
  await picker.click();
  await picker.locator('input').fill(search);
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-title')
    .filter({ hasText: name })
    .first();
  await option.waitFor({ state: 'visible', timeout: 15_000 });
  await option.click();
}

/** The demo users' password (src/cli/demo-data.ts). */
export const DEMO_PASSWORD = 'ToanDan@2026';

/**
 * Logs a demo user in through the login page, in a browser context of its own
 * (desktop size unless told), and returns the page once it has left /login.
 * The context closes with the browser.
 */
export async function signIn(
  browser: Browser,
  url: string,
  username: string,
  viewport = { width: 1366, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.url()).not.toContain('/login');
  return page;
}
