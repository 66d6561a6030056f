import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, shot, startServer } from './support.ts';

/**
 * The foundation journey: a commune police officer logs in, finds a unit of
 * their ward by typing without diacritics, opens it, is refused a unit of
 * another ward with a clear message, and logs out.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('lets a commune officer find and open units of their ward, and only those', async () => {
  await page.goto(`${server.url}/units`);
  await expect.poll(() => page.url()).toContain('/login');
  await expect.poll(() => page.getByRole('button', { name: 'Đăng nhập' }).isVisible()).toBe(true);
  await page.getByLabel('Tên đăng nhập').fill('canbo.thanhsen');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect
    .poll(() => page.getByTestId('login-error').textContent())
    .toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
  await page.getByLabel('Mật khẩu').fill('ToanDan@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.url()).toMatch(/\/units/);
  await expect.poll(() => page.getByTestId('unit-tree').textContent()).toContain('Phường Thành Sen');
  await shot(page, 'unit-access-1-tree');

  // Search without diacritics through the unit picker.
  const picker = page.getByTestId('unit-picker');
  await picker.click();
  await page.keyboard.type('to dan pho 1');
  const option = page.locator('.ant-select-dropdown').getByText('Tổ dân phố 1', { exact: false }).first();
  await expect.poll(() => option.isVisible(), { timeout: 10_000 }).toBe(true);
  await shot(page, 'unit-access-2-search');
  await option.click();
  await expect.poll(() => page.getByTestId('unit-name').textContent()).toBe('Tổ dân phố 1');
  await expect.poll(() => page.getByTestId('unit-breadcrumb').textContent()).toContain('Phường Thành Sen');
  await shot(page, 'unit-access-3-detail');

  // A ward the officer has no role on: the API refuses and the page says why.
  const other = await page.evaluate(async () => {
    const res = await fetch('/api/units?q=tran%20phu&level=commune');
    return res.json();
  });
  expect(other.total).toBe(0); // not even findable
  const tranPhuId = await idOfUnitAsAdmin(server.url, 'tran phu');
  await page.goto(`${server.url}/units/${tranPhuId}`);
  await expect
    .poll(() => page.getByTestId('forbidden').textContent())
    .toContain('Đơn vị này nằm ngoài phạm vi được phân quyền của bạn.');
  await shot(page, 'unit-access-4-forbidden');

  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await expect.poll(() => page.url()).toContain('/login');
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
  expect(me).toBe(401);
});

/** The id of a commune, looked up through the API as the demo admin. */
async function idOfUnitAsAdmin(url: string, q: string): Promise<number> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'ToanDan@2026' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const res = await fetch(`${url}/api/units?q=${encodeURIComponent(q)}&level=commune`, { headers: { cookie } });
  return (await res.json()).items[0].id;
}

it('finds Hà Tĩnh however it is typed, and switches to English', async () => {
  const admin = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await admin.goto(`${server.url}/login`);
  await admin.getByLabel('Tên đăng nhập').fill('admin');
  await admin.getByLabel('Mật khẩu').fill('ToanDan@2026');
  await admin.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => admin.url()).toMatch(/\/units/);
  for (const typed of ['ha tinh', 'Ha Tinh', 'Hà Tĩnh']) {
    const picker = admin.getByTestId('unit-picker');
    await picker.click();
    await admin.keyboard.press('Control+A');
    await admin.keyboard.type(typed);
    const option = admin.locator('.ant-select-dropdown').getByText('Tỉnh Hà Tĩnh', { exact: false }).first();
    await expect.poll(() => option.isVisible(), { timeout: 10_000 }).toBe(true);
    await admin.keyboard.press('Escape');
  }
  await admin.getByTestId('lang-switch').click();
  await expect.poll(() => admin.getByTestId('side-menu').textContent()).toContain('Units');
  await shot(admin, 'unit-access-5-english');
  await admin.close();
});
