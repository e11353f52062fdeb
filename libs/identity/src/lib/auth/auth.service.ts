import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as argon2 from 'argon2';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { Clock } from '@ksp/shared';
import { AuditService } from '../audit.service';
import { UserEntity } from '../identity.entities';
import { invalidCredentials, invalidSession } from '../identity.errors';
import { IDENTITY_OPTIONS, JWT_AUDIENCE, JWT_ISSUER, type IdentityOptions } from '../identity.options';
import { IdentityRepository } from '../identity.repository';
import { Actor, AuditEventType, Role, Session } from '../identity.types';
import { newSecretToken, parseSecretToken, secretMatches } from '../secret-token';
import { toUser } from '../user.mapper';

/** Claims of our access tokens. */
export interface AccessClaims {
  readonly sub: string;
  readonly org: string;
  readonly gm: string | null;
  readonly roles: readonly Role[];
  readonly cr: readonly string[];
}

/** A hash to verify against when the account does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;

/**
 * Sessions: password login with slow-down and lockout, short-lived JWT access tokens, rotating
 * refresh tokens (stored hashed; reuse of a rotated one revokes its whole family), logout.
 */
@Injectable()
export class AuthService {
  /** Consecutive failures per email (known or not) and per client address (rate-limiter-flexible). */
  private readonly failuresByEmail: RateLimiterMemory;
  private readonly failuresByAddress: RateLimiterMemory;

