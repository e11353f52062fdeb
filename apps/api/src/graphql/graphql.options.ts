import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { AppConfig } from '../config/config';
import { formatGraphQLError } from './format-error';
import { JitExecutorGateway } from './jit-executor';

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const gateway = new JitExecutorGateway();
  // `gateway` is passed through to ApolloServer by the Nest driver; it is not in Nest's type.
  const options: ApolloDriverConfig & { gateway: JitExecutorGateway } = {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    transformSchema: (schema) => gateway.setSchema(schema),
    gateway,
    introspection: !production,
    graphiql: !production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    preserveHttpStatusForExecutionErrors: false,
    formatError: formatGraphQLError,
    // We set no cache hints; the plugin would otherwise wrap every field resolver.
    // (Cast: Nest's types come from Apollo's ESM build, ours from its CommonJS build; same object.)
    plugins: [
      ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<
        ApolloDriverConfig['plugins']
      >[number],
    ],
    context: ({ request, reply }: { request: unknown; reply: unknown }) => ({ req: request, reply }),
  };
  return options;
}
