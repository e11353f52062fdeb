import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { jitExecutionPlugin } from './jit-execution.plugin';

// A small schema with what the plugin must tell apart: a query that succeeds, a query that fails,
// a query with a variable, and a mutation. `calls` counts resolver runs; `executions` counts the
// operations Apollo executed itself (its executionDidStart hook), so a query answered by the
// plugin is one that Apollo did not execute.
function server() {
  const calls = { town: 0, missing: 0, rename: 0 };
  let executions = 0;
  const countExecutions: ApolloServerPlugin = {
    requestDidStart: async () => ({
      executionDidStart: async () => {
        executions++;
      },
    }),
  };
  const apollo = new ApolloServer({
    typeDefs: `#graphql
      type Town { code: String! name: String! neighbours: [Town!]! }
      type Query { town(code: String!): Town  missing: Town  twice(n: Int!): Int! }
      type Mutation { rename(name: String!): String! }
    `,
    resolvers: {
      Query: {
        town: (_: unknown, { code }: { code: string }) => {
          calls.town++;
          return { code, name: `Town ${code}`, neighbours: [{ code: 'B', name: 'Town B', neighbours: [] }] };
        },
        missing: () => {
          calls.missing++;
          throw new GraphQLError('Gemeente bestaat niet.', { extensions: { code: 'NOT_FOUND' } });
        },
        twice: (_: unknown, { n }: { n: number }) => 2 * n,
      },
      Mutation: {
        rename: (_: unknown, { name }: { name: string }) => {
          calls.rename++;
          return name;
        },
      },
    },
    plugins: [jitExecutionPlugin(), countExecutions],
    formatError: (formatted) => ({ ...formatted, message: `formatted: ${formatted.message}` }),
  });
  return { apollo, calls, executions: () => executions };
}

async function run(apollo: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await apollo.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, ...response.body.singleResult };
}

describe('jitExecutionPlugin', () => {
  it('answers a query itself, with the same data Apollo would give', async () => {
    const { apollo, calls, executions } = server();
    const query = '{ town(code: "A") { name neighbours { code name } } }';
    const answer = await run(apollo, query);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ town: { name: 'Town A', neighbours: [{ code: 'B', name: 'Town B' }] } });
    expect(calls.town).toBe(1);
    expect(executions()).toBe(0);
    // The second time from the compiled operation kept for this document.
    expect((await run(apollo, query)).data).toEqual(answer.data);
    expect(executions()).toBe(0);
  });

  it('passes variables and picks the named operation of a document', async () => {
    const { apollo, executions } = server();
    const document = 'query One($n: Int!) { twice(n: $n) } query Two { town(code: "C") { name } }';
    const one = await apollo.executeOperation({
      query: document,
      operationName: 'One',
      variables: { n: 21 },
    });
    const two = await apollo.executeOperation({ query: document, operationName: 'Two' });
    expect(one.body.kind === 'single' && one.body.singleResult.data).toEqual({ twice: 42 });
    expect(two.body.kind === 'single' && two.body.singleResult.data).toEqual({ town: { name: 'Town C' } });
    expect(executions()).toBe(0);
  });

  it("leaves a query with errors to Apollo, so that the client gets Apollo's formatted errors", async () => {
    const { apollo, calls, executions } = server();
    const answer = await run(apollo, '{ missing { name } }');
    expect(answer.data).toEqual({ missing: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: 'formatted: Gemeente bestaat niet.',
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
    expect(executions()).toBe(1);
    expect(calls.missing).toBe(2); // compiled once, then by Apollo: a read, so no harm done
  });

  it("leaves variables of the wrong type to Apollo's BAD_USER_INPUT", async () => {
    const { apollo } = server();
    const answer = await run(apollo, 'query($n: Int!) { twice(n: $n) }', { n: 'twee' });
    expect(answer.status).toBe(400);
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('leaves mutations to Apollo (executed once)', async () => {
    const { apollo, calls, executions } = server();
    const answer = await run(apollo, 'mutation { rename(name: "Ede") }');
    expect(answer.data).toEqual({ rename: 'Ede' });
    expect(calls.rename).toBe(1);
    expect(executions()).toBe(1);
  });
});
