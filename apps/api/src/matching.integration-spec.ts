import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { RoutingService } from '@ksp/matching';
import { OutboxProcessor } from '@ksp/persistence';
import { EmbeddedSearchEngine } from '@ksp/search';
import { RateLimiter } from '@ksp/shared';
import { errorCode, graphql, readMailbox } from '@ksp/testing';
import { addPerson, loginAdmin, withAdmin, type Person } from './testing/people';
import { startTestApp, type TestApp } from './testing/test-app';

/**
 * Matching and routing over real HTTP (issue 6), on the embedded search engine kept in step by the
 * discovery indexer through the outbox (every write is followed by draining the outbox, which runs
 * the indexer and then routing). The done-when: a member of Utrecht (GM0344) asks her
 * buurgemeenten about "inkoop jeugdhulp regionaal" (6.752); the Zeist (GM0355) expert with consent
 * is in the top three with reasons, an equally qualified expert without consent is absent, an
 * unavailable one is not routed to; the routed expert sees it in questionsForMe, declining removes
 * it there and routes it to the next expert; escalation after the configured days routes further and
 * tells the region's coordinator; a viewer never sees a match they may not see.
 */

type Headers = Record<string, string>;

interface ExpertMatchView {
  profile: { id: string; displayName: string; municipality: { code: string } | null };
  score: number;
  reasons: string[];
  routable: boolean;
}
interface MatchesView {
  experts: ExpertMatchView[];
  reports: { report: { id: string; title: string }; score: number; reasons: string[] }[];
  questions: { question: { id: string; title: string }; score: number; reasons: string[] }[];
}
interface RoutedView {
  id: string;
  status: string;
  round: number;
  reasons: string[];
  declineReason: string | null;
  question: { id: string; title: string };
}

const MATCHES = `experts { profile { id displayName municipality { code } } score reasons routable }
  reports { report { id title } score reasons }
  questions { question { id title } score reasons }`;
const FOR_QUESTION = `query($id: ID!, $e: Int, $r: Int, $q: Int) {
  matchesForQuestion(id: $id, experts: $e, reports: $r, questions: $q) { ${MATCHES} } }`;
const FOR_DRAFT = `query($i: DraftMatchInput!) { matchesForDraft(input: $i) { ${MATCHES} } }`;
const INBOX = `query($s: [RoutingStatus!]) { questionsForMe(status: $s, first: 50) {
  totalCount edges { node { id status round reasons declineReason question { id title } } } } }`;
const DECLINE = `mutation($id: ID!, $r: RoutingDeclineReason!, $n: String) {
  declineRouting(id: $id, reason: $r, note: $n) { id status declineReason question { id } } }`;
const ESCALATED = `{ escalatedQuestions(first: 20) { totalCount edges { node { round routedTo
  municipality { code } question { id } } } } }`;

const YOUTH_BIO =
  'Coördineert de regionale inkoop van ambulante jeugdhulp: aanbesteding, contractmanagement en samenwerking tussen de gemeenten in de regio.';
const YOUTH_KEYWORDS = ['inkoop jeugdhulp', 'regionale samenwerking', 'aanbesteding'];

