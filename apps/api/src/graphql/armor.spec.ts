import { GraphQLError, buildSchema, parse, specifiedRules, validate } from 'graphql';
import { DomainError } from '@ksp/shared';
import { QUERY_LIMITS, QueryLimits, maxNodesRule, queryArmor } from './armor';

// The shape of our schema that matters here (the real one is tested over HTTP in edge.integration-spec.ts).
const schema = buildSchema(`
  type Query {
    municipality(code: String!): Municipality!
    municipalities(first: Int, after: String): MunicipalityConnection!
    policyDomains: [PolicyDomain!]!
  }
  type Municipality { code: String! name: String! neighbours: [Municipality!]! regions: [Region!]! }
  type Region { id: String! name: String! kind: String! }
  type PolicyDomain { code: String! children: [PolicyDomain!]! supersededBy: [PolicyDomain!]! }
  type MunicipalityConnection { edges: [MunicipalityEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type MunicipalityEdge { cursor: String! node: Municipality! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
`);

/** The limit errors of a document, as { limit: found }. */
function rejections(query: string, limits: QueryLimits = QUERY_LIMITS): Record<string, unknown> {
  const { validationRules } = queryArmor(limits);
  const errors = validate(schema, parse(query), [...specifiedRules, ...validationRules]);
  return Object.fromEntries(
    errors.map((error) => {
      const original = (error as GraphQLError).originalError;
      if (!(original instanceof DomainError)) throw new Error(`not a limit error: ${error.message}`);
      expect(original.code).toBe('BAD_USER_INPUT');
      return [original.details['limit'], original.details['found']];
    }),
  );
}

/** The estimated number of objects (maxNodesRule with a limit of 0 reports it). */
function estimate(query: string): unknown {
  const [error] = validate(schema, parse(query), [maxNodesRule(0)]);
  return (error?.originalError as DomainError | undefined)?.details['found'];
}

const PAGE = '{ municipalities(first: 100) { edges { node { neighbours { code } regions { id } } } } }';
const AMSTERDAM =
  '{ municipality(code: "GM0363") { neighbours { name neighbours { name regions { name } } } } }';
const TREE = '{ policyDomains { children { supersededBy { code } children { code } } } }';

describe('query limits', () => {
  it('let through the queries our clients and tests use', () => {
    for (const query of [
      PAGE,
      AMSTERDAM,
      TREE,
      '{ municipalities(first: 100) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }',
      `{ a: ${PAGE.slice(2, -2)} b: ${PAGE.slice(2, -2)} }`,
    ]) {
      expect(rejections(query)).toEqual({});
    }
  });

  it('estimate the objects of an answer along pages and lists', () => {
    expect(estimate('{ municipality(code: "GM0363") { name } }')).toBe(1);
    expect(estimate(PAGE)).toBe(2300); // 100 × (connection + edge + node + 10 + 10)
    expect(estimate('{ municipalities { edges { node { code } } } }')).toBe(60); // 20 by default
    // `first` as a variable counts as the largest page, 100
    expect(estimate('query($n: Int) { municipalities(first: $n) { edges { node { code } } } }')).toBe(300);
    expect(estimate(AMSTERDAM)).toBe(1 + 10 * (1 + 10 * (1 + 10)));
    // fragments count as if written out, wherever they are spread
    expect(
      estimate(
        '{ municipality(code: "GM0363") { ...n neighbours { ...n } } } fragment n on Municipality { neighbours { code } }',
      ),
    ).toBe(
      estimate('{ municipality(code: "GM0363") { neighbours { code } neighbours { neighbours { code } } } }'),
    );
  });

  it('refuse the fan-out of nested lists that depth alone lets through', () => {
    let deep = 'code';
    for (let i = 0; i < 8; i++) deep = `neighbours { ${deep} }`; // depth 10: within maxDepth
    expect(rejections(`{ municipality(code: "GM0363") { ${deep} } }`)).toEqual({ nodes: 111_111_111 });
    const twoLevels = 'municipalities(first: $n) { edges { node { neighbours { neighbours { code } } } } }';
    expect(estimate(`query($n: Int) { ${twoLevels} }`)).toBe(11_300);
    expect(rejections(`query($n: Int) { a: ${twoLevels} b: ${twoLevels} }`)).toEqual({ nodes: 22_600 });
  });

  it("refuse depth, aliases, directives and graphql-armor's cost with the numbers found", () => {
    let deep = 'code';
    for (let i = 0; i < 11; i++) deep = `supersededBy { ${deep} }`;
    expect(rejections(`{ policyDomains { ${deep} } }`, { ...QUERY_LIMITS, maxNodes: Infinity })).toEqual({
      depth: 13,
    });
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: municipality(code: "GM0363") { code }`);
    expect(rejections(`{ ${aliases.join(' ')} }`)).toEqual({ aliases: 16 });
    expect(rejections(`{ policyDomains { ${'code @include(if: true) '.repeat(21)} } }`)).toEqual({
      directives: 21,
    });
    // four pages of 100 with buurgemeenten and regions: within the estimate, over the cost
    const four = ['a', 'b', 'c', 'd'].map((a) => `${a}: ${PAGE.slice(2, -2)}`).join(' ');
    expect(rejections(`{ ${four} }`)).toEqual({ cost: 13_250 });
    expect(rejections(PAGE, { ...QUERY_LIMITS, maxCost: 0 })).toEqual({ cost: 3312.5 });
  });
});
