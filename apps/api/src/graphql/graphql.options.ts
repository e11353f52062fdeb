import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig } from '../config/config';
import { queryArmor } from './armor';
import { formatGraphQLError } from './format-error';
import { jitExecutionPlugin } from './jit-execution.plugin';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const armor = queryArmor();
  const options: ApolloDriverConfig = {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    graphiql: !production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    preserveHttpStatusForExecutionErrors: false,
    formatError: formatGraphQLError,
    // Compact JSON: Apollo's default pretty-prints every answer with two-space indentation.
    stringifyResult: (result) => JSON.stringify(result),
    // Tokens, depth, estimated objects, aliases, cost, directives (./armor.ts, docs/api-errors.md).
    validationRules: armor.validationRules,
    parseOptions: armor.parseOptions,
    // We set no cache hints; the plugin would otherwise wrap every field resolver. The hub is no
    // federation subgraph: no inline traces (that plugin would look at every request's headers).
    // (Cast: Nest's types come from Apollo's ESM build, ours from its CommonJS build; same object.)
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...armor.plugins,
      jitExecutionPlugin(),
    ].map((plugin) => plugin as unknown as NonNullable<ApolloDriverConfig['plugins']>[number]),
    // @as-integrations/fastify calls this with (request, reply), not with an object.
    context: (request: FastifyRequest, reply: FastifyReply) => ({ req: request, reply }),
  };
  return options;
}
