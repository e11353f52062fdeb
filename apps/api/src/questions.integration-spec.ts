import { errorCode, graphql } from '@ksp/testing';
import { addPerson, loginAdmin, Person, withAdmin } from './testing/people';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * Questions: the done-when of issue 4 (Utrecht asks its buurgemeenten, Zeist answers, Amsterdam
 * sees nothing), the visibility of every audience scope through every read path, and the number
 * of SQL statements a page of questions with its nested fields costs.
 */

type Headers = Record<string, string>;
const ANONYMOUS: Headers = {};

interface AskInput {
  title?: string;
  body?: string;
  policyDomainCodes?: string[];
  tags?: string[];
  audience: { scope: string; regionIds?: string[]; municipalityCodes?: string[] };
  deadline?: string | null;
}

describe('questions', () => {
  let hub: TestApp;
  let admin: Person;
  let utrecht: Person;
  let zeist: Person;
  let amersfoort: Person;
  let amsterdam: Person;
  let coordinatorVR09: Person;
  let coordinatorVR13: Person;

  const gql = async <T>(query: string, vars: Record<string, unknown>, headers: Headers) => {
    const res = await graphql<T>(hub.url, query, vars, headers);
    return res;
  };
  const ok = async <T>(query: string, vars: Record<string, unknown>, headers: Headers): Promise<T> => {
    const res = await gql<T>(query, vars, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  const ask = async (who: Person, input: AskInput): Promise<string> => {
    const data = await ok<{ askQuestion: { id: string } }>(
      'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
      {
        i: {
          title: 'Hoe organiseren jullie de toegang tot jeugdhulp?',
          body: 'Wij zoeken ervaringen met een **wijkteam** als toegang.',
          policyDomainCodes: ['6.72'],
          ...input,
        },
      },
      who.headers,
    );
    return data.askQuestion.id;
  };

  const answer = async (who: Person, questionId: string, body = 'Wij werken met wijkteams.') =>
    (
      await ok<{ answerQuestion: { id: string } }>(
        'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
        { i: { questionId, body } },
        who.headers,
      )
    ).answerQuestion.id;

  /** The ids a person finds in `questions` (with a filter), and the totalCount they get. */
  const listed = async (headers: Headers, filter: Record<string, unknown> = {}) => {
    const data = await ok<{ questions: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query($f: QuestionFilterInput) { questions(filter: $f, first: 100) { totalCount edges { node { id } } } }',
      { f: filter },
      headers,
    );
    return { ids: data.questions.edges.map((e) => e.node.id), total: data.questions.totalCount };
  };

  beforeAll(async () => {
    hub = await startTestApp(withAdmin());
    admin = await loginAdmin(hub);
    const person = (email: string, organisationCode: string, coordinatorRegionIds: string[] = []) =>
      addPerson(hub, admin, {
        email,
        organisationCode,
        roles: coordinatorRegionIds.length ? ['MEMBER', 'COORDINATOR'] : ['MEMBER'],
        coordinatorRegionIds,
      });
    utrecht = await person('a.jansen@utrecht.nl', 'GM0344');
    zeist = await person('b.peters@zeist.nl', 'GM0355');
    amersfoort = await person('c.smit@amersfoort.nl', 'GM0307');
    amsterdam = await person('d.visser@amsterdam.nl', 'GM0363');
    // Coordinators at the hub's own organisation: they see what they see as coordinators only.
    coordinatorVR09 = await person('e.bakker@kennisregio.nl', 'HUB', ['VR09']);
    coordinatorVR13 = await person('f.mulder@kennisregio.nl', 'HUB', ['VR13']);
  });
  afterAll(async () => hub?.close());

  it('done when: Utrecht asks its buurgemeenten, Zeist sees and answers it, the asker accepts, Amsterdam sees nothing', async () => {
    const amsterdamBefore = await listed(amsterdam.headers);

    const id = await ask(utrecht, { tags: ['done-when'], audience: { scope: 'NEIGHBOURS' } });

    // Zeist, a buurgemeente, sees it by id and in the lists (also as addressed to its gemeente).
    const QUESTION = `query($id: ID!) { question(id: $id) {
      id title status author { displayName organisation { code name } }
      audience { scope } addressees { municipality { code name } status reason }
      answers { id accepted author { organisation { code } } } acceptedAnswer { id }
      viewerCanAnswer viewerCanAccept viewerCanDecline } }`;
    type Q = {
      question: {
        id: string;
        status: string;
        author: { displayName: string; organisation: { code: string; name: string } };
        addressees: { municipality: { code: string; name: string }; status: string; reason: string | null }[];
        answers: { id: string; accepted: boolean; author: { organisation: { code: string } } }[];
        acceptedAnswer: { id: string } | null;
        viewerCanAnswer: boolean;
        viewerCanAccept: boolean;
        viewerCanDecline: boolean;
      };
    };
    const seen = await ok<Q>(QUESTION, { id }, zeist.headers);
    expect(seen.question).toMatchObject({
      id,
      status: 'OPEN',
      author: { displayName: 'a.jansen', organisation: { code: 'GM0344', name: 'Gemeente Utrecht' } },
      viewerCanAnswer: true,
      viewerCanAccept: false,
      viewerCanDecline: true,
    });
    // Addressed: exactly Utrecht's buurgemeenten, all pending.
    expect(seen.question.addressees.map((a) => a.municipality.code).sort()).toEqual(
      ['GM0310', 'GM0312', 'GM0321', 'GM0335', 'GM0353', 'GM0355', 'GM0356', 'GM0632', 'GM1904'].sort(),
    );
    expect(new Set(seen.question.addressees.map((a) => a.status))).toEqual(new Set(['PENDING']));
    expect((await listed(zeist.headers)).ids).toContain(id);
    expect((await listed(zeist.headers, { addressedToMyMunicipality: true })).ids).toContain(id);

    // Zeist answers; its gemeente's status becomes ANSWERED, the others stay pending.
    const answerId = await answer(zeist, id);
    const afterAnswer = await ok<Q>(QUESTION, { id }, utrecht.headers);
    const byCode = new Map(afterAnswer.question.addressees.map((a) => [a.municipality.code, a.status]));
    expect(byCode.get('GM0355')).toBe('ANSWERED');
    expect(byCode.get('GM0356')).toBe('PENDING');
    expect(afterAnswer.question.answers).toEqual([
      { id: answerId, accepted: false, author: { organisation: { code: 'GM0355' } } },
    ]);
    expect(afterAnswer.question.viewerCanAccept).toBe(true);

    // The asker accepts.
    const accepted = await ok<{
      acceptAnswer: { id: string; accepted: boolean; question: { acceptedAnswer: { id: string } } };
    }>(
      'mutation($a: ID!) { acceptAnswer(answerId: $a) { id accepted question { acceptedAnswer { id } } } }',
      { a: answerId },
      utrecht.headers,
    );
    expect(accepted.acceptAnswer).toEqual({
      id: answerId,
      accepted: true,
      question: { acceptedAnswer: { id: answerId } },
    });
    const final = await ok<Q>(QUESTION, { id }, zeist.headers);
    expect(final.question.acceptedAnswer).toEqual({ id: answerId });
    expect(final.question.answers[0]!.accepted).toBe(true);

    // Amsterdam: NOT_FOUND by id (the question and its answer), in no list, in no count.
    expect(errorCode(await gql(QUESTION, { id }, amsterdam.headers))).toBe('NOT_FOUND');
    expect(
      errorCode(await gql('query($id: ID!) { answer(id: $id) { id } }', { id: answerId }, amsterdam.headers)),
    ).toBe('NOT_FOUND');
    const amsterdamAfter = await listed(amsterdam.headers);
    expect(amsterdamAfter.ids).not.toContain(id);
    expect(amsterdamAfter.total).toBe(amsterdamBefore.total);
    for (const filter of [
      { tag: 'done-when' },
      { policyDomainCodes: ['6'] },
      { municipalityCode: 'GM0344' },
      { regionId: 'VR09' },
      { status: 'OPEN' },
      { year: new Date().getUTCFullYear() },
    ]) {
      const res = await listed(amsterdam.headers, filter);
      expect(res.ids).not.toContain(id);
      if (filter.tag) expect(res.total).toBe(0);
    }
    // … and cannot act on it either: it does not exist for them.
    for (const [query, vars] of [
      ['mutation($id: ID!) { followQuestion(id: $id) { id } }', { id }],
      ['mutation($id: ID!) { meTooQuestion(id: $id) { id } }', { id }],
      ['mutation($a: ID!) { acceptAnswer(answerId: $a) { id } }', { a: answerId }],
      [
        'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
        { i: { questionId: id, body: 'x' } },
      ],
      ['mutation($id: ID!) { declineQuestion(questionId: $id, reason: "geen kennis") { id } }', { id }],
    ] as const) {
      expect(errorCode(await gql(query, vars, amsterdam.headers))).toBe('NOT_FOUND');
    }
  });

  describe('visibility of each audience scope, by id, in lists, in counts and through answers', () => {
    // Who sees a question of Utrecht's with this audience (the asker always does; admins too).
    const cases: {
      scope: string;
      audience: AskInput['audience'];
      expected: Record<
        'amersfoort' | 'zeist' | 'amsterdam' | 'coordinatorVR09' | 'coordinatorVR13' | 'anonymous',
        boolean
      >;
    }[] = [
      {
        scope: 'NEIGHBOURS',
        audience: { scope: 'NEIGHBOURS' },
        // Zeist is addressed (a buurgemeente); Amersfoort is in the region but no buurgemeente.
        expected: {
          amersfoort: false,
          zeist: true,
          amsterdam: false,
          coordinatorVR09: true,
          coordinatorVR13: false,
          anonymous: false,
        },
      },
      {
        scope: 'REGIONS VR09',
        audience: { scope: 'REGIONS', regionIds: ['VR09'] },
        expected: {
          amersfoort: true,
          zeist: true,
          amsterdam: false,
          coordinatorVR09: true,
          coordinatorVR13: false,
          anonymous: false,
        },
      },
      {
        scope: 'MUNICIPALITIES GM0307',
        audience: { scope: 'MUNICIPALITIES', municipalityCodes: ['GM0307'] },
        // Amersfoort is addressed; Zeist is a buurgemeente but not addressed.
        expected: {
          amersfoort: true,
          zeist: false,
          amsterdam: false,
          coordinatorVR09: true,
          coordinatorVR13: false,
          anonymous: false,
        },
      },
      {
        scope: 'MEMBERS',
        audience: { scope: 'MEMBERS' },
        expected: {
          amersfoort: true,
          zeist: true,
          amsterdam: true,
          coordinatorVR09: true,
          coordinatorVR13: true,
          anonymous: false,
        },
      },
      {
        scope: 'PUBLIC',
        audience: { scope: 'PUBLIC' },
        expected: {
          amersfoort: true,
          zeist: true,
          amsterdam: true,
          coordinatorVR09: true,
          coordinatorVR13: true,
          anonymous: true,
        },
      },
    ];

    it.each(cases)('$scope', async ({ scope, audience, expected }) => {
      const tag = `matrix-${scope.toLowerCase().replace(/\s+/g, '-')}`;
      const id = await ask(utrecht, { tags: [tag], audience });
      const answerId = await answer(admin, id, 'Een antwoord van de beheerder.');
      const headersOf: Record<keyof typeof expected, Headers> = {
        amersfoort: amersfoort.headers,
        zeist: zeist.headers,
        amsterdam: amsterdam.headers,
        coordinatorVR09: coordinatorVR09.headers,
        coordinatorVR13: coordinatorVR13.headers,
        anonymous: ANONYMOUS,
      };
      const observed: Record<string, unknown> = {};
      for (const [who, headers] of Object.entries(headersOf)) {
        const byId = await gql<{ question: { id: string; answers: { id: string }[] } }>(
          'query($id: ID!) { question(id: $id) { id answers { id } } }',
          { id },
          headers,
        );
        const byAnswer = await gql<{ answer: { id: string } }>(
          'query($id: ID!) { answer(id: $id) { id question { id } } }',
          { id: answerId },
          headers,
        );
        const list = await listed(headers, { tag });
        const all = await listed(headers);
        const sees = !!byId.data?.question;
        observed[who] = sees;
        // Every path agrees with the by-id answer.
        expect({ who, byId: byId.data?.question?.id ?? errorCode(byId) }).toEqual({
          who,
          byId: sees ? id : 'NOT_FOUND',
        });
        expect({ who, answer: byAnswer.data?.answer?.id ?? errorCode(byAnswer) }).toEqual({
          who,
          answer: sees ? answerId : 'NOT_FOUND',
        });
        if (sees) expect(byId.data!.question.answers).toEqual([{ id: answerId }]);
        expect({ who, list: list.ids, total: list.total }).toEqual({
          who,
          list: sees ? [id] : [],
          total: sees ? 1 : 0,
        });
        expect({ who, inAll: all.ids.includes(id) }).toEqual({ who, inAll: sees });
      }
      expect(observed).toEqual(expected);
      // The asker and admins always see it.
      expect((await listed(utrecht.headers, { tag })).total).toBe(1);
      expect((await listed(admin.headers, { tag })).total).toBe(1);
    });
  });

  it('shows a duplicate-of link only to those who may see its target', async () => {
    const hidden = await ask(utrecht, { title: 'Alleen voor de buren', audience: { scope: 'NEIGHBOURS' } });
    const open = await ask(utrecht, { title: 'Voor iedereen', audience: { scope: 'MEMBERS' } });
    await ok(
      'mutation($q: ID!, $d: ID!) { markDuplicate(questionId: $q, duplicateOfId: $d) { id } }',
      { q: open, d: hidden },
      coordinatorVR09.headers,
    );
    const QUERY = 'query($id: ID!) { question(id: $id) { status duplicateOf { id } } }';
    expect((await ok<{ question: unknown }>(QUERY, { id: open }, zeist.headers)).question).toEqual({
      status: 'CLOSED',
      duplicateOf: { id: hidden },
    });
    expect((await ok<{ question: unknown }>(QUERY, { id: open }, amsterdam.headers)).question).toEqual({
      status: 'CLOSED',
      duplicateOf: null,
    });
    // A coordinator of another region sees the question but may not mark duplicates of Utrecht's.
    const other = await ask(utrecht, { title: 'Nog een', audience: { scope: 'MEMBERS' } });
    const res = await gql(
      'mutation($q: ID!, $d: ID!) { markDuplicate(questionId: $q, duplicateOfId: $d) { id } }',
      { q: other, d: open },
      coordinatorVR13.headers,
    );
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('sends a number of SQL statements that does not grow with the page size or the nesting', async () => {
    // 50 questions from Utrecht to its buurgemeenten, each with an answer from Zeist, some accepted.
    for (let i = 0; i < 50; i++) {
      const id = await ask(utrecht, {
        title: `Vraag ${i}`,
        tags: ['statements', `t${i % 3}`],
        policyDomainCodes: i % 2 ? ['6.72', '6.71'] : ['0.1'],
        audience: i % 5 === 0 ? { scope: 'REGIONS', regionIds: ['VR09'] } : { scope: 'NEIGHBOURS' },
      });
      const a = await answer(zeist, id);
      if (i % 4 === 0) {
        await ok('mutation($a: ID!) { acceptAnswer(answerId: $a) { id } }', { a }, utrecht.headers);
      }
    }
    const QUERY = `query($first: Int!) { questions(first: $first, filter: { tag: "statements" }) {
      totalCount edges { node {
        id title bodyHtml status author { displayName organisation { name } }
        audience { scope regions { name } municipalities { name } }
        policyDomains { code name } tags
        answers { id bodyHtml citedReportIds author { displayName organisation { name } } question { id } }
        acceptedAnswer { id } answerCount followerCount followedByMe meTooCount meTooByMe
        addressees { municipality { name } status reason } duplicateOf { id }
        viewerCanEdit viewerCanAccept viewerCanDecline
      } } } }`;
    const statements = (first: number) =>
      hub.statementsOf(async () => {
        const res = await graphql<{ questions: { edges: unknown[] } }>(
          hub.url,
          QUERY,
          { first },
          zeist.headers,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!.questions.edges).toHaveLength(first);
      });
    const five = await statements(5);
    const fifty = await statements(50);
    expect(fifty).toBe(five);
    // One for the page, one for the count, one per kind of nested field: a small constant.
    expect(five).toBeLessThanOrEqual(16);
  });
});
