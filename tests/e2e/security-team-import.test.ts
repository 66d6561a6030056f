import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, pickUnit, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * Issue #5's security-team journey: a ward officer creates a team, adds its
 * leader, then imports 500 members from Excel. With one bad row (row 251)
 * the page names the row and column and nothing is written; the fixed file
 * adds all 500.
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

/** 500 members (deputies and members; the leader is already in the team); row 251 of the sheet may be broken. */
async function membersWorkbook(badRow: boolean) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  ws.addRow(['Họ và tên', 'Giới tính', 'Năm sinh', 'Chức danh', 'Ngày tham gia', 'Đào tạo, huấn luyện']);
  for (let i = 1; i <= 500; i++) {
    const sheetRow = i + 1;
    ws.addRow([
      `Thành viên nhập số ${i}`,
      i % 3 === 0 ? 'Nữ' : 'Nam',
      1970 + (i % 30),
      i <= 2 ? 'Tổ phó' : 'Tổ viên',
      badRow && sheetRow === 251 ? '31/02/2025' : '01/07/2025',
      'Tập huấn 2025',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, file: Buffer) {
  await page.getByTestId('member-import').click();
  await page
    .getByTestId('registry-import-upload')
    .locator('input[type=file]')
    .setInputFiles({ name: 'thanh-vien.xlsx', mimeType: 'application/octet-stream', buffer: file });
}

it('imports 500 members into a ward team: one bad row writes nothing, the fixed file adds them all', async () => {
  const page = await signInAs('canbo.thanhsen');
  await page.goto(`${server.url}/security-teams`);
  await page.getByTestId('security-team-new').click();
  const form = page.getByTestId('security-team-form');
  await pickUnit(page, 'unit-field-unitId', 'Thành Sen', 'Phường Thành Sen');
  await form.getByTestId('field-name').fill('Tổ bảo vệ ANTT liên tổ dân phố 1–2');
  await form.getByLabel('Ngày thành lập').fill('01/07/2024');
  await form.getByLabel('Ngày thành lập').press('Enter');
  await form.getByTestId('field-covered').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
  await page.keyboard.press('Escape');
  await page.getByTestId('security-team-form-submit').click();
  await expect
    .poll(() => page.getByTestId('security-team-name').textContent(), { timeout: 15_000 })
    .toBe('Tổ bảo vệ ANTT liên tổ dân phố 1–2');

  await page.getByTestId('member-new').click();
  await page.getByTestId('member-form').getByTestId('field-fullName').fill('Nguyễn Văn Trưởng');
  await page.getByTestId('field-role').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByText('Tổ trưởng').click();
  await page.getByTestId('member-form-submit').click();
  const count = page.getByTestId('security-team-count');
  await expect.poll(() => count.textContent(), { timeout: 15_000 }).toBe('1');

  await upload(page, await membersWorkbook(true));
  const errors = page.getByTestId('registry-import-errors');
  await expect.poll(() => errors.textContent(), { timeout: 30_000 }).toContain('Ngày tham gia');
  const first = errors.locator('tbody tr').first();
  expect(await first.locator('td').nth(0).textContent()).toBe('251');
  expect(await first.locator('td').nth(1).textContent()).toBe('Ngày tham gia');
  await shot(page, 'security-team-import-errors');
  await page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await page.reload();
  await expect.poll(() => count.textContent(), { timeout: 15_000 }).toBe('1');

  await upload(page, await membersWorkbook(false));
  await expect
    .poll(() => page.getByTestId('registry-import-done').textContent(), { timeout: 30_000 })
    .toContain('thêm mới 500');
  await page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
  await expect.poll(() => count.textContent(), { timeout: 15_000 }).toBe('501');
  await shot(page, 'security-team-imported');

  await page.goto(`${server.url}/security-teams`);
  await page.getByTestId('security-team-search').locator('input').fill('lien to dan pho');
  await page.getByTestId('security-team-search').locator('input').press('Enter');
  const table = page.getByTestId('security-team-table');
  await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
  expect(await table.textContent()).toContain('501');
  await shot(page, 'security-team-list');

  await page.getByRole('tab', { name: 'Lực lượng Công an xã' }).click();
  await page.getByTestId('staffing-new').click();
  await pickUnit(page, 'unit-field-unitId', 'Thành Sen', 'Phường Thành Sen');
  const staffing = page.getByTestId('staffing-form');
  // the demo has the ward's 2025 and 2026 figures; a quarter is new
  await staffing.getByLabel('Kỳ').fill('2026Q3');
  await staffing.getByLabel('Công an chính quy').fill('11');
  await staffing.getByLabel('Công an bán chuyên trách').fill('2');
  await page.getByTestId('staffing-form-submit').click();
  await expect.poll(() => page.getByTestId('staffing-form').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => page.getByRole('tabpanel').textContent()).toContain('2026Q3');
  await shot(page, 'security-team-staffing');
});
