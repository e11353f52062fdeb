import type { Browser } from 'playwright-core';
import { checkPage, expectPage, launchChromium, logIn, newPerson, problemsOf } from './support/browser';
import { startHub, type Hub } from './support/hub';
import { ANNA, ZOE, member } from './support/people';

/** An expert in Zeist is found in the expertise directory only with her consent. */
describe('expertise', () => {
  let hub: Hub;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    hub = await startHub();
    await member(hub, ZOE, 'GM0355');
    await member(hub, ANNA, 'GM0344');
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('a profile saved without consent is not found by others; with consent it is', async () => {
    const zoe = await newPerson(browser, hub.url);
    zoe.page.setDefaultTimeout(15_000);
    await logIn(zoe.page, ZOE);
    await zoe.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn profiel' })
      .click();
    await expectPage(zoe.page, 'Mijn expertiseprofiel');
    await checkPage(zoe.page, 'mijn-profiel');

    await zoe.page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await zoe.page.getByRole('link', { name: 'Kies minstens één taakveld.' }).waitFor();
    await checkPage(zoe.page, 'mijn-profiel-fouten');

    await zoe.page.getByLabel('Taakvelden filteren').fill('Jeugdhulp ambulant');
    await zoe.page.getByLabel('6.751 Jeugdhulp ambulant lokaal').check();
    await zoe.page.getByLabel('Niveau in 6.751 Jeugdhulp ambulant lokaal').selectOption('EXPERT');
    await zoe.page.getByLabel(/^Trefwoorden/).fill('wachtlijst, jeugdhulp');
    await zoe.page.getByLabel(/^Over mij/).fill('Ik werk aan **kortere wachtlijsten** in de jeugdhulp.');
    const consent = zoe.page.getByLabel(
      'Ik geef toestemming dat de hub mij aanbeveelt bij vragen van andere gemeenten',
    );
    expect(await consent.isChecked()).toBe(false);
    await zoe.page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await zoe.page.getByText('Uw profiel is opgeslagen. Zonder uw toestemming ziet alleen u het.').waitFor();
    await checkPage(zoe.page, 'mijn-profiel-opgeslagen');

    // Another member, filtering on the taakveld, does not find her.
    const anna = await newPerson(browser, hub.url);
    anna.page.setDefaultTimeout(15_000);
    await logIn(anna.page, ANNA);
    await anna.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Expertise' })
      .click();
    await expectPage(anna.page, 'Expertise');
    await anna.page.getByLabel('Taakveld').selectOption('6.751');
    await anna.page.getByRole('button', { name: 'Filter toepassen' }).click();
    await anna.page.getByText('Geen profielen gevonden.').waitFor();
    expect(await anna.page.getByText('Zoë Bakker').count()).toBe(0);
    await checkPage(anna.page, 'expertise-leeg');

    // With consent (after a reload: the saved profile is loaded again), she is found.
    await zoe.page.reload();
    await expectPage(zoe.page, 'Mijn expertiseprofiel');
    // The keywords as the API stores them (normalised, in its order).
    expect((await zoe.page.getByLabel(/^Trefwoorden/).inputValue()).split(', ').sort()).toEqual([
      'jeugdhulp',
      'wachtlijst',
    ]);
    await consent.check();
    await zoe.page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await zoe.page.getByText("Uw profiel is opgeslagen. Collega's kunnen u nu vinden.").waitFor();
    expect(problemsOf(zoe.page)).toEqual([]);
    await zoe.context.close();

    await anna.page.reload();
    await expectPage(anna.page, 'Expertise');
    await anna.page.getByRole('heading', { name: 'Zoë Bakker' }).waitFor();
    await anna.page.getByText(/6\.751 Jeugdhulp ambulant lokaal \(Expert\)/).waitFor();
    await anna.page.getByText('kortere wachtlijsten').waitFor();
    await checkPage(anna.page, 'expertise');
    // By gemeente: Zeist finds her, Amsterdam does not.
    await anna.page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Zeist' });
    await anna.page.getByRole('button', { name: 'Filter toepassen' }).click();
    await anna.page.getByText('1 profiel', { exact: true }).waitFor();
    await anna.page.getByLabel('Gemeente', { exact: true }).selectOption({ label: 'Amsterdam' });
    await anna.page.getByRole('button', { name: 'Filter toepassen' }).click();
    await anna.page.getByText('Geen profielen gevonden.').waitFor();
    // In English too.
    await anna.page.getByRole('button', { name: 'English' }).click();
    await anna.page.getByText('No profiles found.').waitFor();
    await anna.page.getByLabel('Municipality', { exact: true }).waitFor();
    await checkPage(anna.page, 'expertise-en');
    expect(problemsOf(anna.page)).toEqual([]);
    await anna.context.close();
  });
});
