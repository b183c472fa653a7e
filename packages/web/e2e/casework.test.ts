import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_TIMEOUT_MS,
  ARTIFACTS,
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  login,
  openContext,
  PHONE,
  shoot,
  type PageProblems,
} from './support/browser.js';
import { setUpOrganisation, type Organisation, type Role } from './support/organisation.js';
import { startTestServer, type TestServer } from './support/server.js';

/**
 * Casework in a real Chromium against the real server, as a clerk works a case: register an
 * application received on the online platform, ask for 补正, receive it, extend the deadline,
 * reply 部分公开, download the 告知书, compile the year's report and find the case behind its
 * figure in table 三. Every deadline the page shows is checked against a hand calculation on
 * the official 2025 calendar (国庆节、中秋节 10-01…10-08, 调休 Saturday 10-11). Screenshots go
 * to artifacts/screenshots/casework-*.png, the 告知书 to artifacts/downloads/.
 */

const STEP_MS = 180_000;
const DOWNLOADS = join(ARTIFACTS, 'downloads');
/** The applicant's identity number: the page must never show it whole. */
const ID_NUMBER = '330682199001011234';
const CONTENT = '2025年本局工业企业技术改造专项资金的分配结果及依据';

let server: TestServer;
let browser: Browser;
let org: Organisation;
const contexts: { context: BrowserContext; problems: PageProblems; who: string }[] = [];
/** The case the clerk registers: its page and its number (〔2025〕第0001号). */
let caseUrl = '';
let caseNumber = '';

async function signedIn(role: Role, viewport = DESKTOP): Promise<Page> {
  const opened = await openContext(browser, server.url, viewport);
  opened.page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  contexts.push({ context: opened.context, problems: opened.problems, who: role });
  await login(opened.page, org.accounts[role]);
  return opened.page;
}

/** Records the next event of the case through the form on its page. */
async function record(
  page: Page,
  event: string,
  date: string,
  extra?: (page: Page) => Promise<void>,
): Promise<void> {
  const form = page.getByRole('form', { name: '记录办理环节' });
  await form.getByRole('radio', { name: event, exact: true }).check();
  await form.getByLabel('日期', { exact: true }).fill(date);
  await extra?.(page);
  await form.getByRole('button', { name: '记录' }).click();
  // The timeline gains the event once the server accepted it; a refusal shows its reason.
  const recorded = page.locator('.ant-timeline').getByText(date).first();
  const refused = form.locator('.ant-alert-error');
  await recorded.or(refused).first().waitFor();
  if (await refused.isVisible())
    throw new Error(`「${event}」未能记录：${await refused.innerText()}`);
}

async function dueDate(page: Page): Promise<string> {
  return (await page.getByTestId('due-date').innerText()).trim();
}

beforeAll(async () => {
  mkdirSync(DOWNLOADS, { recursive: true });
  browser = await launchBrowser();
  server = await startTestServer();
  org = await setUpOrganisation(server);
}, STEP_MS);

