import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { BadUserInputError, Clock } from '@ksp/shared';
import { AuditService } from '../audit.service';
import { AuthService } from '../auth/auth.service';
import { UserEntity } from '../identity.entities';
import { forbidden } from '../identity.errors';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../identity.options';
import { IdentityRepository } from '../identity.repository';
import { Actor, AuditEventType, Role, isAdmin } from '../identity.types';
import { OrganisationService } from '../organisation.service';
import { OidcProviderConfigEntity } from './oidc.entities';
import { OidcRepository } from './oidc.repository';
import { isLoopback, normaliseScopes, parseIssuerUrl, safeRedirectTarget } from './oidc.urls';

/** How long a started login may take (the person signs in at their IdP meanwhile). */
const LOGIN_TTL_MS = 10 * 60_000;
/** How long a discovered provider (metadata, and its signing keys inside openid-client) is reused. */
const DISCOVERY_TTL_MS = 10 * 60_000;
const DISCOVERY_TIMEOUT_SECONDS = 10;
/** The browser-binding secret in the `ksp_oidc` cookie: 32 random bytes, base64url. */
const BROWSER_SECRET = /^[A-Za-z0-9_-]{43}$/;

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';
export const OIDC_FAILURE_PATH = '/inloggen?fout=oidc';

/** An organisation's OIDC configuration as admins see it (never the client secret itself). */
export interface OrganisationOidc {
  readonly organisationCode: string;
  readonly issuerUrl: string;
  readonly clientId: string;
  readonly hasClientSecret: boolean;
  readonly scopes: readonly string[];
  readonly enabled: boolean;
  readonly updatedAt: Date;
}

export interface SetOrganisationOidcInput {
  readonly organisationCode: string;
  readonly issuerUrl: string;
  readonly clientId: string;
  /** Null or absent: a public client (PKCE only). */
  readonly clientSecret?: string | null;
  readonly scopes?: readonly string[] | null;
  readonly enabled?: boolean | null;
}

export interface OidcLoginOption {
  readonly code: string;
  readonly name: string;
}

/** Where to send the browser next, and (when a login was started) the cookie value binding it. */
export interface OidcRedirect {
  readonly location: string;
  readonly browserSecret?: string;
}

/** A login that cannot go on; `reason` (and `details`) go to the audit log, never to the browser. */
class OidcFailure extends Error {
  constructor(
    readonly reason: string,
    readonly details: Record<string, unknown> = {},
    readonly subjectEmail: string | null = null,
  ) {
    super(reason);
  }
}

interface Discovered {
  readonly fingerprint: string;
  readonly expiresAt: number;
  readonly configuration: Promise<client.Configuration>;
}

interface IdentityClaims {
  readonly sub: string;
  readonly email?: unknown;
  readonly email_verified?: unknown;
  /** Microsoft Entra ID: "email domain owner verified" (an optional claim), sent instead of email_verified. */
  readonly xms_edov?: unknown;
  readonly name?: unknown;
  readonly given_name?: unknown;
  readonly family_name?: unknown;
}

