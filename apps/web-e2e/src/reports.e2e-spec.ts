import { graphql } from '@ksp/testing';
import type { Browser } from 'playwright-core';
import { checkPage, expectPage, launchChromium, logIn, newPerson, problemsOf } from './support/browser';
import { pdf } from './support/content';
import { startHub, type Hub } from './support/hub';
import { ANNA, COR, member } from './support/people';

/** A member submits a report with its file; a coordinator of the region publishes it. */
describe('the report library', () => {
  let hub: Hub;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    hub = await startHub();
    await member(hub, ANNA, 'GM0344');
    await member(hub, COR, 'GM0344', { roles: ['MEMBER', 'COORDINATOR'], coordinatorRegionIds: ['VR09'] });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('from a submitted report with a PDF to its publication by the coordinator', async () => {
    const title = 'Evaluatie wachtlijsten jeugdhulp 2025';
    const anna = await newPerson(browser, hub.url);
    anna.page.setDefaultTimeout(15_000);
    const page = anna.page;
    await logIn(page, ANNA);
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    // Only coordinators and admins see the review queue in the navigation.
    expect(await nav.getByRole('link', { name: 'Beoordelen' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Rapporten' }).click();
    await expectPage(page, 'Rapportenbibliotheek');
    await page.getByText('Geen rapporten gevonden.').waitFor();
    await checkPage(page, 'rapporten');

    await page.getByRole('link', { name: 'Rapport indienen' }).click();
    await expectPage(page, 'Rapport indienen');
    await checkPage(page, 'rapport-indienen');
    await page.getByRole('button', { name: 'Rapport indienen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Controleer het formulier' }).waitFor();
    expect(await page.evaluate('document.activeElement?.className')).toContain('ksp-error-summary');
    await page.getByRole('link', { name: 'Vul de titel van het rapport in.' }).waitFor();
    await checkPage(page, 'rapport-indienen-fouten');

    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Soort rapport').selectOption('EVALUATIE');
    await page.getByLabel('Publicatiedatum').fill('2025-06-01');
    await page.getByLabel(/^Auteurs/).fill('A. Jansen, P. de Boer');
    await page.getByLabel('Taakvelden filteren').fill('Jeugdhulp ambulant');
    await page.getByLabel('6.751 Jeugdhulp ambulant lokaal').check();
    await page.getByLabel('Samenvatting').fill('Wat hielp om de wachtlijsten in de jeugdhulp te verkorten.');
    // Not a PDF, though named like one: the server refuses it, with its own message.
    await page.getByLabel('Bestand').setInputFiles({
      name: 'evaluatie.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('dit is geen pdf, maar platte tekst'),
    });
    await page.getByRole('button', { name: 'Rapport indienen' }).click();
    const refusal = page
      .getByRole('alert')
      .filter({ hasText: 'Het rapport is opgeslagen, maar het bestand niet:' });
    await refusal.waitFor();
    const serverMessage = (await page.locator('#report-file-error').textContent())?.trim() ?? '';
    expect(serverMessage.length).toBeGreaterThan(5);
    expect(await refusal.textContent()).toContain(serverMessage);
    await checkPage(page, 'rapport-indienen-bestand-geweigerd');

    // The real PDF, for the same report (it is not submitted twice).
    await page.getByLabel('Bestand').setInputFiles({
      name: 'evaluatie-jeugdhulp.pdf',
      mimeType: 'application/pdf',
      buffer: await pdf('Evaluatie van de wachtlijsten in de jeugdhulp in Utrecht.'),
    });
    await page.getByRole('button', { name: 'Bestand opnieuw versturen' }).click();
    await expectPage(page, title);
    await page.getByText('Uw rapport is ingediend.').waitFor();
    await page.getByText('Ingediend', { exact: true }).waitFor();
    const download = page.getByRole('link', { name: 'evaluatie-jeugdhulp.pdf downloaden' });
    const href = await download.getAttribute('href');
    const file = await fetch(href!);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    await page
      .getByText(/wachtlijsten in de jeugdhulp in Utrecht/)
      .first()
      .waitFor();
    await checkPage(page, 'rapport-ingediend');
    const reportUrl = page.url();
    // The one refused upload (Chromium logs a failed request as a console error); nothing else.
    expect(problemsOf(page)).toEqual([
      'Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
    problemsOf(page).length = 0;

    // The coordinator of the veiligheidsregio publishes it from the review queue.
    const cor = await newPerson(browser, hub.url);
    cor.page.setDefaultTimeout(15_000);
    await logIn(cor.page, COR);
    await cor.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Beoordelen' })
      .click();
    await expectPage(cor.page, 'Beoordelen');
    const queue = cor.page.getByRole('region', { name: /Ingediende rapporten/ });
    await queue.getByRole('link', { name: title }).waitFor();
    await checkPage(cor.page, 'beoordelen');
    // Rejecting asks for a reason; cancelled here.
    await queue.getByRole('button', { name: `Afwijzen: ${title}` }).click();
    await queue.getByRole('button', { name: 'Rapport afwijzen' }).click();
    await cor.page.getByRole('link', { name: 'Geef een reden (minstens 3 tekens).' }).waitFor();
    await checkPage(cor.page, 'beoordelen-afwijzen');
    await queue.getByRole('button', { name: 'Annuleren' }).click();
    await queue.getByRole('button', { name: `Publiceren: ${title}` }).click();
    await cor.page.getByText(`Gepubliceerd: ${title}`).waitFor();
    // The buttons left with the report: the focus is on the confirmation.
    expect(await cor.page.evaluate('document.activeElement?.textContent')).toBe(`Gepubliceerd: ${title}`);
    await queue.getByText('Er wachten geen rapporten.').waitFor();
    expect(problemsOf(cor.page)).toEqual([]);
    await cor.context.close();

    // The submitter sees it published, and finds it in the library by type and year.
    await page.goto(reportUrl);
    await expectPage(page, title);
    await page.getByText('Gepubliceerd', { exact: true }).waitFor();
    await page.goto('/rapporten');
    await expectPage(page, 'Rapportenbibliotheek');
    await page.getByLabel('Soort', { exact: true }).selectOption('EVALUATIE');
    await page.getByLabel('Jaar').selectOption('2025');
    await page.getByLabel('Taakveld').selectOption('6.751');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.getByText('1 rapport', { exact: true }).waitFor();
    await page.getByRole('main').getByRole('link', { name: title }).waitFor();
    expect(page.url()).toContain('soort=EVALUATIE');
    await checkPage(page, 'rapporten-gefilterd');
    await page.getByLabel('Soort', { exact: true }).selectOption('MONITOR');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.getByText('Geen rapporten gevonden.').waitFor();
    expect(problemsOf(page)).toEqual([]);
    await anna.context.close();
  });

  it("a rejected report shows the coordinator's reason to its submitter", async () => {
    const login = await graphql<{ login: { accessToken: string } }>(
      hub.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: ANNA.email, p: ANNA.password },
    );
    const title = 'Beleidsnota schuldhulpverlening';
    const submitted = await graphql<{ submitReport: { id: string } }>(
      hub.url,
      'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }',
      {
        input: {
          title,
          type: 'BELEIDSNOTA',
          publisherOrganisationCode: 'GM0344',
          publicationDate: '2024-03-15',
          policyDomainCodes: ['6.3'],
          summary: 'De aanpak van schulden in Utrecht.',
          link: 'https://www.utrecht.nl/schulden',
        },
      },
      { authorization: `Bearer ${login.data!.login.accessToken}` },
    );
    expect(submitted.errors).toBeUndefined();
    const reportPath = `/rapporten/${submitted.data!.submitReport.id}`;

    const cor = await newPerson(browser, hub.url);
    cor.page.setDefaultTimeout(15_000);
    await logIn(cor.page, COR);
    await cor.page.goto(reportPath);
    await expectPage(cor.page, title);
    const review = cor.page.getByRole('region', { name: 'Beoordelen' });
    await review.getByRole('button', { name: 'Afwijzen' }).click();
    const reason = 'Dit is een conceptversie; dien de vastgestelde nota in.';
    await review.getByLabel('Reden van afwijzing').fill(reason);
    await review.getByRole('button', { name: 'Rapport afwijzen' }).click();
    await cor.page.getByText('Het rapport is afgewezen.').waitFor();
    await cor.page.getByText('Afgewezen', { exact: true }).waitFor();
    await checkPage(cor.page, 'rapport-afgewezen');
    expect(problemsOf(cor.page)).toEqual([]);
    await cor.context.close();

    const anna = await newPerson(browser, hub.url);
    anna.page.setDefaultTimeout(15_000);
    await logIn(anna.page, ANNA);
    await anna.page.goto(reportPath);
    await expectPage(anna.page, title);
    await anna.page.getByText(`Afgewezen door de coördinator: ${reason}`).waitFor();
    expect(await anna.page.getByRole('region', { name: 'Beoordelen' }).count()).toBe(0);
    expect(problemsOf(anna.page)).toEqual([]);
    await anna.context.close();
  });
});
