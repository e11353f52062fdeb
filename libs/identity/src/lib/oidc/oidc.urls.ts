import { BadUserInputError } from '@ksp/shared';

/** Host names that stay on this machine: only there may an issuer be plain http (tests, development). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/**
 * An issuer identifier as an admin enters it (e.g. https://login.microsoftonline.com/<tenant>/v2.0):
 * https, or http on a loopback address; no credentials, query or fragment.
 */
export function parseIssuerUrl(input: string): URL {
  const value = input.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadUserInputError(
      `De issuer-URL '${value}' is geen geldige URL (bijvoorbeeld: https://login.microsoftonline.com/<tenant-id>/v2.0).`,
      { argument: 'issuerUrl', value },
    );
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
  if (!secure) {
    throw new BadUserInputError(
      'De issuer-URL moet met https:// beginnen (http:// mag alleen voor 127.0.0.1 of localhost).',
      { argument: 'issuerUrl', value },
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new BadUserInputError(
      'De issuer-URL mag geen gebruikersnaam, wachtwoord, query (?…) of fragment (#…) bevatten.',
      { argument: 'issuerUrl', value },
    );
  }
  return url;
}

const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/;

/** Scopes to request: always `openid` (first), then the others once each. */
export function normaliseScopes(scopes: readonly string[] | null | undefined): string[] {
  const list = (scopes ?? ['openid', 'email', 'profile'])
    .flatMap((s) => s.trim().split(/\s+/))
    .filter(Boolean);
  const bad = list.find((s) => !SCOPE.test(s));
  if (bad !== undefined) {
    throw new BadUserInputError(`Ongeldige scope '${bad}'.`, { argument: 'scopes', value: bad });
  }
  return [...new Set(['openid', ...list])];
}

/** Characters of a path (and query) on the hub; no fragment, no backslash, no whitespace. */
const PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@/%?]*$/;

/**
 * Where the web app wants to go after login: a path on the hub itself (never another host), so that
 * the redirect with the tokens cannot be sent elsewhere. Null when not acceptable.
 */
export function safeRedirectTarget(input: string | undefined): string | null {
  if (input === undefined || input === '') return '/';
  return input.length <= 500 && PATH.test(input) ? input : null;
}

/** `https://host[:port]` of a request (Fastify: honours TRUST_PROXY for X-Forwarded-Proto/Host). */
export function originOf(request: { readonly protocol: string; readonly host: string }): string {
  return `${request.protocol}://${request.host}`;
}
