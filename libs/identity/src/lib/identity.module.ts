import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountService } from './account.service';
import { AuditService } from './audit.service';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { IDENTITY_ENTITIES } from './identity.entities';
import { IDENTITY_OPTIONS, IdentityOptions, signingKey } from './identity.options';
import { IdentityRepository } from './identity.repository';
import { AuditResolver, AuthResolver, OrganisationResolver, UserResolver } from './identity.resolver';
import { Mailer } from './mail/mailer';
import { OidcController } from './oidc/oidc.controller';
import { OidcRepository } from './oidc/oidc.repository';
import { OidcResolver } from './oidc/oidc.resolver';
import { OidcService } from './oidc/oidc.service';
import { OrganisationService } from './organisation.service';
import { PolicyService } from './policy/policy.service';
import { AudienceResolver } from './policy/audience.resolver';

@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions, mailer: Mailer): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [
        TypeOrmModule.forFeature(IDENTITY_ENTITIES),
        PassportModule,
        JwtModule.register({ secret: signingKey(options), signOptions: { algorithm: 'HS256' } }),
      ],
      controllers: [OidcController],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        { provide: Mailer, useValue: mailer },
        IdentityRepository,
        AuditService,
        OrganisationService,
        PolicyService,
        AuthService,
        AccountService,
        JwtStrategy,
        LocalStrategy,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        AuthResolver,
        UserResolver,
        OrganisationResolver,
        AuditResolver,
        OidcRepository,
        OidcService,
        OidcResolver,
        AudienceResolver,
      ],
      exports: [
        PolicyService,
        OrganisationService,
        AccountService,
        AuditService,
        AuthService,
        OidcService,
        Mailer,
      ],
    };
  }
}
