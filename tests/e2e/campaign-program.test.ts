import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, pickUnit, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * Campaigns and coordination programmes in the browser: a Front officer of
 * Phường Thành Sen records a campaign and sees it in the list, then adds an
 * activity to the ward's coordination programme and sees it on its page.
 */
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signInAs = (username: string) => signIn(browser, server.url, username);

/** Calls the API in the signed-in page (its cookie and CSRF token), for setting up data. */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const res = await page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/auth/me')).json();
      const r = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: r.status, json: await r.json() };
    },
    { method, path, body },
  );
  expect(res.status, JSON.stringify(res.json)).toBeLessThan(300);
  return res.json as T;
}

async function typeDate(page: Page, testId: string, ddmmyyyy: string) {
  // antd puts the test id on the input itself (DatePicker) or on a wrapper
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

it('a Front officer records a campaign and sees it in the list and its drawer', async () => {
  const page = await signInAs('mattran.thanhsen');
  await page.goto(`${server.url}/campaigns`);
  await page.getByTestId('campaign-new').click();
  const form = page.getByTestId('campaign-form');
  await pickUnit(page, 'unit-field-unitId', 'Thành Sen', 'Phường Thành Sen');
  await form.getByTestId('field-title').fill('Ngày hội toàn dân bảo vệ ANTQ phường Thành Sen 2026');
  await form.getByTestId('field-kind').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Ngày hội toàn dân' }).click();
  await typeDate(page, 'field-heldOn', '15/08/2026');
  await page
    .locator('input[data-testid="field-participants"], [data-testid="field-participants"] input')
    .first()
    .fill('1250');
  await page.getByTestId('campaign-form-submit').click();
  const drawer = page.getByTestId('campaign-drawer');
  await expect.poll(() => drawer.textContent(), { timeout: 15_000 }).toContain('1.250');
  await shot(page, 'campaign-detail');
  await page.keyboard.press('Escape');

  await page.getByTestId('campaign-search').locator('input').fill('phuong thanh sen 2026');
  await page.getByTestId('campaign-search').locator('input').press('Enter');
  const table = page.getByTestId('campaign-table');
  await expect.poll(() => table.textContent()).toContain('Ngày hội toàn dân bảo vệ ANTQ phường Thành Sen 2026');
  await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
  expect(await table.textContent()).toContain('15/08/2026');
  await shot(page, 'campaign-list');
});

it('adds an activity to a coordination programme and sees it, overdue ones flagged', async () => {
  const page = await signInAs('mattran.thanhsen');
  const ward = (await call<{ items: { id: number }[] }>(page, 'GET', '/api/units?q=thanh%20sen&level=commune'))
    .items[0]!;
  const program = await call<{ id: number; version: number }>(page, 'POST', '/api/coordination-programs', {
    unitId: ward.id,
    number: '02/CTrPH-CAP-MTTQ',
    title: 'Chương trình phối hợp xây dựng khu dân cư an toàn về ANTT',
    parties: ['Công an phường', 'Ủy ban MTTQ Việt Nam phường', 'Hội Cựu chiến binh phường'],
    signedOn: '2025-03-01',
    periodFrom: 2025,
    periodTo: 2030,
    level: 'commune',
  });
  const withReview = await call<{ version: number }>(page, 'POST', `/api/coordination-programs/${program.id}/reviews`, {
    version: program.version,
    kind: 'interim',
    heldOn: '2025-12-20',
    summary: 'Sơ kết năm 2025: 12/12 tổ dân phố triển khai.',
  });
  await call(page, 'POST', `/api/coordination-programs/${program.id}/activities`, {
    version: withReview.version,
    title: 'Tập huấn kỹ năng cho tổ bảo vệ ANTT',
    responsibleParty: 'Công an phường',
    dueOn: '2025-09-30',
  });

  await page.goto(`${server.url}/coordination-programs`);
  const list = page.getByTestId('program-table');
  await expect.poll(() => list.textContent(), { timeout: 15_000 }).toContain('02/CTrPH-CAP-MTTQ');
  await shot(page, 'program-list');
  await list.getByRole('link', { name: '02/CTrPH-CAP-MTTQ' }).click();
  await expect.poll(() => page.getByTestId('program-page').textContent()).toContain('Sơ kết');

  await page.getByTestId('activity-add').click();
  const form = page.getByTestId('activity-form');
  await form.getByTestId('field-activity-title').fill('Tuyên truyền phòng, chống lừa đảo qua mạng tại 12 tổ dân phố');
  await form.getByTestId('field-responsibleParty').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'Hội Cựu chiến binh phường' }).click();
  await typeDate(page, 'field-dueOn', '31/12/2030');
  await page.getByTestId('activity-form-submit').click();
  const activities = page.getByTestId('activity-table');
  await expect.poll(() => activities.textContent(), { timeout: 15_000 }).toContain('lừa đảo qua mạng');
  // the earlier activity is past its due date and still planned
  expect(await activities.textContent()).toContain('Quá hạn');
  await shot(page, 'program-detail');
});
