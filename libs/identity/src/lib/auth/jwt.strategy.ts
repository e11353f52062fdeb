import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
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

/** Passport JWT: `Authorization: Bearer <access token>`, HS256, our issuer and audience. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(IDENTITY_OPTIONS) options: IdentityOptions) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject (see signingKey()): passport-jwt hands it to jsonwebtoken, which accepts it;
      // passport-jwt's type only names string | Buffer.
      secretOrKey: signingKey(options) as unknown as Buffer,
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessClaims & { typ?: string }): Actor | false {
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') return false;
    return {
      userId: claims.sub,
      organisationCode: claims.org,
      municipalityCode: claims.gm ?? null,
      roles: claims.roles ?? [],
      coordinatorRegionIds: claims.cr ?? [],
    };
  }
}
