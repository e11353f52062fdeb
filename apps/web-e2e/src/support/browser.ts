import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); CI installs it. No browser is downloaded. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARTIFACTS = join(__dirname, '../../../../artifacts/web-e2e');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the web app's end-to-end tests need it.\n` +
        'Install it with "apt-get install -y chromium" (Debian), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh browser profile (cookies, storage) for one person, in Dutch, as most users are. */
export async function newPerson(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  // Scripts the page's CSP refuses, and uncaught errors, fail the test that caused them.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  (page as Page & { problems?: string[] }).problems = problems;
  return { context, page };
}

/** Console errors and uncaught exceptions of the page so far. */
export function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/**
 * axe-core on the page as it is now (WCAG 2.0/2.1 A and AA rules): fails on any serious or
 * critical violation, naming the rule, the help text and the offending elements. Saves a
 * screenshot (artifacts/web-e2e/<name>.png, not committed) either way.
 *
 * In axe's "legacy mode": `axe.run()` in the page itself. The default mode runs axe per frame and
 * then merges the results in a blank page it opens for every check; the web app has no frames,
 * and that page took ~2 of the ~2.5 s each check took (measured on the journey spec: 23 checks,
 * 58 s against 5 s for injecting and running axe in the page).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect({ page: name, violations: report }).toEqual({ page: name, violations: [] });
}

/**
 * Waits for the page whose h1 is this title (pages load on demand, so the previous page shows a
 * moment longer). On a timeout, saves a screenshot and names what the page shows instead.
 */
export async function expectPage(page: Page, title: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page
      .screenshot({ path: join(ARTIFACTS, `failed-${Date.now()}.png`), fullPage: true })
      .catch(() => undefined);
    const shown = await page
      .locator('h1, [role=alert]')
      .allTextContents()
      .catch(() => []);
    throw new Error(
      `expected the page "${title}" at ${page.url()}, but it shows: ${JSON.stringify(shown)}\n${String(error)}`,
    );
  }
}

/** Logs in on the login page with e-mail and password, and waits for the home page's welcome. */
export async function logIn(
  page: Page,
  person: { email: string; password: string; displayName: string },
): Promise<void> {
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(person.email);
  await page.getByLabel('Wachtwoord').fill(person.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, `Welkom, ${person.displayName}`);
}
