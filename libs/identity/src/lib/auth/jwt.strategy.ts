import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { LRUCache } from 'lru-cache';
import { ExtractJwt, Strategy } from 'passport-jwt';
import {
  IDENTITY_OPTIONS,
  JWT_AUDIENCE,
  JWT_ISSUER,
  signingKey,
  type IdentityOptions,
} from '../identity.options';
import { Actor } from '../identity.types';
import { AccessClaims } from './auth.service';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * Passport JWT: `Authorization: Bearer <access token>`, HS256, our issuer and audience.
 *
 * A client sends the same access token with every request for up to 15 minutes, so the actor of
 * a token that passport-jwt verified is remembered — keyed by the whole token, signature included
 * (a changed token is a new key and is verified in full), and only until the token's own `exp`.
 * This skips the signature check and claim parsing on repeat requests without changing what is
 * accepted: access tokens are not revocable before they expire (ADR 0005), cached or not.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly verified = new LRUCache<string, Actor>({ max: 10_000, ttlAutopurge: false });

  constructor(@Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    super({
      jwtFromRequest: bearerToken,
      // A KeyObject (see signingKey()): passport-jwt hands it to jsonwebtoken, which accepts it;
      // passport-jwt's type only names string | Buffer.
      secretOrKey: signingKey(options) as unknown as Buffer,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      algorithms: ['HS256'],
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  override authenticate(req: Parameters<typeof bearerToken>[0], options?: object): void {
    const token = bearerToken(req);
    const actor = token ? this.verified.get(token) : undefined;
    if (actor) return this.success(actor);
    return super.authenticate(req, options);
  }

  validate(
    req: Parameters<typeof bearerToken>[0],
    claims: AccessClaims & { typ?: string; exp?: number },
  ): Actor | false {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    const actor: Actor = {
      userId: claims.sub,
      organisationCode: claims.org,
      municipalityCode: claims.gm ?? null,
      roles: claims.roles ?? [],
      coordinatorRegionIds: claims.cr ?? [],
    };
    const token = bearerToken(req);
    const ttl = typeof claims.exp === 'number' ? claims.exp * 1000 - Date.now() : 0;
    if (token && ttl > 0) this.verified.set(token, actor, { ttl });
    return actor;
  }
}
