import { errorCode, graphql } from '@ksp/testing';
import { Person, addPerson, loginAdmin, withAdmin } from './testing/people';
import { TestApp, startTestApp } from './testing/test-app';

/**
 * Curation over HTTP: the coordinator's review queue, dossiers (and what readers see inside
 * them), featured items, flags, tag synonyms and the curation log. GM0344 Utrecht and GM0355 Zeist
 * are neighbours in VR09; GM0363 Amsterdam is in VR13.
 */
describe('curation', () => {
  let hub: TestApp;
  let admin: Person;
  let utrecht: Person;
  let zeist: Person;
  let amsterdam: Person;
  let coordinatorVR09: Person;
  let coordinatorVR13: Person;
  let coordinatorPV26: Person;

  const gql = <T = Record<string, unknown>>(who: Person | null, query: string, variables = {}) =>
    graphql<T>(hub.url, query, variables, who?.headers ?? {});

  async function ask(who: Person, title: string, audience: Record<string, unknown>): Promise<string> {
    const res = await gql<{ askQuestion: { id: string } }>(
      who,
      'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
      { i: { title, body: 'Wie heeft ervaring?', policyDomainCodes: ['6.72'], tags: [], audience } },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.askQuestion.id;
  }

  async function submitReport(who: Person, title: string): Promise<{ id: string; status: string }> {
    const res = await gql<{ submitReport: { id: string; status: string } }>(
      who,
      'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id status } }',
      {
        i: {
          title,
          summary: 'Samenvatting.',
          publisherOrganisationCode: 'GM0344',
          authors: ['A. de Vries'],
          publicationDate: '2025-06-30',
          type: 'EVALUATIE',
          policyDomainCodes: ['6.72'],
        },
      },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.submitReport;
  }

  const DOSSIER = `id title version viewerCanEdit audience { scope }
    items { position note itemType itemId title item { __typename ... on Question { id title } ... on Report { id title } } }`;

  beforeAll(async () => {
    hub = await startTestApp(withAdmin());
    admin = await loginAdmin(hub);
    [utrecht, zeist, amsterdam, coordinatorVR09, coordinatorVR13] = await Promise.all([
      addPerson(hub, admin, { email: 'vrager@utrecht.nl', organisationCode: 'GM0344' }),
      addPerson(hub, admin, { email: 'beleid@zeist.nl', organisationCode: 'GM0355' }),
      addPerson(hub, admin, { email: 'onderzoek@amsterdam.nl', organisationCode: 'GM0363' }),
      addPerson(hub, admin, {
        email: 'coordinator@zeist.nl',
        organisationCode: 'GM0355',
        roles: ['MEMBER', 'COORDINATOR'],
        coordinatorRegionIds: ['VR09'],
      }),
      addPerson(hub, admin, {
        email: 'coordinator@amsterdam.nl',
        organisationCode: 'GM0363',
        roles: ['MEMBER', 'COORDINATOR'],
        coordinatorRegionIds: ['VR13'],
      }),
    ]);
    // Province Utrecht (PV26) holds Zeist: this coordinator may edit Zeist's dossiers too.
    coordinatorPV26 = await addPerson(hub, admin, {
      email: 'coordinator@utrecht.nl',
      organisationCode: 'GM0344',
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['PV26'],
    });
  });
  afterAll(async () => hub?.close());

  it('puts a submitted report in the review queue of its region’s coordinator only, and logs its publication', async () => {
    const report = await submitReport(utrecht, 'Monitor schuldhulp 2025');
    expect(report.status).toBe('SUBMITTED');
    const QUEUE =
      '{ reviewQueue { totalCount submittedReports { itemId title item { ... on Report { status } } } } }';
    const mine = await gql<{
      reviewQueue: { submittedReports: { itemId: string; item: { status: string } }[] };
    }>(coordinatorVR09, QUEUE);
    expect(mine.data!.reviewQueue.submittedReports).toContainEqual({
      itemId: report.id,
      title: 'Monitor schuldhulp 2025',
      item: { status: 'SUBMITTED' },
    });
    const other = await gql<{ reviewQueue: { submittedReports: { itemId: string }[] } }>(
      coordinatorVR13,
      QUEUE,
    );
    expect(other.data!.reviewQueue.submittedReports.map((r) => r.itemId)).not.toContain(report.id);
    expect(errorCode(await gql(utrecht, QUEUE))).toBe('FORBIDDEN');

    await gql(coordinatorVR09, 'mutation($id: ID!) { publishReport(id: $id) { id } }', { id: report.id });
    const log = await gql<{ curationLog: { edges: { node: { type: string; detailsJson: string } }[] } }>(
      coordinatorVR09,
      '{ curationLog(first: 50) { edges { node { type detailsJson } } } }',
    );
    expect(log.errors).toBeUndefined();
    expect(
      log.data!.curationLog.edges.some(
        (e) => e.node.type === 'REPORT_PUBLISHED' && e.node.detailsJson.includes(report.id),
      ),
    ).toBe(true);
    expect(errorCode(await gql(utrecht, '{ curationLog { totalCount } }'))).toBe('FORBIDDEN');
  });

  it('shows each reader only the dossier items they may see', async () => {
    const neighboursOnly = await ask(utrecht, 'Inkoop jeugdhulp in de regio?', { scope: 'NEIGHBOURS' });
    const forAll = await ask(utrecht, 'Wie evalueerde de Wmo-toegang?', { scope: 'MEMBERS' });
    const report = await submitReport(coordinatorVR09, 'Evaluatie regionale jeugdhulp'); // published at once
    expect(report.status).toBe('PUBLISHED');

    const created = await gql<{ createDossier: { id: string; version: number; items: unknown[] } }>(
      coordinatorVR09,
      `mutation($i: CreateDossierInput!) { createDossier(input: $i) { ${DOSSIER} } }`,
      {
        i: {
          title: 'Jeugdhulp in de regio',
          introduction: 'Alles over **jeugdhulp** <script>alert(1)</script>',
          items: [
            { itemType: 'QUESTION', itemId: neighboursOnly, note: 'De vraag van Utrecht' },
            { itemType: 'REPORT', itemId: report.id },
            { itemType: 'QUESTION', itemId: forAll },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const dossierId = created.data!.createDossier.id;
    expect(created.data!.createDossier.items).toHaveLength(3);

    const READ = `query($id: ID!) { dossier(id: $id) { ${DOSSIER} introductionHtml } }`;
    type Read = {
      dossier: { items: { itemId: string; item: { __typename: string } }[]; introductionHtml: string };
    };
    const inZeist = await gql<Read>(zeist, READ, { id: dossierId });
    expect(inZeist.data!.dossier.items.map((i) => i.itemId)).toEqual([neighboursOnly, report.id, forAll]);
    expect(inZeist.data!.dossier.items[0]!.item.__typename).toBe('Question');
    expect(inZeist.data!.dossier.introductionHtml).not.toContain('<script');

    // Amsterdam is no buurgemeente of Utrecht: the dossier is there, Utrecht's question is not.
    const inAmsterdam = await gql<Read>(amsterdam, READ, { id: dossierId });
    expect(inAmsterdam.data!.dossier.items.map((i) => i.itemId)).toEqual([report.id, forAll]);
    const listed = await gql<{ dossiers: { edges: { node: Read['dossier'] }[] } }>(
      amsterdam,
      `{ dossiers(first: 10) { totalCount edges { node { ${DOSSIER} } } } }`,
    );
    const same = listed.data!.dossiers.edges.find(
      (e) => (e.node as unknown as { id: string }).id === dossierId,
    );
    expect(same!.node.items.map((i) => i.itemId)).toEqual([report.id, forAll]);
    // Nor can Amsterdam learn which dossiers hold it; Zeist can.
    const CONTAINING = 'query($id: ID!) { dossiers(containingItemId: $id) { totalCount } }';
    const containing = (who: Person) =>
      gql<{ dossiers: { totalCount: number } }>(who, CONTAINING, { id: neighboursOnly });
    expect((await containing(amsterdam)).data!.dossiers.totalCount).toBe(0);
    expect((await containing(zeist)).data!.dossiers.totalCount).toBe(1);
    // Anonymous readers see no member dossier at all.
    expect(errorCode(await gql(null, READ, { id: dossierId }))).toBe('NOT_FOUND');

    // A coordinator may not put in what they cannot see; a stale version is a conflict.
    const hidden = await ask(amsterdam, 'Alleen voor Amsterdam?', { scope: 'ORGANISATION' });
    const update = (expectedVersion: number, items: unknown[]) =>
      gql(coordinatorVR09, 'mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { id version } }', {
        i: { id: dossierId, expectedVersion, title: 'Jeugdhulp', introduction: '', items },
      });
    const refused = await update(created.data!.createDossier.version, [
      { itemType: 'QUESTION', itemId: hidden },
    ]);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const ok = await update(created.data!.createDossier.version, [{ itemType: 'REPORT', itemId: report.id }]);
    expect(ok.errors).toBeUndefined();
    expect(errorCode(await update(created.data!.createDossier.version, []))).toBe('CONFLICT');
    // Members do not make dossiers.
    expect(
      errorCode(
        await gql(utrecht, 'mutation($i: CreateDossierInput!) { createDossier(input: $i) { id } }', {
          i: { title: 'x', introduction: '', items: [] },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps, in their place, the dossier items an editor cannot see when they save it, without showing them', async () => {
    const first = await ask(utrecht, 'Wie heeft een mantelzorgwaardering?', { scope: 'MEMBERS' });
    // Addressed to Zeist only: the creator (in Zeist) sees it, the other editor (in Utrecht) not.
    const hidden = await ask(amsterdam, 'Hoe werkt de mantelzorgpas in Zeist?', {
      scope: 'MUNICIPALITIES',
      municipalityCodes: ['GM0355'],
    });
    const report = await submitReport(coordinatorVR09, 'Evaluatie mantelzorgwaardering'); // published
    const later = await ask(utrecht, 'Respijtzorg in de regio?', { scope: 'MEMBERS' });
    const SECRET_NOTE = 'Zie het antwoord van Zeist';
    const created = await gql<{ createDossier: { id: string; version: number } }>(
      coordinatorVR09,
      `mutation($i: CreateDossierInput!) { createDossier(input: $i) { ${DOSSIER} } }`,
      {
        i: {
          title: 'Mantelzorg',
          introduction: '',
          items: [
            { itemType: 'QUESTION', itemId: first },
            { itemType: 'QUESTION', itemId: hidden, note: SECRET_NOTE },
            { itemType: 'REPORT', itemId: report.id },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDossier.id;
    type Read = {
      dossier: { version: number; viewerCanEdit: boolean; items: { itemId: string; note: string | null }[] };
    };
    const read = async (who: Person) =>
      (await gql<Read>(who, `query($id: ID!) { dossier(id: $id) { ${DOSSIER} } }`, { id })).data!.dossier;

    // The other editor is shown the dossier without the item, and may edit it.
    const shown = await read(coordinatorPV26);
    expect(shown.viewerCanEdit).toBe(true);
    expect(shown.items.map((i) => i.itemId)).toEqual([first, report.id]);

    // They reorder, add an item and rename it, sending only what they were shown.
    const save = (version: number, itemIds: [string, string][]) =>
      gql<{ updateDossier: Read['dossier'] }>(
        coordinatorPV26,
        `mutation($i: UpdateDossierInput!) { updateDossier(input: $i) { ${DOSSIER} } }`,
        {
          i: {
            id,
            expectedVersion: version,
            title: 'Mantelzorg in de provincie',
            introduction: '',
            items: itemIds.map(([itemType, itemId]) => ({ itemType, itemId })),
          },
        },
      );
    const saved = await save(shown.version, [
      ['REPORT', report.id],
      ['QUESTION', first],
      ['QUESTION', later],
    ]);
    expect(saved.errors).toBeUndefined();
    // Their answer does not give the hidden item away.
    expect(saved.data!.updateDossier.items.map((i) => i.itemId)).toEqual([report.id, first, later]);
    expect(JSON.stringify(saved)).not.toContain(hidden);
    expect(JSON.stringify(saved)).not.toContain(SECRET_NOTE);

    // The creator still has it, with its note, after the item it followed.
    const full = await read(coordinatorVR09);
    expect(full.items.map((i) => [i.itemId, i.note])).toEqual([
      [report.id, null],
      [first, null],
      [hidden, SECRET_NOTE],
      [later, null],
    ]);

    // Taking out everything they see leaves it in the dossier, first.
    const emptied = await save(saved.data!.updateDossier.version, [['QUESTION', later]]);
    expect(emptied.data!.updateDossier.items.map((i) => i.itemId)).toEqual([later]);
    expect((await read(coordinatorVR09)).items.map((i) => i.itemId)).toEqual([hidden, later]);
    // And it stays unknown to them: naming it is refused like any unknown item.
    expect(errorCode(await save(emptied.data!.updateDossier.version, [['QUESTION', hidden]]))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('agrees, for every audience scope and kind of reader, between by-id, lists, counts and dossiers', async () => {
    const audiences: Record<string, Record<string, unknown>> = {
      ORGANISATION: { scope: 'ORGANISATION' },
      NEIGHBOURS: { scope: 'NEIGHBOURS' },
      REGIONS: { scope: 'REGIONS', regionIds: ['VR09'] },
      MUNICIPALITIES: { scope: 'MUNICIPALITIES', municipalityCodes: ['GM0363'] },
      MEMBERS: { scope: 'MEMBERS' },
      PUBLIC: { scope: 'PUBLIC' },
    };
    const ids: Record<string, string> = {};
    for (const [scope, audience] of Object.entries(audiences)) {
      ids[scope] = await ask(utrecht, `Matrixvraag ${scope}`, audience);
    }
    const dossier = await gql<{ createDossier: { id: string } }>(
      admin,
      'mutation($i: CreateDossierInput!) { createDossier(input: $i) { id } }',
      {
        i: {
          title: 'Matrix',
          introduction: '',
          audience: { scope: 'PUBLIC' },
          items: Object.values(ids).map((itemId) => ({ itemType: 'QUESTION', itemId })),
        },
      },
    );
    expect(dossier.errors).toBeUndefined();
    // Utrecht asks; Zeist is a buurgemeente in VR09; Amsterdam is addressed by MUNICIPALITIES;
    // the coordinators of VR09 and VR13 are in Zeist and Amsterdam.
    const expected: Record<string, string[]> = {
      utrecht: ['ORGANISATION', 'NEIGHBOURS', 'REGIONS', 'MUNICIPALITIES', 'MEMBERS', 'PUBLIC'],
      zeist: ['NEIGHBOURS', 'REGIONS', 'MEMBERS', 'PUBLIC'],
      amsterdam: ['MUNICIPALITIES', 'MEMBERS', 'PUBLIC'],
      coordinatorVR09: ['ORGANISATION', 'NEIGHBOURS', 'REGIONS', 'MUNICIPALITIES', 'MEMBERS', 'PUBLIC'],
      coordinatorVR13: ['MUNICIPALITIES', 'MEMBERS', 'PUBLIC'],
      anonymous: ['PUBLIC'],
    };
    const readers: Record<string, Person | null> = {
      utrecht,
      zeist,
      amsterdam,
      coordinatorVR09,
      coordinatorVR13,
      anonymous: null,
    };
    for (const [name, who] of Object.entries(readers)) {
      const visible = expected[name]!.map((scope) => ids[scope]!);
      const byId: string[] = [];
      for (const id of Object.values(ids)) {
        const res = await gql<{ question: { id: string } }>(
          who,
          'query($id: ID!) { question(id: $id) { id } }',
          { id },
        );
        if (res.data?.question) byId.push(id);
        else expect(errorCode(res)).toBe('NOT_FOUND');
      }
      const listed = await gql<{
        questions: { totalCount: number; edges: { node: { id: string; title: string } }[] };
      }>(who, '{ questions(first: 100) { totalCount edges { node { id title } } } }');
      const inList = listed
        .data!.questions.edges.filter((e) => e.node.title.startsWith('Matrixvraag'))
        .map((e) => e.node.id);
      const inDossier = await gql<{ dossier: { items: { itemId: string }[] } }>(
        who,
        'query($id: ID!) { dossier(id: $id) { items { itemId } } }',
        { id: dossier.data!.createDossier.id },
      );
      const summary = {
        reader: name,
        byId: byId.sort(),
        inList: inList.sort(),
        inDossier: inDossier.data!.dossier.items.map((i) => i.itemId).sort(),
        countMatchesList: listed.data!.questions.totalCount === listed.data!.questions.edges.length,
      };
      expect(summary).toEqual({
        reader: name,
        byId: [...visible].sort(),
        inList: [...visible].sort(),
        inDossier: [...visible].sort(),
        countMatchesList: true,
      });
    }
  });

  it('shows an expertise profile in a dossier only while its holder consents to be found', async () => {
    const SAVE =
      'mutation($i: SaveExpertiseProfileInput!) { saveExpertiseProfile(input: $i) { id version } }';
    const profile = (input: Record<string, unknown>) =>
      gql<{ saveExpertiseProfile: { id: string; version: number } }>(zeist, SAVE, {
        i: {
          policyDomains: [{ code: '6.72', level: 'EXPERT' }],
          keywords: ['inkoop jeugdhulp'],
          bio: 'Inkoper jeugdhulp in de regio.',
          availability: 'AVAILABLE',
          maxOpenQuestions: 3,
          ...input,
        },
      });
    const saved = await profile({ consentToRecommend: true });
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveExpertiseProfile.id;
    const created = await gql<{ createDossier: { id: string } }>(
      coordinatorVR09,
      'mutation($i: CreateDossierInput!) { createDossier(input: $i) { id } }',
      {
        i: {
          title: 'Wie weet van inkoop?',
          introduction: '',
          items: [{ itemType: 'EXPERTISE_PROFILE', itemId: id }],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const READ =
      'query($id: ID!) { dossier(id: $id) { items { itemId item { __typename ... on ExpertiseProfile { id displayName } } } } }';
    const items = async () =>
      (
        await gql<{ dossier: { items: { itemId: string; item: { __typename: string } }[] } }>(
          amsterdam,
          READ,
          {
            id: created.data!.createDossier.id,
          },
        )
      ).data!.dossier.items;
    expect(await items()).toEqual([
      { itemId: id, item: { __typename: 'ExpertiseProfile', id, displayName: 'beleid' } },
    ]);
    // Consent withdrawn: the profile disappears from the dossier for other members at once.
    await profile({ consentToRecommend: false, expectedVersion: saved.data!.saveExpertiseProfile.version });
    expect(await items()).toEqual([]);
  });

  it('features items for a region, pinned first, and only where the reader may see them', async () => {
    const report = await submitReport(coordinatorVR09, 'Handreiking beschermd wonen');
    const question = await ask(utrecht, 'Ervaring met beschermd wonen?', { scope: 'NEIGHBOURS' });
    const feature = (itemType: string, itemId: string, pinned: boolean) =>
      gql<{ featureItem: { id: string } }>(
        coordinatorVR09,
        'mutation($i: FeatureItemInput!) { featureItem(input: $i) { id pinned title } }',
        { i: { regionId: 'VR09', itemType, itemId, pinned } },
      );
    expect((await feature('REPORT', report.id, false)).errors).toBeUndefined();
    expect((await feature('QUESTION', question, true)).errors).toBeUndefined();
    const FEATURED = 'query($r: String) { featuredItems(regionId: $r) { itemId pinned } }';
    const forZeist = await gql<{ featuredItems: { itemId: string; pinned: boolean }[] }>(zeist, FEATURED);
    expect(forZeist.data!.featuredItems.map((f) => f.itemId)).toEqual([question, report.id]);
    // Amsterdam asks for VR09's list explicitly: the neighbours-only question is not in it.
    const forAmsterdam = await gql<{ featuredItems: { itemId: string }[] }>(amsterdam, FEATURED, {
      r: 'VR09',
    });
    expect(forAmsterdam.data!.featuredItems.map((f) => f.itemId)).toEqual([report.id]);
    // Only VR09's coordinators feature in VR09.
    const wrong = await gql(
      coordinatorVR13,
      'mutation($i: FeatureItemInput!) { featureItem(input: $i) { id } }',
      { i: { regionId: 'VR09', itemType: 'REPORT', itemId: report.id, pinned: false } },
    );
    expect(errorCode(wrong)).toBe('FORBIDDEN');
  });

  it('lets members flag what they see; the coordinator of the author’s region resolves it', async () => {
    const question = await ask(utrecht, 'Verouderde vraag over de Participatiewet?', { scope: 'NEIGHBOURS' });
    const flag = await gql<{ flagContent: { id: string } }>(
      zeist,
      'mutation($i: FlagContentInput!) { flagContent(input: $i) { id reason } }',
      { i: { itemType: 'QUESTION', itemId: question, reason: 'OUTDATED', comment: 'Wet is gewijzigd' } },
    );
    expect(flag.errors).toBeUndefined();
    // Amsterdam cannot see the question, so cannot flag it either (and learns nothing).
    const blind = await gql(amsterdam, 'mutation($i: FlagContentInput!) { flagContent(input: $i) { id } }', {
      i: { itemType: 'QUESTION', itemId: question, reason: 'OUTDATED' },
    });
    expect(errorCode(blind)).toBe('NOT_FOUND');

    const QUEUE = '{ reviewQueue { flags { id comment item { ... on Question { id } } } } }';
    const queue = await gql<{ reviewQueue: { flags: { id: string; comment: string }[] } }>(
      coordinatorVR09,
      QUEUE,
    );
    expect(queue.data!.reviewQueue.flags.map((f) => f.id)).toContain(flag.data!.flagContent.id);
    const elsewhere = await gql<{ reviewQueue: { flags: { id: string }[] } }>(coordinatorVR13, QUEUE);
    expect(elsewhere.data!.reviewQueue.flags.map((f) => f.id)).not.toContain(flag.data!.flagContent.id);

    const RESOLVE =
      'mutation($id: ID!) { resolveFlag(id: $id, resolution: "Bijgewerkt") { resolvedAt resolution } }';
    expect(errorCode(await gql(coordinatorVR13, RESOLVE, { id: flag.data!.flagContent.id }))).toBe(
      'NOT_FOUND',
    );
    const resolved = await gql<{ resolveFlag: { resolution: string } }>(coordinatorVR09, RESOLVE, {
      id: flag.data!.flagContent.id,
    });
    expect(resolved.data!.resolveFlag.resolution).toBe('Bijgewerkt');
    expect(errorCode(await gql(coordinatorVR09, RESOLVE, { id: flag.data!.flagContent.id }))).toBe(
      'CONFLICT',
    );
    const after = await gql<{ reviewQueue: { flags: { id: string }[] } }>(coordinatorVR09, QUEUE);
    expect(after.data!.reviewQueue.flags.map((f) => f.id)).not.toContain(flag.data!.flagContent.id);
  });

  it('shows in an answer only the cited reports the reader may see', async () => {
    const regional = await gql<{ submitReport: { id: string } }>(
      coordinatorVR09,
      'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id } }',
      {
        i: {
          title: 'Regionale monitor VR09',
          summary: 'Alleen voor de regio.',
          publisherOrganisationCode: 'GM0355',
          authors: ['C. de Vries'],
          publicationDate: '2025-03-01',
          type: 'MONITOR',
          policyDomainCodes: ['6.72'],
          audience: { scope: 'REGIONS', regionIds: ['VR09'] },
        },
      },
    );
    const open = await submitReport(coordinatorVR09, 'Open evaluatie voor alle leden');
    const question = await ask(utrecht, 'Wie heeft cijfers over jeugdhulp?', { scope: 'MEMBERS' });
    const answered = await gql<{ answerQuestion: { id: string } }>(
      zeist,
      'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
      {
        i: {
          questionId: question,
          body: 'Zie onze monitor en de evaluatie.',
          citedReportIds: [regional.data!.submitReport.id, open.id],
        },
      },
    );
    expect(answered.errors).toBeUndefined();
    const READ =
      'query($id: ID!) { question(id: $id) { answers { citedReportIds citedReports { id title } } } }';
    type Read = { question: { answers: { citedReports: { id: string }[] }[] } };
    const cited = async (who: Person) =>
      (await gql<Read>(who, READ, { id: question })).data!.question.answers[0]!.citedReports.map((r) => r.id);
    expect(await cited(utrecht)).toEqual([regional.data!.submitReport.id, open.id]);
    expect(await cited(amsterdam)).toEqual([open.id]);
  });

  it('maps tag synonyms to their canonical tag, on write and in filters', async () => {
    const SET =
      'mutation($c: String!, $s: [String!]!) { setTagSynonyms(canonical: $c, synonyms: $s) { canonical synonyms } }';
    expect(errorCode(await gql(utrecht, SET, { c: 'jeugdhulp', s: ['jeugdzorg'] }))).toBe('FORBIDDEN');
    const set = await gql<{ setTagSynonyms: { synonyms: string[] } }>(coordinatorVR09, SET, {
      c: 'Jeugdhulp',
      s: ['Jeugdzorg', 'jeugd-hulp'],
    });
    expect(set.data!.setTagSynonyms).toEqual({
      canonical: 'jeugdhulp',
      synonyms: ['jeugdzorg', 'jeugd-hulp'],
    });
    // A synonym cannot itself be a canonical tag elsewhere, nor can a synonym get synonyms.
    expect(errorCode(await gql(coordinatorVR09, SET, { c: 'jeugdzorg', s: ['zorg'] }))).toBe(
      'BAD_USER_INPUT',
    );

    const asked = await gql<{ askQuestion: { id: string; tags: string[] } }>(
      utrecht,
      'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id tags } }',
      {
        i: {
          title: 'Jeugdzorg en wachtlijsten',
          body: 'Hoe lang zijn de wachtlijsten?',
          policyDomainCodes: ['6.72'],
          tags: ['JEUGDZORG', 'wachtlijsten'],
          audience: { scope: 'MEMBERS' },
        },
      },
    );
    expect(asked.data!.askQuestion.tags).toEqual(['jeugdhulp', 'wachtlijsten']);
    const found = await gql<{ questions: { edges: { node: { id: string } }[] } }>(
      amsterdam,
      '{ questions(filter: { tag: "jeugd-hulp" }, first: 50) { edges { node { id } } } }',
    );
    expect(found.data!.questions.edges.map((e) => e.node.id)).toContain(asked.data!.askQuestion.id);
    const groups = await gql<{ tagSynonyms: { canonical: string; synonyms: string[] }[] }>(
      null,
      '{ tagSynonyms { canonical synonyms } }',
    );
    expect(groups.data!.tagSynonyms).toContainEqual({
      canonical: 'jeugdhulp',
      synonyms: ['jeugd-hulp', 'jeugdzorg'],
    });
  });

  it('does not find a dossier by the note on an item the reader cannot see', async () => {
    const neighboursOnly = await ask(utrecht, 'Wie beheert een monumentale boerderij?', {
      scope: 'NEIGHBOURS',
    });
    const created = await gql<{ createDossier: { id: string } }>(
      coordinatorVR09,
      'mutation($i: CreateDossierInput!) { createDossier(input: $i) { id } }',
      {
        i: {
          title: 'Erfgoed op het platteland',
          introduction: 'Boerderijen en schuren.',
          items: [
            { itemType: 'QUESTION', itemId: neighboursOnly, note: 'Utrecht vraagt naar de kampeerschuur' },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const SEARCH = 'query($q: String!) { search(query: $q, filter: { types: [DOSSIER] }) { totalCount } }';
    const found = async (who: Person, q: string) =>
      (await gql<{ search: { totalCount: number } }>(who, SEARCH, { q })).data!.search.totalCount;
    // The dossier is indexed through the outbox: wait until Amsterdam finds it by its title.
    const deadline = Date.now() + 15_000;
    while ((await found(amsterdam, 'erfgoed platteland')) === 0) {
      if (Date.now() > deadline) throw new Error('the dossier was not indexed');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Amsterdam may see the dossier but not Utrecht's question, so not the note on it either.
    expect(await found(amsterdam, 'kampeerschuur')).toBe(0);
    expect(await found(zeist, 'erfgoed platteland')).toBe(1);
  });
});
