import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { checkPage, expectPage, launchChromium, logIn, newPerson, problemsOf } from './support/browser';
import { startHub, type Hub } from './support/hub';
import { ANNA, COR, RIK, ZOE, asPerson, member, tokenOf } from './support/people';

const NEIGHBOURS_QUESTION = 'Hoe organiseren jullie de inloop voor mantelzorgers?';
const REPORT = 'Monitor mantelzorg regio Utrecht 2025';
const KEEP_QUESTION = 'Wachtlijst jeugdhulp verkorten: wat werkt?';
const DUPLICATE_QUESTION = 'Ervaringen met kortere wachtlijsten in de jeugdhulp';
const DOSSIER = 'Mantelzorg in de regio';

const ASK = 'mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id } }';

/** The coordinators' pieces of the web app: dossiers, merging duplicates, the region overview. */
describe('coordination', () => {
  let hub: Hub;
  let browser: Browser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    hub = await startHub();
    await member(hub, ANNA, 'GM0344');
    await member(hub, COR, 'GM0344', { roles: ['MEMBER', 'COORDINATOR'], coordinatorRegionIds: ['VR09'] });
    await member(hub, ZOE, 'GM0355');
    await member(hub, RIK, 'GM0340');

    // Anna's questions and report, prepared over the API; the coordinator publishes the report.
    const anna = await tokenOf(hub, ANNA);
    const ask = async (title: string, scope: 'NEIGHBOURS' | 'MEMBERS') =>
      (
        await asPerson<{ askQuestion: { id: string } }>(hub, anna, ASK, {
          input: {
            title,
            body: `Wij zoeken ervaringen: ${title.toLowerCase()}`,
            policyDomainCodes: ['6.751'],
            audience: { scope },
          },
        })
      ).askQuestion.id;
    ids['neighbours'] = await ask(NEIGHBOURS_QUESTION, 'NEIGHBOURS');
    ids['keep'] = await ask(KEEP_QUESTION, 'MEMBERS');
    ids['duplicate'] = await ask(DUPLICATE_QUESTION, 'MEMBERS');
    const report = await asPerson<{ submitReport: { id: string } }>(
      hub,
      anna,
      'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      {
        input: {
          title: REPORT,
          type: 'MONITOR',
          publisherOrganisationCode: 'GM0344',
          publicationDate: '2025-09-01',
          policyDomainCodes: ['6.3'],
          summary: 'Hoe het gaat met de mantelzorgers in de regio Utrecht.',
          link: 'https://www.utrecht.nl/mantelzorg',
        },
      },
    );
    ids['report'] = report.submitReport.id;
    await asPerson(hub, await tokenOf(hub, COR), 'mutation($id: ID!) { publishReport(id: $id) { id } }', {
      id: ids['report'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('a coordinator builds a dossier of two items; readers of the region see what they may see', async () => {
    const cor = await newPerson(browser, hub.url);
    cor.page.setDefaultTimeout(15_000);
    const page = cor.page;
    await logIn(page, COR);
    await nav(page).getByRole('link', { name: 'Dossiers' }).click();
    await expectPage(page, 'Dossiers');
    await page.getByText('Er zijn nog geen dossiers.').waitFor();
    await checkPage(page, 'dossiers-leeg');

    await page.getByRole('link', { name: 'Nieuw dossier' }).click();
    await expectPage(page, 'Nieuw dossier');
    // The audience chooser of "vraag stellen", set to the coordinator's region.
    expect(await page.getByRole('radio', { name: 'De gemeenten van een regio' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Veiligheidsregio/ }).isChecked()).toBe(true);
    await checkPage(page, 'dossier-nieuw');

    await page.getByRole('button', { name: 'Dossier opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
    await page.getByRole('link', { name: 'Geef het dossier een titel.' }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('dossier-title');
    await checkPage(page, 'dossier-nieuw-fouten');

    await page.getByLabel('Titel', { exact: true }).fill(DOSSIER);
    await page.getByLabel('Inleiding').fill('Wat de gemeenten in **de regio** weten over mantelzorg.');
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld' });
    expect(await preview.locator('strong').textContent()).toBe('de regio');

    // The report: found by a word of its title.
    const picker = page.getByRole('search', { name: 'Onderdeel toevoegen' });
    await picker.getByLabel('Soort').selectOption('REPORT');
    await picker.getByLabel('Woorden uit de titel').fill('mantelzorg');
    await picker.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByText('1 gevonden', { exact: true }).waitFor();
    await page.getByRole('button', { name: `${REPORT} toevoegen` }).click();
    await page.getByRole('button', { name: `In het dossier: ${REPORT}` }).waitFor();
    // The question (addressed to Utrecht's buurgemeenten only).
    await picker.getByLabel('Soort').selectOption('QUESTION');
    await picker.getByLabel('Woorden uit de titel').fill('inloop mantelzorgers');
    await picker.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('button', { name: `${NEIGHBOURS_QUESTION} toevoegen` }).click();
    const items = page
      .getByRole('region', { name: /^Onderdelen/ })
      .getByRole('list')
      .first();
    await page.getByRole('heading', { level: 2, name: 'Onderdelen (2)' }).waitFor();

    // The question first: it moves up, and the focus stays with it (on "omlaag": "omhoog" is off).
    await page.getByRole('button', { name: `${NEIGHBOURS_QUESTION} omhoog` }).click();
    await page.getByText(`${NEIGHBOURS_QUESTION} staat nu op plaats 1 van 2.`).waitFor({ state: 'attached' });
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      `${NEIGHBOURS_QUESTION} omlaag`,
    );
    expect(await items.getByRole('link').allTextContents()).toEqual([NEIGHBOURS_QUESTION, REPORT]);
    await page
      .getByLabel(`Toelichting bij ${NEIGHBOURS_QUESTION}`)
      .fill('Lees vooral de antwoorden van Zeist.');
    await checkPage(page, 'dossier-onderdelen');

    await page.getByRole('button', { name: 'Dossier opslaan' }).click();
    await expectPage(page, DOSSIER);
    await page.getByText('Het dossier is opgeslagen.').waitFor();
    const contents = page.getByRole('region', { name: 'In dit dossier (2)' });
    expect(await contents.getByRole('link').allTextContents()).toEqual([NEIGHBOURS_QUESTION, REPORT]);
    await contents.getByText('Lees vooral de antwoorden van Zeist.').waitFor();
    expect(await page.locator('.ksp-rich-text strong').textContent()).toBe('de regio');
    await checkPage(page, 'dossier');
    const dossierUrl = page.url();

    await page.getByRole('link', { name: 'Dossier bewerken' }).click();
    await expectPage(page, 'Dossier bewerken');
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(DOSSIER);
    await page.getByRole('heading', { level: 2, name: 'Onderdelen (2)' }).waitFor();
    await checkPage(page, 'dossier-bewerken');
    expect(problemsOf(page)).toEqual([]);
    await cor.context.close();

    // Zoë (Zeist, a buurgemeente) finds the dossier and sees both items.
    const zoe = await newPerson(browser, hub.url);
    zoe.page.setDefaultTimeout(15_000);
    await logIn(zoe.page, ZOE);
    expect(await nav(zoe.page).getByRole('link', { name: 'Regio-overzicht' }).count()).toBe(0);
    await nav(zoe.page).getByRole('link', { name: 'Dossiers' }).click();
    await expectPage(zoe.page, 'Dossiers');
    expect(await zoe.page.getByRole('link', { name: 'Nieuw dossier' }).count()).toBe(0);
    await zoe.page.getByRole('link', { name: DOSSIER }).click();
    await expectPage(zoe.page, DOSSIER);
    const seen = zoe.page.getByRole('region', { name: 'In dit dossier (2)' });
    expect(await seen.getByRole('link').allTextContents()).toEqual([NEIGHBOURS_QUESTION, REPORT]);
    expect(await zoe.page.getByRole('link', { name: 'Dossier bewerken' }).count()).toBe(0);
    await checkPage(zoe.page, 'dossier-lezer');
    // In English too.
    await zoe.page.getByRole('button', { name: 'English' }).click();
    await zoe.page.getByRole('heading', { level: 2, name: 'In this dossier (2)' }).waitFor();
    await zoe.page.getByText(/^For the municipalities of Utrecht \(safety region\)/).waitFor();
    await checkPage(zoe.page, 'dossier-lezer-en');
    expect(problemsOf(zoe.page)).toEqual([]);
    await zoe.context.close();

    // Rik (Rhenen: in the region, no buurgemeente of Utrecht) sees the dossier without the question.
    const rik = await newPerson(browser, hub.url);
    rik.page.setDefaultTimeout(15_000);
    await logIn(rik.page, RIK);
    await rik.page.goto(dossierUrl);
    await expectPage(rik.page, DOSSIER);
    const partial = rik.page.getByRole('region', { name: 'In dit dossier (1)' });
    expect(await partial.getByRole('link').allTextContents()).toEqual([REPORT]);
    expect(await rik.page.getByText(NEIGHBOURS_QUESTION).count()).toBe(0);
    expect(await rik.page.getByText('Lees vooral de antwoorden van Zeist.').count()).toBe(0);
    await checkPage(rik.page, 'dossier-lezer-zonder-vraag');
    // The coordinators' pages are not for him.
    await rik.page.goto('/regio');
    await expectPage(rik.page, 'Geen toegang');
    await checkPage(rik.page, 'geen-toegang');
    expect(problemsOf(rik.page)).toEqual([]);
    await rik.context.close();
  });

  it('a coordinator merges a duplicate question into another, after confirming', async () => {
    const cor = await newPerson(browser, hub.url);
    cor.page.setDefaultTimeout(15_000);
    const page = cor.page;
    await logIn(page, COR);
    await page.goto(`/vragen/${ids['duplicate']}`);
    await expectPage(page, DUPLICATE_QUESTION);
    const merge = page.getByRole('region', { name: 'Samenvoegen' });
    await merge.getByRole('button', { name: 'Markeren als duplicaat…' }).click();
    await merge.getByLabel('Woorden uit de titel').fill('wachtlijst jeugdhulp');
    await merge.getByRole('button', { name: 'Zoeken', exact: true }).click();
    // The question itself is not offered.
    await merge.getByText('1 gevonden', { exact: true }).waitFor();
    await checkPage(page, 'samenvoegen-zoeken');
    await merge.getByRole('button', { name: `Kiezen: ${KEEP_QUESTION}` }).click();
    const confirmation = `"${DUPLICATE_QUESTION}" samenvoegen met "${KEEP_QUESTION}"?`;
    await merge.getByText(confirmation).waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(confirmation);
    await checkPage(page, 'samenvoegen-bevestigen');

    await merge.getByRole('button', { name: 'Ja, samenvoegen' }).click();
    const notice = page.getByText(`Deze vraag is samengevoegd met ${KEEP_QUESTION}.`);
    await notice.waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(
      `Deze vraag is samengevoegd met ${KEEP_QUESTION}.`,
    );
    await page.getByText('Gesloten', { exact: true }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Samenvoegen' }).count()).toBe(0);
    await checkPage(page, 'samengevoegd');
    await page.getByRole('link', { name: KEEP_QUESTION }).click();
    await expectPage(page, KEEP_QUESTION);
    expect(problemsOf(page)).toEqual([]);
    await cor.context.close();

    // The asker (no coordinator) sees the notice too, and no merge panel.
    const anna = await newPerson(browser, hub.url);
    anna.page.setDefaultTimeout(15_000);
    await logIn(anna.page, ANNA);
    await anna.page.goto(`/vragen/${ids['duplicate']}`);
    await expectPage(anna.page, DUPLICATE_QUESTION);
    await anna.page.getByText(`Deze vraag is samengevoegd met ${KEEP_QUESTION}.`).waitFor();
    await anna.page.goto(`/vragen/${ids['keep']}`);
    await expectPage(anna.page, KEEP_QUESTION);
    expect(await anna.page.getByRole('region', { name: 'Samenvoegen' }).count()).toBe(0);
    expect(problemsOf(anna.page)).toEqual([]);
    await anna.context.close();
  });

  it("the region overview lists the region's gemeenten, and what the coordinator features reaches its members", async () => {
    // The question for the buurgemeenten escalated, as the hourly check records it after five days
    // without an answer (the check, its routing and the coordinators' mail: the API's matching spec).
    const at = new Date().toISOString().replace('T', ' ').replace('Z', '');
    await hub.database.execute(
      'INSERT INTO matching_escalation (id, question_id, municipality_code, round, routed_to, created_at) ' +
        `VALUES ('${randomUUID()}', '${ids['neighbours']}', 'GM0344', 1, 2, '${at}')`,
    );
    const cor = await newPerson(browser, hub.url);
    cor.page.setDefaultTimeout(15_000);
    const page = cor.page;
    await logIn(page, COR);
    await nav(page).getByRole('link', { name: 'Regio-overzicht' }).click();
    await expectPage(page, 'Regio-overzicht');
    const table = page.getByRole('table');
    for (const name of ['Utrecht', 'Zeist', 'Rhenen', 'Amersfoort']) {
      await table.getByRole('rowheader', { name, exact: true }).waitFor();
    }
    expect(await table.getByRole('rowheader', { name: 'Amsterdam' }).count()).toBe(0);
    expect(await table.getByRole('row').count()).toBe(1 + 26 + 1); // header, 26 gemeenten, total
    // Utrecht: three questions asked, two still open (the third was merged), one report published.
    // Columns: asked, answers given, open, past deadline, in review, published, findable experts.
    const utrecht = table.getByRole('row', { name: /^Utrecht\b/ });
    await utrecht.getByRole('cell').first().getByText('3', { exact: true }).waitFor();
    expect(await utrecht.getByRole('cell').allTextContents()).toEqual(['3', '0', '2', '0', '0', '1', '0']);
    const rhenen = table.getByRole('row', { name: /^Rhenen\b/ });
    expect(await rhenen.getByRole('cell').allTextContents()).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    // Another period: the address keeps it; everything here happened today.
    const choice = page.getByRole('search', { name: 'Regio en periode kiezen' });
    await choice.getByLabel('Periode').selectOption('30');
    await choice.getByRole('button', { name: 'Tonen' }).click();
    await page.waitForURL(/\/regio\/VR09\?periode=30$/);
    await table.getByRole('rowheader', { name: 'Utrecht', exact: true }).waitFor();
    expect(await utrecht.getByRole('cell').allTextContents()).toEqual(['3', '0', '2', '0', '0', '1', '0']);

    // The region's question that nobody answered in time, with where it went.
    const escalated = page.getByRole('region', { name: 'Vragen zonder antwoord, doorgezet' });
    await escalated.getByRole('link', { name: NEIGHBOURS_QUESTION }).waitFor();
    await escalated.getByText(/^Utrecht · doorgezet op .+ \(ronde 1\) naar 2 volgende experts$/).waitFor();
    expect(await escalated.getByRole('listitem').count()).toBe(1);

    // Feature the report, pinned.
    const featured = page.getByRole('region', { name: /^Uitgelicht in/ });
    await featured.getByText('Er is nog niets uitgelicht.').waitFor();
    const picker = featured.getByRole('search', { name: 'Iets uitlichten' });
    await picker.getByLabel('Soort').selectOption('REPORT');
    await picker.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await featured.getByRole('button', { name: `${REPORT} uitlichten` }).click();
    const pin = featured.getByRole('button', { name: `${REPORT} vastpinnen` });
    await pin.waitFor();
    await pin.click();
    await featured.getByText('Vastgepind', { exact: true }).waitFor();
    expect(await pin.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe(
      `${REPORT} vastpinnen`,
    );
    await checkPage(page, 'regio-overzicht');
    // On a phone's width the table scrolls sideways within its own (focusable) region.
    await page.setViewportSize({ width: 375, height: 800 });
    await checkPage(page, 'regio-overzicht-smal');
    await page.setViewportSize({ width: 1280, height: 720 });

    // Utrecht's open questions, in the questions list with the filter set.
    await utrecht.getByRole('link', { name: '2', exact: true }).click();
    await expectPage(page, 'Vragen');
    await page.getByText('2 vragen', { exact: true }).waitFor();
    expect(await page.getByLabel('Status', { exact: true }).inputValue()).toBe('OPEN');
    const listed = page.getByRole('main').getByRole('list').getByRole('link');
    expect((await listed.allTextContents()).sort()).toEqual([KEEP_QUESTION, NEIGHBOURS_QUESTION].sort());
    await checkPage(page, 'vragen-gefilterd');
    expect(problemsOf(page)).toEqual([]);
    await cor.context.close();

    // Zoë (Zeist, in the region) finds it on her home page.
    const zoe = await newPerson(browser, hub.url);
    zoe.page.setDefaultTimeout(15_000);
    await logIn(zoe.page, ZOE);
    const home = zoe.page.getByRole('region', { name: 'Uitgelicht in uw regio' });
    await home.getByRole('link', { name: REPORT }).waitFor();
    await home.getByText('Vastgepind').waitFor();
    await checkPage(zoe.page, 'start-uitgelicht');
    expect(problemsOf(zoe.page)).toEqual([]);
    await zoe.context.close();
  });
});
