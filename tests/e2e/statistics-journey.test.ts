import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FiguresResult } from '../../src/common/statistics/schemas.ts';
import { launchBrowser, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * The statistics dashboard in the browser: the provincial officer opens
 * Hà Tĩnh's figures for 2025, drills down to Phường Thành Sen from the table
 * of child units, then from a key figure to the records behind it.
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

/** The API's figures for 2025 (default unit: the caller's top unit), to compare with what the page shows. */
const figuresOf = (page: Page, unitId?: number) =>
  page.evaluate(
    async (id) => (await fetch(`/api/statistics/figures?from=2025${id ? `&unitId=${id}` : ''}`)).json(),
    unitId,
  ) as Promise<FiguresResult>;
const shown = (n: number) => n.toLocaleString('vi-VN');

it('drills from the province to a ward and to the campaigns behind a figure', async () => {
  const page = await signIn(browser, server.url, 'canbo.tinh');
  await page.goto(`${server.url}/statistics?from=2025`);
  await expect.poll(() => page.getByTestId('statistics-title').textContent()).toContain('Tỉnh Hà Tĩnh – năm 2025');

  const province = await figuresOf(page);
  const participants = province.figures.find((f) => f.code === 'campaignParticipants')!.value!;
  expect(participants).toBeGreaterThan(1000);
  await expect
    .poll(() => page.getByTestId('figure-value-campaignParticipants').textContent())
    .toBe(shown(participants));
  await expect.poll(() => page.getByTestId('trend-chart').locator('canvas').count()).toBeGreaterThan(0);
  await shot(page, 'statistics-province');

  // drill: the ward from the table of child units
  await page.getByTestId('statistics-breakdown').getByText('Phường Thành Sen', { exact: true }).click();
  await expect.poll(() => page.getByTestId('statistics-title').textContent()).toContain('Phường Thành Sen – năm 2025');
  const wardId = Number(new URL(page.url()).searchParams.get('unitId'));
  const ward = await figuresOf(page, wardId);
  const campaigns = ward.figures.find((f) => f.code === 'campaigns')!.value!;
  expect(campaigns).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('figure-value-campaigns').textContent()).toBe(shown(campaigns));
  await expect.poll(() => page.getByTestId('dashboard-breadcrumb').textContent()).toContain('Tỉnh Hà Tĩnh');
  await shot(page, 'statistics-ward');

  // drill: the records behind the figure
  await page.getByTestId('figure-campaigns').click();
  await expect.poll(() => page.url()).toContain(`/campaigns?unitId=${wardId}&from=2025-01-01&to=2025-12-31`);
  // the list shows exactly the records the figure counts (the ward's campaigns held in 2025, open or closed)
  const rows = page.getByTestId('campaign-table').locator('.ant-table-row');
  await expect.poll(() => rows.count()).toBe(Math.min(campaigns, 20));
  await shot(page, 'statistics-records');
});
