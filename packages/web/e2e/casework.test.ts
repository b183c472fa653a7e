import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_YEARS } from '@xxgk/calendar';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
  shootFailure,
  type PageProblems,
} from './support/browser.js';
import { ApiClient } from './support/api-client.js';
import { CLERK_AGENCY } from './support/fixtures.js';
import { setUpOrganisation, type Organisation, type Role } from './support/organisation.js';
import { startTestServer, type TestServer } from './support/server.js';

/**
 * Casework in a real Chromium against the real server, as a clerk works a case: register an
 * application received on the online platform, ask for 补正, receive it, extend the deadline,
 * download the 补正通知书 and 延期答复告知书, reply 部分公开 with its reasons, download the
 * 告知书 and find the reasons in it, compile the year's report and find the case behind its
 * figure in table 三. Every deadline the page shows is checked against a hand calculation on
 * the official 2025 calendar (国庆节、中秋节 10-01…10-08, 调休 Saturday 10-11). Screenshots go
 * to artifacts/screenshots/casework-*.png, the 告知书 to artifacts/downloads/.
 */

const STEP_MS = 180_000;
const DOWNLOADS = join(ARTIFACTS, 'downloads');
/** The applicant's identity number: the page must never show it whole. */
const ID_NUMBER = '330682199001011234';
const CONTENT = '2025年本局工业企业技术改造专项资金的分配结果及依据';
/** The reasons the clerk gives for what the partial disclosure withholds, two paragraphs. */
const REASONS =
  '一、分配结果第3页列有企业的银行账户信息，属于商业秘密，经征求意见，第三方不同意公开。\n二、第5页为本局内部讨论记录。';
/** A proactive-disclosure register as a clerk keeps it: two good rows, two bad ones (lines 4, 5). */
const PROACTIVE_CSV = [
  '标题,发布日期,发布渠道,类别',
  '关于印发2025年工作要点的通知,2025-03-01,门户网站,政策文件',
  '2025年第二季度财政预算执行情况,2025/7/15,政务新媒体,财政信息',
  ',2025-08-01,门户网站,规划计划',
  '关于开展安全生产检查的通知,2025-13-45,公报,通知公告',
].join('\n');
/** The 2026 arrangement shipped in packages/calendar, loaded as an administrator loads a new year. */
const YEAR_2026 = BUILT_IN_YEARS.find((y) => y.year === 2026);

let server: TestServer;
let browser: Browser;
let scratch: string;
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

/** Downloads a file by its link on the page into artifacts/downloads; returns its Word text. */
async function downloadDocx(page: Page, link: string | RegExp): Promise<string> {
  const button = page.getByRole('link', { name: link });
  await button.waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const name = file.suggestedFilename();
  expect(name).toMatch(/\.docx$/u);
  const saved = join(DOWNLOADS, name);
  await file.saveAs(saved);
  const bytes = readFileSync(saved);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] ?? new Uint8Array());
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1] ?? '').join('');
}

async function dueDate(page: Page): Promise<string> {
  return (await page.getByTestId('due-date').innerText()).trim();
}

beforeAll(async () => {
  mkdirSync(DOWNLOADS, { recursive: true });
  scratch = mkdtempSync(join(tmpdir(), 'xxgk-e2e-casework-'));
  browser = await launchBrowser();
  server = await startTestServer();
  org = await setUpOrganisation(server);
}, STEP_MS);

// A failed step leaves a picture of where the page stood, beside the others.
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    await shootFailure(
      contexts.map((c) => c.context),
      `casework-${ctx.task.name}`,
    );
});

