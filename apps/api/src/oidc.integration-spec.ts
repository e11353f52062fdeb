import { DataSource, IsNull, LessThan } from 'typeorm';
import { OidcLoginStateEntity } from '@ksp/identity';
import { errorCode, graphql } from '@ksp/testing';
import { Misbehaviour, startOidcProvider, TestOidcProvider } from './testing/oidc-provider';
import { startTestApp, TestApp } from './testing/test-app';

const ADMIN = { email: 'beheer@kennisregio.nl', password: 'een lang geheim voor de hub' };
/** The web app's address (PUBLIC_URL): where the hub sends the browser back to. */
const WEB = 'https://kennis.regio.nl';
const FAILURE = `${WEB}/inloggen?fout=oidc`;
const CLIENT = { clientId: 'kennisschakelpunt', clientSecret: 'geheim-van-de-app-registratie' };
const PUBLIC_CLIENT = { clientId: 'kennisschakelpunt-publiek' };

const SET_OIDC = `mutation($i: SetOrganisationOidcInput!) {
  setOrganisationOidc(input: $i) { organisationCode issuerUrl clientId hasClientSecret scopes enabled redirectUri }
}`;

/** A browser, as far as this flow needs one: GET, redirects followed by hand, cookies per host and path. */
class Browser {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  /** One request; the answer's cookies are kept. */
  async get(url: string): Promise<Response> {
    const u = new URL(url);
    const sent = [...this.cookies]
      .filter(([key, c]) => key.startsWith(`${u.hostname} `) && u.pathname.startsWith(c.path))
      .map(([key, c]) => `${key.slice(u.hostname.length + 1)}=${c.value}`);
    const res = await fetch(url, {
      redirect: 'manual',
      headers: sent.length ? { cookie: sent.join('; ') } : {},
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const i = pair!.indexOf('=');
      const key = `${u.hostname} ${pair!.slice(0, i)}`;
      const attr = (name: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${name}=`))?.split('=')[1];
      const expires = attr('expires');
      if (attr('max-age') === '0' || (expires && new Date(expires).getTime() < Date.now()))
        this.cookies.delete(key);
      else this.cookies.set(key, { value: pair!.slice(i + 1), path: attr('path') ?? '/' });
    }
    await res.arrayBuffer();
    return res;
  }

  /** Follows redirects from `url` until one leads to the web app; gives that address and the hub's callback. */
  async follow(url: string): Promise<{ final: string; callback: string | null }> {
    let next = url;
    let callback: string | null = null;
    for (let hops = 0; hops < 15; hops++) {
      if (next.startsWith(WEB)) return { final: next, callback };
      if (next.includes('/auth/oidc/callback')) callback = next;
      const res = await this.get(next);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) {
        throw new Error(`no redirect from ${next}: ${res.status}`);
      }
      next = new URL(location, next).href;
    }
    throw new Error('too many redirects');
  }
}

function tokensOf(final: string): { accessToken: string; refreshToken: string; expiresIn: string } {
  const url = new URL(final);
  const fragment = new URLSearchParams(url.hash.slice(1));
  return {
    accessToken: fragment.get('accessToken') ?? '',
    refreshToken: fragment.get('refreshToken') ?? '',
    expiresIn: fragment.get('expiresIn') ?? '',
  };
}

describe('OIDC login against a real OpenID provider (oidc-provider on 127.0.0.1)', () => {
  let hub: TestApp;
  let idp: TestOidcProvider;
  let adminToken: string;
  const asAdmin = () => ({ authorization: `Bearer ${adminToken}` });
  const startUrl = (org = 'GM0344', redirect = '/vragen') =>
    `${hub.url}/auth/oidc/${org}/start?redirect=${encodeURIComponent(redirect)}`;
  const sessions = async () => {
    const rows = await hub.app.get(DataSource).query('SELECT COUNT(*) AS n FROM refresh_token');
    return Number((rows as { n: number | string }[])[0]!.n);
  };
  const configure = async (input: Record<string, unknown>) => {
    const res = await graphql<{ setOrganisationOidc: Record<string, unknown> }>(
      hub.url,
      SET_OIDC,
      { i: input },
      asAdmin(),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.setOrganisationOidc;
  };
  const utrecht = () =>
    configure({
      organisationCode: 'GM0344',
      issuerUrl: idp.issuer,
      clientId: CLIENT.clientId,
      clientSecret: CLIENT.clientSecret,
    });
  /**
   * Details of the failed OIDC logins recorded since the last call (the audit log's createdAt has
   * whole seconds on SQLite, so "newest first" alone cannot tell events of one second apart).
   */
  const seen = new Set<string>();
  const newFailures = async () => {
    const res = await graphql<{ auditLog: { edges: { node: { id: string; detailsJson: string } }[] } }>(
      hub.url,
      '{ auditLog(type: OIDC_LOGIN_FAILED, first: 100) { edges { node { id detailsJson } } } }',
      {},
      asAdmin(),
    );
    const fresh = res.data!.auditLog.edges.map((e) => e.node).filter((n) => !seen.has(n.id));
    fresh.forEach((n) => seen.add(n.id));
    return fresh.map((n) => JSON.parse(n.detailsJson) as Record<string, unknown>);
  };
  /** The one failure recorded since the last look. */
  const lastFailure = async () => {
    const fresh = await newFailures();
    expect(fresh).toHaveLength(1);
    return fresh[0]!;
  };
  /** A whole login that must end at the failure page without a new session. */
  const expectRefused = async (misbehaviour: Misbehaviour) => {
    idp.misbehaviour = misbehaviour;
    await newFailures();
    const before = await sessions();
    const { final, callback } = await new Browser().follow(startUrl());
    expect(callback).not.toBeNull(); // the IdP did send the browser back with a code
    expect(final).toBe(FAILURE);
    expect(await sessions()).toBe(before);
    return lastFailure();
  };

  beforeAll(async () => {
    hub = await startTestApp({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, PUBLIC_URL: WEB });
    idp = await startOidcProvider([CLIENT, PUBLIC_CLIENT], [`${hub.url}/auth/oidc/callback`]);
    const login = await graphql<{ login: { accessToken: string } }>(
      hub.url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: ADMIN.email, p: ADMIN.password },
    );
    adminToken = login.data!.login.accessToken;
    const domains = await graphql(
      hub.url,
      'mutation { setOrganisationEmailDomains(organisationCode: "GM0344", domains: ["utrecht.nl"]) { code } }',
      {},
      asAdmin(),
    );
    expect(domains.errors).toBeUndefined();
    await utrecht();
  });
  afterEach(async () => {
    idp.misbehaviour = 'none';
    idp.account = { email: 'e.visser@utrecht.nl', email_verified: true, name: 'Eva Visser' };
  });
  afterAll(async () => {
    await idp?.close();
    await hub?.close();
  });

  it('lets an admin configure the provider, validating the input, and lists it for the login page', async () => {
    const base = { organisationCode: 'GM0344', clientId: CLIENT.clientId };
    const insecure = await graphql(
      hub.url,
      SET_OIDC,
      { i: { ...base, issuerUrl: 'http://login.gemeente.nl/tenant' } },
      asAdmin(),
    );
    expect(errorCode(insecure)).toBe('BAD_USER_INPUT');
    expect(insecure.errors![0]!.message).toContain('https://');
    const garbage = await graphql(hub.url, SET_OIDC, { i: { ...base, issuerUrl: 'geen url' } }, asAdmin());
    expect(errorCode(garbage)).toBe('BAD_USER_INPUT');
    expect(garbage.errors![0]!.message).toContain('geen geldige URL');
    const noDomains = await graphql(
      hub.url,
      SET_OIDC,
      { i: { ...base, organisationCode: 'GM0355', issuerUrl: idp.issuer } },
      asAdmin(),
    );
    expect(errorCode(noDomains)).toBe('BAD_USER_INPUT');
    expect(noDomains.errors![0]!.message).toContain('e-maildomein');

    expect(await utrecht()).toEqual({
      organisationCode: 'GM0344',
      issuerUrl: `${idp.issuer}/`,
      clientId: CLIENT.clientId,
      hasClientSecret: true,
      scopes: ['openid', 'email', 'profile'],
      enabled: true,
      redirectUri: `${hub.url}/auth/oidc/callback`,
    });

    const options = await graphql<{ oidcLoginOptions: { code: string; name: string; startUrl: string }[] }>(
      hub.url,
      '{ oidcLoginOptions { code name startUrl } }',
    );
    expect(options.data!.oidcLoginOptions).toEqual([
      { code: 'GM0344', name: 'Gemeente Utrecht', startUrl: `${hub.url}/auth/oidc/GM0344/start` },
    ]);
    // only admins configure
    const member = await graphql(hub.url, SET_OIDC, { i: { ...base, issuerUrl: idp.issuer } });
    expect(errorCode(member)).toBe('UNAUTHENTICATED');
  });

  it('(a) logs a person of GM0344 in: the hub’s tokens in the fragment, `me` in GM0344', async () => {
    const before = await sessions();
    const start = await new Browser().get(startUrl());
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location')!);
    expect(`${authorize.origin}`).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT.clientId);
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(start.headers.get('set-cookie')).toMatch(/^ksp_oidc=.*HttpOnly; SameSite=Lax/);

    const { final } = await new Browser().follow(startUrl());
    expect(final.startsWith(`${WEB}/vragen#accessToken=`)).toBe(true);
    const tokens = tokensOf(final);
    expect(tokens.expiresIn).toBe('900');
    expect(await sessions()).toBe(before + 1);
    const me = await graphql<{ me: Record<string, unknown> }>(
      hub.url,
      '{ me { email displayName roles organisation { code name } } }',
      {},
      { authorization: `Bearer ${tokens.accessToken}` },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({
      email: 'e.visser@utrecht.nl',
      displayName: 'Eva Visser',
      roles: ['MEMBER'],
      organisation: { code: 'GM0344', name: 'Gemeente Utrecht' },
    });
    // the refresh token is a normal hub refresh token
    const refreshed = await graphql(
      hub.url,
      'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      { r: tokens.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();

    // a second login finds the same account
    const again = tokensOf((await new Browser().follow(startUrl('GM0344', '/'))).final);
    const me2 = await graphql<{ me: { email: string } }>(
      hub.url,
      '{ me { email } }',
      {},
      { authorization: `Bearer ${again.accessToken}` },
    );
    expect(me2.data!.me.email).toBe('e.visser@utrecht.nl');
    const users = await graphql<{ users: { totalCount: number } }>(
      hub.url,
      '{ users { totalCount } }',
      {},
      asAdmin(),
    );
    expect(users.data!.users.totalCount).toBe(2); // the admin and Eva
  });

  it('(b) refuses an ID token for another audience', async () => {
    expect(await expectRefused('wrong-audience')).toMatchObject({ reason: 'token_rejected', claim: 'aud' });
  });

  it('(c) refuses a wrong issuer: in the discovery document, and in the ID token', async () => {
    // The configured issuer's discovery document names another issuer: refused at the start.
    await configure({
      organisationCode: 'GM0344',
      issuerUrl: idp.foreignIssuer,
      clientId: CLIENT.clientId,
      clientSecret: CLIENT.clientSecret,
    });
    const before = await sessions();
    const start = await new Browser().get(startUrl());
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toBe(FAILURE);
    expect(await sessions()).toBe(before);
    expect(await lastFailure()).toMatchObject({
      reason: 'discovery_failed',
      step: 'start',
      attribute: 'issuer',
    });
    await utrecht();
    // An ID token issued by another issuer (signed with the provider's key): refused at the callback.
    expect(await expectRefused('wrong-issuer-in-id-token')).toMatchObject({
      reason: 'token_rejected',
      claim: 'iss',
    });
  });

  it('(d) refuses an expired ID token', async () => {
    expect(await expectRefused('expired-id-token')).toMatchObject({
      reason: 'token_rejected',
      code: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
      claim: 'exp',
    });
  });

  it('(e) refuses an ID token with a tampered signature', async () => {
    expect(await expectRefused('tampered-signature')).toMatchObject({
      reason: 'token_rejected',
      error: 'JWT signature verification failed',
    });
  });

  it('(f) refuses a replayed state, and a callback from another browser', async () => {
    const browser = new Browser();
    const { final, callback } = await browser.follow(startUrl());
    expect(final.startsWith(`${WEB}/vragen#accessToken=`)).toBe(true);
    const before = await sessions();
    const replay = await browser.get(callback!);
    expect(replay.status).toBe(302);
    expect(replay.headers.get('location')).toBe(FAILURE);
    expect(replay.headers.get('location')).not.toContain('accessToken');
    expect(await lastFailure()).toMatchObject({ reason: 'state_unknown_or_used', organisation: null });

    // Login CSRF: a callback URL (state + code) taken to a browser that did not start the login.
    const victim = new Browser();
    const attacker = new Browser();
    const start = await attacker.get(startUrl());
    let next = new URL(start.headers.get('location')!).href;
    while (!next.includes('/auth/oidc/callback')) {
      next = new URL((await attacker.get(next)).headers.get('location')!, next).href;
    }
    const planted = await victim.get(next);
    expect(planted.headers.get('location')).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'browser_mismatch', organisation: 'GM0344' });
    expect(await sessions()).toBe(before);
  });

  it('refuses a login that took too long, and clears expired pending logins when one starts', async () => {
    const browser = new Browser();
    const start = await browser.get(startUrl());
    const states = hub.app.get(DataSource).getRepository(OidcLoginStateEntity);
    const longAgo = new Date(Date.now() - 20 * 60_000);
    await states.update({ usedAt: IsNull() }, { expiresAt: longAgo });
    const before = await sessions();
    expect((await browser.follow(start.headers.get('location')!)).final).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'state_expired', organisation: 'GM0344' });
    expect(await sessions()).toBe(before);
    expect(await states.countBy({ expiresAt: LessThan(new Date(Date.now() - 10 * 60_000)) })).toBeGreaterThan(
      0,
    );
    await new Browser().get(startUrl());
    expect(await states.countBy({ expiresAt: LessThan(new Date(Date.now() - 10 * 60_000)) })).toBe(0);
  });

