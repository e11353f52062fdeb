import type { Browser } from 'playwright-core';
import { checkPage, expectPage, launchChromium, newPerson, problemsOf } from './support/browser';
import { startHub, type Hub } from './support/hub';
import { ANNA, BAS, invite, member } from './support/people';

/** A member of Utrecht joins by invitation and asks her buurgemeenten a question. */
describe('asking a question', () => {
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

  it('from the invitation to a question addressed to the buurgemeenten, which Amsterdam cannot open', async () => {
    const token = await invite(hub, ANNA, 'GM0344');
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);

    // The link in the invitation mail.
    await page.goto(`/uitnodiging?token=${encodeURIComponent(token)}`);
    await expectPage(page, 'Uitnodiging accepteren');
    await checkPage(page, 'uitnodiging');
    await page.getByLabel('Kies een wachtwoord').fill(ANNA.password);
    await page.getByLabel('Herhaal het wachtwoord').fill(ANNA.password);
    await page.getByRole('button', { name: 'Account activeren' }).click();
    await expectPage(page, 'Welkom, Anna Jansen');

    await page.getByRole('link', { name: 'Een vraag stellen' }).click();
    await expectPage(page, 'Een vraag stellen');
    // The audience chooser names the buurgemeenten.
    const neighbours = page.getByRole('radio', { name: 'Mijn buurgemeenten' });
    expect(await neighbours.isChecked()).toBe(true);
    const hint = await page.locator(`#${await neighbours.getAttribute('aria-describedby')}`).textContent();
    expect(hint).toContain('Utrecht en Bunnik, De Bilt');
    expect(hint).toContain('Zeist');
    await checkPage(page, 'vraag-stellen');

    // Sent empty: the errors are listed, with the focus on the list.
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
    expect(await page.evaluate('document.activeElement?.className')).toContain('ksp-error-summary');
    await page.getByRole('link', { name: 'Kies minstens één taakveld.' }).waitFor();
    await checkPage(page, 'vraag-stellen-fouten');

    const title = 'Hoe korten jullie de wachtlijst voor jeugdhulp?';
    await page.getByLabel('Uw vraag in één zin').fill(title);
    await page.getByLabel('Toelichting').fill('We zoeken **ervaringen** met het verkorten van wachtlijsten.');
    // The old taakveld's name (6.72, superseded in 2026) finds the ones that replace it.
    await page.getByLabel('Taakvelden filteren').fill('Maatwerkdienstverlening 18-');
    await page.getByLabel('6.751 Jeugdhulp ambulant lokaal').check();
    expect(await page.getByLabel('6.1 Samenkracht en burgerparticipatie').count()).toBe(0);
    await page.getByLabel(/^Trefwoorden/).fill('wachtlijst, jeugdhulp');
    await page.getByRole('button', { name: 'Vraag versturen' }).click();

    await expectPage(page, title);
    await page.getByText('Uw vraag is verstuurd.').waitFor();
    const addressees = page.getByRole('region', { name: 'Aangeschreven gemeenten' });
    await addressees.getByRole('row', { name: /Zeist\s+Nog geen reactie/ }).waitFor();
    expect(await page.locator('.ksp-rich-text strong').first().textContent()).toBe('ervaringen');
    await checkPage(page, 'vraag');
    const questionUrl = page.url();
    expect(questionUrl).toMatch(/\/vragen\/[^/]+$/);

    // "Mijn vragen" on the home page, with the status per gemeente.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    const mine = page.getByRole('region', { name: 'Mijn vragen' });
    await mine.getByRole('link', { name: title }).waitFor();
    await mine.getByText(/Zeist: Nog geen reactie/).waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();

    // A member of Amsterdam (no buurgemeente of Utrecht) gets the not-found page for its link.
    await member(hub, BAS, 'GM0363');
    const amsterdam = await newPerson(browser, hub.url);
    amsterdam.page.setDefaultTimeout(15_000);
    await amsterdam.page.goto('/inloggen');
    await amsterdam.page.getByLabel('E-mailadres').fill(BAS.email);
    await amsterdam.page.getByLabel('Wachtwoord').fill(BAS.password);
    await amsterdam.page.getByRole('button', { name: 'Inloggen' }).click();
    await expectPage(amsterdam.page, 'Welkom, Bas Visser');
    await amsterdam.page.goto(questionUrl);
    await expectPage(amsterdam.page, 'Pagina niet gevonden');
    expect(await amsterdam.page.getByText(title).count()).toBe(0);
    await amsterdam.context.close();
  });
});
