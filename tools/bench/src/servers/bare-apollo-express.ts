/** (b') The same bare Apollo Server 5 on Express 5, to choose the HTTP platform by measurement (ADR 0004). */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { loadSlice } from './slice-data';

const typeDefs = `#graphql
  type Municipality { code: ID! name: String! neighbours: [Municipality!]! }
  type Query { municipality(code: String!): Municipality }
`;

async function main(): Promise<void> {
  const data = loadSlice();
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: { municipality: (_: unknown, { code }: { code: string }) => data.get(code) ?? null },
    },
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  app.listen(Number(process.env['PORT']), '127.0.0.1', () => process.send?.('ready'));
}
void main();
