import { DataSource } from 'typeorm';
import type { Actor } from '@ksp/identity';
import { QuestionsService } from '@ksp/questions';
import { errorCode, graphql } from '@ksp/testing';
import { addPerson, loginAdmin, Person, withAdmin } from './testing/people';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * Questions as a client uses them over HTTP: the full loop (ask → answer → accept → follow →
 * duplicate merge), the rules (edits, versions, closing, declining, me-too), bad input that
 * changes nothing, safe Markdown, filters and sorting, the outbox, and what other libraries read.
 */

type Headers = Record<string, string>;

const FULL = `id title body bodyHtml status version closedReason deadline
  author { id displayName organisation { code } }
  policyDomains { code } tags audience { scope regionIds municipalityIds: municipalityCodes }
  answerCount followerCount followedByMe meTooCount meTooByMe
  answers { id accepted version citedReportIds validUntil expired }
  acceptedAnswer { id } duplicateOf { id }
  addressees { municipality { code } status reason }
  viewerCanEdit viewerCanAnswer viewerCanAccept viewerCanClose viewerCanMarkDuplicate viewerCanDecline`;

interface QuestionView {
  id: string;
  title: string;
  body: string;
  bodyHtml: string;
  status: string;
  version: number;
  closedReason: string | null;
  deadline: string | null;
  author: { id: string; displayName: string; organisation: { code: string } };
  policyDomains: { code: string }[];
  tags: string[];
  audience: { scope: string; regionIds: string[]; municipalityIds: string[] };
  answerCount: number;
  followerCount: number;
  followedByMe: boolean;
  meTooCount: number;
  meTooByMe: boolean;
  answers: {
    id: string;
    accepted: boolean;
    version: number;
    citedReportIds: string[];
    validUntil: string | null;
    expired: boolean;
  }[];
  acceptedAnswer: { id: string } | null;
  duplicateOf: { id: string } | null;
  addressees: { municipality: { code: string }; status: string; reason: string | null }[];
  viewerCanEdit: boolean;
  viewerCanAnswer: boolean;
  viewerCanAccept: boolean;
  viewerCanClose: boolean;
  viewerCanMarkDuplicate: boolean;
  viewerCanDecline: boolean;
}