afterAll(async () => {
  for (const c of contexts) await c.context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('casework in a browser', () => {
  it(
    'registers an application from the online platform on the date both sides confirmed it',
    async () => {
      const page = await signedIn('clerk');
      await page.getByRole('menuitem', { name: '依申请公开' }).hover();
      await page.getByRole('menuitem', { name: '登记申请' }).click();
      await page.waitForURL('**/casework/applications/new');

      // The date asked for follows the channel (条例第三十一条).
      await page.getByLabel('提交日期').waitFor();
      await page.getByRole('radio', { name: '网络平台' }).check();
      await page.getByLabel('双方确认日期').fill('2025-09-22');
      expect(await page.getByLabel('提交日期').count()).toBe(0);
      // The six applicant types of table 三, exactly.
      const types = page.getByRole('radiogroup', { name: '申请人类型' }).getByRole('radio');
      expect(await types.count()).toBe(6);
      await page.getByRole('radio', { name: '自然人' }).check();
      await page.getByLabel('申请人姓名或名称').fill('张三');
      await page.getByLabel('证件号码').fill(ID_NUMBER);
      await page.getByLabel('申请内容').fill(CONTENT);
      await shoot(page, 'casework-intake', true);
      await page.getByRole('button', { name: '登记', exact: true }).click();

      const heading = page.locator('.page-title', { hasText: '案件' });
      const refused = page.locator('.ant-alert-error');
      await heading.or(refused).first().waitFor();
      if (await refused.isVisible()) throw new Error(`登记失败：${await refused.innerText()}`);
      caseUrl = new URL(page.url()).pathname;
      const title = await heading.innerText();
      const match = /〔2025〕第\d+号/u.exec(title);
      expect(match, title).not.toBeNull();
      caseNumber = match?.[0] ?? '';
      const body = await page.locator('#main').innerText();
      expect(body).toContain('2025-09-22');
      expect(body).toContain(CONTENT);
      // The identity document is shown masked, never whole.
      expect(body).not.toContain(ID_NUMBER);
      // 20 working days after 09-22, the day of receipt not counted, 国庆 10-01…10-08 skipped,
      // 调休 09-28 and 10-11 counted: 09-23…09-30 (7), 10-09…10-11 (3), 10-13…10-24 (10).
      expect(await dueDate(page)).toBe('2025-10-24');
      await shoot(page, 'casework-registered', true);
    },
    STEP_MS,
  );

  it(
    'asks for 补正, receives it, extends once, and shows each new deadline with its reasons',
    async () => {
      const page = await signedIn('clerk');
      await page.goto(caseUrl);
      await record(page, '要求补正', '2025-09-24', async (p) => {
        await p.getByLabel('补正期限').fill('2025-10-15');
      });
      await record(page, '收到补正', '2025-10-09');
      // The clock restarts from the day the 补正 arrived: 10-10, 10-11 (调休), 10-13 … 11-05.
      expect(await dueDate(page)).toBe('2025-11-05');
      await record(page, '批准延长答复期限', '2025-10-30');
      // Extension: 20 more working days after 11-05 → 12-03.
      expect(await dueDate(page)).toBe('2025-12-03');
      const steps = await page.locator('.deadline-steps li').allInnerTexts();
      expect(steps.length).toBeGreaterThan(2);
      expect(steps.join('\n')).toMatch(/补正/u);
      expect(steps.join('\n')).toMatch(/延长/u);
      // An extension is granted once: the form no longer offers a second one.
      expect(
        await page
          .getByRole('form', { name: '记录办理环节' })
          .getByRole('radio', { name: '批准延长答复期限' })
          .count(),
      ).toBe(0);
      await shoot(page, 'casework-extended', true);
    },
    STEP_MS,
  );

  it(
    'replies 部分公开 and downloads the 告知书 as a Word document',
    async () => {
      const page = await signedIn('clerk');
      await page.goto(caseUrl);
      await record(page, '作出答复', '2025-11-20', async (p) => {
        await p.getByLabel('答复结果').click();
        await p.keyboard.type('部分公开');
        await p.locator('.ant-select-item-option', { hasText: '部分公开' }).first().click();
      });
      const download = page.getByRole('link', { name: /下载告知书/u });
      await download.waitFor();
      expect(await page.locator('#main').innerText()).toContain('部分公开');
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      const name = file.suggestedFilename();
      expect(name).toMatch(/\.docx$/u);
      const saved = join(DOWNLOADS, name);
      await file.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
      await shoot(page, 'casework-replied', true);

      await page.goto('/casework/applications?year=2025');
      const row = page.getByRole('row', {
        name: new RegExp(caseNumber.replace(/[〔〕]/gu, '.'), 'u'),
      });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/已办结/u);
      await shoot(page, 'casework-register');
    },
    STEP_MS,
  );

  it(
    'compiles the year’s report with the case counted in table 三 and drills down to it',
    async () => {
      const page = await signedIn('clerk');
      await page.goto('/casework/compile?year=2025');
      await page.getByRole('button', { name: /编\s*制/u }).click();
      const cell = page.locator(
        'td[data-path="applications.partiallyGranted.naturalPerson"] button',
      );
      await cell.waitFor();
      expect(await cell.innerText()).toBe('1');
      expect(
        await page.locator('td[data-path="applications.received.naturalPerson"]').innerText(),
      ).toBe('1');
      await cell.click();
      const panel = page.locator('.drilldown-panel');
      await panel.getByRole('link', { name: caseNumber }).waitFor();
      await shoot(page, 'casework-compiled', true);

      await page.getByRole('link', { name: /打开年报详情/u }).click();
      await page.waitForURL(/\/reports\/\d+$/u);
      await page
        .locator('td[data-path="applications.partiallyGranted.naturalPerson"]', { hasText: '1' })
        .first()
        .waitFor();
      await shoot(page, 'casework-report');
    },
    STEP_MS,
  );

  it(
    'lets a reviewer read the case without recording, and shows the auditor no casework',
    async () => {
      const reviewer = await signedIn('reviewer');
      await reviewer.goto(caseUrl);
      await reviewer.getByText(caseNumber).first().waitFor();
      expect(await reviewer.getByRole('form', { name: '记录办理环节' }).count()).toBe(0);

      const auditor = await signedIn('auditor');
      expect(await auditor.locator('.app-header').innerText()).not.toContain('依申请公开');
      await auditor.goto(caseUrl);
      await auditor.getByText('无权访问').waitFor();
    },
    STEP_MS,
  );

  it(
    'fits the register and the case page on a phone',
    async () => {
      const page = await signedIn('clerk', PHONE);
      await page.goto('/casework/applications?year=2025');
      await page.getByRole('link', { name: caseNumber }).waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'casework-register-phone', true);
      await page.goto(caseUrl);
      await page.getByTestId('due-date').or(page.getByText('当前没有答复期限')).first().waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'casework-case-phone', true);
    },
    STEP_MS,
  );

  it('raised no uncaught error in any page', () => {
    for (const c of contexts) expect(c.problems.errors, c.who).toEqual([]);
  });
});
