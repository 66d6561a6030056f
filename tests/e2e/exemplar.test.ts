import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, pickUnit, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * A registry page end to end, on the exemplar registry (the kernel every
 * registry shares): add a record through the form, find it without
 * diacritics, and see a bad import refused by row with nothing written.
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

it('an officer adds an exemplar, finds it typing without accents, and a bad import writes nothing', async () => {
  const page = await signInAs('canbo.thanhsen');
  await page.goto(`${server.url}/exemplars`);
  await page.getByTestId('exemplar-new').click();
  const form = page.getByTestId('exemplar-form');
  await pickUnit(page, 'unit-field-unitId', 'Thành Sen', 'Phường Thành Sen');
  await form.getByTestId('field-name').fill('Bà Trần Thị Lựu');
  await form.getByLabel('Thành tích').fill('Vận động 40 hộ tham gia mô hình camera an ninh');
  await page.getByTestId('exemplar-form-submit').click();
  await expect
    .poll(() => page.getByTestId('exemplar-drawer').textContent(), { timeout: 15_000 })
    .toContain('Bà Trần Thị Lựu');
  await page.keyboard.press('Escape');

  await page.getByTestId('exemplar-search').locator('input').fill('tran thi luu');
  await page.getByTestId('exemplar-search').locator('input').press('Enter');
  const table = page.getByTestId('exemplar-table');
  await expect.poll(() => table.textContent()).toContain('Bà Trần Thị Lựu');
  await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
  await shot(page, 'exemplar-list');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(['Cá nhân/Tập thể', 'Tên điển hình', 'Năm', 'Thành tích']);
  ws.addRow(['Cá nhân', 'Ông Lê Văn Tám', 2026, 'Tố giác tội phạm']);
  ws.addRow(['Hộ gia đình', 'Ông Lê Văn Chín', 2026, 'Tố giác tội phạm']);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  await page.getByTestId('exemplar-import').click();
  await pickUnit(page, 'registry-import-unit', 'Thành Sen', 'Phường Thành Sen');
  await page
    .getByTestId('registry-import-upload')
    .locator('input[type=file]')
    .setInputFiles({ name: 'dien-hinh.xlsx', mimeType: 'application/octet-stream', buffer: file });
  const errors = page.getByTestId('registry-import-errors');
  await expect.poll(() => errors.textContent(), { timeout: 15_000 }).toContain('Cá nhân/Tập thể');
  expect(await errors.locator('tbody tr').first().textContent()).toContain('3');
  await shot(page, 'exemplar-import-errors');
  await page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await page.getByTestId('exemplar-search').locator('input').fill('le van tam');
  await page.getByTestId('exemplar-search').locator('input').press('Enter');
  await expect.poll(() => table.textContent()).not.toContain('Lê Văn Tám');
});