  it('accepts Entra ID’s xms_edov claim when email_verified is absent, and refuses when neither vouches', async () => {
    idp.account = { email: 'l.smit@utrecht.nl', xms_edov: true, name: 'Lotte Smit' };
    expect((await new Browser().follow(startUrl())).final).not.toBe(FAILURE);
    idp.account = { email: 'm.smit@utrecht.nl', name: 'Mark Smit' };
    expect((await new Browser().follow(startUrl())).final).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'email_not_verified' });
    idp.account = { email: 'e.visser@utrecht.nl', email_verified: true, name: 'Eva Visser' };
  });

  it('refuses an unverified email, a domain the organisation did not register, an unsafe redirect', async () => {
    idp.account = { email: 'e.visser@utrecht.nl', email_verified: false, name: 'Eva Visser' };
    const before = await sessions();
    expect((await new Browser().follow(startUrl())).final).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'email_not_verified' });
    idp.account = { email: 'p.devries@zeist.nl', email_verified: true, name: 'Piet de Vries' };
    expect((await new Browser().follow(startUrl())).final).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'email_domain_not_registered', domain: 'zeist.nl' });
    const open = await new Browser().get(startUrl('GM0344', '//evil.example/'));
    expect(open.headers.get('location')).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'invalid_redirect', redirect: '//evil.example/' });
    const unknown = await new Browser().get(startUrl('GM9999'));
    expect(unknown.headers.get('location')).toBe(FAILURE);
    expect(await lastFailure()).toMatchObject({ reason: 'not_configured', organisation: 'GM9999' });
    expect(await sessions()).toBe(before);
  });

  it('logs in through a public client (PKCE only, no secret) and creates the account in that organisation', async () => {
    await graphql(
      hub.url,
      'mutation { setOrganisationEmailDomains(organisationCode: "GM0355", domains: ["zeist.nl"]) { code } }',
      {},
      asAdmin(),
    );
    const saved = await configure({
      organisationCode: 'GM0355',
      issuerUrl: idp.issuer,
      clientId: PUBLIC_CLIENT.clientId,
    });
    expect(saved['hasClientSecret']).toBe(false);
    idp.account = { email: 'J.Bakker@Zeist.nl', email_verified: true, name: 'Joris Bakker' };
    const { final } = await new Browser().follow(startUrl('GM0355', '/'));
    expect(final.startsWith(`${WEB}/#accessToken=`)).toBe(true);
    const me = await graphql<{ me: Record<string, unknown> }>(
      hub.url,
      '{ me { email displayName organisation { code } } }',
      {},
      { authorization: `Bearer ${tokensOf(final).accessToken}` },
    );
    expect(me.data!.me).toEqual({
      email: 'j.bakker@zeist.nl',
      displayName: 'Joris Bakker',
      organisation: { code: 'GM0355' },
    });
  });
});
