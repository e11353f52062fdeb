import { DataSource } from 'typeorm';
import { errorCode, graphql } from '@ksp/testing';
import { Person, addPerson, loginAdmin, withAdmin } from './testing/people';
import { TestApp, startTestApp } from './testing/test-app';

/**
 * The coordinator's region overview (`regionOverview`): per gemeente of the region, what its people
 * asked, answered and published in the period and what stands open now, in one query with a fixed
 * number of SQL statements, and counted through the policy layer like every list. GM0344 Utrecht
 * and GM0355 Zeist are in VR09 (26 gemeenten); Amsterdam is in VR13.
 */
describe('the region overview', () => {
  let hub: TestApp;
  let dataSource: DataSource;
  let admin: Person;
  let utrecht: Person;
  let zeist: Person;
  let coordinatorVR09: Person;
  let coordinatorVR13: Person;

  const gql = <T = Record<string, unknown>>(who: Person, query: string, variables = {}) =>
    graphql<T>(hub.url, query, variables, who.headers);
  const DAY = 86_400_000;

  const OVERVIEW = `query($r: String!, $d: Int) {
    regionOverview(regionId: $r, days: $d) {
      region { id kind name } days since asOf
      municipalities { municipality { code name } activity { ...Counts } }
      totals { ...Counts }
    }
  }
  fragment Counts on ContentActivity {
    questionsAsked answersGiven reportsPublished openQuestions overdueQuestions reportsInReview findableExperts
  }`;
  interface Counts {
    questionsAsked: number;
    answersGiven: number;
    reportsPublished: number;
    openQuestions: number;
    overdueQuestions: number;
    reportsInReview: number;
    findableExperts: number;
  }
  interface Overview {
    region: { id: string; kind: string; name: string };
    days: number;
    since: string;
    asOf: string;
    municipalities: { municipality: { code: string; name: string }; activity: Counts }[];
    totals: Counts;
  }
  const overview = async (who: Person, regionId: string, days?: number) => {
    const res = await gql<{ regionOverview: Overview }>(who, OVERVIEW, { r: regionId, d: days });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.regionOverview;
  };
  const of = (o: Overview, code: string) =>
    o.municipalities.find((m) => m.municipality.code === code)!.activity;
  const counts = (c: Partial<Counts>): Counts => ({
    questionsAsked: 0,
    answersGiven: 0,
    reportsPublished: 0,
    openQuestions: 0,
    overdueQuestions: 0,
    reportsInReview: 0,
    findableExperts: 0,
    ...c,
  });

  async function ask(who: Person, title: string, scope: string): Promise<string> {
    const res = await gql<{ askQuestion: { id: string } }>(
      who,
      'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
      {
        i: { title, body: 'Wie heeft ervaring?', policyDomainCodes: ['6.72'], tags: [], audience: { scope } },
      },
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.askQuestion.id;
  }
  async function answer(who: Person, questionId: string): Promise<void> {
    const res = await gql(who, 'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }', {
      i: { questionId, body: 'Wij doen het zo.' },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  async function submitReport(who: Person, title: string): Promise<string> {
    const res = await gql<{ submitReport: { status: string } }>(
      who,
      'mutation($i: SubmitReportInput!) { submitReport(input: $i) { status } }',
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
    return res.data.submitReport.status;
  }
  async function profile(who: Person, consentToRecommend: boolean): Promise<void> {
    const res = await gql(
      who,
      'mutation($i: SaveExpertiseProfileInput!) { saveExpertiseProfile(input: $i) { id } }',
      {
        i: {
          policyDomains: [{ code: '6.72', level: 'EXPERT' }],
          keywords: ['jeugdhulp'],
          bio: 'Beleidsadviseur jeugd.',
          availability: 'AVAILABLE',
          maxOpenQuestions: 3,
          consentToRecommend,
        },
      },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  /** Moves a question back in time (nothing in the API asks in the past or sets a past deadline). */
  const backdate = (id: string, values: { createdAt?: Date; deadline?: Date }) =>
    dataSource.getRepository('QuestionEntity').update(id, values);

  beforeAll(async () => {
    hub = await startTestApp(withAdmin());
    dataSource = hub.app.get(DataSource);
    admin = await loginAdmin(hub);
    [utrecht, zeist, coordinatorVR09, coordinatorVR13] = await Promise.all([
      addPerson(hub, admin, { email: 'vrager@utrecht.nl', organisationCode: 'GM0344' }),
      addPerson(hub, admin, { email: 'beleid@zeist.nl', organisationCode: 'GM0355' }),
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

    // Utrecht asks four questions: one for its own organisation only, one long ago that is past its
    // deadline without an answer, one past its deadline that Zeist answered.
    const answered = await ask(utrecht, 'Hoe organiseren jullie de inloop?', 'MEMBERS');
    await ask(utrecht, 'Interne vraag over de begroting', 'ORGANISATION');
    const old = await ask(utrecht, 'Wie kent een goede wachtlijstaanpak?', 'MEMBERS');
    const late = await ask(utrecht, 'Ervaring met een regionaal expertteam?', 'MEMBERS');
    await backdate(old, {
      createdAt: new Date(Date.now() - 200 * DAY),
      deadline: new Date(Date.now() - 10 * DAY),
    });
    await backdate(late, { deadline: new Date(Date.now() - DAY) });
    await answer(zeist, answered);
    await answer(zeist, late);
    // A report from Utrecht waits for review; the coordinator's own (in Zeist) is published at once.
    expect(await submitReport(utrecht, 'Evaluatie inloop')).toBe('SUBMITTED');
    expect(await submitReport(coordinatorVR09, 'Monitor jeugdhulp VR09')).toBe('PUBLISHED');
    // Zeist's expert may be found; Utrecht's has not consented.
    await profile(zeist, true);
    await profile(utrecht, false);
  });
  afterAll(async () => hub?.close());

  it('counts per gemeente what was asked, answered and published in the period, and what is open now', async () => {
    const o = await overview(coordinatorVR09, 'VR09');
    expect(o.region).toEqual({ id: 'VR09', kind: 'VEILIGHEIDSREGIO', name: 'Utrecht' });
    expect(o.days).toBe(90);
    expect(new Date(o.asOf).getTime() - new Date(o.since).getTime()).toBe(90 * DAY);
    // Every gemeente of the region, by name, also those without activity.
    const members = await graphql<{ municipalities: { totalCount: number } }>(
      hub.url,
      '{ municipalities(filter: { regionId: "VR09" }) { totalCount } }',
    );
    expect(o.municipalities).toHaveLength(members.data!.municipalities.totalCount);
    const names = o.municipalities.map((m) => m.municipality.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));

    expect(of(o, 'GM0344')).toEqual(
      counts({ questionsAsked: 3, openQuestions: 4, overdueQuestions: 1, reportsInReview: 1 }),
    );
    expect(of(o, 'GM0355')).toEqual(counts({ answersGiven: 2, reportsPublished: 1, findableExperts: 1 }));
    expect(of(o, 'GM0340')).toEqual(counts({}));
    expect(o.totals).toEqual(
      counts({
        questionsAsked: 3,
        answersGiven: 2,
        reportsPublished: 1,
        openQuestions: 4,
        overdueQuestions: 1,
        reportsInReview: 1,
        findableExperts: 1,
      }),
    );
    // A longer period takes in the question of long ago.
    expect(of(await overview(coordinatorVR09, 'VR09', 365), 'GM0344').questionsAsked).toBe(4);
  });

  it('counts only what the reader may see', async () => {
    // Amsterdam's coordinator sees neither Utrecht's organisation-only question nor the report
    // under review in VR09.
    const o = await overview(coordinatorVR13, 'VR09');
    expect(of(o, 'GM0344')).toEqual(counts({ questionsAsked: 2, openQuestions: 3, overdueQuestions: 1 }));
    expect(of(o, 'GM0355')).toEqual(counts({ answersGiven: 2, reportsPublished: 1, findableExperts: 1 }));
  });

  it('is for coordinators and admins, for known regions and sensible periods', async () => {
    expect(errorCode(await gql(utrecht, OVERVIEW, { r: 'VR09' }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(coordinatorVR09, OVERVIEW, { r: 'VR99' }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(coordinatorVR09, OVERVIEW, { r: 'VR09', d: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(coordinatorVR09, OVERVIEW, { r: 'VR09', d: 10_000 }))).toBe('BAD_USER_INPUT');
    expect((await overview(admin, 'VR09')).totals.openQuestions).toBe(4);
  });

  it('sends the same few SQL statements for a region of 26 gemeenten as for one of 6', async () => {
    const statements = (regionId: string) => hub.statementsOf(() => overview(coordinatorVR09, regionId));
    const flevoland = await statements('VR25');
    const utrechtRegion = await statements('VR09');
    expect(utrechtRegion).toBe(flevoland);
    expect(utrechtRegion).toBeLessThanOrEqual(6);
  });
});
