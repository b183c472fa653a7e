import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';

/**
 * The system's Chromium: XXGK_CHROMIUM, else Debian's `chromium` (what
 * scripts/ensure-system-deps.sh installs), else Ubuntu's `chromium-browser`. Never a downloaded
 * browser (`playwright install` is not used here).
 */
export const CHROMIUM =
  process.env.XXGK_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ??
  '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium in a container. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where screenshots and downloads of the browser tests are kept (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../../../artifacts/', import.meta.url));
/** Screenshots of every page, at office and phone sizes. */
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');

/** An office screen and a phone. */
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/**
 * Launches Chromium, or fails with what to do: a missing browser must fail the suite, never
 * skip it silently.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `找不到 Chromium（${CHROMIUM}）：浏览器端到端测试需要它。请先运行 scripts/ensure-system-deps.sh 安装 chromium 和 fonts-noto-cjk。`,
    );
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Problems the page reported while a test ran: uncaught errors and console errors. */
export interface PageProblems {
  errors: string[];
}

/**
 * Console messages that are the browser reporting an HTTP error answer to a request, not a
 * fault of the page: the tests provoke some on purpose (401 before signing in, 403 where a role
 * may not go, a wrong password), and the page shows its own message for each.
 */
const HTTP_ERROR_CONSOLE =
  /^Failed to load resource: the server responded with a status of (4\d\d)/u;

/**
 * A fresh browser context (own cookies) at a size, collecting uncaught page errors and console
 * errors (React and antd report misuse there) so a test can assert that none happened.
 */
export async function openContext(
  browser: Browser,
  baseURL: string,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    acceptDownloads: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (e) => problems.errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' || HTTP_ERROR_CONSOLE.test(m.text())) return;
    const at = page.url();
    const entry = problems.errors.push(`${at}: ${m.text()}`) - 1;
    // An object logged shows as "Object" in the text: spell its arguments out instead.
    void Promise.all(m.args().map((a) => a.jsonValue().catch(() => '（无法读取的值）'))).then(
      (args: unknown[]) => {
        problems.errors[entry] =
          `${at}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`;
      },
      () => undefined,
    );
  });
  return { context, page, problems };
}

/**
 * How long one step (a click, a wait for a text) may take. Parsing a PDF or re-checking a
 * report takes a few seconds on a busy 2-core machine; nothing a person waits for should take
 * longer than this.
 */
export const ACTION_TIMEOUT_MS = 20_000;

/** The user name and password to sign in with. */
export interface Credentials {
  username: string;
  password: string;
}

/**
 * Signs in through the login page and waits until the app has left it (to the page the
 * role starts on). Use `setUpOrganisation(server).accounts[role]` for the credentials.
 */
export async function login(page: Page, account: Credentials): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('.app-header').waitFor();
}

/**
 * Saves a screenshot under artifacts/screenshots/<name>.png once requests, web fonts and
 * animations (antd's fades and slides) have settled, so the picture shows the final state.
 */
export async function shoot(page: Page, name: string, fullPage = false): Promise<string> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    );
  });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}

/**
 * After a failed test: a screenshot of every page still open, as
 * artifacts/screenshots/failed-<test>-<n>.png, so a failure in CI shows what the page showed.
 */
export async function shootFailure(
  contexts: readonly BrowserContext[],
  test: string,
): Promise<void> {
  const name = test.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  let n = 0;
  for (const context of contexts)
    for (const page of context.pages()) {
      n += 1;
      await page
        .screenshot({ path: join(SCREENSHOTS, `failed-${name}-${n}.png`), timeout: 5_000 })
        .catch(() => undefined);
    }
}

/**
 * A button by its exact visible label. An antd icon inside a button carries its own English
 * aria-label (「check 发布」), so an exact name match would miss it and a loose one would also
 * match 「取消发布」; this matches the label with or without one icon name before it.
 */
export function button(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return scope.getByRole('button', { name: new RegExp(`^(?:[a-z-]+ )?${escaped}$`, 'u') });
}

/**
 * Waits until the page has stopped scrolling (five animation frames at the same place), e.g.
 * after a smooth scrollIntoView, so that pointer actions land where they aim.
 */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          if (window.scrollY === last) still += 1;
          else [last, still] = [window.scrollY, 0];
          if (still >= 5) resolve(true);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Width the page scrolls sideways beyond the window (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
