import { errorCode, graphql } from '@ksp/testing';
import { startTestApp, TestApp } from './testing/test-app';

/** The directory as a client sees it over HTTP, on the real database through the migrations. */
describe('directory over GraphQL', () => {
  let hub: TestApp;
  beforeAll(async () => {
    hub = await startTestApp();
  });
  afterAll(async () => hub?.close());

  it('gives Amsterdam its 13 buurgemeenten and its regions', async () => {
    const res = await graphql<{
      municipality: {
        name: string;
        province: string;
        neighbours: { code: string }[];
        regions: { id: string; kind: string }[];
      };
    }>(hub.url, '{ municipality(code: "GM0363") { name province neighbours { code } regions { id kind } } }');
    expect(res.errors).toBeUndefined();
    const m = res.data!.municipality;
    expect(m.name).toBe('Amsterdam');
    expect(m.province).toBe('Noord-Holland');
    const codes = m.neighbours.map((n) => n.code);
    expect(codes).toHaveLength(13);
    expect(codes).toEqual(expect.arrayContaining(['GM0362', 'GM0479', 'GM0437']));
    expect(m.regions).toEqual(
      expect.arrayContaining([
        { id: 'PV27', kind: 'PROVINCE' },
        { id: 'VR13', kind: 'VEILIGHEIDSREGIO' },
      ]),
    );
  });

  it('knows adjacency both ways: Zeist is a buurgemeente of Utrecht and Utrecht of Zeist', async () => {
    const res = await graphql<{
      u: { neighbours: { code: string }[] };
      z: { neighbours: { code: string }[] };
    }>(
      hub.url,
      '{ u: municipality(code: "GM0344") { neighbours { code } } z: municipality(code: "GM0355") { neighbours { code } } }',
    );
    expect(res.data!.u.neighbours.map((n) => n.code)).toContain('GM0355');
    expect(res.data!.z.neighbours.map((n) => n.code)).toContain('GM0344');
    expect(res.data!.u.neighbours.map((n) => n.code)).not.toContain('GM0331'); // Lopik borders neither
  });

  it('counts all 342 gemeenten and pages through them without gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: Awaited<
        ReturnType<
          typeof graphql<{
            municipalities: {
              totalCount: number;
              edges: { node: { code: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          }>
        >
      > = await graphql(
        hub.url,
        'query($after: String) { municipalities(first: 100, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = res.data!.municipalities.totalCount;
      seen.push(...res.data!.municipalities.edges.map((e) => e.node.code));
      after = res.data!.municipalities.pageInfo.hasNextPage
        ? res.data!.municipalities.pageInfo.endCursor
        : null;
    } while (after);
    expect(total).toBe(342);
    expect(new Set(seen).size).toBe(342);
  });

  it('filters by province, region and a name typed without accents', async () => {
    const res = await graphql<{
      p: { totalCount: number };
      r: { totalCount: number; edges: { node: { code: string } }[] };
      s: { edges: { node: { name: string } }[] };
    }>(
      hub.url,
      `
        {
          p: municipalities(filter: { province: "Utrecht" }) {
            totalCount
          }
          r: municipalities(filter: { regionId: "VR09" }, first: 100) {
            totalCount
            edges {
              node {
                code
              }
            }
          }
          s: municipalities(filter: { search: "sudwest" }) {
            edges {
              node {
                name
              }
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.p.totalCount).toBe(26);
    expect(res.data!.r.edges.map((e) => e.node.code)).toContain('GM0344');
    expect(res.data!.r.totalCount).toBe(26);
    expect(res.data!.s.edges.map((e) => e.node.name)).toEqual(['Súdwest-Fryslân']);
  });

  it('refuses a malformed code with BAD_USER_INPUT and an unknown one with NOT_FOUND, naming the code', async () => {
    const bad = await graphql(hub.url, '{ municipality(code: "GM0363X") { name } }');
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('GM0363X');
    const unknown = await graphql(hub.url, '{ municipality(code: "GM9999") { name } }');
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.errors![0]!.message).toContain('GM9999');
    const badProvince = await graphql(
      hub.url,
      '{ municipalities(filter: { province: "Utreht" }) { totalCount } }',
    );
    expect(errorCode(badProvince)).toBe('BAD_USER_INPUT');
    const tooMany = await graphql(hub.url, '{ municipalities(first: 1000) { totalCount } }');
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    const badCursor = await graphql(hub.url, '{ municipalities(after: "rubbish") { totalCount } }');
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
  });

  it('shows 6.72 as SUPERSEDED by the jeugdhulp taakvelden, and the tree with children', async () => {
    const res = await graphql<{
      policyDomain: {
        status: string;
        name: string;
        supersededBy: { code: string }[];
        parent: { code: string };
      };
      policyDomains: { code: string; children: { code: string }[] }[];
      successor: { supersedes: { code: string }[] };
    }>(
      hub.url,
      `
        {
          policyDomain(code: "6.72") {
            name
            status
            supersededBy {
              code
            }
            parent {
              code
            }
          }
          policyDomains {
            code
            children {
              code
            }
          }
          successor: policyDomain(code: "6.751") {
            supersedes {
              code
            }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.policyDomain).toMatchObject({
      status: 'SUPERSEDED',
      name: 'Maatwerkdienstverlening 18-',
      parent: { code: '6' },
    });
    expect(res.data!.policyDomain.supersededBy.map((d) => d.code)).toContain('6.751');
    expect(res.data!.policyDomains.map((d) => d.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8']);
    expect(res.data!.policyDomains.find((d) => d.code === '6')!.children.map((c) => c.code)).toContain(
      '6.752',
    );
    expect(res.data!.successor.supersedes.map((d) => d.code)).toEqual(['6.72']);
    expect(errorCode(await graphql(hub.url, '{ policyDomain(code: "zes") { name } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await graphql(hub.url, '{ policyDomain(code: "9.9") { name } }'))).toBe('NOT_FOUND');
  });

  it('offers the TOOI themes as a second vocabulary', async () => {
    const res = await graphql<{ themes: { name: string; children: { uri: string }[] }[] }>(
      hub.url,
      '{ themes { name children { uri } } }',
    );
    expect(res.data!.themes).toHaveLength(16);
    expect(res.data!.themes.flatMap((t) => t.children)).toHaveLength(76);
    expect(res.data!.themes[0]!.children[0]!.uri).toMatch(
      /^https:\/\/identifier\.overheid\.nl\/tooi\/def\/thes\/top\//,
    );
  });

  it('sends a number of SQL statements that does not grow with the neighbours or children returned', async () => {
    const statements = (query: string) =>
      hub.statementsOf(async () => {
        const res = await graphql(hub.url, query);
        expect(res.errors).toBeUndefined();
      });
    const island = await statements('{ municipality(code: "GM0060") { neighbours { name } } }'); // Ameland: none
    const amsterdam = await statements(
      '{ municipality(code: "GM0363") { neighbours { name neighbours { name regions { name } } } } }',
    );
    const tree = await statements(
      '{ policyDomains { children { supersededBy { code } children { code } } } }',
    );
    const page = await statements(
      '{ municipalities(first: 100) { edges { node { neighbours { code } regions { id } } } } }',
    );
    expect(amsterdam).toBe(island);
    expect(tree).toBe(island);
    expect(page).toBe(island);
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(`${hub.url}/health`)).status).toBe(200);
    const ready = await fetch(`${hub.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('echoes a request id, or makes one', async () => {
    const given = await fetch(`${hub.url}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const made = await fetch(`${hub.url}/health`);
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
