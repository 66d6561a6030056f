import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, shot, startServer } from './support.ts';

/**
 * The criteria-set journey: a province's admin downloads the template, edits
 * it in Excel, imports it (a bad row is refused and listed, nothing written),
 * sees that the points do not add up, fixes them in the editor and activates
 * the set, which then becomes read-only.
 */
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

it('imports a score sheet, shows the issue, lets the admin fix the points and activate', async () => {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('ToanDan@2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.url()).not.toContain('/login');

  await page.goto(`${server.url}/criteria-sets`);
  await expect.poll(() => page.getByTestId('criteria-sets').textContent()).toContain('qd510-2022-commune');
  const sampleTag = page.locator('[data-provenance="sample"]').first();
  await expect.poll(() => sampleTag.textContent()).toBe('Mẫu – chưa xác minh');
  await shot(page, 'criteria-1-list');

  // The template, as a user would fill it in Excel.
  const template = await (await page.request.get(`${server.url}/api/criteria-sets/template.xlsx`)).body();
  const edit = async (change: (wb: ExcelJS.Workbook) => void) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    wb.getWorksheet('Thông tin')!.getRow(3).getCell(2).value = 'e2e-khu-dan-cu';
    wb.getWorksheet('Thông tin')!.getRow(4).getCell(2).value = 'Bộ tiêu chí khu dân cư thử nghiệm';
    change(wb);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };
  const criteria = (wb: ExcelJS.Workbook) => wb.getWorksheet('Tiêu chí')!;
  const bad = await edit((wb) => {
    criteria(wb).getRow(2).getCell(3).value = 'mười';
  });
  const short = await edit((wb) => {
    criteria(wb).getRow(2).getCell(3).value = 9;
    criteria(wb).getRow(3).getCell(3).value = 3;
  });

  await page.getByTestId('open-import').click();
  const input = page.locator('[data-testid="criteria-import-upload"] input[type=file]');
  await input.setInputFiles({ name: 'bo-tieu-chi.xlsx', mimeType: XLSX, buffer: bad });
  await expect.poll(() => page.getByTestId('import-row-errors').textContent()).toContain('"mười" không hợp lệ');
  await shot(page, 'criteria-2-import-errors');

  await input.setInputFiles({ name: 'bo-tieu-chi.xlsx', mimeType: XLSX, buffer: short });
  await expect.poll(() => page.url()).toMatch(/\/criteria-sets\/\d+$/);
  await expect
    .poll(() => page.getByTestId('issues-activate').textContent())
    .toContain('Tổng điểm chuẩn các tiêu chí phải bằng 100 (hiện là 99).');
  await expect.poll(() => page.getByTestId('running-total').textContent()).toBe('99 / 100');
  expect(await page.getByTestId('activate-set').isDisabled()).toBe(true);
  await shot(page, 'criteria-3-imported');

  // Sub-item 1.1 back to 4 points: the criterion and the total follow.
  await page.getByTestId('item-0-0-points').fill('4');
  await page.getByTestId('item-0-0-points').blur();
  await expect.poll(() => page.getByTestId('running-total').textContent()).toBe('100 / 100');
  await expect.poll(() => page.getByTestId('no-issues').isVisible()).toBe(true);
  await page.getByTestId('save-set').click();
  await expect.poll(() => page.getByTestId('activate-set').isEnabled()).toBe(true);
  await page.getByTestId('activate-set').click();
  await page.getByRole('button', { name: /OK|Đồng ý/ }).click();
  await expect.poll(() => page.getByTestId('set-status').textContent()).toBe('Đang sử dụng');
  await expect.poll(() => page.getByTestId('read-only').isVisible()).toBe(true);
  await expect.poll(() => page.getByTestId('criteria-table').textContent()).toContain('Tổng điểm chuẩn100');
  await shot(page, 'criteria-4-active');
});
