import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Counts, CycleView, DashboardView } from '../../src/common/evaluation/schemas.ts';
import { launchBrowser, type RunningServer, shot, startServer } from './support.ts';

/**
 * Issue #3's journey: the representative of Tổ dân phố 1 scores the unit's
 * year and submits; the ward officer adjusts one score with a reason and
 * returns the sheet; the representative fixes and resubmits; the officer
 * approves; the provincial steering committee decides; the dashboard shows
 * the unit in the Average class and the sheet asks for a remediation plan.
 */
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const PASSWORD = 'ToanDan@2026';
const YEAR = 2026;
let areaId: number;
let wardId: number;
let before: Counts;

type Call = <T>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;
type UnitPage = { items: { id: number }[] };

async function apiLogin(username: string): Promise<{ call: Call }> {
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const me = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return {
    call: async <T>(method: string, path: string, body?: unknown) => {
      const r = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': me.csrfToken,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: r.status, body: (await r.json().catch(() => null)) as T };
    },
  };
}

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // The demo has the 2026 year open; the admin moves its deadlines after today (the server runs on the real clock).
  const admin = await apiLogin('admin');
  const province = (await admin.call<UnitPage>('GET', '/api/units?q=ha%20tinh&level=province')).body.items[0]!;
  let cycle = (await admin.call<CycleView[]>('GET', `/api/evaluations/cycles?year=${YEAR}`)).body.find(
    (c) => c.unit.id === province.id,
  );
  if (!cycle) {
    const opened = await admin.call<CycleView>('POST', '/api/evaluations/cycles', { unitId: province.id, year: YEAR });
    expect(opened.status).toBe(201);
    cycle = opened.body;
  }
  const targets = cycle.targets.map(({ criteriaSetName, criteriaSetProvenance, safetySetName, ...t }) => ({
    ...t,
    submitBy: isoIn(14),
    decideBy: isoIn(28),
  }));
  const patched = await admin.call('PATCH', `/api/evaluations/cycles/${cycle.id}`, { version: cycle.version, targets });
  expect(patched.status).toBe(200);
  wardId = (await admin.call<UnitPage>('GET', '/api/units?q=thanh%20sen&level=commune')).body.items[0]!.id;
  // The ward's figures before the journey: the dashboard must show one more Average unit after it.
  before = (await admin.call<DashboardView>('GET', `/api/evaluations/dashboard?unitId=${wardId}&year=${YEAR}`)).body
    .current;
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

async function signIn(username: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect.poll(() => page.url()).not.toContain('/login');
  return page;
}

/** The input inside an antd InputNumber or TextArea carrying the test id. */
const field = (page: Page, testId: string) =>
  page.locator(`input[data-testid="${testId}"], textarea[data-testid="${testId}"], [data-testid="${testId}"] input`);

async function type(page: Page, testId: string, value: string) {
  const input = field(page, testId).first();
  await input.fill(value);
  await input.blur();
}

const status = (page: Page) => page.getByTestId('sheet-status').getAttribute('data-status');
const version = (page: Page) => page.getByTestId('sheet-page').getAttribute('data-version');
const total = (page: Page) => page.getByTestId('sheet-total').textContent();
const cls = (page: Page) => page.getByTestId('sheet-class').getAttribute('data-classification');

/** Values that land in the Average band (50–69,75 points with the sample thresholds). */
const selfScores: Record<string, string> = {
  '1.1': '2',
  '1.2': '2',
  '1.3': '0',
  '2': '60',
  '3': '5',
  '4': '5',
  '5.1': '0',
  '5.2': '0',
  '5.3': '0',
  '5.4': '0',
  '5.5': '0',
  '6.1': '4',
  '6.2': '0',
  '7.1': '4',
  '7.2': '3',
  '8': '5',
};

let sheetUrl: string;

