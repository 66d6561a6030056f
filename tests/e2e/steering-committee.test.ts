import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, pickUnit, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * Steering Committees in the browser: an officer sets up the ward's committee,
 * adds a member, assigns her to a residential area, and the remediation plan
 * form of that area offers her as the responsible member.
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

async function choose(page: Page, testId: string, label: string) {
  await page.getByTestId(testId).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: label })
    .first()
    .click();
}

it('sets up a committee, adds and assigns a member, and sees her offered on the remediation plan', async () => {
  const page = await signInAs('canbo.thanhsen');
  await page.goto(`${server.url}/steering-committees`);
  // the demo seeds the ward's committee (one open committee per unit), so the journey opens it
  const existing = page.locator('[data-testid^="steering-committee-open-"]');
  await expect.poll(() => existing.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await existing.first().click();
  await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/steering-committees\/\d+$/);
  const committeeId = Number(page.url().split('/').at(-1));

  await page.getByTestId('committee-add-member').click();
  await page.getByTestId('field-fullName').fill('Lê Thị Hương');
  await choose(page, 'field-position', 'Thành viên');
  await page.getByTestId('committee-member-form').getByLabel('Cơ quan, tổ chức').fill('Hội LHPN phường');
  await page.getByTestId('committee-member-form-submit').click();
  await expect.poll(() => page.getByTestId('committee-members').textContent()).toContain('Lê Thị Hương');

  await page.getByTestId('committee-assign').click();
  await choose(page, 'field-member', 'Lê Thị Hương');
  await pickUnit(page, 'unit-field-units', 'Tổ dân phố 2', 'Tổ dân phố 2');
  await page.getByTestId('committee-assign-form-submit').click();
  await expect.poll(() => page.getByTestId('committee-assignments').textContent()).toContain('Tổ dân phố 2');
  await shot(page, 'steering-committee-detail');

  await page.goto(`${server.url}/steering-committees`);
  await expect.poll(() => page.getByTestId('steering-committee-table').textContent()).toContain('phường Thành Sen');
  await shot(page, 'steering-committee-list');

  const detail = await page.request.get(`${server.url}/api/steering-committees/${committeeId}`);
  const areaId = (await detail.json()).assignments.find(
    (a: { unit: { name: string } }) => a.unit.name === 'Tổ dân phố 2',
  ).unit.id as number;
  await page.goto(`${server.url}/evaluations/units/${areaId}/2026`);
  await expect.poll(() => page.getByTestId('remediation-create-form').isVisible(), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => page.getByTestId('remediation-member').textContent()).toContain('Lê Thị Hương');
  await page.getByTestId('remediation-create-form').scrollIntoViewIfNeeded();
  await shot(page, 'steering-committee-remediation-form');
});
