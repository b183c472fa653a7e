import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getCell } from '@xxgk/model';
import { parseDocument } from '@xxgk/parsers';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_TIMEOUT_MS,
  ARTIFACTS,
  button,
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  login,
  openContext,
  PHONE,
  scrollSettled,
  shoot,
  shootFailure,
  type PageProblems,
} from './support/browser.js';
import {
  CLERK_AGENCY,
  HUAIAN_PDF,
  SEED_FILES,
  writeBrokenPdf,
  writeSlipReport,
} from './support/fixtures.js';
import { setUpOrganisation, type Organisation, type Role } from './support/organisation.js';
import { startTestServer, type TestServer } from './support/server.js';

/**
 * The workspace as people use it, in a real Chromium against the real server: an
 * administrator sees the organisation and adds an account; a reviewer imports the real reports;
 * a clerk imports a draft with a slip in table 三, follows the finding to the cell, corrects it
 * with a reason, exports it and submits it; the reviewer returns it with a comment and
 * publishes it; the auditor reads the trail. Each step leaves screenshots in
 * artifacts/screenshots/.
 */

/** Per test: a whole scenario of clicks, each bounded by the context's action timeout. */
const STEP_MS = 120_000;
/** Truth of each imported file: agency and year. */
const EXPECTED: Record<string, { agency: string; year: number }> = {
  '000_7d23b93096d7af9d.txt': { agency: '淄博高新技术产业开发区工业信息化和商务局', year: 2024 },
  '001_d68fabd84de01588.txt': { agency: '枣庄市市中区工业和信息化局', year: 2023 },
  '002_02a5c0cdafefb5b5.txt': { agency: '淄博市工业和信息化局', year: 2021 },
  '003_a7c7c325a06f5573.txt': { agency: '绍兴市上虞区经济和信息化局', year: 2024 },
  '004_bd99d2d058b13537.txt': { agency: '淄博高新技术产业开发区发展改革局', year: 2023 },
  'huaian-2024.pdf': { agency: '淮安市人民政府', year: 2024 },
};
/** The cell the clerk's draft got wrong: （七）总计 · 自然人. */
const SLIP_CELL = 'applications.totalProcessed.naturalPerson';
const SLIP_RULE = 'applications.total-processed';
const REASON = '核对台账：（七）总计自然人应为 2 件';

let server: TestServer;
let browser: Browser;
let org: Organisation;
let scratch: string;
const contexts: { context: BrowserContext; problems: PageProblems; who: string }[] = [];
/** /reports/<id> of the clerk's draft, once imported. */
let draftPath = '';

/** A new browser context (own cookies) at a size; closed and checked for errors at the end. */
async function newPage(who: string, viewport = DESKTOP): Promise<Page> {
  const opened = await openContext(browser, server.url, viewport);
  contexts.push({ context: opened.context, problems: opened.problems, who });
  return opened.page;
}

/** A new page signed in as the role's account. */
async function signedIn(role: Role, viewport = DESKTOP): Promise<Page> {
  const page = await newPage(role, viewport);
  await login(page, org.accounts[role]);
  return page;
}

/** Chooses an option of an antd Select by typing part of its text. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
}

/** Waits until every upload of the import page has finished (no progress bar left). */
async function waitForUploads(page: Page, files: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.import-list > li').length === n &&
      document.querySelectorAll('.import-list .ant-progress').length === 0,
    files,
    { timeout: 60_000 },
  );
}

/** The finding the slip in the clerk's draft raises. */
const slipFinding = (page: Page) => page.locator(`button.finding-item[data-rule="${SLIP_RULE}"]`);

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer()]);
  org = await setUpOrganisation(server);
  scratch = mkdtempSync(join(tmpdir(), 'xxgk-e2e-files-'));
}, 180_000);

afterEach(async (test) => {
  if (test.task.result?.state === 'fail')
    await shootFailure(
      contexts.map((c) => c.context),
      test.task.name,
    );
});

