import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * Issue #6's periodic entry journey: the Thành Sen ward officer fills in the
 * second quarter of 2026, is told that more cases cannot be cleared than
 * occurred, corrects it and submits; the province officer sees the ward
 * waiting in the list of communes, opens it and approves it.
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

const status = (page: Page) => page.getByTestId('entry-form').getByTestId('entry-status').getAttribute('data-status');

/** The input of an antd InputNumber carrying the test id (on the input itself or around it). */
const valueInput = (page: Page, code: string) =>
  page.locator(`input[data-testid="entry-value-${code}"], [data-testid="entry-value-${code}"] input`).first();

async function fill(page: Page, code: string, value: string) {
  const input = valueInput(page, code);
  await input.fill(value);
  await input.blur();
}

it('a ward enters and submits its quarter, the province approves it', async () => {
  const ward = await signIn(browser, server.url, 'canbo.thanhsen');
  await ward.goto(`${server.url}/statistics/entry?period=2026Q2`);
  await expect.poll(() => status(ward), { timeout: 20_000 }).toBe('notStarted');
  const inputs = ward.locator('[data-testid^="entry-value-"]');
  const codes = await inputs.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(12)));
  expect(codes.length).toBeGreaterThan(10);
  for (const code of codes) await fill(ward, code, code === 'crimeDamageVnd' ? '125.000.000' : '1');
  await fill(ward, 'crimeCases', '12');
  await fill(ward, 'crimeCasesCleared', '15');
  await ward.getByTestId('entry-save').click();
  await expect
    .poll(() => ward.getByTestId('entry-error-crimeCasesCleared').textContent(), { timeout: 15_000 })
    .toContain('Không được lớn hơn');
  await shot(ward, 'statistics-entry-error');
  await fill(ward, 'crimeCasesCleared', '9');
  await ward.getByTestId('entry-submit').click();
  await expect.poll(() => status(ward), { timeout: 15_000 }).toBe('submitted');
  expect(await valueInput(ward, 'crimeDamageVnd').inputValue()).toBe('125.000.000');

  const province = await signIn(browser, server.url, 'canbo.tinh');
  await province.goto(`${server.url}/statistics/entry?period=2026Q2`);
  const list = province.getByTestId('entry-completeness');
  await list.getByText('Phường Thành Sen').waitFor({ timeout: 20_000 });
  await shot(province, 'statistics-entry-province');
  await list.getByText('Phường Thành Sen').click();
  await expect.poll(() => status(province), { timeout: 15_000 }).toBe('submitted');
  await province.getByTestId('entry-approve').click();
  await expect.poll(() => status(province), { timeout: 15_000 }).toBe('approved');
  await shot(province, 'statistics-entry-approved');
});

/** The period's figures as a user fills in the template: code, name, measure, value (a value may be broken). */
async function figuresWorkbook(codes: string[], broken: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(['Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị']);
  for (const code of codes) ws.addRow([code, '', '', code === 'crimeDeaths' && broken ? 'hai' : '2']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

it('imports a quarter from Excel: a bad row is listed and nothing written, the fixed file fills the form', async () => {
  const ward = await signIn(browser, server.url, 'canbo.thanhsen');
  await ward.goto(`${server.url}/statistics/entry?period=2026Q3`);
  await expect.poll(() => status(ward), { timeout: 20_000 }).toBe('notStarted');
  const codes = await ward
    .locator('[data-testid^="entry-value-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(12)));
  const upload = async (broken: boolean) => {
    await ward
      .getByTestId('entry-import-upload')
      .locator('input[type=file]')
      .setInputFiles({
        name: 'so-lieu.xlsx',
        mimeType: 'application/octet-stream',
        buffer: await figuresWorkbook(codes, broken),
      });
  };
  await ward.getByTestId('entry-import').click();
  await upload(true);
  const errors = ward.getByTestId('entry-import-errors');
  await expect.poll(() => errors.textContent(), { timeout: 15_000 }).toContain('Giá trị');
  await shot(ward, 'statistics-entry-import-errors');
  expect(await status(ward)).toBe('notStarted');
  await upload(false);
  await expect.poll(() => status(ward), { timeout: 15_000 }).toBe('draft');
  expect(await valueInput(ward, 'crimeDeaths').inputValue()).toBe('2');
});
