/** (b) A bare Apollo Server 5 on Fastify with the same schema slice, data in memory, default settings. */
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify from 'fastify';
import { loadSlice } from './slice-data';

const typeDefs = `#graphql
  type Municipality { code: ID! name: String! neighbours: [Municipality!]! }
  type Query { municipality(code: String!): Municipality }
`;

async function main(): Promise<void> {
  const data = loadSlice();
  const fastify = Fastify();
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: { municipality: (_: unknown, { code }: { code: string }) => data.get(code) ?? null },
    },
    plugins: [fastifyApolloDrainPlugin(fastify)],
  });
  await apollo.start();
  await fastify.register(fastifyApollo(apollo));
  await fastify.listen({ port: Number(process.env['PORT']), host: '127.0.0.1' });
  process.send?.('ready');
}
void main();
