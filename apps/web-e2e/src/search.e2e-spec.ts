import type { Browser, Page } from 'playwright-core';
import { checkPage, expectPage, launchChromium, logIn, newPerson, problemsOf } from './support/browser';
import { loadUntil, pdf } from './support/content';
import { startHub, type Hub } from './support/hub';
import { ANNA, BAS, COR, ZOE, asPerson, member, tokenOf, consentingExpert } from './support/people';

const TITLE = 'Hoe organiseren jullie respijtzorg voor mantelzorgers?';
/** The key word with two letters swapped ("respijtzorg"). */
const TYPO = 'repsijtzorg';

/** The result count of the search page (its live region). */
const resultCount = (page: Page) => page.getByRole('main').getByRole('status').first();

/**
 * Searching and matching in the browser: a question Utrecht asks its buurgemeenten is routed to an
 * expert in Zeist ("Vragen voor jou"), found there with a typo through the header's search box and
 * its suggestions, narrowed with filters; Amsterdam finds nothing and cannot open it. A report
 * opened from the results shows where the words are in its full text.
 */
describe('search and matching', () => {
  let hub: Hub;
  let browser: Browser;
  let questionUrl = '';

  beforeAll(async () => {
    browser = await launchChromium();
    hub = await startHub();
    await member(hub, ANNA, 'GM0344');
    await member(hub, ZOE, 'GM0355');
    await member(hub, BAS, 'GM0363');
    await member(hub, COR, 'GM0344', { roles: ['MEMBER', 'COORDINATOR'], coordinatorRegionIds: ['VR09'] });
    // Zoë's expertise: mantelzorg (6.1), with consent to be recommended; not the word "respijtzorg".
    await consentingExpert(hub, ZOE, {
      policyDomainCode: '6.1',
      keywords: ['mantelzorg', 'mantelzorgondersteuning'],
      bio: 'Ik werk aan de ondersteuning van mantelzorgers in Zeist.',
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('while Utrecht asks its buurgemeenten, the hub suggests the expert who can help', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, ANNA);
    await page.getByRole('link', { name: 'Een vraag stellen' }).click();
    await expectPage(page, 'Een vraag stellen');
    await page.getByLabel('Uw vraag in één zin').fill(TITLE);
    await page
      .getByLabel('Toelichting')
      .fill('Welke respijtzorg bieden jullie mantelzorgers, en hoe vinden zij die? We zoeken ervaringen.');
    await page.getByLabel('Taakvelden filteren').fill('Samenkracht');
    await page.getByLabel('6.1 Samenkracht en burgerparticipatie').check();

    // Non-blocking suggestions while typing: a live line with the count, the lists below it.
    const suggestions = page.getByRole('region', { name: 'Misschien is uw vraag al beantwoord' });
    await suggestions
      .getByRole('status')
      .filter({ hasText: /suggesties? bij uw vraag/ })
      .waitFor();
    const experts = suggestions.getByRole('group', { name: 'Experts' });
    await experts.getByRole('link', { name: ZOE.displayName }).waitFor();
    expect(await experts.getByText(/^Waarom: /).count()).toBeGreaterThan(0);
    await checkPage(page, 'vraag-stellen-suggesties');

    // Looking at the expert and coming back keeps the question as it was typed.
    await experts.getByRole('link', { name: ZOE.displayName }).click();
    await expectPage(page, ZOE.displayName);
    await page.getByText('6.1 Samenkracht en burgerparticipatie (Expert)').waitFor();
    await checkPage(page, 'expertiseprofiel');
    await page.goBack();
    await expectPage(page, 'Een vraag stellen');
    expect(await page.getByLabel('Uw vraag in één zin').inputValue()).toBe(TITLE);
    expect(await page.getByLabel('6.1 Samenkracht en burgerparticipatie').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await expectPage(page, TITLE);
    questionUrl = page.url();
    expect(questionUrl).toMatch(/\/vragen\/[^/]+$/);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('Zeist gets it under "Vragen voor jou", finds it with a typo and by suggestion, and narrows with filters', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, ZOE);

    // Routed to her (the matching runs after the question is stored): with the reasons.
    const forYou = page.getByRole('region', { name: 'Vragen voor jou' });
    await loadUntil(page, '/', () => forYou.getByRole('link', { name: TITLE }));
    await forYou.getByText(/^Waarom u: /).waitFor();
    await checkPage(page, 'vragen-voor-jou');

    // The header's search box, with the key word misspelt: Enter searches (no suggestion chosen).
    const header = page.getByRole('search', { name: 'Zoeken in het Kennisschakelpunt' });
    const box = header.getByRole('combobox');
    await box.fill(TYPO);
    await box.press('Enter');
    await expectPage(page, 'Zoeken');
    expect(new URL(page.url()).search).toBe(`?q=${TYPO}`);
    await loadUntil(page, `/zoeken?q=${TYPO}`, () =>
      resultCount(page).filter({ hasText: `1 resultaat voor ‘${TYPO}’` }),
    );
    const hit = page.getByRole('main').getByRole('article').filter({ hasText: TITLE });
    // The matched word is marked (parsed from the snippet, not inserted as HTML).
    expect(await hit.locator('mark').first().textContent()).toMatch(/respijtzorg/i);
    await checkPage(page, 'zoeken-tikfout');
    // The hit's title opens the question.
    await hit.getByRole('link', { name: TITLE }).click();
    await expectPage(page, TITLE);
    expect(page.url()).toBe(questionUrl);
    await page.goBack();
    await expectPage(page, 'Zoeken');

    // A broader word: the question and Zoë's own profile; the kinds are filters with counts.
    const form = page.getByRole('search', { name: 'Zoekopdracht' });
    await form.getByLabel('Zoekwoorden').fill('mantelzorg');
    await form.getByRole('button', { name: 'Zoeken' }).click();
    await resultCount(page).filter({ hasText: '2 resultaten voor ‘mantelzorg’' }).waitFor();
    const refine = page.getByRole('region', { name: 'Verfijnen' });
    const kind = refine.getByRole('group', { name: 'Soort' });
    await kind.getByLabel('Vraag (1)').waitFor();
    await kind.getByLabel('Expertise (1)').waitFor();
    const domains = refine.getByRole('group', { name: 'Taakveld' });
    // The taakveld tree: the hoofdstuk with its taakveld under it, both counted.
    await domains.getByLabel('6 Sociaal domein (2)').waitFor();
    await domains.getByLabel('6.1 Samenkracht en burgerparticipatie (2)').waitFor();
    // Regions of different kinds with one name are told apart (the API's labels name the kind).
    const regions = refine.getByRole('group', { name: 'Regio' });
    await regions.getByLabel('Provincie Utrecht (2)').waitFor();
    await regions.getByLabel('Veiligheidsregio Utrecht (2)').waitFor();
    await checkPage(page, 'zoeken-facetten');

    await kind.getByLabel('Vraag (1)').check();
    await resultCount(page).filter({ hasText: '1 resultaat voor ‘mantelzorg’' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['vraag']);
    // Values of one filter add up: "Expertise" can still be added, with its count.
    await kind.getByLabel('Expertise (1)').waitFor();
    expect(await page.getByRole('main').getByRole('article').count()).toBe(1);
    const chip = page.getByRole('button', { name: 'Soort: Vraag (filter weghalen)' });
    await chip.waitFor();
    await checkPage(page, 'zoeken-gefilterd');
    await chip.click();
    await resultCount(page).filter({ hasText: '2 resultaten voor ‘mantelzorg’' }).waitFor();
    // The button is gone; the focus is on the filters' heading.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Verfijnen');

    // Suggestions while typing, with the keyboard only.
    await box.fill('');
    await box.pressSequentially('respijt', { delay: 30 });
    const listbox = header.getByRole('listbox', { name: 'Suggesties' });
    const option = listbox.getByRole('option', { name: `Vraag ${TITLE}` });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await header
      .getByRole('status')
      .filter({ hasText: /suggesties?\. Kies met pijltje/ })
      .waitFor();
    await checkPage(page, 'zoeken-suggesties');
    await box.press('Escape');
    await listbox.waitFor({ state: 'hidden' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('ArrowDown');
    await option.waitFor();
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await box.press('Enter');
    await expectPage(page, TITLE);
    expect(page.url()).toBe(questionUrl);
    // The question's page: who can help, with why (Zoë herself, as the matched expert).
    const helpers = page.getByRole('region', { name: 'Wie kan helpen' });
    await helpers.getByRole('link', { name: ZOE.displayName }).waitFor();
    await helpers.getByText(/^Waarom: .*taakveld 6\.1/).waitFor();
    await checkPage(page, 'vraag-via-suggestie');

    // "Niet mijn expertise": the question leaves her list, and the focus goes to the confirmation.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Start' }).click();
    await forYou.getByRole('link', { name: TITLE }).waitFor();
    await forYou.getByRole('button', { name: `Niet mijn expertise: ${TITLE}` }).click();
    const confirmation = forYou.getByText(`‘${TITLE}’ staat niet meer in uw lijst.`, { exact: false });
    await confirmation.waitFor();
    await forYou.getByText('Er zijn nu geen vragen aan u doorgestuurd.').waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toContain(
      'staat niet meer in uw lijst',
    );
    await checkPage(page, 'vragen-voor-jou-afgewezen');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('Amsterdam finds nothing for it, with tips, and gets the not-found page for its link', async () => {
    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, BAS);
    const box = page.getByRole('search', { name: 'Zoeken in het Kennisschakelpunt' }).getByRole('combobox');
    await box.fill(TYPO);
    await box.press('Enter');
    await expectPage(page, 'Zoeken');
    await resultCount(page)
      .filter({ hasText: `Niets gevonden voor ‘${TYPO}’.` })
      .waitFor();
    await page.getByRole('region', { name: 'Tips' }).waitFor();
    // Not in the counts either: no filter offers anything.
    expect(await page.getByRole('region', { name: 'Verfijnen' }).getByRole('checkbox').count()).toBe(0);
    await checkPage(page, 'zoeken-niets-gevonden');
    // Nor suggested by its title's start: the suggestions' answer is empty.
    const suggested = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"prefix":"respijt"'),
    );
    await box.fill('respijt');
    expect(((await (await suggested).json()) as { data: { suggest: unknown[] } }).data.suggest).toEqual([]);
    expect(await page.getByRole('listbox', { includeHidden: true }).getByRole('option').count()).toBe(0);
    expect(await box.getAttribute('aria-expanded')).toBe('false');

    await page.goto(questionUrl);
    await expectPage(page, 'Pagina niet gevonden');
    expect(await page.getByText(TITLE).count()).toBe(0);
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });

  it('a report opened from the results shows where the words are in its full text', async () => {
    const anna = await tokenOf(hub, ANNA);
    const { submitReport } = await asPerson<{ submitReport: { id: string } }>(
      hub,
      anna,
      'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      {
        input: {
          title: 'Evaluatie mantelzorgondersteuning 2025',
          type: 'EVALUATIE',
          publisherOrganisationCode: 'GM0344',
          publicationDate: '2025-05-01',
          policyDomainCodes: ['6.1'],
          summary: 'Hoe mantelzorgers in Utrecht ondersteund worden.',
        },
      },
    );
    const { uploadReportFile } = await asPerson<{ uploadReportFile: { uploadUrl: string } }>(
      hub,
      anna,
      'mutation($r: ID!, $n: String!) { uploadReportFile(reportId: $r, fileName: $n) { uploadUrl } }',
      { r: submitReport.id, n: 'evaluatie.pdf' },
    );
    const put = await fetch(new URL(uploadReportFile.uploadUrl, hub.url), {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: await pdf(
        'Inleiding. Mantelzorgers kunnen een dagdeel per week terecht op een zorgboerderij in de regio, ' +
          'zodat zij even op adem kunnen komen.',
      ),
    });
    expect(put.ok).toBe(true);
    await asPerson(hub, await tokenOf(hub, COR), 'mutation($id: ID!) { publishReport(id: $id) { id } }', {
      id: submitReport.id,
    });

    const { context, page } = await newPerson(browser, hub.url);
    page.setDefaultTimeout(15_000);
    await logIn(page, ZOE);
    // Only in the file's text, not in the title or the summary.
    await loadUntil(page, '/zoeken?q=zorgboerderij', () =>
      resultCount(page).filter({ hasText: '1 resultaat voor ‘zorgboerderij’' }),
    );
    await page.getByRole('main').getByText('In het rapport:').waitFor();
    await page.getByRole('link', { name: 'Evaluatie mantelzorgondersteuning 2025' }).click();
    await expectPage(page, 'Evaluatie mantelzorgondersteuning 2025');
    const found = page.getByRole('region', { name: 'Gevonden in de tekst' });
    expect(await found.locator('mark').first().textContent()).toBe('zorgboerderij');
    await checkPage(page, 'rapport-gevonden-in-tekst');
    await found.getByRole('link', { name: 'Terug naar de zoekresultaten' }).click();
    await expectPage(page, 'Zoeken');
    expect(problemsOf(page)).toEqual([]);
    await context.close();
  });
});
