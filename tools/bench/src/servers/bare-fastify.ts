/** (c) A bare Fastify handler that returns the same JSON as the GraphQL query, from memory. */
import Fastify from 'fastify';
import { loadSlice } from './slice-data';

async function main(): Promise<void> {
  const data = loadSlice();
  const fastify = Fastify();
  fastify.post('/graphql', async () => {
    const m = data.get('GM0363')!;
    return {
      data: { municipality: { name: m.name, neighbours: m.neighbours.map((n) => ({ name: n.name })) } },
    };
  });
  await fastify.listen({ port: Number(process.env['PORT']), host: '127.0.0.1' });
  process.send?.('ready');
}
void main();
