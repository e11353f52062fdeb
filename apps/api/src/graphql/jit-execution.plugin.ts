import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequestContextResponseForOperation,
  type GraphQLRequestListener,
  type GraphQLResponse,
} from '@apollo/server';
import type { DocumentNode, ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Answers queries with graphql-jit's compiled execution instead of graphql-js's interpreter,
 * through Apollo's `responseForOperation` hook (the hook Apollo's own response cache uses to
 * answer an operation without executing it). See ADR 0016.
 *
 * - Queries only. Mutations and subscriptions are left to Apollo.
 * - A query whose compiled execution reports any error is answered by Apollo instead: it executes
 *   the query again itself, so that every error a client sees went through Apollo's one error path
 *   (variable coercion as BAD_USER_INPUT, formatError, didEncounterErrors plugins, HTTP status).
 *   Queries are reads, so executing one twice changes nothing; it costs only on the error path.
 * - Compiled operations are kept per parsed document, the object Apollo keeps in its cache of
 *   parsed and validated documents: they live exactly as long as Apollo's cache entry.
 */
export function jitExecutionPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (
    context: GraphQLRequestContextResponseForOperation<TContext>,
  ): CompiledQuery | null => {
    const name = context.operationName ?? '';
    let perName = compiled.get(context.document);
    if (!perName) compiled.set(context.document, (perName = new Map()));
    let query = perName.get(name);
    if (query === undefined) {
      const result = compileQuery(context.schema, context.document, context.operationName ?? undefined);
      // What graphql-jit cannot compile, Apollo executes (and reports) as always.
      query = isCompiledQuery(result) ? result : null;
      perName.set(name, query);
    }
    return query;
  };

  const listener: GraphQLRequestListener<TContext> = {
    async responseForOperation(context): Promise<GraphQLResponse | null> {
      if (context.operation.operation !== 'query') return null;
      const query = compiledFor(context);
      if (!query) return null;
      const result = (await query.query(
        undefined,
        context.contextValue,
        context.request.variables ?? {},
      )) as ExecutionResult;
      if (result.errors?.length || !result.data) return null;
      return {
        http: { status: undefined, headers: new HeaderMap() },
        body: { kind: 'single', singleResult: { data: result.data } },
      };
    },
  };

  return {
    // One listener for every request: nothing in it is per request.
    requestDidStart: () => Promise.resolve(listener),
  };
}