/**
 * Login through an organisation's own OpenID provider (authorization code + PKCE S256, state and
 * nonce) with openid-client, which checks the ID token (issuer, audience, signature, expiry,
 * nonce). The person is linked by their verified email address, whose domain must be one of the
 * organisation's registered email domains; they get the hub's own session.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private readonly discovered = new Map<string, Discovered>();

  constructor(
    private readonly repository: OidcRepository,
    private readonly identity: IdentityRepository,
    private readonly organisations: OrganisationService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** Admin: configures (or replaces) the OpenID provider of an organisation. */
  async setConfig(actor: Actor, input: SetOrganisationOidcInput): Promise<OrganisationOidc> {
    if (!isAdmin(actor)) throw forbidden('inloggen via een organisatie in te stellen');
    const org = await this.organisations.get(input.organisationCode);
    const issuer = parseIssuerUrl(input.issuerUrl);
    const clientId = input.clientId.trim();
    if (!clientId || clientId.length > 255) {
      throw new BadUserInputError('Geef de client-ID (applicatie-ID) van 1 tot 255 tekens.', {
        argument: 'clientId',
      });
    }
    const clientSecret = input.clientSecret?.trim() || null;
    const scopes = normaliseScopes(input.scopes);
    const enabled = input.enabled ?? true;
    if (enabled && org.emailDomains.length === 0) {
      throw new BadUserInputError(
        `Registreer eerst een e-maildomein voor ${org.name} (setOrganisationEmailDomains): daarmee worden inloggers aan de organisatie gekoppeld.`,
        { argument: 'organisationCode', value: org.code },
      );
    }
    const saved = await this.repository.transaction(async (m) => {
      const row = (await this.repository.findConfig(org.code, m)) ?? new OidcProviderConfigEntity();
      Object.assign(row, {
        organisationCode: org.code,
        issuerUrl: issuer.href,
        clientId,
        clientSecret,
        scopes: scopes.join(' '),
        enabled,
      });
      const result = await this.repository.saveConfig(row, m);
      await this.audit.record(
        AuditEventType.OIDC_CONFIG_CHANGED,
        {
          actorUserId: actor.userId,
          details: {
            organisation: org.code,
            issuer: issuer.href,
            clientId,
            publicClient: !clientSecret,
            scopes,
            enabled,
          },
        },
        m,
      );
      return result;
    });
    this.discovered.delete(org.code);
    return toOrganisationOidc(saved);
  }

  /** Organisations whose people can log in through their own provider (for the login page). */
  async loginOptions(): Promise<OidcLoginOption[]> {
    const configs = await this.repository.listEnabledConfigs();
    const orgs = await this.organisations.byCodes(configs.map((c) => c.organisationCode));
    return configs
      .map((c) => ({
        code: c.organisationCode,
        name: orgs.get(c.organisationCode)?.name ?? c.organisationCode,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /**
   * Starts a login: stores the pending login (state, nonce, PKCE verifier) and gives the IdP's
   * authorization URL. `callbackUrl` is this hub's callback as the browser reaches it.
   */
  async start(
    organisationCode: string,
    redirect: string | undefined,
    callbackUrl: string,
    browserSecret: string | null,
    clientAddress: string | null,
  ): Promise<OidcRedirect> {
    try {
      const target = safeRedirectTarget(redirect);
      if (target === null)
        throw new OidcFailure('invalid_redirect', { redirect: String(redirect).slice(0, 200) });
      const row = await this.repository.findConfig(organisationCode);
      if (!row || !row.enabled) throw new OidcFailure('not_configured');
      const configuration = await this.configuration(row);
      const now = this.clock.now();
      const secret =
        browserSecret && BROWSER_SECRET.test(browserSecret)
          ? browserSecret
          : randomBytes(32).toString('base64url');
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      await this.repository.deleteLoginStatesExpiredBefore(new Date(now.getTime() - LOGIN_TTL_MS));
      await this.repository.insertLoginState({
        id: state,
        organisationCode: row.organisationCode,
        codeVerifier,
        nonce,
        redirectTarget: target,
        callbackUrl,
        browserBindingHash: sha256(secret),
        expiresAt: new Date(now.getTime() + LOGIN_TTL_MS),
        usedAt: null,
      });
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: callbackUrl,
        scope: row.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { location: url.href, browserSecret: secret };
    } catch (e) {
      return {
        location: await this.failed(e, { organisation: organisationCode, step: 'start' }, clientAddress),
      };
    }
  }

  /**
   * Finishes a login at the callback: the pending login is used up whatever happens next, the
   * code is exchanged and the ID token checked by openid-client, the person linked or created, and
   * a hub session started. The tokens go to the web app in the URL fragment.
   */
  async finish(
    query: URLSearchParams,
    browserSecret: string | null,
    clientAddress: string | null,
  ): Promise<OidcRedirect> {
    let organisation: string | null = null;
    try {
      const stateId = query.get('state');
      if (!stateId) throw new OidcFailure('state_missing');
      const now = this.clock.now();
      const state = stateId.length <= 64 ? await this.repository.consumeLoginState(stateId, now) : null;
      if (!state) throw new OidcFailure('state_unknown_or_used');
      organisation = state.organisationCode;
      if (state.expiresAt <= now) throw new OidcFailure('state_expired');
      if (!browserSecret || !hashMatches(sha256(browserSecret), state.browserBindingHash)) {
        throw new OidcFailure('browser_mismatch');
      }
      const row = await this.repository.findConfig(state.organisationCode);
      if (!row || !row.enabled) throw new OidcFailure('not_configured');
      const configuration = await this.configuration(row);
      const currentUrl = new URL(state.callbackUrl);
      for (const [k, v] of query) currentUrl.searchParams.append(k, v);
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
          pkceCodeVerifier: state.codeVerifier,
          expectedState: state.id,
          expectedNonce: state.nonce,
          idTokenExpected: true,
        });
      } catch (e) {
        throw rejected(e);
      }
      const idClaims = tokens.claims();
      if (!idClaims) throw new OidcFailure('id_token_missing');
      let claims: IdentityClaims = idClaims;
      if (claims.email === undefined) {
        // Providers may put the email claims in the UserInfo response only (OIDC Core 5.4).
        try {
          claims = {
            ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)),
            sub: idClaims.sub,
          };
        } catch (e) {
          throw rejected(e, 'userinfo_failed');
        }
      }
      const user = await this.linkUser(state.organisationCode, claims);
      const session = await this.auth.startSession(user.entity);
      await this.audit.record(AuditEventType.OIDC_LOGIN_SUCCEEDED, {
        actorUserId: user.entity.id,
        subjectUserId: user.entity.id,
        subjectEmail: user.entity.email,
        clientAddress,
        details: { organisation: state.organisationCode, issuer: row.issuerUrl, created: user.created },
      });
      const fragment = new URLSearchParams({
        accessToken: session.accessToken,
        refreshToken: session.refreshToken,
        expiresIn: String(session.expiresIn),
      });
      return { location: `${this.options.publicUrl}${state.redirectTarget}#${fragment.toString()}` };
    } catch (e) {
      return { location: await this.failed(e, { organisation, step: 'callback' }, clientAddress) };
    }
  }

  /**
   * The account for a verified email address of one of the organisation's domains: the existing
   * one, or a new MEMBER of the organisation (confirmed, without a password).
   */
  private async linkUser(
    organisationCode: string,
    claims: IdentityClaims,
  ): Promise<{ entity: UserEntity; created: boolean }> {
    if (typeof claims.email !== 'string' || !claims.email.includes('@'))
      throw new OidcFailure('email_missing');
    const email = claims.email.trim().toLowerCase();
    // Entra ID never sends email_verified for organisational accounts; its optional claim
    // xms_edov says the tenant verified it owns the address's domain. It counts only when
    // email_verified is absent altogether.
    const verified = claims.email_verified ?? claims.xms_edov;
    if (verified !== true && verified !== 'true' && verified !== '1' && verified !== 1) {
      throw new OidcFailure('email_not_verified', {}, email);
    }
    const org = await this.organisations.get(organisationCode);
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!org.emailDomains.includes(domain))
      throw new OidcFailure('email_domain_not_registered', { domain }, email);
    const now = this.clock.now();
    const existing = await this.identity.findUserByEmail(email);
    if (existing) {
      if (!existing.emailConfirmedAt) {
        // The provider vouches for the mailbox. A password chosen at an unconfirmed self-registration
        // was never proven to be the mailbox owner's, so it does not survive.
        existing.emailConfirmedAt = now;
        existing.passwordHash = null;
        await this.identity.saveUser(existing);
      }
      return { entity: existing, created: false };
    }
    const user = Object.assign(new UserEntity(), {
      id: randomUUID(),
      email,
      displayName: displayNameOf(claims, email),
      functionTitle: null,
      organisationCode: org.code,
      passwordHash: null,
      roles: Role.MEMBER,
      coordinatorRegionIds: '',
      emailConfirmedAt: now,
    });
    try {
      await this.identity.insertUser(user);
    } catch (e) {
      // Two first logins of the same person at once: the other one created the account.
      const raced = await this.identity.findUserByEmail(email);
      if (raced) return { entity: raced, created: false };
      throw e;
    }
    return { entity: (await this.identity.findUser(user.id)) ?? user, created: true };
  }

  /** Discovery (cached per organisation; a changed configuration is discovered again). */
  private configuration(row: OidcProviderConfigEntity): Promise<client.Configuration> {
    const fingerprint = [row.issuerUrl, row.clientId, row.clientSecret ?? '', row.updatedAt.getTime()].join(
      '\n',
    );
    const cached = this.discovered.get(row.organisationCode);
    if (cached && cached.fingerprint === fingerprint && cached.expiresAt > Date.now())
      return cached.configuration;
    const issuer = new URL(row.issuerUrl);
    const execute = [client.enableNonRepudiationChecks];
    // Plain http only for a provider on this machine (tests, development); never elsewhere.
    if (issuer.protocol === 'http:' && isLoopback(issuer)) execute.push(client.allowInsecureRequests);
    const configuration = client
      .discovery(
        issuer,
        row.clientId,
        undefined,
        row.clientSecret ? client.ClientSecretPost(row.clientSecret) : client.None(),
        { execute, timeout: DISCOVERY_TIMEOUT_SECONDS },
      )
      .catch((e: unknown) => {
        this.discovered.delete(row.organisationCode);
        throw rejected(e, 'discovery_failed');
      });
    this.discovered.set(row.organisationCode, {
      fingerprint,
      expiresAt: Date.now() + DISCOVERY_TTL_MS,
      configuration,
    });
    return configuration;
  }

  /** Records why a login failed and gives the failure page (which tells the browser nothing more). */
  private async failed(
    e: unknown,
    context: Record<string, unknown>,
    clientAddress: string | null,
  ): Promise<string> {
    const failure =
      e instanceof OidcFailure
        ? e
        : new OidcFailure('internal_error', { error: e instanceof Error ? e.message : String(e) });
    if (!(e instanceof OidcFailure)) this.logger.error({ msg: 'OIDC login failed unexpectedly', err: e });
    try {
      await this.audit.record(AuditEventType.OIDC_LOGIN_FAILED, {
        subjectEmail: failure.subjectEmail,
        clientAddress,
        details: { ...context, reason: failure.reason, ...failure.details },
      });
    } catch (auditError) {
      this.logger.error({ msg: 'could not record a failed OIDC login', err: auditError });
    }
    return `${this.options.publicUrl}${OIDC_FAILURE_PATH}`;
  }
}

