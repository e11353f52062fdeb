import type { Browser, Page } from 'playwright-core';
import { checkPage, expectPage, launchChromium, logIn, newPerson, problemsOf } from './support/browser';
import { loadUntil, pdf } from './support/content';
import { startHub, type Hub } from './support/hub';
import { ANNA, BAS, COR, NINA, ZOE, member, consentingExpert } from './support/people';

const TITLE = 'Hoe voorkomen jullie nieuwe schulden na de schuldhulpverlening?';
const ANSWER = 'In Zeist houdt een vaste budgetcoach nog een jaar na de schuldregeling contact.';
/** The key word with a letter missing ("schuldhulpverlening"). */
const TYPO = 'schuldhulpverlenig';
const REPORT = 'Evaluatie vroegsignalering schulden 2025';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const answers = (page: Page) => page.getByRole('region', { name: /^Antwoorden \(\d+\)$/ });
/** Zoë's answer: an article named by its heading ("Zoë Bakker (Gemeente Zeist), <date>"). */
const zoesAnswer = (page: Page) =>
  answers(page).getByRole('article', { name: new RegExp(`^${ZOE.displayName} \\(Gemeente Zeist\\), `) });

/**
 * The whole loop of issue 7, in the browser, in order: Utrecht asks its buurgemeenten; the expert
 * in Zeist gets it under "Vragen voor jou" and answers; Utrecht accepts the answer; Nieuwegein
 * finds it with a typo; Amsterdam cannot open it; a submitted report is published by the
 * coordinator and found in the library. Every page visited is checked with axe-core, and the
 * main pages are saved as screenshots (artifacts/web-e2e/journey-*.png, not committed).
 */