describe('matching and routing', () => {
  let hub: TestApp;
  let engine: EmbeddedSearchEngine;
  let indexDir: string;
  let dataSource: DataSource;
  let admin: Person;
  let asker: Person; // Utrecht
  let zeistExpert: Person; // Zeist, consent, 6.752
  let zeistNoConsent: Person; // Zeist, the same expertise, no consent
  let deBiltUnavailable: Person; // De Bilt (buurgemeente), consent, UNAVAILABLE
  let houten: Person;
  let nieuwegein: Person;
  let bunnik: Person;
  let woerden: Person;
  let groningen: Person; // far away: may not see a question for Utrecht's buurgemeenten
  let amsterdam: Person;
  let coordinatorVR09: Person;
  let coordinatorVR13: Person;
  const profileOf = new Map<string, string>(); // email → profile id
  let questionId: string;

  const gql = <T>(who: Person | null, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(hub.url, query, variables, who?.headers ?? ({} as Headers));
  const ok = async <T>(who: Person | null, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql<T>(who, query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const drain = () => hub.app.get(OutboxProcessor).drain();

  const saveProfile = async (who: Person, input: Record<string, unknown>) => {
    const data = await ok<{ saveExpertiseProfile: { id: string } }>(
      who,
      'mutation($i: SaveExpertiseProfileInput!) { saveExpertiseProfile(input: $i) { id } }',
      { i: { keywords: YOUTH_KEYWORDS, bio: YOUTH_BIO, consentToRecommend: true, ...input } },
    );
    profileOf.set(who.email, data.saveExpertiseProfile.id);
  };

  const ask = async (who: Person, title: string, body: string, scope: string, codes = ['6.752']) =>
    (
      await ok<{ askQuestion: { id: string } }>(
        who,
        'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
        { i: { title, body, policyDomainCodes: codes, tags: ['inkoop'], audience: { scope } } },
      )
    ).askQuestion.id;

  const answerAndAccept = async (question: string, by: Person, asker: Person) => {
    const a = await ok<{ answerQuestion: { id: string } }>(
      by,
      'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
      { i: { questionId: question, body: 'Wij kopen regionaal in met een open house-constructie.' } },
    );
    await ok(asker, 'mutation($a: ID!) { acceptAnswer(answerId: $a) { id } }', { a: a.answerQuestion.id });
  };

  const submitReport = async (who: Person, title: string, scope: string) =>
    (
      await ok<{ submitReport: { id: string; status: string } }>(
        who,
        'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id status } }',
        {
          i: {
            title,
            summary: 'Evaluatie van de regionale inkoop van ambulante jeugdhulp in de regio Utrecht.',
            publisherOrganisationCode: 'GM0355',
            authors: ['J. Jansen'],
            publicationDate: '2025-09-01',
            type: 'EVALUATIE',
            policyDomainCodes: ['6.752'],
            tags: ['inkoop'],
            audience: { scope },
          },
        },
      )
    ).submitReport;

  const matches = async (who: Person, id: string, limits: Record<string, number> = {}) =>
    (await ok<{ matchesForQuestion: MatchesView }>(who, FOR_QUESTION, { id, ...limits })).matchesForQuestion;

  const inbox = async (who: Person, status?: string[]) =>
    (
      await ok<{ questionsForMe: { totalCount: number; edges: { node: RoutedView }[] } }>(who, INBOX, {
        s: status ?? null,
      })
    ).questionsForMe.edges.map((e) => e.node);

  const routedTo = async (question: string): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT user_id FROM matching_routing WHERE question_id = '${question}' AND status = 'ROUTED' ORDER BY user_id`,
      )) as { user_id: string }[]
    ).map((r) => r.user_id);

  const experts = (): Person[] => [
    zeistExpert,
    zeistNoConsent,
    deBiltUnavailable,
    houten,
    nieuwegein,
    bunnik,
    woerden,
    groningen,
  ];

  beforeAll(async () => {
    indexDir = mkdtempSync(join(tmpdir(), 'ksp-matching-'));
    engine = new EmbeddedSearchEngine({ path: join(indexDir, 'index.sqlite') });
    hub = await startTestApp(withAdmin(), { engine });
    dataSource = hub.app.get(DataSource);
    admin = await loginAdmin(hub);
    // Twelve people accept their invitations from one address: more than the per-minute limit on
    // acceptInvitation, so the limit is reset between them (it is tested in identity's spec).
    const limiter = hub.app.get(RateLimiter);
    const add = async (p: Parameters<typeof addPerson>[2]) => {
      await limiter.reset({ key: 'accept-invitation', points: 10, duration: 60 }, '127.0.0.1');
      return addPerson(hub, admin, p);
    };
    const person = (email: string, organisationCode: string, displayName: string) =>
      add({ email, organisationCode, displayName });
    asker = await person('vera@utrecht.nl', 'GM0344', 'Vera Utrecht');
    zeistExpert = await person('jeugd@zeist.nl', 'GM0355', 'Sanne Zeist');
    zeistNoConsent = await person('inkoop@zeist.nl', 'GM0355', 'Zonder Toestemming');
    deBiltUnavailable = await person('jeugd@debilt.nl', 'GM0310', 'Niet Beschikbaar');
    houten = await person('jeugd@houten.nl', 'GM0321', 'Hans Houten');
    nieuwegein = await person('jeugd@nieuwegein.nl', 'GM0356', 'Nina Nieuwegein');
    bunnik = await person('wmo@bunnik.nl', 'GM0312', 'Bram Bunnik');
    woerden = await person('jeugd@woerden.nl', 'GM0632', 'Wim Woerden');
    groningen = await person('jeugd@groningen.nl', 'GM0014', 'Greet Groningen');
    amsterdam = await person('anna@amsterdam.nl', 'GM0363', 'Anna Amsterdam');
    coordinatorVR09 = await add({
      email: 'coordinator@utrecht.nl',
      organisationCode: 'GM0344',
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR09'],
    });
    coordinatorVR13 = await add({
      email: 'coordinator@amsterdam.nl',
      organisationCode: 'GM0363',
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR13'],
    });

    const expert6752 = [{ code: '6.752', level: 'EXPERT' }];
    await saveProfile(zeistExpert, { policyDomains: expert6752, maxOpenQuestions: 3 });
    // Equally qualified, but no consent: never matched, never routed.
    await saveProfile(zeistNoConsent, { policyDomains: expert6752, consentToRecommend: false });
    await saveProfile(deBiltUnavailable, { policyDomains: expert6752, availability: 'UNAVAILABLE' });
    await saveProfile(houten, {
      policyDomains: [{ code: '6.752', level: 'GEVORDERD' }],
      bio: 'Beleidsadviseur jeugd, betrokken bij de inkoop van jeugdhulp in de regio.',
    });
    await saveProfile(nieuwegein, {
      policyDomains: [{ code: '6.751', level: 'EXPERT' }],
      bio: 'Lokale ambulante jeugdhulp en wijkteams; contracten met aanbieders.',
      keywords: ['jeugdhulp lokaal'],
    });
    await saveProfile(bunnik, {
      policyDomains: [{ code: '6.72', level: 'GEVORDERD' }],
      bio: 'Maatwerk voor jeugdigen, inkoop en verantwoording.',
      keywords: ['inkoop'],
    });
    await saveProfile(woerden, {
      policyDomains: [{ code: '6.762', level: 'BASIS' }],
      bio: 'Jeugdhulp met verblijf, regionale afspraken.',
      keywords: ['jeugdhulp met verblijf'],
    });
    await saveProfile(groningen, { policyDomains: expert6752 });

    // An earlier question with an accepted answer, visible to every member.
    const earlier = await ask(
      coordinatorVR09,
      'Hoe richten we de regionale inkoop van jeugdhulp in?',
      'Welke inkoopmodellen werken voor ambulante jeugdhulp in een regio?',
      'MEMBERS',
    );
    await answerAndAccept(earlier, zeistExpert, coordinatorVR09);
    await drain();
  });

  afterAll(async () => {
    await hub?.close();
    rmSync(indexDir, { recursive: true, force: true });
  });

  it('matches the Zeist expert with consent among the top three, with reasons, and leaves out the one without consent', async () => {
    questionId = await ask(
      asker,
      'Inkoop jeugdhulp regionaal',
      'Wij willen de ambulante jeugdhulp regionaal inkopen. Wie heeft ervaring met de inkoop en de samenwerking tussen gemeenten?',
      'NEIGHBOURS',
    );
    await drain();
    const m = await matches(asker, questionId, { e: 10 });
    const ids = m.experts.map((e) => e.profile.id);
    const zeist = m.experts.find((e) => e.profile.id === profileOf.get(zeistExpert.email));
    expect(zeist).toBeDefined();
    expect(ids.indexOf(zeist!.profile.id)).toBeLessThan(3);
    expect(zeist!.reasons).toEqual(
      expect.arrayContaining([
        'taakveld 6.752 Jeugdhulp ambulant regionaal',
        'Gemeente Zeist grenst aan uw gemeente',
        'beantwoordde 1 vergelijkbare vraag (1 geaccepteerd)',
      ]),
    );
    expect(zeist!.routable).toBe(true);
    expect(ids).not.toContain(profileOf.get(zeistNoConsent.email));
    // The unavailable expert may be shown, lower and not routable.
    const away = m.experts.find((e) => e.profile.id === profileOf.get(deBiltUnavailable.email));
    if (away) {
      expect(away.routable).toBe(false);
      expect(away.reasons).toContain('op dit moment niet beschikbaar');
      expect(away.score).toBeLessThan(zeist!.score);
    }
    // Scores are ordered; reasons are Dutch sentences a person reads.
    expect(m.experts.map((e) => e.score)).toEqual([...m.experts.map((e) => e.score)].sort((a, b) => b - a));
    // The earlier answered question is offered first.
    expect(m.questions[0]?.question.title).toBe('Hoe richten we de regionale inkoop van jeugdhulp in?');
    expect(m.questions[0]?.reasons).toContain('beantwoord, met een geaccepteerd antwoord');
  });

  it('routes the question on publish to the top available experts who may see it, never to the unavailable one', async () => {
    const routed = await routedTo(questionId);
    expect(routed).toHaveLength(3);
    expect(routed).toContain(zeistExpert.id);
    expect(routed).not.toContain(deBiltUnavailable.id);
    expect(routed).not.toContain(zeistNoConsent.id);
    // Groningen may not see a question for Utrecht's buurgemeenten: never routed it.
    expect(routed).not.toContain(groningen.id);
    expect(routed).not.toContain(asker.id);

    const mine = await inbox(zeistExpert);
    const item = mine.find((i) => i.question.id === questionId);
    expect(item).toMatchObject({ status: 'ROUTED', round: 0 });
    expect(item!.reasons).toContain('taakveld 6.752 Jeugdhulp ambulant regionaal');
    expect(item!.reasons).toContain('Gemeente Zeist grenst aan gemeente Utrecht');
    for (const p of [deBiltUnavailable, zeistNoConsent, groningen, amsterdam, asker]) {
      expect((await inbox(p)).map((i) => i.question.id)).not.toContain(questionId);
    }
    // Replaying the event routes nobody twice.
    await hub.app.get(RoutingService).handle([
      {
        id: 0,
        type: 'question.asked',
        aggregateType: 'question',
        aggregateId: questionId,
        payload: {},
        occurredAt: new Date(),
      },
    ]);
    expect(await routedTo(questionId)).toEqual(routed);
  });

  it('removes a declined question from the expert’s list and routes it to the next expert', async () => {
    const before = await routedTo(questionId);
    const scoreBefore = (await matches(asker, questionId, { e: 10 })).experts.find(
      (e) => e.profile.id === profileOf.get(zeistExpert.email),
    )!.score;
    const item = (await inbox(zeistExpert)).find((i) => i.question.id === questionId)!;

    // Someone else cannot decline it: not found.
    expect(errorCode(await gql(houten, DECLINE, { id: item.id, r: 'NOT_MY_EXPERTISE' }))).toBe('NOT_FOUND');

    const declined = await ok<{ declineRouting: { status: string; declineReason: string } }>(
      zeistExpert,
      DECLINE,
      { id: item.id, r: 'NOT_MY_EXPERTISE', n: 'Ik doe alleen verblijf.' },
    );
    expect(declined.declineRouting).toMatchObject({ status: 'DECLINED', declineReason: 'NOT_MY_EXPERTISE' });
    expect((await inbox(zeistExpert)).map((i) => i.question.id)).not.toContain(questionId);
    expect((await inbox(zeistExpert, ['DECLINED'])).map((i) => i.question.id)).toContain(questionId);
    expect(errorCode(await gql(zeistExpert, DECLINE, { id: item.id, r: 'OTHER' }))).toBe('CONFLICT');

    const after = await routedTo(questionId);
    expect(after).toHaveLength(3);
    expect(after).not.toContain(zeistExpert.id);
    const next = after.filter((u) => !before.includes(u));
    expect(next).toHaveLength(1);
    expect([deBiltUnavailable.id, zeistNoConsent.id, groningen.id]).not.toContain(next[0]);
    const nextPerson = experts().find((p) => p.id === next[0])!;
    expect((await inbox(nextPerson)).map((i) => i.question.id)).toContain(questionId);

    // The decline feeds back: the expert now ranks lower for this taakveld.
    const scoreAfter = (await matches(asker, questionId, { e: 10 })).experts.find(
      (e) => e.profile.id === profileOf.get(zeistExpert.email),
    )?.score;
    expect(scoreAfter ?? 0).toBeLessThan(scoreBefore);
  });

  it('marks a routed question answered when the expert answers it', async () => {
    const [first] = await routedTo(questionId);
    const expert = experts().find((p) => p.id === first)!;
    await ok(expert, 'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }', {
      i: { questionId, body: 'Wij doen dit met vier gemeenten samen.' },
    });
    await drain();
    expect((await inbox(expert)).map((i) => i.question.id)).not.toContain(questionId);
    expect((await inbox(expert, ['ANSWERED'])).map((i) => i.question.id)).toContain(questionId);
  });

  it('escalates an unanswered question after the configured days: next experts, and the region’s coordinator is told', async () => {
    const q = await ask(
      asker,
      'Regionale inkoop jeugdhulp: ervaringen met aanbesteden?',
      'Wie heeft de ambulante jeugdhulp regionaal aanbesteed?',
      'NEIGHBOURS',
    );
    await drain();
    const first = await routedTo(q);
    expect(first.length).toBeGreaterThan(0);
    const routing = hub.app.get(RoutingService);
    // Nothing is overdue yet (a fixed "now" one day later).
    const soon = new Date(Date.now() + 1 * 86_400_000);
    expect(await routing.escalateOverdue(soon)).toEqual({ escalated: 0, routed: 0 });
    // Six days later (default: 5 days) nobody has answered.
    const later = new Date(Date.now() + 6 * 86_400_000);
    const run = await routing.escalateOverdue(later);
    expect(run.escalated).toBe(1);
    const rows = (await dataSource.query(
      `SELECT user_id, status, round FROM matching_routing WHERE question_id = '${q}'`,
    )) as { user_id: string; status: string; round: number }[];
    expect(
      rows
        .filter((r) => r.status === 'ESCALATED')
        .map((r) => r.user_id)
        .sort(),
    ).toEqual([...first].sort());
    const further = rows.filter((r) => Number(r.round) === 1);
    expect(further).toHaveLength(run.routed);
    for (const r of further) {
      expect(first).not.toContain(r.user_id);
      expect([deBiltUnavailable.id, zeistNoConsent.id, groningen.id]).not.toContain(r.user_id);
    }
    // The first experts keep it in their list (they may still answer), marked as escalated.
    const firstExpert = experts().find((p) => p.id === first[0])!;
    expect((await inbox(firstExpert)).find((i) => i.question.id === q)?.status).toBe('ESCALATED');

    const told = await ok<{
      escalatedQuestions: {
        edges: { node: { round: number; municipality: { code: string }; question: { id: string } } }[];
      };
    }>(coordinatorVR09, ESCALATED);
    expect(told.escalatedQuestions.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ round: 1, municipality: { code: 'GM0344' }, question: { id: q } }),
    );
    // For one region: the coordinator's own (VR09 holds Utrecht), none of a region they do not
    // coordinate, and an unknown region named as not found.
    const ofRegion = (regionId: string) => `{ escalatedQuestions(regionId: "${regionId}") { totalCount } }`;
    expect(
      (await ok<{ escalatedQuestions: { totalCount: number } }>(coordinatorVR09, ofRegion('VR09')))
        .escalatedQuestions.totalCount,
    ).toBe(1);
    expect(
      (await ok<{ escalatedQuestions: { totalCount: number } }>(coordinatorVR13, ofRegion('VR09')))
        .escalatedQuestions.totalCount,
    ).toBe(0);
    const unknown = await gql(coordinatorVR09, ofRegion('VR99'));
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0]!.message).toContain('VR99');
    const elsewhere = await ok<{ escalatedQuestions: { totalCount: number } }>(coordinatorVR13, ESCALATED);
    expect(elsewhere.escalatedQuestions.totalCount).toBe(0);
    expect(
      (await ok<{ escalatedQuestions: { totalCount: number } }>(asker, ESCALATED)).escalatedQuestions
        .totalCount,
    ).toBe(0);
    // The coordinators of Utrecht's regions get a mail with a link to the question; no one else.
    // (The escalation's event is recorded at the fixed "now", six days ahead.)
    const drainLater = () => hub.app.get(OutboxProcessor).drain(() => later);
    await drainLater();
    const mailed = readMailbox(hub.mailDir).filter((m) => m.subject.startsWith('Vraag zonder antwoord'));
    expect(mailed.map((m) => m.to)).toEqual([coordinatorVR09.email]);
    expect(mailed[0]!.subject).toBe(
      'Vraag zonder antwoord: Regionale inkoop jeugdhulp: ervaringen met aanbesteden?',
    );
    expect(mailed[0]!.text).toContain('uit Utrecht heeft na 5 dagen nog geen antwoord');
    expect(mailed[0]!.text).toContain(`/vragen/${q}`);
    // Running again the same day escalates nothing more, and mails no one.
    expect((await routing.escalateOverdue(later)).escalated).toBe(0);
    await drainLater();
    expect(
      readMailbox(hub.mailDir).filter((m) => m.subject.startsWith('Vraag zonder antwoord')),
    ).toHaveLength(1);
  });

  it('never shows a viewer a match they may not see', async () => {
    const shared = await submitReport(
      coordinatorVR09,
      'Evaluatie regionale inkoop jeugdhulp 2025',
      'MEMBERS',
    );
    const zeistOnly = await submitReport(
      zeistNoConsent,
      'Interne notitie inkoop jeugdhulp regio Zeist',
      'ORGANISATION',
    );
    await ok(coordinatorVR09, 'mutation($id: ID!) { publishReport(id: $id) { id } }', { id: zeistOnly.id });
    // A question with an accepted answer that only Amsterdam's buurgemeenten may see.
    const hidden = await ask(
      amsterdam,
      'Regionale inkoop jeugdhulp in Amsterdam en omstreken',
      'Hoe kopen jullie ambulante jeugdhulp regionaal in?',
      'NEIGHBOURS',
    );
    await answerAndAccept(hidden, coordinatorVR13, amsterdam);
    await drain();

    const forAsker = await matches(asker, questionId, { r: 20, q: 20, e: 20 });
    expect(forAsker.reports.map((r) => r.report.id)).toContain(shared.id);
    expect(forAsker.reports.map((r) => r.report.id)).not.toContain(zeistOnly.id);
    expect(forAsker.questions.map((x) => x.question.id)).not.toContain(hidden);
    // A member of Zeist may see the question (a buurgemeente) and Zeist's own report.
    const forZeist = await matches(zeistNoConsent, questionId, { r: 20 });
    expect(forZeist.reports.map((r) => r.report.id)).toContain(zeistOnly.id);
    // Amsterdam may not see the question itself: NOT_FOUND, as for an id that does not exist.
    expect(errorCode(await gql(amsterdam, FOR_QUESTION, { id: questionId }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(asker, FOR_QUESTION, { id: 'no-such-question' }))).toBe('NOT_FOUND');
    // Without a login: nothing.
    expect(errorCode(await gql(null, FOR_QUESTION, { id: questionId }))).toBe('UNAUTHENTICATED');

    // On the report's page: related reports and people who might need it, per reader.
    const REPORT = `query($id: ID!) { report(id: $id) { relatedReports(limit: 10) { report { id } reasons }
      peopleWhoMightNeedThis(limit: 10) { userId displayName profile { id } questions { id } reasons } } }`;
    type ReportView = {
      report: {
        relatedReports: { report: { id: string } }[];
        peopleWhoMightNeedThis: { userId: string | null; questions: { id: string }[]; reasons: string[] }[];
      };
    };
    const seenByAsker = (await ok<ReportView>(asker, REPORT, { id: shared.id })).report;
    expect(seenByAsker.relatedReports.map((r) => r.report.id)).not.toContain(zeistOnly.id);
    const seenByZeist = (await ok<ReportView>(zeistNoConsent, REPORT, { id: shared.id })).report;
    expect(seenByZeist.relatedReports.map((r) => r.report.id)).toContain(zeistOnly.id);
    const people = seenByAsker.peopleWhoMightNeedThis;
    expect(people.map((p) => p.userId)).toContain(zeistExpert.id);
    // The asker asked about it; Amsterdam's hidden question does not reveal its asker.
    expect(people.find((p) => p.userId === asker.id)?.questions.map((q) => q.id)).toContain(questionId);
    expect(people.map((p) => p.userId)).not.toContain(amsterdam.id);
    expect(people.map((p) => p.userId)).not.toContain(zeistNoConsent.id);
  });

  it('shows what already exists while a question is being typed, and checks the input', async () => {
    const draft = await ok<{ matchesForDraft: MatchesView }>(asker, FOR_DRAFT, {
      i: { title: 'regionale inkoop jeugdhu', policyDomainCodes: ['6.752'] },
    });
    expect(draft.matchesForDraft.questions.map((q) => q.question.title)).toContain(
      'Hoe richten we de regionale inkoop van jeugdhulp in?',
    );
    expect(draft.matchesForDraft.experts.map((e) => e.profile.id)).not.toContain(
      profileOf.get(zeistNoConsent.email),
    );
    expect(draft.matchesForDraft.experts.length).toBeGreaterThan(0);
    const bad = await gql(asker, FOR_DRAFT, { i: { title: 'inkoop', policyDomainCodes: ['6.999'] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('6.999');
    expect(errorCode(await gql(asker, FOR_DRAFT, { i: { title: '  ' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(asker, FOR_QUESTION, { id: questionId, e: 500 }))).toBe('BAD_USER_INPUT');
  });

  it('sends a number of SQL statements that does not grow with the number of matches', async () => {
    const statements = (n: number) =>
      hub.statementsOf(() => matches(asker, questionId, { e: n, r: n, q: n }));
    await statements(1);
    const few = await statements(1);
    const many = await statements(20);
    expect(many).toBeLessThanOrEqual(few + 2);
    expect(many).toBeLessThan(40);
  });

  it('says SEARCH_UNAVAILABLE while the search engine is down, and routes a new question once it is back', async () => {
    engine.setAvailable(false);
    let q: string;
    try {
      expect(errorCode(await gql(asker, FOR_QUESTION, { id: questionId }))).toBe('SEARCH_UNAVAILABLE');
      // Asking still works: the question is stored, routing waits in the outbox.
      q = await ask(
        asker,
        'Jeugdhulp regionaal inkopen tijdens een storing',
        'Wie kan helpen?',
        'NEIGHBOURS',
      );
      await drain();
      expect(await routedTo(q)).toEqual([]);
    } finally {
      engine.setAvailable(true);
    }
    // The failed events are retried after their backoff: drain as if some minutes later.
    await hub.app.get(OutboxProcessor).drain(() => new Date(Date.now() + 10 * 60_000));
    expect((await routedTo(q)).length).toBeGreaterThan(0);
    expect((await matches(asker, questionId)).experts.length).toBeGreaterThan(0);
  });
});