afterAll(async () => {
  for (const c of contexts) await c.context.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
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
        await p.getByLabel('需要补正的事项').fill('请写明所需分配结果的年度批次及文号。');
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
      // Each step that sent a notice offers it on the timeline, filled from what was recorded.
      const supplement = await downloadDocx(page, '下载补正通知书');
      expect(supplement).toContain('不明确：请写明所需分配结果的年度批次及文号。根据');
      expect(supplement).toContain('请您于2025年10月15日前对申请内容作出补正');
      const extension = await downloadDocx(page, '下载延期答复告知书');
      expect(extension).toContain('本机关将于2025年12月3日前作出答复');
      await shoot(page, 'casework-extended', true);
    },
    STEP_MS,
  );

  it(
    'replies 部分公开 with its reasons and downloads the 告知书 that states them',
    async () => {
      const page = await signedIn('clerk');
      await page.goto(caseUrl);
      const form = page.getByRole('form', { name: '记录办理环节' });
      await record(page, '作出答复', '2025-11-20', async (p) => {
        await p.getByLabel('答复结果').click();
        await p.keyboard.type('部分公开');
        await p.locator('.ant-select-item-option', { hasText: '部分公开' }).first().click();
        // A partial disclosure states why the rest is withheld (条例第三十六条第（三）项).
        await form.getByRole('button', { name: '记录' }).click();
        await form.getByText('请填写不予公开部分的理由').waitFor();
        await p.getByLabel('不予公开部分的理由').fill(REASONS);
      });
      await page.locator('.event-details', { hasText: '第三方不同意公开' }).waitFor();
      expect(await page.locator('#main').innerText()).toContain('部分公开');
      const notice = await downloadDocx(page, /下载告知书/u);
      expect(notice).toContain('第三方不同意公开。');
      expect(notice).toContain('第5页为本局内部讨论记录。');
      expect(notice).not.toContain('（不予公开部分的理由）');
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
    'keeps the registers — Article 20 figures, a 复议 case on the application, proactive items from a file — and compiles them into tables 二 and 四',
    async () => {
      const page = await signedIn('clerk');
      await page.goto('/casework/article20?year=2025');
      await page.getByLabel('规章 本年制发件数').fill('2');
      await page.getByLabel('行政许可 本年处理决定数量').fill('37');
      await page.getByRole('button', { name: /保\s*存/u }).click();
      await page.getByText('已保存').waitFor();
      await shoot(page, 'casework-article20', true);

      await page.goto('/casework/review-cases?year=2025');
      await page.getByLabel('涉及的申请').click();
      await page.locator('.ant-select-item-option', { hasText: caseNumber }).first().click();
      await page.getByLabel('立案日期').fill('2025-12-10');
      await page.getByRole('button', { name: /登\s*记/u }).click();
      const row = page.getByRole('row', { name: /行政复议/u });
      await row.getByText('尚未审结').waitFor();
      await row.getByRole('button', { name: '设定结果' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: '结果纠正' }).check();
      await dialog.getByLabel('审结日期').fill('2025-12-25');
      await dialog.getByRole('button', { name: /保\s*存/u }).click();
      await row.getByText('结果纠正').waitFor();
      await shoot(page, 'casework-review-cases', true);

      await page.goto('/casework/proactive?year=2025');
      await page.getByLabel('标题').fill('2025年政府信息公开工作年度报告');
      await page.getByLabel('公开日期').fill('2025-01-20');
      await page.getByLabel('类别').fill('年度报告');
      await page.getByRole('button', { name: /登\s*记/u }).click();
      await page.getByRole('cell', { name: '2025年政府信息公开工作年度报告' }).waitFor();
      const csv = join(scratch, '主动公开登记表.csv');
      writeFileSync(csv, PROACTIVE_CSV);
      await page.locator('input[type=file]').setInputFiles(csv);
      const summary = page.getByText(/已导入 2 条，2 行未导入/u);
      await summary.waitFor();
      const rejected = await page.getByRole('list', { name: '未导入的行' }).innerText();
      expect(rejected).toMatch(/第 4 行/u);
      expect(rejected).toMatch(/第 5 行/u);
      await page.getByRole('cell', { name: '关于印发2025年工作要点的通知' }).waitFor();
      await shoot(page, 'casework-proactive', true);

      await page.goto('/casework/compile?year=2025');
      await page.locator('td[data-path="applications.received.naturalPerson"]').waitFor();
      await page.getByRole('button', { name: /编\s*制/u }).click();
      await page
        .locator('td[data-path="proactive.regulations.issued"]', { hasText: /^2$/u })
        .waitFor();
      expect(await page.locator('td[data-path="proactive.licensing.decisions"]').innerText()).toBe(
        '37',
      );
      const corrected = page.locator('td[data-path="review.reconsideration.corrected"] button');
      expect(await corrected.innerText()).toBe('1');
      await corrected.click();
      await page.locator('.drilldown-panel').getByRole('link', { name: caseNumber }).waitFor();
      await shoot(page, 'casework-compiled-registers', true);
    },
    STEP_MS,
  );

  it(
    'lists an open case past its deadline among the due reminders of its agency',
    async () => {
      const api = new ApiClient(server.url);
      await api.login(org.accounts.clerk.username, org.accounts.clerk.password);
      // Received early in 2026: its 20 working days ran out in February, whatever today is.
      const late = await api.call<{ id: string; number: string }>(
        'POST',
        '/api/casework/applications',
        {
          agencyId: org.agencies.get(CLERK_AGENCY),
          channel: 'inPerson',
          receipt: { submittedOn: '2026-01-05' },
          applicant: { type: 'commercial', name: '某某科技有限公司' },
          content: '2025年度本区规模以上工业企业名单',
        },
      );
      const page = await signedIn('clerk');
      await page.goto('/casework/due');
      const card = page.locator('.due-agency', { hasText: CLERK_AGENCY });
      await card.getByRole('link', { name: late.number }).waitFor();
      const overdue = card.getByRole('table', { name: `${CLERK_AGENCY}已超期的申请` });
      expect(await overdue.innerText()).toContain(late.number);
      expect(await overdue.innerText()).toMatch(/已超期\d+个工作日/u);
      await shoot(page, 'casework-due', true);

      await page.goto('/casework/applications?view=overdue');
      await page.getByRole('link', { name: late.number }).waitFor();
      expect(await page.getByRole('link', { name: caseNumber }).count()).toBe(0);
    },
    STEP_MS,
  );

  it(
    'warns after saving when the same applicant asks for the same information again',
    async () => {
      const page = await signedIn('clerk');
      await page.goto('/casework/applications/new');
      await page.getByLabel('提交日期').fill('2026-01-06');
      await page.getByLabel('申请人姓名或名称').fill('张三');
      await page.getByLabel('证件号码').fill(ID_NUMBER);
      await page.getByLabel('申请内容').fill(CONTENT);
      await page.getByRole('button', { name: '登记', exact: true }).click();
      // Saved, not refused, with the earlier case named.
      await page.getByText(/已登记，编号 〔2026〕第\d+号/u).waitFor();
      const earlier = page.getByRole('list', { name: '相同的申请' });
      await earlier.getByRole('link', { name: caseNumber }).waitFor();
      await shoot(page, 'casework-duplicate');

      // The repeat is worked through a consultation and a fee notice, then withdrawn.
      await page.getByRole('button', { name: /查看案件/u }).click();
      await page.locator('.page-title', { hasText: '〔2026〕' }).waitFor();
      await record(page, '征求意见（开始）', '2026-01-07');
      await record(page, '征求意见（结束）', '2026-01-20');
      await record(page, '发出收费通知', '2026-01-21', async (p) => {
        await p.getByRole('radio', { name: '按件计收' }).check();
        await p.getByLabel('金额（元）').fill('100');
      });
      expect(await page.locator('.ant-timeline').innerText()).toContain('按件计收，100 元');
      await record(page, '申请人缴费', '2026-01-26');
      await record(page, '申请人撤回', '2026-01-27');
      expect(await page.locator('.case-subtitle').innerText()).not.toMatch(/办理中/u);
      expect(await page.getByText('此案件已办结').count()).toBe(1);
      await shoot(page, 'casework-withdrawn', true);
    },
    STEP_MS,
  );

  it(
    'lets the administrator load a year of the holiday arrangement and see the deadlines recomputed',
    async () => {
      const page = await signedIn('admin');
      await page.goto('/casework/calendar');
      await page.getByRole('cell', { name: '2025', exact: true }).waitFor();
      const file = join(scratch, '2026年节假日安排.json');
      if (!YEAR_2026) throw new Error('packages/calendar 没有 2026 年的节假日安排');
      writeFileSync(file, JSON.stringify(YEAR_2026, null, 2));
      await page.locator('input[type=file]').setInputFiles(file);
      const done = page.getByText(/已导入 2026 年的安排：重新计算了 \d+ 件办理中案件的期限/u);
      await done.waitFor();
      // The late case is open, so at least it was recomputed; the same data moves no deadline.
      expect(await done.innerText()).toMatch(/重新计算了 [1-9]\d* 件.*其中 0 件期限有变化/u);
      const row = page.getByRole('row', { name: /^2026/u });
      await row.getByText('管理员导入').waitFor();
      await shoot(page, 'casework-calendar', true);
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
      await page.locator('.deadline-steps li').first().waitFor();
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, 'casework-case-phone', true);
    },
    STEP_MS,
  );

  it('raised no uncaught error in any page', () => {
    for (const c of contexts) expect(c.problems.errors, c.who).toEqual([]);
  });
});
