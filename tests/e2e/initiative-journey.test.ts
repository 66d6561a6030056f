import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, pickUnit, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * Issue #5's initiative journey: the ward officer of Phường Thành Sen adds an
 * initiative in the ward, replicates it to Tổ dân phố 1, then to Tổ dân phố 2
 * taken from Tổ dân phố 1's point, and sees the chain nested that way.
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

/** The input of an antd control carrying the test id (on the input itself or on its wrapper). */
const input = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

async function pickDate(page: Page, testId: string, ddmmyyyy: string) {
  const box = input(page, testId);
  await box.click();
  await box.fill(ddmmyyyy);
  await box.press('Enter');
}

/** Chooses an option of an antd Select by its text. */
async function pickOption(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor({ state: 'visible', timeout: 15_000 });
  await option.click();
}

async function replicate(page: Page, area: string, from: string, date: string) {
  await page.getByTestId('initiative-replicate').click();
  await pickUnit(page, 'unit-field-unitId', area, area);
  await pickOption(page, 'replicate-from', from);
  await pickDate(page, 'replicate-date', date);
  await page.getByTestId('replicate-form-submit').click();
  await expect.poll(() => page.getByTestId('initiative-chain').textContent(), { timeout: 15_000 }).toContain(area);
}

/** Each tree line's text and depth (antd draws the tree flat, with one indent unit per level). */
const chainLines = (page: Page) =>
  page
    .getByTestId('initiative-chain')
    .locator('.ant-tree-treenode')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({
        depth: n.querySelectorAll('.ant-tree-indent-unit').length,
        unit: (n.querySelector('[data-testid="chain-unit"], [data-testid="chain-original"]')?.textContent ?? '').trim(),
      })),
    );

it('the ward officer adds an initiative, replicates it to two residential areas as a chain, and sees the chain', async () => {
  const page = await signInAs('canbo.thanhsen');
  await page.goto(`${server.url}/initiatives`);
  await page.getByTestId('initiative-new').click();
  await pickUnit(page, 'unit-field-unitId', 'Thành Sen', 'Phường Thành Sen');
  const form = page.getByTestId('initiative-form');
  await form.getByTestId('field-name').fill('Khu phố bình yên, không ma túy');
  await pickOption(page, 'field-type', 'Phòng, chống ma túy');
  await pickDate(page, 'field-started', '01/03/2026');
  await form.getByLabel('Cơ quan chủ trì').fill('Công an phường Thành Sen');
  await page.getByTestId('initiative-form-submit').click();
  await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/initiatives\/\d+$/);
  await expect.poll(() => page.getByTestId('initiative-title').textContent()).toBe('Khu phố bình yên, không ma túy');

  await replicate(page, 'Tổ dân phố 1', 'Nơi xây dựng', '01/06/2026');
  await replicate(page, 'Tổ dân phố 2', 'Tổ dân phố 1', '01/09/2026');

  await expect
    .poll(() => chainLines(page))
    .toEqual([
      { depth: 0, unit: 'Phường Thành Sen' },
      { depth: 1, unit: 'Tổ dân phố 1' },
      { depth: 2, unit: 'Tổ dân phố 2' },
    ]);
  // the first point moved the initiative to the replicated stage
  await expect.poll(() => page.locator('.ant-card-head').first().textContent()).toContain('Đã nhân rộng');
  await shot(page, 'initiative-chain');

  await page.goto(`${server.url}/initiatives`);
  await expect
    .poll(() => page.getByTestId('initiative-table').textContent(), { timeout: 15_000 })
    .toContain('Khu phố bình yên, không ma túy');
  await shot(page, 'initiative-list');

  // the points tab lists each point where it is, with the ward as the place the initiative was built
  await page.getByRole('tab', { name: 'Điểm nhân rộng' }).click();
  const points = page.getByTestId('initiative-points-table');
  await expect.poll(() => points.textContent(), { timeout: 15_000 }).toContain('Tổ dân phố 2');
  expect(await points.textContent()).toContain('Tổ dân phố 1');
  await shot(page, 'initiative-points');
});
