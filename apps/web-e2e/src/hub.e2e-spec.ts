import type { Browser, Page } from 'playwright-core';
import { checkPage, expectPage, launchChromium, newPerson, problemsOf } from './support/browser';
import { ADMIN, startHub, type Hub } from './support/hub';

/** The hub in the browser, as its users see it; every page visited is checked with axe-core. */
describe('the web app', () => {
  let hub: Hub;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    hub = await startHub();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function logIn(page: Page): Promise<void> {
    await page.goto('/inloggen');
    await expectPage(page, 'Inloggen');
    await checkPage(page, 'inloggen');
    await page.getByLabel('E-mailadres').fill(ADMIN.email);
    await page.getByLabel('Wachtwoord').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expectPage(page, 'Welkom, Beheerder');
  }

  it('is served by the API on one origin: pages with their own CSP, API paths never the page', async () => {
    const page = await fetch(`${hub.url}/gemeenten/GM0344`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(await page.text()).toContain('<div id="root">');

    const api = await fetch(`${hub.url}/auth/bestaat-niet`);
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await fetch(`${hub.url}/assets/bestaat-niet.js`)).status).toBe(404);
  });

  it('lets the admin log in, in Dutch, and shows the home page with its sections', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectPage(page, 'Welkom bij het Kennisschakelpunt');
    await checkPage(page, 'start-anoniem');

    await logIn(page);
    for (const section of ['Vragen voor jou', 'Mijn vragen', 'Nieuw in mijn regio']) {
      await page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await page.getByText('Ingelogd als Beheerder').waitFor();
    await page.getByRole('main').getByText('U heeft nog geen vragen gesteld.').waitFor();
    await checkPage(page, 'start');

    // A reload keeps the session (the refresh token is in this tab's sessionStorage).
    await page.reload();
    await expectPage(page, 'Welkom, Beheerder');

    // Logging out ends it, also for a reload.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expectPage(page, 'Welkom bij het Kennisschakelpunt');
    expect(await page.evaluate('sessionStorage.length')).toBe(1); // only the tab's claim id, no token
    await page.reload();
    await expectPage(page, 'Welkom bij het Kennisschakelpunt');
    await page.getByRole('link', { name: 'Inloggen', exact: true }).first().waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('switches to English and back, and remembers the choice', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expectPage(page, 'Welcome, Beheerder');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { level: 2, name: 'Questions for you' }).waitFor();
    await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });
    await checkPage(page, 'home-en');

    await page.reload();
    await expectPage(page, 'Welcome, Beheerder');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expectPage(page, 'Welkom, Beheerder');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('finds Utrecht in the directory and lists Zeist among its buurgemeenten', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gemeenten' })
      .click();
    await expectPage(page, 'Gemeenten');
    await page.getByText('342 gemeenten').waitFor();
    await checkPage(page, 'gemeenten');

    await page.getByLabel('Zoek een gemeente').fill('Utrecht');
    // The page's own search (the header has the hub's search box, with its own "Zoeken").
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Utrecht', exact: true }).click();
    await expectPage(page, 'Utrecht');
    // After a navigation in the app, the focus is on the new page's heading.
    expect(await page.evaluate('document.activeElement?.tagName')).toBe('H1');
    const neighbours = page.getByRole('region', { name: 'Buurgemeenten' });
    await neighbours.getByRole('link', { name: 'Zeist' }).waitFor();
    expect(await neighbours.getByRole('link', { name: 'Amsterdam' }).count()).toBe(0);
    expect(page.url()).toBe(`${hub.url}/gemeenten/GM0344`);
    await checkPage(page, 'gemeente-utrecht');

    // The neighbour's page, from the link.
    await neighbours.getByRole('link', { name: 'Zeist' }).click();
    await expectPage(page, 'Zeist');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('explains what is missing when the registration form is sent incomplete', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Registreer met uw werk-e-mailadres' }).click();
    await expectPage(page, 'Registreren');
    await checkPage(page, 'registreren');
    await page.getByLabel('Uw naam').fill('Anna Jansen');
    await page.getByLabel('Kies een wachtwoord').fill('te kort');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
    await page.getByRole('link', { name: 'Vul uw werk-e-mailadres in.' }).waitFor();
    await page.getByRole('link', { name: 'Het wachtwoord moet minstens 12 tekens hebben.' }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('register-password');
    await checkPage(page, 'registreren-fouten');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('shows a not-found page for an unknown address and an unknown gemeente', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(200); // the app answers; the page says what is wrong
    await expectPage(page, 'Pagina niet gevonden');
    expect(await page.title()).toBe('Pagina niet gevonden | Kennisschakelpunt');
    await page.getByRole('link', { name: 'Naar de startpagina' }).waitFor();
    await checkPage(page, 'niet-gevonden');

    await page.goto('/gemeenten/GM9999');
    await expectPage(page, 'Pagina niet gevonden');
    await context.close();
  });
});
