import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedSearchEngine } from '@ksp/search';
import { OutboxProcessor } from '@ksp/persistence';
import { SearchIndexer } from '@ksp/discovery';
import { errorCode, graphql } from '@ksp/testing';
import { addPerson, loginAdmin, withAdmin, type Person } from './testing/people';
import { startTestApp, type TestApp } from './testing/test-app';

/**
 * Search through the hub (issue 5): what is written is found once the outbox is drained; the policy
 * layer decides what counts — hits, totals and facet counts — for each reader; Dutch forgiveness
 * (a typo) end to end; while the engine is down, writes succeed, /ready says degraded, and the index
 * converges when it returns; the reconciler repairs an index that lost documents.
 */

type Headers = Record<string, string>;
const ANONYMOUS: Headers = {};

const SEARCH = `query($q: String!, $f: SearchFilterInput, $first: Int, $after: String, $sort: SearchSort) {
  search(query: $q, filter: $f, first: $first, after: $after, sort: $sort) {
    totalCount
    hits { id type score highlights { field snippet }
      item { __typename ... on Question { id title } ... on Report { id title } ... on ExpertiseProfile { id displayName } ... on Dossier { id title } } }
    facets { field values { value label count } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface SearchView {
  totalCount: number;
  hits: {
    id: string;
    type: string;
    score: number;
    highlights: { field: string; snippet: string }[];
    item: { __typename: string; id: string; title?: string };
  }[];
  facets: { field: string; values: { value: string; label: string; count: number }[] }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('search through the hub', () => {
  let hub: TestApp;
  let engine: EmbeddedSearchEngine;
  let dataDir: string;
  let admin: Person;
  let utrecht: Person;
  let zeist: Person;
  let amsterdam: Person;
  let coordinator: Person;

  const ok = async <T>(query: string, vars: Record<string, unknown>, headers: Headers): Promise<T> => {
    const res = await graphql<T>(hub.url, query, vars, headers);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const search = async (headers: Headers, q: string, f: Record<string, unknown> = {}, extra = {}) =>
    (await ok<{ search: SearchView }>(SEARCH, { q, f, ...extra }, headers)).search;
  const drain = () => hub.app.get(OutboxProcessor).drain();
  const facet = (r: SearchView, field: string) =>
    Object.fromEntries(
      (r.facets.find((f) => f.field === field)?.values ?? []).map((v) => [v.value, v.count]),
    );

  const ask = async (who: Person, title: string, scope: string, body = 'Wij zoeken ervaringen.') =>
    (
      await ok<{ askQuestion: { id: string } }>(
        'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
        { i: { title, body, policyDomainCodes: ['6.752'], audience: { scope } } },
        who.headers,
      )
    ).askQuestion.id;

  const publishReport = async (who: Person, title: string, scope = 'PUBLIC') =>
    (
      await ok<{ submitReport: { id: string; status: string; version: number } }>(
        'mutation($i: SubmitReportInput!) { submitReport(input: $i) { id status version } }',
        {
          i: {
            title,
            summary: 'Hoe de regionale inkoop uitpakt voor jeugdigen en gezinnen.',
            publisherOrganisationCode: 'GM0344',
            authors: ['A. de Vries'],
            publicationDate: '2025-06-30',
            type: 'EVALUATIE',
            policyDomainCodes: ['6.752'],
            tags: ['inkoop'],
            audience: { scope },
          },
        },
        who.headers,
      )
    ).submitReport;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ksp-search-'));
    engine = new EmbeddedSearchEngine({ path: join(dataDir, 'index.sqlite') });
    hub = await startTestApp(withAdmin(), { engine });
    admin = await loginAdmin(hub);
    utrecht = await addPerson(hub, admin, { email: 'vera@utrecht.nl', organisationCode: 'GM0344' });
    zeist = await addPerson(hub, admin, { email: 'piet@zeist.nl', organisationCode: 'GM0355' });
    amsterdam = await addPerson(hub, admin, { email: 'anna@amsterdam.nl', organisationCode: 'GM0363' });
    coordinator = await addPerson(hub, admin, {
      email: 'coordinator@utrecht.nl',
      organisationCode: 'GM0344',
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR09'],
    });
  });

  afterAll(async () => {
    await hub?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds a published report titled "jeugdzorg" when searched with a typo, with a highlight', async () => {
    const report = await publishReport(coordinator, 'Regionale inkoop jeugdzorg: evaluatie 2025');
    expect(report.status).toBe('PUBLISHED');
    await drain();
    const found = await search(ANONYMOUS, 'jeugdzrog');
    const hit = found.hits.find((h) => h.item.id === report.id);
    expect(hit).toMatchObject({ type: 'REPORT', item: { __typename: 'Report' } });
    expect(hit!.highlights.map((h) => h.snippet).join(' ')).toMatch(/<mark>jeugdzorg<\/mark>/i);
    // Facet labels are what people read: the taakveld by code and name, the type in Dutch.
    const labels = found.facets.flatMap((f) => f.values.map((v) => v.label));
    expect(labels).toEqual(expect.arrayContaining(['Rapport', '6.752 Jeugdhulp ambulant regionaal']));
    // Regions with their kind: the province and the veiligheidsregio are both called Utrecht.
    const regions = found.facets.find((f) => f.field === 'REGION')!.values;
    expect(regions.find((v) => v.value === 'PV26')?.label).toBe('Provincie Utrecht');
    expect(regions.find((v) => v.value === 'VR09')?.label).toBe('Veiligheidsregio Utrecht');
  });

  it('counts a question for Utrecht’s buurgemeenten nowhere for a member of Amsterdam', async () => {
    const id = await ask(utrecht, 'Wachtlijsten beschermd wonen in de buurgemeenten', 'NEIGHBOURS');
    await drain();
    const forZeist = await search(zeist.headers, 'wachtlijsten beschermd wonen');
    expect(forZeist.hits.map((h) => h.item.id)).toContain(id);
    expect(forZeist.totalCount).toBeGreaterThanOrEqual(1);
    expect(facet(forZeist, 'TYPE')['QUESTION']).toBeGreaterThanOrEqual(1);

    const forAmsterdam = await search(amsterdam.headers, 'wachtlijsten beschermd wonen');
    expect(forAmsterdam.hits.map((h) => h.item.id)).not.toContain(id);
    expect(forAmsterdam.totalCount).toBe(0);
    for (const f of forAmsterdam.facets) expect(f.values).toEqual([]);
    // Also not with an empty query that lists everything, nor in the question facet of all.
    const all = await search(amsterdam.headers, '', { types: ['QUESTION'] });
    expect(all.hits.map((h) => h.item.id)).not.toContain(id);
    expect(facet(all, 'TYPE')['QUESTION'] ?? 0).toBe(all.totalCount);
    const anonymous = await search(ANONYMOUS, 'wachtlijsten');
    expect(anonymous.totalCount).toBe(0);
    // Admins see everything, in search as in lists.
    expect(
      (await search(admin.headers, 'wachtlijsten beschermd wonen')).hits.map((h) => h.item.id),
    ).toContain(id);
  });

  it('follows a change of audience: what someone may no longer see, they no longer find', async () => {
    const report = await publishReport(coordinator, 'Onderzoek naar huishoudelijke hulp Wmo');
    await drain();
    expect((await search(amsterdam.headers, 'huishoudelijke hulp')).hits.map((h) => h.item.id)).toContain(
      report.id,
    );
    const changed = await graphql(
      hub.url,
      'mutation($i: UpdateReportInput!) { updateReport(input: $i) { id } }',
      { i: { id: report.id, expectedVersion: report.version, audience: { scope: 'NEIGHBOURS' } } },
      coordinator.headers,
    );
    expect(changed.errors).toBeUndefined();
    await drain();
    const after = await search(amsterdam.headers, 'huishoudelijke hulp');
    expect(after.hits.map((h) => h.item.id)).not.toContain(report.id);
    expect((await search(zeist.headers, 'huishoudelijke hulp')).hits.map((h) => h.item.id)).toContain(
      report.id,
    );
  });

  it('filters by taakveld through the tree and refuses an unknown one by name', async () => {
    const byChapter = await search(zeist.headers, '', { policyDomains: ['6'] });
    expect(byChapter.totalCount).toBeGreaterThanOrEqual(2);
    // 6.72 was superseded by (among others) 6.752: a filter on it still finds the new items.
    const bySuperseded = await search(zeist.headers, '', { policyDomains: ['6.72'] });
    expect(bySuperseded.totalCount).toBe(byChapter.totalCount);
    expect((await search(zeist.headers, '', { policyDomains: ['0.1'] })).totalCount).toBe(0);
    const bad = await graphql(hub.url, SEARCH, { q: '', f: { policyDomains: ['6.999'] } }, zeist.headers);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('6.999');
  });

  it('keeps writes while the engine is down, says so on /ready, and converges when it returns', async () => {
    engine.setAvailable(false);
    try {
      const id = await ask(utrecht, 'Ervaringen met laadpalen op bedrijventerreinen', 'MEMBERS');
      await drain();
      const ready = (await (await fetch(`${hub.url}/ready`)).json()) as {
        status: string;
        search: { status: string };
      };
      expect(ready.status).toBe('ok');
      expect(ready.search.status).toBe('degraded');
      const failed = await graphql(hub.url, SEARCH, { q: 'laadpalen' }, zeist.headers);
      expect(errorCode(failed)).toBe('SEARCH_UNAVAILABLE');
      engine.setAvailable(true);
      // Nothing is lost: the failed event waits in the outbox for its retry (backoff), which brings it in.
      const pending = await hub.app.get(OutboxProcessor).backlog();
      expect(pending.retrying).toBeGreaterThanOrEqual(1);
      await hub.app.get(OutboxProcessor).drain(() => new Date(Date.now() + 10 * 60_000));
      expect((await hub.app.get(OutboxProcessor).backlog()).pending).toBe(0);
      const found = await search(zeist.headers, 'laadpalen');
      expect(found.hits.map((h) => h.item.id)).toContain(id);
    } finally {
      engine.setAvailable(true);
    }
  });

  it('repairs an index that lost documents (reconcile) and rebuilds it whole (reindex)', async () => {
    const before = await search(coordinator.headers, '');
    expect(before.totalCount).toBeGreaterThan(0);
    const ids = before.hits.map((h) => `${h.type.toLowerCase()}-${h.item.id}`);
    await engine.delete(ids);
    expect((await search(coordinator.headers, '')).totalCount).toBe(before.totalCount - ids.length);
    const report = await hub.app.get(SearchIndexer).reconcile();
    expect(report.upserted).toBe(ids.length);
    expect((await search(coordinator.headers, '')).totalCount).toBe(before.totalCount);
    const rebuilt = await hub.app.get(SearchIndexer).reindex();
    expect(rebuilt.documents).toBeGreaterThanOrEqual(before.totalCount);
    expect((await search(coordinator.headers, '')).totalCount).toBe(before.totalCount);
  });

  it('suggests visible titles while typing', async () => {
    const res = await ok<{ suggest: { id: string; type: string; text: string; highlighted: string }[] }>(
      'query($p: String!) { suggest(prefix: $p) { id type text highlighted } }',
      { p: 'wachtl' },
      zeist.headers,
    );
    expect(res.suggest.map((s) => s.text)).toContain('Wachtlijsten beschermd wonen in de buurgemeenten');
    expect(res.suggest[0]!.highlighted).toContain('<mark>');
    const none = await ok<{ suggest: unknown[] }>(
      'query($p: String!) { suggest(prefix: $p) { id } }',
      { p: 'wachtl' },
      amsterdam.headers,
    );
    expect(none.suggest).toEqual([]);
  });
});