function toOrganisationOidc(row: OidcProviderConfigEntity): OrganisationOidc {
  return {
    organisationCode: row.organisationCode,
    issuerUrl: row.issuerUrl,
    clientId: row.clientId,
    hasClientSecret: row.clientSecret !== null,
    scopes: row.scopes.split(' '),
    enabled: row.enabled,
    updatedAt: row.updatedAt,
  };
}

/**
 * An error of openid-client (or oauth4webapi) as a failure for the audit log: its code, the claim
 * or attribute that did not match, and the message — never tokens or keys.
 */
function rejected(e: unknown, reason = 'token_rejected'): OidcFailure {
  if (e instanceof OidcFailure) return e;
  if (e instanceof client.AuthorizationResponseError) {
    return new OidcFailure('authorization_error', {
      error: e.error,
      description: e.error_description ?? null,
    });
  }
  if (e instanceof client.ResponseBodyError) {
    return new OidcFailure(reason === 'token_rejected' ? 'token_request_failed' : reason, {
      error: e.error,
      description: e.error_description ?? null,
      status: e.status,
    });
  }
  if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    const inner = e.cause instanceof Error ? e.cause : null;
    const about = plainObject(inner?.cause) ?? plainObject(e.cause) ?? {};
    return new OidcFailure(reason, {
      code: typeof code === 'string' ? code : null,
      error: inner?.message ?? e.message,
      ...(typeof about['claim'] === 'string' ? { claim: about['claim'] } : {}),
      ...(typeof about['attribute'] === 'string' ? { attribute: about['attribute'] } : {}),
    });
  }
  return new OidcFailure(reason, { error: String(e) });
}

function plainObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !(value instanceof Error)
    ? (value as Record<string, unknown>)
    : null;
}

function displayNameOf(claims: IdentityClaims, email: string): string {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  const candidates = [
    typeof claims.name === 'string' ? claims.name : '',
    `${given} ${family}`,
    email.split('@')[0]!,
  ];
  const name = candidates.map((c) => c.trim().replace(/\s+/g, ' ')).find((c) => c.length >= 2) ?? email;
  return name.slice(0, 120);
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function hashMatches(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
