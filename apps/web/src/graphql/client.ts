import { authExchange } from '@urql/exchange-auth';
import { Client, cacheExchange, fetchExchange, type CombinedError, type Operation } from 'urql';
import { RefreshSessionDocument } from '../gql/graphql';
import type { SessionStore } from '../auth/session-store';

/** The GraphQL endpoint: same origin (the API serves the app; the dev server proxies). */
export const GRAPHQL_URL = '/graphql';

export function errorCode(error: CombinedError | undefined): string | null {
  const code = error?.graphQLErrors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

function sentWithToken(operation: Operation): boolean {
  const options = operation.context.fetchOptions;
  const headers = (typeof options === 'function' ? options() : options)?.headers;
  return !!headers && 'authorization' in (headers as Record<string, string>);
}

/**
 * A urql client for one session: a new client (with an empty cache) per login or logout, so that
 * nothing one person saw stays in memory for the next. Requests carry the access token; an
 * expiring token is refreshed first, and a request refused as UNAUTHENTICATED is retried once
 * after a refresh.
 */
export function createGraphQLClient(store: SessionStore): Client {
  return new Client({
    url: GRAPHQL_URL,
    // POST only: Apollo Server's CSRF prevention refuses simple GET requests, and URLs end up in logs.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      authExchange(async (utils) => {
        store.setRefresher(async (refreshToken) => {
          const result = await utils.mutate(RefreshSessionDocument, { refreshToken });
          if (result.data) return result.data.refreshSession;
          if (result.error?.networkError) throw result.error.networkError;
          return null; // refused: expired, revoked or reused
        });
        return {
          addAuthToOperation(operation) {
            const token = store.token();
            return token ? utils.appendHeaders(operation, { authorization: `Bearer ${token}` }) : operation;
          },
          willAuthError() {
            return store.needsRefresh();
          },
          didAuthError(error, operation) {
            return sentWithToken(operation) && errorCode(error) === 'UNAUTHENTICATED';
          },
          async refreshAuth() {
            await store.refresh();
          },
        };
      }),
      fetchExchange,
    ],
  });
}