  constructor(
    private readonly repository: IdentityRepository,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {
    this.failuresByEmail = new RateLimiterMemory({
      keyPrefix: 'login_email',
      points: options.maxFailuresPerAccount,
      duration: options.lockoutSeconds,
      blockDuration: options.lockoutSeconds,
    });
    this.failuresByAddress = new RateLimiterMemory({
      keyPrefix: 'login_ip',
      points: options.maxFailuresPerAddress,
      duration: options.lockoutSeconds,
      blockDuration: options.lockoutSeconds,
    });
  }

  static hashPassword(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async login(email: string, password: string, clientAddress: string | null): Promise<Session> {
    const key = email.trim().toLowerCase();
    const address = clientAddress ?? 'unknown';
    const [byEmail, byAddress] = await Promise.all([
      this.failuresByEmail.get(key),
      this.failuresByAddress.get(address),
    ]);
    const locked =
      isBlocked(byEmail, this.options.maxFailuresPerAccount) ||
      isBlocked(byAddress, this.options.maxFailuresPerAddress);
    // Slow down: after a few failures each further attempt waits a little longer (max 2 s).
    const failures = Math.max(byEmail?.consumedPoints ?? 0, 0);
    if (failures >= 3) await sleep(Math.min(2000, 100 * 2 ** (failures - 3)));
    if (locked) {
      await this.audit.record(AuditEventType.LOGIN_FAILED, {
        subjectEmail: key,
        clientAddress,
        details: { reason: 'locked' },
      });
      throw invalidCredentials();
    }
    const user = await this.repository.findUserByEmail(key);
    const ok = user?.passwordHash
      ? await argon2.verify(user.passwordHash, password)
      : (await argon2.verify(await (dummyHash ??= AuthService.hashPassword(randomUUID())), password), false);
    if (!ok || !user || !user.emailConfirmedAt) {
      await this.recordFailure(key, address, user, clientAddress);
      throw invalidCredentials();
    }
    await Promise.all([this.failuresByEmail.delete(key), this.failuresByAddress.delete(address)]);
    await this.audit.record(AuditEventType.LOGIN_SUCCEEDED, {
      actorUserId: user.id,
      subjectUserId: user.id,
      clientAddress,
    });
    return this.startSession(user);
  }

  private async recordFailure(
    key: string,
    address: string,
    user: UserEntity | null,
    clientAddress: string | null,
  ): Promise<void> {
    let lockedNow = false;
    for (const [limiter, k] of [
      [this.failuresByEmail, key],
      [this.failuresByAddress, address],
    ] as const) {
      try {
        await limiter.consume(k);
      } catch {
        lockedNow = true;
      }
    }
    await this.audit.record(AuditEventType.LOGIN_FAILED, {
      subjectUserId: user?.id ?? null,
      subjectEmail: key,
      clientAddress,
    });
    if (lockedNow) {
      await this.audit.record(AuditEventType.LOCKOUT, {
        subjectUserId: user?.id ?? null,
        subjectEmail: key,
        clientAddress,
      });
    }
  }

  /** A new session (a new refresh-token family) for a user who just proved who they are. */
  async startSession(user: UserEntity): Promise<Session> {
    const refresh = newSecretToken();
    await this.repository.insertRefreshToken({
      id: refresh.id,
      userId: user.id,
      familyId: refresh.id,
      secretHash: refresh.secretHash,
      expiresAt: this.refreshExpiry(),
    });
    return this.session(user, refresh.token);
  }

  async refresh(refreshToken: string, clientAddress: string | null): Promise<Session> {
    const parsed = parseSecretToken(refreshToken);
    if (!parsed) throw invalidSession();
    const now = this.clock.now();
    const result = await this.repository.transaction(async (m) => {
      const stored = await this.repository.findRefreshToken(parsed.id, m);
      if (!stored || !secretMatches(parsed.secret, stored.secretHash)) return null;
      if (stored.revokedAt || stored.expiresAt <= now) return null;
      if (stored.rotatedAt || !(await this.repository.markRotated(stored.id, now, m))) {
        // A rotated token used again: someone has a copy. End the whole family.
        await this.repository.revokeFamily(stored.familyId, now, m);
        await this.audit.record(
          AuditEventType.REFRESH_TOKEN_REUSED,
          { subjectUserId: stored.userId, clientAddress, details: { family: stored.familyId } },
          m,
        );
        return 'reused' as const;
      }
      const user = await this.repository.findUser(stored.userId, m);
      if (!user) return null;
      const next = newSecretToken();
      await this.repository.insertRefreshToken(
        {
          id: next.id,
          userId: user.id,
          familyId: stored.familyId,
          secretHash: next.secretHash,
          expiresAt: this.refreshExpiry(),
        },
        m,
      );
      return { user, token: next.token };
    });
    if (!result || result === 'reused') throw invalidSession();
    return this.session(result.user, result.token);
  }

  async logout(actor: Actor, refreshToken: string | null): Promise<boolean> {
    const parsed = refreshToken ? parseSecretToken(refreshToken) : null;
    if (parsed) {
      const stored = await this.repository.findRefreshToken(parsed.id);
      if (stored && stored.userId === actor.userId && secretMatches(parsed.secret, stored.secretHash)) {
        await this.repository.revokeFamily(stored.familyId, this.clock.now());
        await this.audit.record(AuditEventType.TOKEN_REVOKED, {
          actorUserId: actor.userId,
          subjectUserId: actor.userId,
          details: { family: stored.familyId },
        });
      }
    }
    await this.audit.record(AuditEventType.LOGOUT, {
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
    });
    return true;
  }

  async logoutEverywhere(actor: Actor): Promise<boolean> {
    await this.repository.revokeAllOfUser(actor.userId, this.clock.now());
    await this.audit.record(AuditEventType.LOGOUT_EVERYWHERE, {
      actorUserId: actor.userId,
      subjectUserId: actor.userId,
    });
    return true;
  }

  private async session(user: UserEntity, refreshToken: string): Promise<Session> {
    const org = await this.repository.findOrganisation(user.organisationCode);
    const mapped = toUser(user);
    const claims: AccessClaims & { typ: string } = {
      sub: user.id,
      org: user.organisationCode,
      gm: org?.municipalityCode ?? null,
      roles: mapped.roles,
      cr: mapped.coordinatorRegionIds,
      typ: 'access',
    };
    const accessToken = this.jwt.sign(claims, {
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      expiresIn: this.options.accessTokenTtlSeconds,
      algorithm: 'HS256',
      jwtid: randomUUID(),
    });
    return { accessToken, refreshToken, expiresIn: this.options.accessTokenTtlSeconds, user: mapped };
  }

  private refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.options.refreshTokenTtlDays * 86_400_000);
  }
}

function isBlocked(res: RateLimiterRes | null, points: number): boolean {
  return !!res && res.consumedPoints > points;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