it('lets the representative self-score with a live total and class, save, and submit', async () => {
  const page = await signIn('daidien.tdp1');
  await page.goto(`${server.url}/evaluations`);
  await page.getByTestId('my-sheet-link').click();
  await expect.poll(() => page.url()).toMatch(/\/evaluations\/units\/\d+\/2026$/);
  sheetUrl = page.url();
  areaId = Number(sheetUrl.split('/').at(-2));
  await expect.poll(() => page.getByTestId('sheet-unit').textContent()).toBe('Tổ dân phố 1');
  await expect.poll(() => status(page)).not.toBeNull();
  // The set is a sample: the page says so plainly.
  await expect
    .poll(() => page.getByTestId('set-provenance-alert').textContent())
    .toContain('Bộ tiêu chí mẫu – chưa xác minh với văn bản chính thức');

  for (const [code, value] of Object.entries(selfScores)) await type(page, `line-input-${code}`, value);
  await type(page, 'line-comment-3', 'Tổ chức Ngày hội ngày 19/8 với 120 hộ tham gia.');
  // Computed in the browser as the user types: 61 points, Average, and why.
  await expect.poll(() => total(page)).toBe('61');
  await expect.poll(() => cls(page)).toBe('average');
  await expect
    .poll(() => page.getByTestId('sheet-reasons').textContent())
    .toContain('Tổng 61 điểm: đạt mức Trung bình (từ 50 điểm); thiếu 9 điểm để đạt Khá');
  await expect.poll(() => page.getByTestId('points-2').textContent()).toBe('4');
  await shot(page, 'evaluation-1-self-score');

  // Submit only once the save has come back: the demo sheet may already be a draft, so the
  // status alone does not say the save is done, but the version does.
  const before = Number(await version(page));
  await page.getByTestId('btn-save').click();
  await expect.poll(async () => Number(await version(page))).toBeGreaterThan(before);
  await expect.poll(() => status(page)).toBe('draft');
  await page.getByTestId('btn-submit').click();
  await page.getByTestId('submit-confirm').click();
  await expect.poll(() => status(page)).toBe('submitted');
  await expect.poll(() => page.getByTestId('btn-save').count()).toBe(0);
  await shot(page, 'evaluation-2-submitted');
});

it('lets the ward officer find the sheet, adjust one score with a reason, and return it', async () => {
  const page = await signIn('canbo.thanhsen');
  await page.goto(`${server.url}/evaluations`);
  await page.getByTestId('cycle-review-link').first().click();
  const row = page.getByTestId(`review-row-${areaId}`);
  await expect.poll(() => row.getAttribute('data-status')).toBe('submitted');
  await shot(page, 'evaluation-3-review-list');
  await row.click();
  await expect.poll(() => page.url()).toBe(sheetUrl);

  // A change without a reason is refused on the line.
  await type(page, 'review-input-3', '4');
  await page.getByTestId('btn-adjust').click();
  await expect.poll(() => page.getByTestId('line-error-3').textContent()).toContain('nhập lý do');
  await type(page, 'review-reason-3', 'Chưa có biên bản tổ chức Ngày hội.');
  await expect.poll(() => total(page)).toBe('60');
  await page.getByTestId('btn-adjust').click();
  await expect
    .poll(() => page.getByTestId('review-reason-3').first().inputValue())
    .toBe('Chưa có biên bản tổ chức Ngày hội.');
  await page.getByTestId('tab-changes').click();
  await expect.poll(() => page.getByTestId('sheet-changes').textContent()).toContain('Chưa có biên bản');
  await shot(page, 'evaluation-4-adjusted');

  await page.getByTestId('btn-send-back').click();
  await type(page, 'send-back-message', 'Đề nghị bổ sung số liệu tiêu chí 8 và biên bản Ngày hội.');
  await page.getByTestId('sendBack-confirm').click();
  await expect.poll(() => status(page)).toBe('returned');
});

