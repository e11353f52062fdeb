import { KeyObject, generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KoaContextWithOIDC } from 'oidc-provider';

/**
 * How the provider misbehaves on the next token responses (its ID tokens), to prove the hub
 * refuses them. Re-signed tokens are signed with the provider's own key, so only the named claim
 * is wrong; a tampered one has one bit of its signature flipped.
 */
export type Misbehaviour =
  'none' | 'tampered-signature' | 'wrong-audience' | 'wrong-issuer-in-id-token' | 'expired-id-token';

export interface TestAccount {
  email: string;
  /** Absent, as Microsoft Entra ID sends it for organisational accounts. */
  email_verified?: boolean;
  /** Entra ID's optional claim "email domain owner verified". */
  xms_edov?: boolean;
  name: string;
}

export interface TestOidcClient {
  readonly clientId: string;
  /** Absent: a public client (token_endpoint_auth_method none, PKCE only). */
  readonly clientSecret?: string;
}

export interface TestOidcProvider {
  /** The issuer identifier: http://127.0.0.1:<port>. */
  readonly issuer: string;
  /** An issuer URL whose discovery document names another issuer (`issuer` above). */
  readonly foreignIssuer: string;
  /** The one account; the interaction logs it in without a form (and grants consent). */
  account: TestAccount;
  misbehaviour: Misbehaviour;
  close(): Promise<void>;
}

const ACCOUNT_ID = 'e.visser';
const FOREIGN_PATH = '/andere-tenant';

/**
 * A real OpenID provider (oidc-provider, the certified implementation) on 127.0.0.1 with a port
 * chosen by the OS. Login and consent are completed by the interaction route itself: a browser
 * (or `fetch` with a cookie jar) that follows the redirects comes back to the client's
 * redirect_uri with a code, as after a person signed in.
 */
export async function startOidcProvider(
  clients: readonly TestOidcClient[],
  redirectUris: readonly string[],
): Promise<TestOidcProvider> {
  // Quiet about what is deliberate here: Node 20 (oidc-provider 9 asks for 22+; it works) and the
  // in-memory adapter (one process, thrown away after the test).
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (
      !/oidc-provider WARNING: (Unsupported runtime|a quick start development-only in-memory adapter)/.test(
        String(args[0]),
      )
    ) {
      warn(...args);
    }
  };
  const { default: Provider } = await import('oidc-provider');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };

  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const state: TestOidcProvider = {
    issuer,
    foreignIssuer: `${issuer}${FOREIGN_PATH}`,
    account: { email: 'e.visser@utrecht.nl', email_verified: true, name: 'Eva Visser' },
    misbehaviour: 'none',
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      ...(c.clientSecret
        ? { client_secret: c.clientSecret, token_endpoint_auth_method: 'client_secret_post' }
        : { token_endpoint_auth_method: 'none' }),
      redirect_uris: [...redirectUris],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomUUID()] },
    claims: { openid: ['sub'], email: ['email', 'email_verified', 'xms_edov'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...state.account }),
    }),
  });

  console.warn = warn;

  // Post-processing of the token endpoint: the misbehaviour under test.
  provider.use(async (ctx, next) => {
    await next();
    const oidc = (ctx as unknown as KoaContextWithOIDC).oidc;
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (oidc?.route !== 'token' || typeof body?.id_token !== 'string' || state.misbehaviour === 'none')
      return;
    ctx.body = { ...body, id_token: misbehave(body.id_token, state.misbehaviour, privateKey) };
  });

  const callback = provider.callback();
  handler = (req, res) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path.startsWith('/interaction/')) {
      void finishInteraction(req, res);
    } else if (path === `${FOREIGN_PATH}/.well-known/openid-configuration`) {
      // The real document (issuer: the provider's own), served for another issuer URL.
      void fetch(`${issuer}/.well-known/openid-configuration`)
        .then((r) => r.text())
        .then((doc) => res.writeHead(200, { 'content-type': 'application/json' }).end(doc));
    } else {
      void callback(req, res);
    }
  };

  /** The person "signs in" and consents at once: login result plus a grant for the requested scopes. */
  async function finishInteraction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({
        accountId: ACCOUNT_ID,
        clientId: String(details.params['client_id']),
      });
      grant.addOIDCScope(String(details.params['scope']));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: ACCOUNT_ID }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  }

  return state;
}

function misbehave(idToken: string, how: Misbehaviour, key: KeyObject): string {
  const [header, payload, signature] = idToken.split('.') as [string, string, string];
  if (how === 'tampered-signature') {
    const bytes = Buffer.from(signature, 'base64url');
    const i = bytes.length >> 1;
    bytes[i] = bytes[i]! ^ 0x01;
    return `${header}.${payload}.${bytes.toString('base64url')}`;
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  const now = Math.floor(Date.now() / 1000);
  if (how === 'wrong-audience') claims['aud'] = 'een-andere-applicatie';
  if (how === 'wrong-issuer-in-id-token')
    claims['iss'] = 'https://login.microsoftonline.com/0000-andere-tenant/v2.0';
  if (how === 'expired-id-token') {
    // Five minutes past expiry: well beyond openid-client's 30 s clock tolerance.
    claims['iat'] = now - 600;
    claims['exp'] = now - 300;
  }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signed = sign('sha256', Buffer.from(`${header}.${body}`), key).toString('base64url');
  return `${header}.${body}.${signed}`;
}
