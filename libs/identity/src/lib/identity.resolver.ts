import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ForwardPaginationArgs, Public, RateLimit } from '@ksp/shared';
import { AccountService } from './account.service';
import { AuditService } from './audit.service';
import { AuthService } from './auth/auth.service';
import { ClientAddress, CurrentActor, LocalLoginGuard, LoginSession } from './auth/guards';
import {
  AuditLogArgs,
  InviteUserInput,
  SetOrganisationEmailDomainsArgs,
  SetRolesArgs,
} from './dto/identity.inputs';
import { isAdmin } from './identity.types';
import type { Actor, AuditEvent, Organisation, Session, User } from './identity.types';
import {
  AuditEventConnection,
  AuditEventModel,
  InvitationModel,
  OrganisationModel,
  SessionModel,
  UserConnection,
  UserModel,
} from './models/identity.models';
import { OrganisationService } from './organisation.service';
import { PolicyService } from './policy/policy.service';

@Resolver(() => SessionModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @UseGuards(LocalLoginGuard)
  @RateLimit({ key: 'login', points: 30, duration: 60 })
  @Mutation(() => SessionModel, { description: 'Inloggen met e-mailadres en wachtwoord.' })
  login(
    @Args('email') _email: string,
    @Args('password') _password: string,
    @LoginSession() session: Session,
  ): Session {
    return session;
  }

  @Public()
  @RateLimit({ key: 'refresh', points: 120, duration: 60 })
  @Mutation(() => SessionModel, {
    description: 'A new access token (and a new refresh token) for a refresh token.',
  })
  refreshSession(
    @Args('refreshToken') refreshToken: string,
    @ClientAddress() ip: string | null,
  ): Promise<Session> {
    return this.auth.refresh(refreshToken, ip);
  }

  @Mutation(() => Boolean, { description: 'Ends this session (its refresh-token family).' })
  logout(
    @CurrentActor() actor: Actor,
    @Args('refreshToken', { type: () => String, nullable: true }) refreshToken?: string | null,
  ): Promise<boolean> {
    return this.auth.logout(actor, refreshToken ?? null);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the current user.' })
  logoutEverywhere(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.auth.logoutEverywhere(actor);
  }

  @Public()
  @RateLimit({ key: 'accept-invitation', points: 10, duration: 60 })
  @Mutation(() => SessionModel, { description: 'Accepts an invitation by choosing a password.' })
  acceptInvitation(
    @Args('token') token: string,
    @Args('password') password: string,
    @ClientAddress() ip: string | null,
  ): Promise<Session> {
    return this.accounts.acceptInvitation(token, password, ip);
  }

  @Public()
  @RateLimit({ key: 'register', points: 5, duration: 600 })
  @Mutation(() => Boolean, { description: 'Registers with a work address; a confirmation link is mailed.' })
  register(
    @Args('email') email: string,
    @Args('password') password: string,
    @Args('displayName') displayName: string,
    @ClientAddress() ip: string | null,
  ): Promise<boolean> {
    return this.accounts.register(email, password, displayName, ip);
  }

  @Public()
  @RateLimit({ key: 'confirm-email', points: 10, duration: 60 })
  @Mutation(() => SessionModel, { description: 'Confirms a registration with the mailed token.' })
  confirmEmail(@Args('token') token: string, @ClientAddress() ip: string | null): Promise<Session> {
    return this.accounts.confirmEmail(token, ip);
  }
}

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly organisations: OrganisationService,
    private readonly policy: PolicyService,
  ) {}

  @Query(() => UserModel, { description: 'The logged-in user.' })
  me(@CurrentActor() actor: Actor): Promise<User> {
    return this.accounts.me(actor);
  }

  @Query(() => UserConnection, {
    description: 'Admins: everyone. Coordinators: the people of their regions.',
  })
  users(@CurrentActor() actor: Actor, @Args() page: ForwardPaginationArgs) {
    return this.accounts.listUsers(actor, page);
  }

  @Mutation(() => UserModel)
  setRoles(@CurrentActor() actor: Actor, @Args() args: SetRolesArgs): Promise<User> {
    return this.accounts.setRoles(actor, args.userId, args.roles, args.coordinatorRegionIds ?? []);
  }

  @Mutation(() => InvitationModel)
  inviteUser(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteUserInput,
    @ClientAddress() ip: string | null,
  ) {
    return this.accounts.invite(actor, { ...input, roles: input.roles ?? [] }, ip);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Visible to the person, their coordinators and admins only.',
  })
  email(@Parent() user: User, @CurrentActor() actor: Actor | null): string | null {
    const municipalityCode = /^GM\d{4}$/.test(user.organisationCode) ? user.organisationCode : null;
    return this.policy.canSeeEmail(actor, { userId: user.id, municipalityCode }) ? user.email : null;
  }

  @ResolveField(() => OrganisationModel)
  organisation(@Parent() user: User): Promise<Organisation> {
    return this.organisations.get(user.organisationCode);
  }
}

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => [OrganisationModel])
  organisations(@CurrentActor() _actor: Actor): Promise<Organisation[]> {
    return this.organisationService.list();
  }

  @Mutation(() => OrganisationModel, {
    description: 'Admin: the email domains with which people may register for an organisation.',
  })
  setOrganisationEmailDomains(
    @CurrentActor() actor: Actor,
    @Args() args: SetOrganisationEmailDomainsArgs,
  ): Promise<Organisation> {
    return this.organisationService.setEmailDomains(actor, args.organisationCode, args.domains);
  }

  @ResolveField(() => [String], { description: 'Registered email domains (admins only; empty for others).' })
  emailDomains(@Parent() org: Organisation, @CurrentActor() actor: Actor | null): readonly string[] {
    return isAdmin(actor) ? org.emailDomains : [];
  }
}

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'Admin: security events, newest first.' })
  auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs) {
    return this.audit.list(actor, args.type ?? null, args);
  }

  @Query(() => AuditEventConnection, {
    description: 'Het curatielog: wat coördinatoren met inhoud deden (publiceren, afwijzen, dossiers, …).',
  })
  curationLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs) {
    return this.audit.listCuration(actor, args.type ?? null, args);
  }

  @ResolveField(() => String)
  detailsJson(@Parent() e: AuditEvent): string {
    return JSON.stringify(e.details);
  }
}
