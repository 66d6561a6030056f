import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, pickUnit, type RunningServer, shot, signIn, startServer } from './support.ts';

/**
 * Issue #5's commendation journey: the officer of Phường Thành Sen proposes
 * the police director's Giấy khen for a residential area and a person and
 * submits; the provincial steering committee approves it into a new decision;
 * the decision lists both recipients under the ward.
 */
let server: RunningServer;
let browser: Browser;
const TITLE = `Đề nghị tặng Giấy khen phong trào năm 2026 (${Date.now().toString(36)})`;
const PERSON = 'Ông Hoàng Văn Tuấn';
const AREA = 'Tổ dân phố 2';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signInAs = (username: string) => signIn(browser, server.url, username);

async function pickOption(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).click();
  const option = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor({ state: 'visible', timeout: 15_000 });
  await option.click();
}

async function addRecipient(page: Page, kind: 'Tập thể' | 'Cá nhân', fill: (form: Page) => Promise<void>) {
  await page.getByTestId('award-add-recipient').click();
  await page.getByTestId('award-recipient-form').waitFor();
  if (kind === 'Cá nhân') await pickOption(page, 'field-recipientKind', kind);
  await fill(page);
  await page.getByTestId('award-recipient-form-submit').click();
  await expect.poll(() => page.getByTestId('award-recipient-form').count()).toBe(0);
}

it('proposes for a residential area and a person, approves into a new decision, shows both under it', async () => {
  const officer = await signInAs('canbo.thanhsen');
  await officer.goto(`${server.url}/awards/proposals`);
  await officer.getByTestId('award-proposal-new').click();
  await pickUnit(officer, 'unit-field-unitId', 'Thành Sen', 'Phường Thành Sen');
  await pickOption(officer, 'field-formCode', 'Giấy khen của Giám đốc Công an tỉnh');
  await officer.getByTestId('field-title').fill(TITLE);
  await officer.getByTestId('award-proposal-form-submit').click();
  await expect.poll(() => officer.url()).toMatch(/\/awards\/proposals\/\d+$/);

  await addRecipient(officer, 'Tập thể', async (p) => {
    await pickUnit(p, 'unit-field-collectiveUnitId', AREA, AREA);
    await p.getByTestId('field-achievements').fill('Ba năm liền đạt "An toàn về an ninh, trật tự"');
  });
  await addRecipient(officer, 'Cá nhân', async (p) => {
    await p.getByTestId('field-name').fill(PERSON);
    await p.getByTestId('field-achievements').fill('Tố giác 2 vụ trộm cắp tài sản');
  });
  await expect.poll(() => officer.getByTestId('award-proposal-recipients').textContent()).toContain(PERSON);
  await officer.getByTestId('award-submit').click();
  await expect.poll(() => officer.getByTestId('award-proposal-status').textContent()).toBe('Chờ duyệt');
  await shot(officer, 'award-1-submitted');

  const committee = await signInAs('bcd.tinh');
  await committee.goto(`${server.url}/awards/review`);
  await committee.getByRole('link', { name: TITLE }).click();
  await committee.getByTestId('award-approve').click();
  await committee.getByTestId('field-decisionNumber').fill('4521/QĐ-CAT');
  await committee.getByTestId('award-approve-form-submit').click();
  await expect.poll(() => committee.getByTestId('award-proposal-status').textContent()).toBe('Đã duyệt');
  await committee.getByTestId('award-proposal-decision').click();
  await expect.poll(() => committee.getByTestId('award-collectives').textContent()).toContain(AREA);
  await expect.poll(() => committee.getByTestId('award-individuals').textContent()).toContain(PERSON);
  expect(await committee.getByTestId('award-decision-page').textContent()).toContain('Giám đốc Công an tỉnh');
  expect(await committee.getByTestId('award-collectives').textContent()).toContain('Phường Thành Sen');
  await shot(committee, 'award-2-decision');
});
