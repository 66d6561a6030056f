import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
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

  // the ward's report for 2025, from the dashboard's button, with an edited paragraph
  await page.goBack();
  await page.getByTestId('statistics-report-link').click();
  await expect.poll(() => page.getByTestId('report-from').inputValue()).toBe('2025');
  await page.getByTestId('report-generate').click();
  const situation = page.getByTestId('report-text-situation');
  await expect.poll(() => situation.count()).toBe(1);
  await situation.fill('Tình hình an ninh, trật tự trên địa bàn phường năm 2025 ổn định; nhân dân tích cực tham gia.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
  const file = join(outDir, 'statistics-report.docx');
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('nhân dân tích cực tham gia');
  // the campaigns figure of the dashboard, in the report, written the Vietnamese way
  expect(text).toContain(`${shown(participants2025(ward))} lượt người`);
  await shot(page, 'statistics-report');

  // page 1 as LibreOffice prints it (Decree 30 layout), where LibreOffice is installed
  if (existsSync('/usr/bin/soffice')) {
    execFileSync('bash', [join(repoRoot, 'scripts/docx-to-png.sh'), file, outDir], { stdio: 'pipe', timeout: 120_000 });
    expect(existsSync(join(outDir, 'statistics-report-1.png'))).toBe(true);
  }
});

const repoRoot = new URL('../..', import.meta.url).pathname;
const outDir = join(repoRoot, 'test-results');
const participants2025 = (f: FiguresResult) => f.figures.find((x) => x.code === 'campaignParticipants')!.value!;