describe('the journey: ask → answer → accept → find, and a report published', () => {
  let hub: Hub;
  let browser: Browser;
  let questionUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    hub = await startHub();
    // Accounts and the expert's profile have a browser flow of their own (other specs).
    await member(hub, ANNA, 'GM0344');
    await member(hub, ZOE, 'GM0355');
    await member(hub, NINA, 'GM0356');
    await member(hub, BAS, 'GM0363');
    await member(hub, COR, 'GM0344', { roles: ['MEMBER', 'COORDINATOR'], coordinatorRegionIds: ['VR09'] });
    await consentingExpert(hub, ZOE, {
      policyDomainCode: '6.3',
      keywords: ['schulden', 'budgetcoaching'],
      bio: 'Ik werk aan schuldhulp en vroegsignalering in Zeist.',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('1. a member of Utrecht asks the buurgemeenten a question on "vraag stellen"', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    // The login page, as everyone sees it first (checked once).
    await page.goto('/inloggen');
    await expectPage(page, 'Inloggen');
    await checkPage(page, 'journey-01-inloggen');
    await logIn(page, ANNA);
    await checkPage(page, 'journey-02-start');
    await page.getByRole('link', { name: 'Een vraag stellen' }).click();
    await expectPage(page, 'Een vraag stellen');

    // The audience: Utrecht's buurgemeenten, Zeist and Nieuwegein among them.
    const neighbours = page.getByRole('radio', { name: 'Mijn buurgemeenten' });
    await neighbours.check();
    const hint = page.locator(`#${await neighbours.getAttribute('aria-describedby')}`);
    expect(await hint.textContent()).toMatch(/Nieuwegein.*Zeist/);
    await page.getByLabel('Uw vraag in één zin').fill(TITLE);
    await page
      .getByLabel('Toelichting')
      .fill('Na de schuldhulpverlening vallen inwoners vaak terug. Wat doen jullie om dat te voorkomen?');
    await page.getByLabel('Taakvelden filteren').fill('Inkomensregelingen');
    await page.getByLabel('6.3 Inkomensregelingen').check();
    await checkPage(page, 'journey-03-vraag-stellen');

    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await expectPage(page, TITLE);
    await page.getByText('Uw vraag is verstuurd.').waitFor();
    const addressees = page.getByRole('region', { name: 'Aangeschreven gemeenten' });
    await addressees.getByRole('row', { name: /Zeist\s+Nog geen reactie/ }).waitFor();
    await addressees.getByRole('row', { name: /Nieuwegein\s+Nog geen reactie/ }).waitFor();
    expect(await addressees.getByRole('row', { name: /Amsterdam/ }).count()).toBe(0);
    await answers(page).getByText('Nog geen antwoorden.').waitFor();
    await checkPage(page, 'journey-04-vraag');
    questionUrl = page.url();
    expect(questionUrl).toMatch(/\/vragen\/[^/]+$/);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('2. the expert in Zeist finds it under "Vragen voor jou" and answers it', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, ZOE);
    // Routed to her once the matching has run (after the question was stored).
    const forYou = page.getByRole('region', { name: 'Vragen voor jou' });
    await loadUntil(page, '/', () => forYou.getByRole('link', { name: TITLE }));
    await forYou.getByText(/^Waarom u: /).waitFor();
    await checkPage(page, 'journey-05-start-vragen-voor-jou');

    await forYou.getByRole('link', { name: TITLE }).click();
    await expectPage(page, TITLE);
    expect(page.url()).toBe(questionUrl);
    await page.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    // Sent empty: the error is listed and named at the field.
    await page.getByRole('link', { name: 'Schrijf eerst uw antwoord.' }).waitFor();
    const field = page.getByRole('textbox', { name: 'Uw antwoord' });
    await field.fill(ANSWER);
    await page.getByRole('button', { name: 'Antwoord plaatsen' }).click();

    // Said in a live region; the answer is on the page, and Zeist has answered.
    await page.getByRole('status').filter({ hasText: 'Uw antwoord is geplaatst.' }).waitFor();
    const list = answers(page);
    await page.getByRole('heading', { level: 2, name: 'Antwoorden (1)' }).waitFor();
    const mine = zoesAnswer(page);
    await mine.getByText(ANSWER).waitFor();
    expect(await field.inputValue()).toBe('');
    // Only the asker accepts; until then the question is not shown as answered.
    expect(await list.getByRole('button', { name: /accepteren/ }).count()).toBe(0);
    await page.getByText(/^Open Gesteld door/).waitFor();
    await page
      .getByRole('region', { name: 'Aangeschreven gemeenten' })
      .getByRole('row', { name: /Zeist\s+Beantwoord/ })
      .waitFor();
    await checkPage(page, 'journey-06-vraag-beantwoord');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('3. the asker opens the question and accepts the answer', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, ANNA);
    const mine = page.getByRole('region', { name: 'Mijn vragen' });
    await mine.getByText(/Zeist: Beantwoord/).waitFor();
    await checkPage(page, 'journey-07-start-mijn-vragen');
    await mine.getByRole('link', { name: TITLE }).click();
    await expectPage(page, TITLE);

    const answer = zoesAnswer(page);
    await answer.getByText(ANSWER).waitFor();
    await checkPage(page, 'journey-08-vraag-te-accepteren');
    await answer.getByRole('button', { name: 'Dit antwoord accepteren' }).click();

    // The answer is marked as accepted, and the question as answered; the button is gone, and the
    // focus is on the confirmation.
    await answer.getByText('Geaccepteerd antwoord', { exact: true }).waitFor();
    const confirmation = answer.getByRole('status').filter({ hasText: 'U heeft dit antwoord geaccepteerd.' });
    await confirmation.waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(
      'U heeft dit antwoord geaccepteerd.',
    );
    await page
      .getByText(new RegExp(`^Open Beantwoord Gesteld door ${ANNA.displayName} \\(Gemeente Utrecht\\)`))
      .waitFor();
    expect(await answer.getByRole('button', { name: 'Dit antwoord accepteren' }).count()).toBe(0);
    await checkPage(page, 'journey-09-vraag-geaccepteerd');

    // Still so after a reload: it was stored.
    await page.reload();
    await expectPage(page, TITLE);
    await answer.getByText('Geaccepteerd antwoord', { exact: true }).waitFor();
    await page.getByText(/^Open Beantwoord Gesteld door/).waitFor();
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('4. a member of another buurgemeente finds it by searching with a typo', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, NINA);
    await checkPage(page, 'journey-10-start-nieuwegein');
    const box = page.getByRole('search', { name: 'Zoeken in het Kennisschakelpunt' }).getByRole('combobox');
    await box.fill(TYPO);
    await box.press('Enter');
    await expectPage(page, 'Zoeken');
    expect(new URL(page.url()).searchParams.get('q')).toBe(TYPO);
    // The question comes first (Zoë's profile, about "schuldhulp", after it), the word marked.
    const hits = page.getByRole('main').getByRole('article');
    await loadUntil(page, `/zoeken?q=${TYPO}`, () => hits.getByRole('link', { name: TITLE }));
    await page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: new RegExp(`^\\d+ resultaten? voor ‘${TYPO}’`) })
      .waitFor();
    const hit = hits.first();
    await hit.getByRole('link', { name: TITLE }).waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/schuldhulpverlening/i);
    await checkPage(page, 'journey-11-zoeken-tikfout');

    await hit.getByRole('link', { name: TITLE }).click();
    await expectPage(page, TITLE);
    expect(page.url()).toBe(questionUrl);
    // She reads the accepted answer.
    await page.getByText(/^Open Beantwoord Gesteld door/).waitFor();
    const answer = zoesAnswer(page);
    await answer.getByText('Geaccepteerd antwoord', { exact: true }).waitFor();
    await answer.getByText(ANSWER).waitFor();
    await checkPage(page, 'journey-12-vraag-gevonden');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it("5. a member of Amsterdam gets the not-found page for the question's link", async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, BAS);
    await checkPage(page, 'journey-13-start-amsterdam');
    await page.goto(questionUrl);
    await expectPage(page, 'Pagina niet gevonden');
    await page.getByRole('link', { name: 'Naar de startpagina' }).waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
    expect(await page.getByText(ANSWER).count()).toBe(0);
    await checkPage(page, 'journey-14-niet-gevonden');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('6a. a member of Utrecht submits a report with its file', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, ANNA);
    await nav(page).getByRole('link', { name: 'Rapporten' }).click();
    await expectPage(page, 'Rapportenbibliotheek');
    await page.getByText('Geen rapporten gevonden.').waitFor();
    await checkPage(page, 'journey-15-rapporten-leeg');
    await page.getByRole('link', { name: 'Rapport indienen' }).click();
    await expectPage(page, 'Rapport indienen');
    await page.getByLabel('Titel', { exact: true }).fill(REPORT);
    await page.getByLabel('Soort rapport').selectOption('EVALUATIE');
    await page.getByLabel('Publicatiedatum').fill('2025-10-01');
    await page.getByLabel('Taakvelden filteren').fill('Inkomensregelingen');
    await page.getByLabel('6.3 Inkomensregelingen').check();
    await page
      .getByLabel('Samenvatting')
      .fill('Wat de vroegsignalering van betalingsachterstanden in Utrecht opleverde.');
    await page.getByLabel('Bestand').setInputFiles({
      name: 'vroegsignalering.pdf',
      mimeType: 'application/pdf',
      buffer: await pdf('Vroegsignalering: huisbezoeken binnen twee weken na een gemiste huurbetaling.'),
    });
    await checkPage(page, 'journey-16-rapport-indienen');
    await page.getByRole('button', { name: 'Rapport indienen' }).click();
    await expectPage(page, REPORT);
    await page.getByText('Uw rapport is ingediend.').waitFor();
    await page.getByText('Ingediend', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'vroegsignalering.pdf downloaden' }).waitFor();
    await checkPage(page, 'journey-17-rapport-ingediend');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('6b. the coordinator publishes it from the review queue', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, COR);
    await checkPage(page, 'journey-18-start-coordinator');
    await nav(page).getByRole('link', { name: 'Beoordelen' }).click();
    await expectPage(page, 'Beoordelen');
    const queue = page.getByRole('region', { name: /Ingediende rapporten/ });
    await queue.getByRole('link', { name: REPORT }).waitFor();
    await checkPage(page, 'journey-19-beoordelen');
    await queue.getByRole('button', { name: `Publiceren: ${REPORT}` }).click();
    await page.getByText(`Gepubliceerd: ${REPORT}`).waitFor();
    await queue.getByText('Er wachten geen rapporten.').waitFor();
    await checkPage(page, 'journey-20-beoordelen-gepubliceerd');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('6c. a member of another gemeente finds it in the library and opens it', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, NINA);
    await checkPage(page, 'journey-21-start-nieuwegein-later');
    await nav(page).getByRole('link', { name: 'Rapporten' }).click();
    await expectPage(page, 'Rapportenbibliotheek');
    await page.getByText('1 rapport', { exact: true }).waitFor();
    await checkPage(page, 'journey-22-rapporten');
    await page.getByRole('main').getByRole('link', { name: REPORT }).click();
    await expectPage(page, REPORT);
    await page.getByText('Gepubliceerd', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'vroegsignalering.pdf downloaden' }).waitFor();
    // Not the coordinator's: nothing to review.
    expect(await page.getByRole('region', { name: 'Beoordelen' }).count()).toBe(0);
    await checkPage(page, 'journey-23-rapport');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