afterAll(async () => {
  for (const c of contexts) await c.context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the report workspace in a browser', () => {
  it(
    'sends a visitor to the login page, says plainly when the password is wrong, and signs in by keyboard alone',
    async () => {
      const page = await newPage('admin');
      await page.goto('/reports');
      await page.waitForURL(/\/login/u);
      await shoot(page, 'login');
      const admin = org.accounts.admin;

      // Keyboard only: the user name field has the focus when the page opens, Tab moves on,
      // Enter submits — first with a wrong password, then with the right one.
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('autocomplete') === 'username',
      );
      await page.keyboard.type(admin.username);
      await page.keyboard.press('Tab');
      await page.keyboard.type('not-the-password');
      await page.keyboard.press('Enter');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/用户名或密码/u);
      await shoot(page, 'login-wrong-password');

      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(admin.password);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
      expect(await page.locator('.app-header').innerText()).toContain('系统管理员');

      // The first Tab of a page reaches 「跳到主要内容」, which moves the focus past the menu.
      await page.reload();
      await page.locator('.page-header').waitFor();
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: '跳到主要内容' });
      expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
      await shoot(page, 'keyboard-skip-link');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
    },
    STEP_MS,
  );

  it(
    'lets the administrator see the regions and agencies and create a clerk for one agency',
    async () => {
      const page = await signedIn('admin');
      await page.goto('/admin/regions');
      await page.getByText('示范省（省级 · 990000）').waitFor();
      await shoot(page, 'admin-regions');
      await page.goto('/admin/agencies');
      await page.getByRole('cell', { name: CLERK_AGENCY }).waitFor();
      await shoot(page, 'admin-agencies');

      await page.goto('/admin/users');
      await page.getByRole('cell', { name: 'clerk-sy' }).waitFor();
      await button(page, '新建用户').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('用户名').fill('clerk-ha');
      await dialog.getByLabel('姓名').fill('淮安市政府填报员');
      await choose(page, '角色', '填报员');
      await choose(page, '所属机关', '淮安市人民政府');
      await dialog.getByLabel('初始密码').fill('short');
      await button(dialog, '保存').click();
      await dialog.getByText('密码至少需要 10 个字符').waitFor();
      await dialog.getByLabel('初始密码').fill('Tianbao@2025-ha');
      await shoot(page, 'admin-users-new');
      await button(dialog, '保存').click();
      const row = page.getByRole('row', { name: /clerk-ha/u });
      await row.waitFor();
      expect(await row.innerText()).toContain('淮安市人民政府');
      await shoot(page, 'admin-users');
    },
    STEP_MS,
  );

  it(
    'imports the five seeds, the published PDF and a broken file, each with its own progress and result',
    async () => {
      const page = await signedIn('reviewer');
      await page.goto('/reports');
      await button(page.locator('.page-header'), '导入').click();
      await page.waitForURL(/\/import$/u);
      const broken = writeBrokenPdf(scratch);
      const files = [...SEED_FILES, HUAIAN_PDF, broken];
      await page.locator('input[type=file]').setInputFiles(files);
      await waitForUploads(page, files.length);

      const brokenItem = page.locator(`li[data-file="${basename(broken)}"]`);
      expect(await brokenItem.innerText()).toContain('无法读取');
      expect((await brokenItem.innerText()).length).toBeGreaterThan(basename(broken).length + 10);

      for (const [file, truth] of Object.entries(EXPECTED)) {
        const item = page.locator(`li[data-file="${file}"] .import-subitem`);
        expect(await item.getAttribute('data-year'), file).toBe(String(truth.year));
        expect(await item.innerText(), file).toMatch(/解析成功|有问题/u);
        // Where the reader did not settle on the agency, the user picks it before saving.
        if ((await item.getAttribute('data-agency')) !== truth.agency)
          await choose(page, `「${file}」的机关`, truth.agency);
        expect(await item.getAttribute('data-agency'), file).toBe(truth.agency);
      }
      await shoot(page, 'import-results', true);

      await page.getByRole('button', { name: /全部保存/u }).click();
      await page.waitForFunction(
        () => document.querySelectorAll('.import-subitem[data-state="saved"]').length === 6,
        undefined,
        { timeout: 60_000 },
      );
      await shoot(page, 'import-saved', true);

      // The same file again is noticed as a duplicate and can be discarded.
      const again = SEED_FILES[2] ?? '';
      await page.locator('input[type=file]').setInputFiles([again]);
      await waitForUploads(page, files.length + 1);
      const dup = page.locator(`li[data-file="${basename(again)}"]`).last();
      expect(await dup.innerText()).toContain('可能重复');
      await dup.scrollIntoViewIfNeeded();
      await shoot(page, 'import-duplicate');
      await button(dup, '放弃').click();
      await dup.getByText('已放弃').waitFor();
    },
    STEP_MS,
  );

  it(
    'lists the reports with their errors and warnings, filtered and sorted in the address bar',
    async () => {
      const page = await signedIn('reviewer');
      await page.goto('/reports');
      const rows = page.locator('.report-table tbody tr.ant-table-row');
      await page.getByText('共 6 份年报').waitFor();
      expect(await rows.count()).toBe(6);
      await shoot(page, 'reports-list');

      await page.getByRole('columnheader', { name: '错误' }).click();
      await page.waitForURL(/sort=errors/u);
      await choose(page, '有无错误', '有错误');
      await page.waitForURL(/hasErrors=true/u);
      const total = page.getByText(/共 \d+ 份年报/u);
      await page.waitForFunction(
        () => !/共 6 份年报/u.test(document.querySelector('.report-table')?.textContent ?? ''),
      );
      const count = Number(/共 (\d+) 份/u.exec(await total.innerText())?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(6);
      expect(await rows.count()).toBe(count);
      const errorColumn = await page
        .locator('.report-table thead th')
        .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === '错误'));
      for (let i = 0; i < count; i += 1)
        expect(
          Number((await rows.nth(i).locator('td').nth(errorColumn).innerText()).trim()),
        ).toBeGreaterThan(0);
      await shoot(page, 'reports-list-errors');
    },
    STEP_MS,
  );

  it(
    'follows a finding to its cell, shows where the number came from, and makes the finding disappear once corrected with a reason',
    async () => {
      const page = await signedIn('clerk');
      await page.goto('/import');
      const draft = writeSlipReport(scratch);
      await page.locator('input[type=file]').setInputFiles([draft]);
      await waitForUploads(page, 1);
      const item = page.locator('.import-subitem');
      expect(await item.getAttribute('data-agency')).toBe(CLERK_AGENCY);
      expect(await item.getAttribute('data-year')).toBe('2025');
      await button(item, '保存').click();
      await item.getByRole('link', { name: '打开年报' }).click();
      await page.waitForURL(/\/reports\/\d+$/u);
      draftPath = new URL(page.url()).pathname;

      const finding = slipFinding(page);
      await finding.waitFor();
      await shoot(page, 'detail');
      // By keyboard: the finding is a button; Enter follows it to the cell.
      await finding.focus();
      await page.keyboard.press('Enter');
      const cell = page.locator(`td[data-path="${SLIP_CELL}"]`);
      await page.waitForFunction((path) => {
        const td = document.querySelector(`td[data-path="${path}"]`);
        if (!td?.classList.contains('cell-highlight')) return false;
        const r = td.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }, SLIP_CELL);
      expect(await cell.getAttribute('class')).toContain('has-error');
      expect(await cell.innerText()).toBe('3');
      // The keyboard focus went to the cell, and its card says what is wrong there.
      expect(await cell.evaluate((td) => td === document.activeElement)).toBe(true);
      await scrollSettled(page);
      const focusCard = page.locator(`[role=tooltip][data-hover-path="${SLIP_CELL}"]`);
      await focusCard.waitFor();
      expect(await focusCard.innerText()).toContain('错误');
      await shoot(page, 'detail-finding-cell');

      // Hovering the cell shows where its number was read, and the source beside it scrolls to
      // that line — within its own panel: the page (and the cell under the pointer) stays put.
      await page.getByRole('tab', { name: '原文对照' }).click();
      await page.locator('.source-lines li').first().waitFor();
      const scrolledTo = await page.evaluate(() => window.scrollY);
      await cell.hover();
      const card = page.getByRole('tooltip');
      await card.waitFor();
      expect(await card.innerText()).toContain('三（七）总计 · 自然人');
      expect(await card.innerText()).toContain('原文第');
      const active = page.locator('.source-lines li.active');
      expect((await active.locator('.tx').innerText()).trim()).toBe('3');
      await page.waitForFunction(() => {
        const line = document.querySelector('.source-lines li.active')?.getBoundingClientRect();
        const pane = document.querySelector('.side-pane')?.getBoundingClientRect();
        return line && pane && line.top >= pane.top && line.bottom <= pane.bottom;
      });
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolledTo);
      await card.waitFor();
      await shoot(page, 'detail-source-provenance');

      await button(page, '更正').click();
      const input = cell.locator('input');
      await input.fill('2');
      // Checks re-run as the user types: the finding goes before anything is saved.
      await page.getByRole('tab', { name: /问题/u }).click();
      await slipFinding(page).waitFor({ state: 'detached' });
      await shoot(page, 'detail-correcting');
      await button(page, '保存为新版本').click();
      await page.getByText(/请填写更正原因/u).waitFor();
      await page.getByLabel('更正原因（必填）').fill(REASON);
      await button(page, '保存为新版本').click();
      await page.getByText(/已保存为第 2 版/u).waitFor();
      await page.getByText('第 2 版', { exact: true }).first().waitFor();
      expect(await cell.innerText()).toBe('2');
      expect(await slipFinding(page).count()).toBe(0);
      expect(await page.locator('td.has-error').count()).toBe(0);
      await shoot(page, 'detail-corrected');

      await page.getByRole('tab', { name: '版本记录' }).click();
      await page.getByText(REASON).first().waitFor();
      const diffRow = page.getByRole('row', { name: /三（七）总计 · 自然人/u });
      await diffRow.waitFor();
      expect(await diffRow.innerText()).toMatch(/3\s+2/u);
      await shoot(page, 'detail-versions');

      // After a reload the saved version still has no such finding: it was the server's check.
      await page.reload();
      await page.getByText('第 2 版', { exact: true }).first().waitFor();
      await page.locator('.finding-list, .findings-panel .ant-empty').first().waitFor();
      expect(await slipFinding(page).count()).toBe(0);
    },
    STEP_MS,
  );

  it(
    'exports the corrected report as a DOCX that reads back with the corrected figure',
    async () => {
      const page = await signedIn('clerk');
      await page.goto(draftPath);
      await button(page, '导出').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('a[data-export="docx"]').click(),
      ]);
      const name = download.suggestedFilename();
      expect(name).toMatch(/上虞.*2025.*\.docx$/u);
      mkdirSync(join(ARTIFACTS, 'downloads'), { recursive: true });
      const path = join(ARTIFACTS, 'downloads', name);
      await download.saveAs(path);
      const bytes = new Uint8Array(readFileSync(path));
      expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
      const back = await parseDocument(bytes, { fileName: name });
      expect(back.source).toBe('docx');
      expect(back.report.agency).toBe(CLERK_AGENCY);
      expect(back.report.year).toBe(2025);
      expect(getCell(back.report, SLIP_CELL)).toBe(2);
    },
    STEP_MS,
  );

  it(
    'compares the draft with last year: every figure, the carry-over, and the repeated text',
    async () => {
      const page = await signedIn('clerk');
      await page.goto(`${draftPath}/compare`);
      await page.getByText('结转衔接').first().waitFor();
      expect(await page.locator('.ant-statistic').first().innerText()).toContain('2024 → 2025');
      const ratio = await page.getByLabel('正文重复比例').getAttribute('aria-valuenow');
      expect(Number(ratio)).toBeGreaterThan(80);
      await shoot(page, 'compare', true);
    },
    STEP_MS,
  );

  it(
    'fills in a report from scratch with the totals and the identities computed as the clerk types',
    async () => {
      const page = await signedIn('clerk');
      await page.goto('/new');
      await page.getByLabel('年度').fill('2023');
      await page
        .getByText(
          '适用格式：中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
        )
        .waitFor();
      await shoot(page, 'fill-new');
      await button(page, '开始填报').click();
      await page.waitForURL(/mode=fill/u);
      const input = (path: string) => page.locator(`td[data-path="${path}"] input`);
      await input('applications.received.naturalPerson').fill('5');
      await input('applications.received.commercial').fill('1');
      expect(await input('applications.received.total').inputValue()).toBe('6');
      expect(await input('applications.received.total').getAttribute('readonly')).not.toBeNull();
      const balance = page.locator('.identity-list li', {
        hasText: '总计列：一＋二＝三（七）总计＋四',
      });
      expect(await balance.innerText()).toContain('6 ≠ 空');
      await input('applications.granted.naturalPerson').fill('4');
      await input('applications.granted.commercial').fill('1');
      await input('applications.carriedForward.naturalPerson').fill('1');
      expect(await input('applications.totalProcessed.total').inputValue()).toBe('5');
      expect(await balance.innerText()).toContain('6 ＝ 6');
      await shoot(page, 'fill-in');
      await button(page, '保存为新版本').click();
      await page.getByText(/已保存为第 \d+ 版/u).waitFor();
      // The message can show before the page leaves fill mode, while the cell still holds its
      // input (innerText ''): wait for the saved view to render the cell.
      const saved = page.locator('td[data-path="applications.received.total"]');
      await expect.poll(() => saved.innerText(), { timeout: ACTION_TIMEOUT_MS }).toBe('6');
    },
    STEP_MS,
  );

  it(
    'submits, returns with a comment, resubmits and publishes, each button shown only to whom it belongs',
    async () => {
      const clerk = await signedIn('clerk');
      await clerk.goto(draftPath);
      const header = (page: Page) => page.locator('.page-header');
      await button(header(clerk), '提交审核').waitFor();
      expect(await button(header(clerk), '发布').count()).toBe(0);
      await button(header(clerk), '提交审核').click();
      await button(clerk.getByRole('dialog'), '提交').click();
      await header(clerk).getByText('已提交', { exact: true }).waitFor();
      expect(await button(header(clerk), '更正').count()).toBe(0);

      const reviewer = await signedIn('reviewer');
      await reviewer.goto(draftPath);
      await button(header(reviewer), '退回').waitFor();
      expect(await button(header(reviewer), '更正').count()).toBe(0);
      expect(await button(header(reviewer), '提交审核').count()).toBe(0);
      await button(header(reviewer), '退回').click();
      const comment = '第三部分“（七）总计”已更正，请在第五部分补充上年问题的整改情况后重新提交。';
      const returnDialog = reviewer.getByRole('dialog', { name: '退回年报' });
      await returnDialog.getByLabel('退回意见').fill(comment);
      await shoot(reviewer, 'review-return');
      await button(returnDialog, '退回').click();
      await header(reviewer).getByText('已退回', { exact: true }).waitFor();

      await clerk.reload();
      await clerk.getByText(comment).waitFor();
      await shoot(clerk, 'detail-returned');
      await button(header(clerk), '提交审核').click();
      await button(clerk.getByRole('dialog'), '提交').click();
      await header(clerk).getByText('已提交', { exact: true }).waitFor();

      await reviewer.reload();
      await button(header(reviewer), '发布').click();
      await button(reviewer.getByRole('dialog'), '发布').click();
      await header(reviewer).getByText('已发布', { exact: true }).waitFor();
      await reviewer.getByText('这份年报已发布，已发布的版本不可修改。').waitFor();
      await shoot(reviewer, 'detail-published');

      // The clerk sees it published; a later correction would start a new draft version and
      // leave the published one frozen, so 更正 stays while 提交审核 goes.
      await clerk.reload();
      await header(clerk).getByText('已发布', { exact: true }).waitFor();
      await clerk.getByText('这份年报已发布，已发布的版本不可修改。').waitFor();
      expect(await button(header(clerk), '提交审核').count()).toBe(0);
      expect(await button(header(clerk), '发布').count()).toBe(0);
    },
    STEP_MS,
  );

  it(
    'shows the auditor who did what — the correction, the return and the publication — and nothing else',
    async () => {
      const page = await signedIn('auditor');
      await page.waitForURL(/\/audit/u);
      const table = page.locator('.ant-table-tbody');
      await table.locator('.ant-table-row').first().waitFor();
      // Each step on the clerk's draft is a row: what, by whom (the log names people by their
      // user name, which never changes) and on which report.
      const draft = `report #${draftPath.split('/').pop() ?? ''}`;
      const rowOf = (action: string) =>
        page
          .locator('.ant-table-row', { has: page.getByRole('cell', { name: action, exact: true }) })
          .filter({ has: page.getByRole('cell', { name: draft, exact: true }) });
      for (const [action, who] of [
        ['发布年报', org.accounts.reviewer.username],
        ['退回年报', org.accounts.reviewer.username],
        ['提交审核', org.accounts.clerk.username],
        ['更正年报', org.accounts.clerk.username],
        ['导出年报', org.accounts.clerk.username],
        ['导入年报', org.accounts.clerk.username],
      ] as const) {
        const row = rowOf(action).first();
        await row.waitFor();
        expect(await row.innerText(), action).toContain(who);
      }
      expect(await rowOf('更正年报').first().innerText()).toContain(REASON);
      expect(await page.locator('.app-header').innerText()).toContain('审计员');
      expect(await page.locator('.app-header').innerText()).not.toContain('年报列表');
      await shoot(page, 'audit');
      await page.goto('/reports');
      await page.getByText('无权访问').waitFor();
    },
    STEP_MS,
  );

  it(
    'fits a 1366×768 office screen and a phone without the page scrolling sideways',
    async () => {
      const desk = await signedIn('reviewer');
      const paths = ['/reports', draftPath, `${draftPath}/compare`, '/import'];
      for (const path of paths) {
        await desk.goto(path);
        await desk.locator('.page-header').waitFor();
        await desk.waitForLoadState('networkidle');
        expect(await horizontalOverflow(desk), path).toBeLessThanOrEqual(0);
      }

      const phone = await newPage('reviewer', PHONE);
      await phone.goto('/login');
      await phone.getByLabel('用户名').waitFor();
      expect(await horizontalOverflow(phone), '/login').toBeLessThanOrEqual(0);
      await shoot(phone, 'phone-login');
      await login(phone, org.accounts.reviewer);
      const names = ['phone-reports', 'phone-detail', 'phone-compare', 'phone-import'];
      for (const [i, path] of paths.entries()) {
        await phone.goto(path);
        await phone.locator('.page-header').waitFor();
        await phone.waitForLoadState('networkidle');
        expect(await horizontalOverflow(phone), path).toBeLessThanOrEqual(0);
        await shoot(phone, names[i] ?? path);
      }
      await button(phone, '打开菜单').click();
      await phone.getByRole('dialog').getByText('年报列表').waitFor();
      await shoot(phone, 'phone-menu');
    },
    STEP_MS,
  );

  it('raised no error in any page along the way', () => {
    const errors = contexts.flatMap((c) => c.problems.errors.map((e) => `${c.who}: ${e}`));
    expect(errors).toEqual([]);
  });
});