/** Every real tag in the HTML is an allowed one, without event handlers or script URLs. */
function expectHarmless(html: string): void {
  const tags = html.match(/<[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) {
    expect(tag).toMatch(/^<\/?(p|strong|em|a|br|code|pre)\b/);
    expect(tag).not.toMatch(/\son\w+\s*=|style=|src=/i);
    if (tag.startsWith('<a ')) expect(tag).toMatch(/^<a href="https?:\/\/[^"]*"/);
  }
}

describe('questions over HTTP', () => {
  let hub: TestApp;
  let admin: Person;
  let utrecht: Person;
  let utrechtColleague: Person;
  let zeist: Person;
  let nieuwegein: Person;
  let amersfoort: Person;
  let amsterdam: Person;
  let coordinator: Person;
  let dataSource: DataSource;

  const gql = <T>(query: string, vars: Record<string, unknown>, who: Person | null) =>
    graphql<T>(hub.url, query, vars, who?.headers ?? ({} as Headers));
  const ok = async <T>(query: string, vars: Record<string, unknown>, who: Person | null): Promise<T> => {
    const res = await gql<T>(query, vars, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  const ASK = `mutation($i: AskQuestionInput!) { askQuestion(input: $i) { ${FULL} } }`;
  const ask = async (who: Person, input: Record<string, unknown> = {}): Promise<QuestionView> =>
    (
      await ok<{ askQuestion: QuestionView }>(
        ASK,
        {
          i: {
            title: 'Welke ervaring hebben jullie met schuldhulp via het wijkteam?',
            body: 'Wij willen **vroegsignalering** van schulden verbeteren.',
            policyDomainCodes: ['6.3'],
            tags: ['schuldhulp'],
            audience: { scope: 'MEMBERS' },
            ...input,
          },
        },
        who,
      )
    ).askQuestion;
  const view = async (who: Person | null, id: string): Promise<QuestionView> =>
    (await ok<{ question: QuestionView }>(`query($id: ID!) { question(id: $id) { ${FULL} } }`, { id }, who))
      .question;
  const answer = async (who: Person, questionId: string, extra: Record<string, unknown> = {}) =>
    (
      await ok<{ answerQuestion: { id: string; version: number } }>(
        'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id version } }',
        { i: { questionId, body: 'In onze gemeente werkt dat zo: …', ...extra } },
        who,
      )
    ).answerQuestion;
  const listIds = async (who: Person | null, filter: Record<string, unknown>, sort?: string) => {
    const data = await ok<{ questions: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query($f: QuestionFilterInput, $s: QuestionSort) { questions(filter: $f, sort: $s, first: 100) { totalCount edges { node { id } } } }',
      { f: filter, s: sort ?? null },
      who,
    );
    expect(data.questions.totalCount).toBe(data.questions.edges.length);
    return data.questions.edges.map((e) => e.node.id);
  };
  const outbox = async (aggregateId: string): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT type FROM outbox_event WHERE aggregate_id = '${aggregateId}' ORDER BY id`,
      )) as { type: string }[]
    ).map((r) => r.type);
  const outboxSize = async () =>
    Number(((await dataSource.query('SELECT COUNT(*) AS n FROM outbox_event')) as { n: unknown }[])[0]!.n);
  const questionRows = async () =>
    Number(((await dataSource.query('SELECT COUNT(*) AS n FROM question')) as { n: unknown }[])[0]!.n);

  beforeAll(async () => {
    hub = await startTestApp(withAdmin());
    dataSource = hub.app.get(DataSource);
    admin = await loginAdmin(hub);
    const person = (email: string, organisationCode: string, coordinatorRegionIds: string[] = []) =>
      addPerson(hub, admin, {
        email,
        organisationCode,
        roles: coordinatorRegionIds.length ? ['MEMBER', 'COORDINATOR'] : ['MEMBER'],
        coordinatorRegionIds,
      });
    utrecht = await person('a.jansen@utrecht.nl', 'GM0344');
    utrechtColleague = await person('g.dekker@utrecht.nl', 'GM0344');
    zeist = await person('b.peters@zeist.nl', 'GM0355');
    nieuwegein = await person('h.vos@nieuwegein.nl', 'GM0356');
    amersfoort = await person('c.smit@amersfoort.nl', 'GM0307');
    amsterdam = await person('d.visser@amsterdam.nl', 'GM0363');
    coordinator = await person('e.bakker@kennisregio.nl', 'HUB', ['VR09']);
  });
  afterAll(async () => hub?.close());

  it('runs the full loop: ask → answer → accept → follow → duplicate merge', async () => {
    // Utrecht asks; the asker follows automatically.
    const q = await ask(utrecht, { tags: ['Schuldhulp', 'vroegsignalering'] });
    expect(q).toMatchObject({
      status: 'OPEN',
      version: 1,
      author: { id: utrecht.id, displayName: 'a.jansen', organisation: { code: 'GM0344' } },
      policyDomains: [{ code: '6.3' }],
      tags: ['schuldhulp', 'vroegsignalering'],
      audience: { scope: 'MEMBERS', regionIds: [], municipalityIds: [] },
      followerCount: 1,
      followedByMe: true,
      answers: [],
      viewerCanEdit: true,
      viewerCanAnswer: false,
    });

    // Two answers; the asker accepts one, then switches to the other.
    const a1 = await answer(zeist, q.id);
    const a2 = await answer(amsterdam, q.id, { body: 'Wij doen het anders.' });
    const ACCEPT = 'mutation($a: ID!) { acceptAnswer(answerId: $a) { id accepted } }';
    expect((await ok<{ acceptAnswer: unknown }>(ACCEPT, { a: a1.id }, utrecht)).acceptAnswer).toEqual({
      id: a1.id,
      accepted: true,
    });
    await ok(ACCEPT, { a: a2.id }, utrecht);
    let seen = await view(zeist, q.id);
    expect(seen.acceptedAnswer).toEqual({ id: a2.id });
    expect(seen.answers.map((a) => [a.id, a.accepted])).toEqual([
      [a1.id, false],
      [a2.id, true],
    ]);
    expect(seen.answerCount).toBe(2);
    // Someone who is neither the asker nor a coordinator may not accept.
    expect(errorCode(await gql(ACCEPT, { a: a1.id }, zeist))).toBe('FORBIDDEN');

    // Amersfoort follows; following twice changes nothing; the lists know.
    const FOLLOW = 'mutation($id: ID!) { followQuestion(id: $id) { followerCount followedByMe } }';
    expect((await ok<{ followQuestion: unknown }>(FOLLOW, { id: q.id }, amersfoort)).followQuestion).toEqual({
      followerCount: 2,
      followedByMe: true,
    });
    expect((await ok<{ followQuestion: unknown }>(FOLLOW, { id: q.id }, amersfoort)).followQuestion).toEqual({
      followerCount: 2,
      followedByMe: true,
    });
    expect(await listIds(amersfoort, { followedByMe: true })).toEqual([q.id]);

    // A later, similar question from Zeist; Amersfoort follows it too and Nieuwegein says "me too".
    const later = await ask(zeist, { title: 'Schuldhulp en wijkteams: ervaringen?' });
    await ok(FOLLOW, { id: later.id }, amersfoort);
    await ok('mutation($id: ID!) { meTooQuestion(id: $id) { id } }', { id: later.id }, nieuwegein);
    expect(await view(null, later.id).catch((e: Error) => e.message)).toMatch(/NOT_FOUND/);

    // Only a coordinator marks duplicates; not onto itself.
    const MARK = `mutation($q: ID!, $d: ID!) { markDuplicate(questionId: $q, duplicateOfId: $d) {
      status duplicateOf { id } followerCount meTooCount } }`;
    expect(errorCode(await gql(MARK, { q: later.id, d: q.id }, utrecht))).toBe('FORBIDDEN');
    expect(errorCode(await gql(MARK, { q: later.id, d: later.id }, coordinator))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(MARK, { q: later.id, d: 'no-such-question' }, coordinator))).toBe('NOT_FOUND');

    // The coordinator merges the later question into the first: it closes and its people move over.
    const marked = await ok<{ markDuplicate: unknown }>(MARK, { q: later.id, d: q.id }, coordinator);
    expect(marked.markDuplicate).toEqual({
      status: 'CLOSED',
      duplicateOf: { id: q.id },
      followerCount: 0,
      meTooCount: 0,
    });
    seen = await view(utrecht, q.id);
    // utrecht (asker) + amersfoort (once, though it followed both) + zeist (asker of the duplicate)
    // + nieuwegein (its me-too follows).
    expect(seen.followerCount).toBe(4);
    expect(seen.meTooCount).toBe(1);
    expect((await view(nieuwegein, q.id)).meTooByMe).toBe(true);
    expect((await view(zeist, q.id)).followedByMe).toBe(true);
    expect(await listIds(amersfoort, { followedByMe: true })).toEqual([q.id]);
    // No circles: the first question cannot become a duplicate of its own duplicate.
    expect(errorCode(await gql(MARK, { q: q.id, d: later.id }, coordinator))).toBe('BAD_USER_INPUT');
    // The coordinator's merge is in the curation log.
    const log = await ok<{ curationLog: { edges: { node: { type: string; detailsJson: string } }[] } }>(
      '{ curationLog(first: 20) { edges { node { type detailsJson } } } }',
      {},
      coordinator,
    );
    expect(
      log.curationLog.edges.some(
        (e) => e.node.type === 'QUESTION_MARKED_DUPLICATE' && e.node.detailsJson.includes(later.id),
      ),
    ).toBe(true);

    // Every step is in the outbox, in order.
    expect(await outbox(q.id)).toEqual([
      'question.asked',
      'question.answered',
      'question.answered',
      'question.followed',
      'question.updated', // the merge moved followers and me-toos here
    ]);
    expect(await outbox(later.id)).toEqual([
      'question.asked',
      'question.followed',
      'question.me_too',
      'question.followed',
      'question.marked_duplicate',
    ]);
    expect(await outbox(a1.id)).toEqual(['answer.accepted']);
    expect(await outbox(a2.id)).toEqual(['answer.accepted']);
  });

  it('lets the asker edit only while there is no answer, and refuses a stale version', async () => {
    const q = await ask(utrecht, { deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    const UPDATE = `mutation($i: UpdateQuestionInput!) { updateQuestion(input: $i) {
      title version deadline policyDomains { code } tags } }`;
    const edited = await ok<{ updateQuestion: { title: string; version: number; deadline: string | null } }>(
      UPDATE,
      {
        i: {
          id: q.id,
          expectedVersion: 1,
          title: 'Een betere titel',
          policyDomainCodes: ['6.3', '6.5'],
          tags: ['werk'],
          deadline: null,
        },
      },
      utrecht,
    );
    expect(edited.updateQuestion).toEqual({
      title: 'Een betere titel',
      version: 2,
      deadline: null,
      policyDomains: [{ code: '6.3' }, { code: '6.5' }],
      tags: ['werk'],
    });
    // Stale version: CONFLICT, nothing changed.
    const stale = await gql(UPDATE, { i: { id: q.id, expectedVersion: 1, title: 'Oud' } }, utrecht);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await view(utrecht, q.id)).title).toBe('Een betere titel');
    // Not the asker, not even a colleague or a coordinator: FORBIDDEN.
    for (const who of [utrechtColleague, coordinator]) {
      expect(errorCode(await gql(UPDATE, { i: { id: q.id, expectedVersion: 2, title: 'X' } }, who))).toBe(
        'FORBIDDEN',
      );
    }
    // The asker does not answer their own question.
    expect(
      errorCode(
        await gql(
          'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
          { i: { questionId: q.id, body: 'Zelf' } },
          utrecht,
        ),
      ),
    ).toBe('FORBIDDEN');
    // After an answer: CONFLICT with a clear message, even with the current version.
    await answer(zeist, q.id);
    const blocked = await gql(UPDATE, { i: { id: q.id, expectedVersion: 2, title: 'Te laat' } }, utrecht);
    expect(errorCode(blocked)).toBe('CONFLICT');
    expect(blocked.errors![0]!.message).toMatch(/al een antwoord/);
    expect((await view(utrecht, q.id)).viewerCanEdit).toBe(false);
    expect(await outbox(q.id)).toEqual(['question.asked', 'question.updated', 'question.answered']);

    // Answers are edited by their author, with the same version guard.
    const a = (await view(utrecht, q.id)).answers[0]!;
    const UPDATE_ANSWER = 'mutation($i: UpdateAnswerInput!) { updateAnswer(input: $i) { body version } }';
    expect(
      (
        await ok<{ updateAnswer: unknown }>(
          UPDATE_ANSWER,
          { i: { id: a.id, expectedVersion: a.version, body: 'Aangevuld antwoord' } },
          zeist,
        )
      ).updateAnswer,
    ).toEqual({ body: 'Aangevuld antwoord', version: a.version + 1 });
    expect(
      errorCode(await gql(UPDATE_ANSWER, { i: { id: a.id, expectedVersion: a.version, body: 'X' } }, zeist)),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await gql(UPDATE_ANSWER, { i: { id: a.id, expectedVersion: a.version + 1, body: 'X' } }, utrecht),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad input with BAD_USER_INPUT naming it, and stores nothing', async () => {
    const rowsBefore = await questionRows();
    const eventsBefore = await outboxSize();
    const base = {
      title: 'Een vraag',
      body: 'Tekst',
      policyDomainCodes: ['6.3'],
      audience: { scope: 'MEMBERS' },
    };
    const bad: [Record<string, unknown>, string, RegExp][] = [
      [{ policyDomainCodes: ['9.99'] }, 'policyDomainCodes', /9\.99/],
      [{ policyDomainCodes: [] }, 'policyDomainCodes', /taakveld/],
      [{ title: '   ' }, 'title', /titel/],
      [{ body: '' }, 'body', /tekst/i],
      [{ title: 'x'.repeat(201) }, 'title', /200/],
      [{ audience: { scope: 'REGIONS' } }, 'audience.regionIds', /regio/],
      [{ audience: { scope: 'REGIONS', regionIds: ['VR99'] } }, 'audience.regionIds', /VR99/],
      [
        { audience: { scope: 'MUNICIPALITIES', municipalityCodes: ['GM9999'] } },
        'audience.municipalityCodes',
        /GM9999/,
      ],
      [{ deadline: '2001-01-01T00:00:00Z' }, 'deadline', /toekomst/],
    ];
    for (const [patch, argument, message] of bad) {
      const res = await gql(ASK, { i: { ...base, ...patch } }, utrecht);
      expect({ patch, code: errorCode(res) }).toEqual({ patch, code: 'BAD_USER_INPUT' });
      expect({ patch, argument: res.errors![0]!.extensions!['argument'] }).toEqual({ patch, argument });
      expect(res.errors![0]!.message).toMatch(message);
    }
    // Schema-level validation (an unknown scope) is refused before it reaches the service.
    expect(errorCode(await gql(ASK, { i: { ...base, audience: { scope: 'EVERYONE' } } }, utrecht))).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    // A citation of a report that does not exist (or that the answerer may not see).
    const q = await ask(utrecht);
    const cited = await gql(
      'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
      { i: { questionId: q.id, body: 'Zie het rapport.', citedReportIds: ['rapport-dat-niet-bestaat'] } },
      zeist,
    );
    expect(errorCode(cited)).toBe('BAD_USER_INPUT');
    expect(cited.errors![0]!.extensions).toMatchObject({
      argument: 'citedReportIds',
      value: 'rapport-dat-niet-bestaat',
    });
    expect((await view(utrecht, q.id)).answerCount).toBe(0);
    // Only the one good question was stored, with its one event.
    expect(await questionRows()).toBe(rowsBefore + 1);
    expect(await outboxSize()).toBe(eventsBefore + 1);
  });

  it('stores cited reports the answerer may see, in their order; readers see only theirs', async () => {
    const report = async (who: Person, title: string, audience: Record<string, unknown>) =>
      (
        await ok<{ submitReport: { id: string } }>(
          'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id } }',
          {
            i: {
              title,
              summary: 'Samenvatting.',
              publisherOrganisationCode: 'GM0344',
              authors: ['A. de Vries'],
              publicationDate: '2025-06-30',
              type: 'ONDERZOEK',
              policyDomainCodes: ['6.3'],
              audience,
            },
          },
          who,
        )
      ).submitReport.id;
    // Published at once (a coordinator's), one for all members and one for VR09 only; and one
    // still under review, which Zeist cannot see.
    const forMembers = await report(coordinator, 'Schuldhulp in beeld', { scope: 'MEMBERS' });
    const forRegion = await report(coordinator, 'Regionale schuldenmonitor', {
      scope: 'REGIONS',
      regionIds: ['VR09'],
    });
    const submitted = await report(utrecht, 'Concept: schulden en wijkteams', { scope: 'MEMBERS' });
    const q = await ask(utrecht);
    const ANSWER = 'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { citedReportIds } }';
    const body = 'Zie deze rapporten.';
    const hidden = await gql(
      ANSWER,
      { i: { questionId: q.id, body, citedReportIds: [forRegion, submitted] } },
      zeist,
    );
    expect(hidden.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', value: submitted });
    const stored = await ok<{ answerQuestion: { citedReportIds: string[] } }>(
      ANSWER,
      { i: { questionId: q.id, body, citedReportIds: [forRegion, forMembers] } },
      zeist,
    );
    expect(stored.answerQuestion.citedReportIds).toEqual([forRegion, forMembers]);
    // Amsterdam (VR13) reads the answer but not the regional report: not even its id.
    expect((await view(amsterdam, q.id)).answers[0]!.citedReportIds).toEqual([forMembers]);
  });

  it('renders a Markdown body as harmless HTML, keeping the raw text', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[klik](javascript:alert(1))',
      '[klik](JaVaScRiPt:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<svg onload=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<div style="background:url(javascript:alert(1))">x</div>',
      '"><script>alert(document.cookie)</script>',
    ];
    const body = `**Vet** en een [link](https://example.org).\n\n${payloads.join('\n\n')}`;
    const q = await ask(utrecht, { body });
    const seen = await view(zeist, q.id);
    expect(seen.body).toBe(body);
    expect(seen.bodyHtml).toContain('<strong>Vet</strong>');
    expect(seen.bodyHtml).toContain('href="https://example.org"');
    expectHarmless(seen.bodyHtml);
    // Answers too.
    await answer(zeist, q.id, { body: payloads.join('\n\n') });
    const html = (
      await ok<{ question: { answers: { bodyHtml: string }[] } }>(
        'query($id: ID!) { question(id: $id) { answers { bodyHtml } } }',
        { id: q.id },
        utrecht,
      )
    ).question.answers[0]!.bodyHtml;
    expectHarmless(html);
  });

  it('lets an addressed gemeente decline with a reason the asker sees, and answering later counts', async () => {
    const q = await ask(utrecht, { audience: { scope: 'NEIGHBOURS' } });
    const DECLINE = `mutation($id: ID!, $r: String!) { declineQuestion(questionId: $id, reason: $r) {
      addressees { municipality { code } status reason } } }`;
    // Not addressed (Amersfoort is no buurgemeente and cannot see it): NOT_FOUND; a colleague of
    // the asker sees it but Utrecht is not addressed: FORBIDDEN; an empty reason: BAD_USER_INPUT.
    expect(errorCode(await gql(DECLINE, { id: q.id, r: 'Geen kennis' }, amersfoort))).toBe('NOT_FOUND');
    expect(errorCode(await gql(DECLINE, { id: q.id, r: 'Geen kennis' }, utrechtColleague))).toBe('FORBIDDEN');
    expect(errorCode(await gql(DECLINE, { id: q.id, r: '  ' }, zeist))).toBe('BAD_USER_INPUT');

    await ok(DECLINE, { id: q.id, r: 'Geen kennis over dit onderwerp' }, zeist);
    const seen = await view(utrecht, q.id);
    expect(seen.addressees.find((a) => a.municipality.code === 'GM0355')).toEqual({
      municipality: { code: 'GM0355' },
      status: 'DECLINED',
      reason: 'Geen kennis over dit onderwerp',
    });
    expect(seen.addressees.find((a) => a.municipality.code === 'GM0356')!.status).toBe('PENDING');
    expect((await view(zeist, q.id)).viewerCanDecline).toBe(true);

    // Nieuwegein answers: ANSWERED; it can no longer decline.
    await answer(nieuwegein, q.id);
    expect(errorCode(await gql(DECLINE, { id: q.id, r: 'Toch niet' }, nieuwegein))).toBe('CONFLICT');
    // Zeist changes its mind and answers after all.
    await answer(zeist, q.id);
    const after = await view(utrecht, q.id);
    const status = new Map(after.addressees.map((a) => [a.municipality.code, [a.status, a.reason]]));
    expect(status.get('GM0355')).toEqual(['ANSWERED', null]);
    expect(status.get('GM0356')).toEqual(['ANSWERED', null]);
    expect(await outbox(q.id)).toEqual([
      'question.asked',
      'question.declined',
      'question.answered',
      'question.answered',
    ]);
  });

  it('closes and reopens; a closed question takes no answers', async () => {
    const q = await ask(utrecht, { audience: { scope: 'NEIGHBOURS' } });
    const CLOSE =
      'mutation($id: ID!, $r: String!) { closeQuestion(id: $id, reason: $r) { status closedReason } }';
    const REOPEN = 'mutation($id: ID!) { reopenQuestion(id: $id) { status closedReason } }';
    expect(errorCode(await gql(CLOSE, { id: q.id, r: 'Opgelost' }, zeist))).toBe('FORBIDDEN');
    expect(errorCode(await gql(CLOSE, { id: q.id, r: '' }, utrecht))).toBe('BAD_USER_INPUT');
    expect(
      (await ok<{ closeQuestion: unknown }>(CLOSE, { id: q.id, r: 'Opgelost' }, utrecht)).closeQuestion,
    ).toEqual({
      status: 'CLOSED',
      closedReason: 'Opgelost',
    });
    expect(errorCode(await gql(CLOSE, { id: q.id, r: 'Nog eens' }, utrecht))).toBe('CONFLICT');
    const late = await gql(
      'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
      { i: { questionId: q.id, body: 'Te laat' } },
      zeist,
    );
    expect(errorCode(late)).toBe('CONFLICT');
    expect((await view(zeist, q.id)).viewerCanAnswer).toBe(false);
    // The coordinator of the asker's region reopens and closes it again (audited).
    expect((await ok<{ reopenQuestion: unknown }>(REOPEN, { id: q.id }, coordinator)).reopenQuestion).toEqual(
      {
        status: 'OPEN',
        closedReason: null,
      },
    );
    await ok(CLOSE, { id: q.id, r: 'Dubbel met een regionale vraag' }, coordinator);
    const log = await ok<{ curationLog: { edges: { node: { type: string; detailsJson: string } }[] } }>(
      '{ curationLog(first: 50) { edges { node { type detailsJson } } } }',
      {},
      admin,
    );
    expect(
      log.curationLog.edges.some(
        (e) => e.node.type === 'QUESTION_CLOSED_BY_COORDINATOR' && e.node.detailsJson.includes(q.id),
      ),
    ).toBe(true);
    expect(await outbox(q.id)).toEqual([
      'question.asked',
      'question.closed',
      'question.reopened',
      'question.closed',
    ]);
  });

  it('sets and withdraws "ik wil dit ook weten", idempotently, with a count', async () => {
    const q = await ask(utrecht);
    const ME_TOO = `mutation($id: ID!, $v: Boolean) { meTooQuestion(id: $id, meToo: $v) {
      meTooCount meTooByMe followedByMe followerCount } }`;
    expect((await ok<{ meTooQuestion: unknown }>(ME_TOO, { id: q.id }, amsterdam)).meTooQuestion).toEqual({
      meTooCount: 1,
      meTooByMe: true,
      followedByMe: true,
      followerCount: 2,
    });
    expect(
      (await ok<{ meTooQuestion: unknown }>(ME_TOO, { id: q.id, v: true }, amsterdam)).meTooQuestion,
    ).toEqual({
      meTooCount: 1,
      meTooByMe: true,
      followedByMe: true,
      followerCount: 2,
    });
    await ok(ME_TOO, { id: q.id }, zeist);
    expect((await view(utrecht, q.id)).meTooCount).toBe(2);
    expect(
      (await ok<{ meTooQuestion: unknown }>(ME_TOO, { id: q.id, v: false }, amsterdam)).meTooQuestion,
    ).toEqual({
      meTooCount: 1,
      meTooByMe: false,
      followedByMe: true,
      followerCount: 3,
    });
    expect(errorCode(await gql(ME_TOO, { id: q.id }, utrecht))).toBe('FORBIDDEN');
    // Unfollow.
    const UNFOLLOW = 'mutation($id: ID!) { unfollowQuestion(id: $id) { followerCount followedByMe } }';
    expect(
      (await ok<{ unfollowQuestion: unknown }>(UNFOLLOW, { id: q.id }, amsterdam)).unfollowQuestion,
    ).toEqual({
      followerCount: 2,
      followedByMe: false,
    });
    expect(await outbox(q.id)).toEqual([
      'question.asked',
      'question.me_too',
      'question.followed',
      'question.me_too',
      'question.followed',
      'question.me_too',
      'question.unfollowed',
    ]);
  });

  it('filters by taakveld (with descendants), gemeente, region, status, year, tag and the reader, and sorts', async () => {
    const tag = 'filtertest';
    const wmo = await ask(utrecht, { tags: [tag], policyDomainCodes: ['6.71'] }); // superseded: 6.711 …
    const huishoudelijk = await ask(zeist, { tags: [tag], policyDomainCodes: ['6.711'] });
    const bestuur = await ask(amsterdam, {
      tags: [tag],
      policyDomainCodes: ['0.1'],
      deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    });
    const soon = await ask(amersfoort, {
      tags: [tag],
      policyDomainCodes: ['0.2'],
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
      audience: { scope: 'MUNICIPALITIES', municipalityCodes: ['GM0344'] },
    });
    await ok(
      'mutation($id: ID!, $r: String!) { closeQuestion(id: $id, reason: $r) { id } }',
      { id: bestuur.id, r: 'Klaar' },
      amsterdam,
    );
    await ok('mutation($id: ID!) { meTooQuestion(id: $id) { id } }', { id: huishoudelijk.id }, amsterdam);
    await ok('mutation($id: ID!) { meTooQuestion(id: $id) { id } }', { id: huishoudelijk.id }, nieuwegein);
    await ok('mutation($id: ID!) { meTooQuestion(id: $id) { id } }', { id: wmo.id }, amsterdam);

    const f = (extra: Record<string, unknown>) => ({ tag, ...extra });
    const set = async (filter: Record<string, unknown>, who: Person = utrecht) =>
      new Set(await listIds(who, f(filter)));
    expect(await set({ policyDomainCodes: ['6'] })).toEqual(new Set([wmo.id, huishoudelijk.id]));
    expect(await set({ policyDomainCodes: ['6.71'] })).toEqual(new Set([wmo.id, huishoudelijk.id]));
    expect(await set({ policyDomainCodes: ['6.711'] })).toEqual(new Set([wmo.id, huishoudelijk.id]));
    expect(await set({ policyDomainCodes: ['0'] })).toEqual(new Set([bestuur.id, soon.id]));
    expect(await set({ policyDomainCodes: ['6.3'] })).toEqual(new Set());
    expect(await set({ municipalityCode: 'GM0355' })).toEqual(new Set([huishoudelijk.id]));
    expect(await set({ regionId: 'VR09' })).toEqual(new Set([wmo.id, huishoudelijk.id, soon.id]));
    expect(await set({ regionId: 'VR09', municipalityCode: 'GM0363' })).toEqual(new Set());
    expect(await set({ status: 'CLOSED' })).toEqual(new Set([bestuur.id]));
    expect(await set({ year: new Date().getUTCFullYear() })).toEqual(
      new Set([wmo.id, huishoudelijk.id, bestuur.id, soon.id]),
    );
    expect(await set({ year: 2001 })).toEqual(new Set());
    expect(await set({ askedByMe: true })).toEqual(new Set([wmo.id]));
    expect(await set({ addressedToMyMunicipality: true })).toEqual(new Set([soon.id]));
    expect(await set({ addressedToMyMunicipality: true }, zeist)).toEqual(new Set());
    // Anonymous readers have no "me": nothing, not an error.
    expect(await listIds(null, f({ askedByMe: true }))).toEqual([]);
    // Unknown values are bad input.
    for (const filter of [
      { policyDomainCodes: ['9.99'] },
      { municipalityCode: 'GM9999' },
      { regionId: 'VR99' },
    ]) {
      const res = await gql(
        'query($f: QuestionFilterInput) { questions(filter: $f) { totalCount } }',
        { f: filter },
        utrecht,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }

    expect(await listIds(utrecht, f({}), 'NEWEST')).toEqual([soon.id, bestuur.id, huishoudelijk.id, wmo.id]);
    expect(await listIds(utrecht, f({}), 'OLDEST')).toEqual([wmo.id, huishoudelijk.id, bestuur.id, soon.id]);
    expect((await listIds(utrecht, f({}), 'MOST_ME_TOO')).slice(0, 2)).toEqual([huishoudelijk.id, wmo.id]);
    expect(await listIds(utrecht, f({}), 'DEADLINE')).toEqual([
      soon.id,
      bestuur.id,
      huishoudelijk.id,
      wmo.id,
    ]);

    // Pages: totalCount stays, cursors continue.
    const page = await ok<{
      questions: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(
      'query($f: QuestionFilterInput) { questions(filter: $f, first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
      { f: f({}) },
      utrecht,
    );
    expect(page.questions.totalCount).toBe(4);
    expect(page.questions.pageInfo.hasNextPage).toBe(true);
    const next = await ok<{ questions: { edges: { node: { id: string } }[] } }>(
      'query($f: QuestionFilterInput, $a: String) { questions(filter: $f, first: 3, after: $a) { edges { node { id } } } }',
      { f: f({}), a: page.questions.pageInfo.endCursor },
      utrecht,
    );
    expect(next.questions.edges.map((e) => e.node.id)).toEqual([wmo.id]);
  });

  it('finds a tag through its synonyms', async () => {
    await ok(
      'mutation { setTagSynonyms(canonical: "jeugdhulp", synonyms: ["jeugdzorg"]) { canonical } }',
      {},
      coordinator,
    );
    const q = await ask(utrecht, { tags: ['Jeugdzorg'] });
    expect(q.tags).toEqual(['jeugdhulp']);
    expect(await listIds(zeist, { tag: 'jeugdzorg' })).toEqual([q.id]);
    expect(await listIds(zeist, { tag: 'jeugdhulp' })).toEqual([q.id]);
  });

  it('gives other libraries answer statistics, visible ids and expired answers', async () => {
    const service = hub.app.get(QuestionsService);
    const houten = await addPerson(hub, admin, { email: 'i.dijkstra@houten.nl', organisationCode: 'GM0321' });
    const q1 = await ask(utrecht, { tags: ['stats'] });
    const q2 = await ask(utrecht, { tags: ['stats'], audience: { scope: 'NEIGHBOURS' } });
    const inOneHour = new Date(Date.now() + 3_600_000).toISOString();
    const a1 = await answer(houten, q1.id, { validUntil: inOneHour });
    await answer(houten, q1.id);
    await answer(houten, q2.id);
    // The coordinator of the asker's region accepts (audited as a curation action).
    await ok('mutation($a: ID!) { acceptAnswer(answerId: $a) { id } }', { a: a1.id }, coordinator);
    const log = await ok<{ curationLog: { edges: { node: { type: string; detailsJson: string } }[] } }>(
      '{ curationLog(first: 50) { edges { node { type detailsJson } } } }',
      {},
      coordinator,
    );
    expect(
      log.curationLog.edges.some(
        (e) => e.node.type === 'ANSWER_ACCEPTED_BY_COORDINATOR' && e.node.detailsJson.includes(a1.id),
      ),
    ).toBe(true);

    const stats = await service.answerStatistics([houten.id, amersfoort.id]);
    const n = stats.get(houten.id)!;
    expect(n).toMatchObject({ answersGiven: 3, acceptedAnswers: 1 });
    expect(n.medianMinutesToFirstAnswer).toBeGreaterThanOrEqual(0);
    expect(n.medianMinutesToFirstAnswer).toBeLessThan(1);
    expect(stats.get(amersfoort.id)).toEqual({
      answersGiven: 0,
      acceptedAnswers: 0,
      medianMinutesToFirstAnswer: null,
    });

    const actorOf = (
      p: Person,
      organisationCode: string,
      municipalityCode: string | null,
      regions: string[] = [],
    ): Actor => ({
      userId: p.id,
      organisationCode,
      municipalityCode,
      roles: regions.length ? ['MEMBER', 'COORDINATOR'] : ['MEMBER'],
      coordinatorRegionIds: regions,
    });
    const amsterdamActor = actorOf(amsterdam, 'GM0363', 'GM0363');
    expect(await service.visibleQuestionIds(amsterdamActor, [q1.id, q2.id, 'unknown'])).toEqual(
      new Set([q1.id]),
    );
    expect([...(await service.questionsByIds(null, [q1.id])).keys()]).toEqual([]);

    // The answer with a "geldig tot" is expired tomorrow, for the coordinator of Utrecht's region only.
    const tomorrow = new Date(Date.now() + 86_400_000);
    const coordinatorActor = actorOf(coordinator, 'HUB', null, ['VR09']);
    const expired = await service.expiredAnswers(coordinatorActor, tomorrow);
    expect(expired.map((e) => [e.answer.id, e.question.id])).toContainEqual([a1.id, q1.id]);
    expect(await service.expiredAnswers(coordinatorActor, new Date())).not.toContainEqual(
      expect.objectContaining({ answer: expect.objectContaining({ id: a1.id }) }),
    );
    expect(await service.expiredAnswers(actorOf(amsterdam, 'GM0363', 'GM0363', ['VR13']), tomorrow)).toEqual(
      [],
    );
    expect(await service.expiredAnswers(amsterdamActor, tomorrow)).toEqual([]);
  });
});