it('shows the representative the message; the fixed sheet goes back up', async () => {
  const page = await signIn('daidien.tdp1', { width: 390, height: 844 });
  await page.goto(sheetUrl);
  await expect.poll(() => status(page)).toBe('returned');
  await expect
    .poll(() => page.getByTestId('returned-message').textContent())
    .toBe('Đề nghị bổ sung số liệu tiêu chí 8 và biên bản Ngày hội.');
  // The reviewer's score and reason are visible to the unit.
  await expect.poll(() => page.getByTestId('review-value-3').textContent()).toContain('Chưa có biên bản');
  await type(page, 'line-input-8', '6');
  await expect.poll(() => total(page)).toBe('61');
  await shot(page, 'evaluation-5-returned-phone');
  await page.getByTestId('sheet-row-3').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/evaluation-5b-phone-line.png' });
  await page.getByTestId('btn-submit').click();
  await page.getByTestId('submit-confirm').click();
  await expect.poll(() => status(page)).toBe('submitted');
});

it('lets the officer approve and the provincial committee decide, which locks the result', async () => {
  const officer = await signIn('canbo.thanhsen');
  await officer.goto(sheetUrl);
  await expect.poll(() => status(officer)).toBe('submitted');
  await officer.getByTestId('btn-approve').click();
  await officer.getByTestId('approve-confirm').click();
  await expect.poll(() => status(officer)).toBe('approved');
  await expect.poll(() => officer.getByTestId('btn-decide').count()).toBe(0);

  const decider = await signIn('bcd.tinh');
  await decider.goto(sheetUrl);
  await expect.poll(() => status(decider)).toBe('approved');
  await decider.getByTestId('btn-decide').click();
  await type(decider, 'decision-number', '15/QĐ-BCĐ');
  await decider.getByTestId('decide-confirm').click();
  await expect.poll(() => status(decider)).toBe('decided');
  await expect.poll(() => cls(decider)).toBe('average');
  await expect.poll(() => decider.getByTestId('sheet-decision').textContent()).toContain('15/QĐ-BCĐ');
  // Locked: no button changes it any more; an average result needs a remediation plan.
  for (const b of ['btn-save', 'btn-submit', 'btn-adjust', 'btn-send-back', 'btn-approve', 'btn-decide'])
    expect(await decider.getByTestId(b).count()).toBe(0);
  await expect.poll(() => decider.getByTestId('sheet-remediation').isVisible()).toBe(true);
  // The remediation panel (mounted on the sheet) asks for the plan.
  await expect.poll(() => decider.getByTestId('remediation-required').isVisible()).toBe(true);
  await shot(decider, 'evaluation-6-decided');

  const docx = await decider.request.get(`${sheetUrl.replace('/evaluations/', '/api/evaluations/')}/sheet.docx`);
  expect(docx.status()).toBe(200);
});

it('shows the unit in the Average class on the dashboard, drilling down from the province', async () => {
  const page = await signIn('bcd.tinh');
  await page.goto(`${server.url}/evaluations/dashboard?year=${YEAR}`);
  await expect.poll(() => page.getByTestId('dashboard-title-unit').textContent()).toContain('Tỉnh Hà Tĩnh');
  await page.getByTestId(`drill-${wardId}`).click();
  await expect.poll(() => page.getByTestId('dashboard-title-unit').textContent()).toContain('Phường Thành Sen');
  await expect
    .poll(() => page.getByTestId('dashboard-class-average').getAttribute('data-value'))
    .toBe(String(before.byClass.average + 1));
  await expect
    .poll(() => page.getByTestId('dashboard-plans-missing').getAttribute('data-value'))
    .toBe(String(before.plansMissing + 1));
  await shot(page, 'evaluation-7-dashboard');
  await page.getByTestId('dashboard-review-link').click();
  await expect.poll(() => page.getByTestId(`review-row-${areaId}`).getAttribute('data-status')).toBe('decided');
  await shot(page, 'evaluation-8-review-decided');
});
