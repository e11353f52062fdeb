import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  BadUserInputError,
  Clock,
  Connection,
  connectionFromSlice,
  DomainError,
  ErrorCode,
  ForwardPaginationArgs,
  NotFoundError,
  offsetWindow,
} from '@ksp/shared';
import { DirectoryService } from '@ksp/directory';
import { AuditService } from './audit.service';
import { AuthService } from './auth/auth.service';
import { EmailTokenEntity, UserEntity } from './identity.entities';
import type { EntityManager } from 'typeorm';
import { forbidden, invalidToken } from './identity.errors';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { IdentityRepository } from './identity.repository';
import {
  ALL_ROLES,
  Actor,
  AuditEventType,
  Role,
  Session,
  User,
  isAdmin,
  isCoordinator,
} from './identity.types';
import { Mailer } from './mail/mailer';
import { HUB_ORGANISATION_CODE, OrganisationService } from './organisation.service';
import { assertAcceptablePassword } from './password.policy';
import { PolicyService } from './policy/policy.service';
import { newSecretToken, parseSecretToken, secretMatches } from './secret-token';
import { toUser } from './user.mapper';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[a-z]{2,63}$/i;

export interface InviteInput {
  readonly email: string;
  readonly displayName: string;
  readonly organisationCode: string;
  readonly roles: readonly Role[];
  readonly functionTitle?: string | null;
  readonly coordinatorRegionIds?: readonly string[] | null;
}

export interface Invitation {
  readonly id: string;
  readonly email: string;
  readonly expiresAt: Date;
  /** The link with its token: returned to the inviter only, and mailed to the invitee. */
  readonly acceptUrl: string;
}

interface InvitationPayload {
  displayName: string;
  organisationCode: string;
  roles: Role[];
  functionTitle: string | null;
  coordinatorRegionIds: string[];
}

/** Accounts: the first admin, invitations, self-registration by email domain, roles. */
@Injectable()
export class AccountService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccountService.name);

  constructor(
    private readonly repository: IdentityRepository,
    private readonly organisations: OrganisationService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly directory: DirectoryService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  /** ADMIN_EMAIL + ADMIN_PASSWORD: the first admin, created only when there is no admin yet. */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.options;
    if (!adminEmail || !adminPassword) return;
    if ((await this.repository.countAdmins()) > 0) return;
    const email = normaliseEmail(adminEmail);
    if (await this.repository.findUserByEmail(email)) {
      this.logger.warn({ msg: 'ADMIN_EMAIL belongs to an existing account; not changed', email });
      return;
    }
    try {
      assertAcceptablePassword(adminPassword, email);
    } catch (e) {
      throw new Error(`ADMIN_PASSWORD: ${(e as Error).message}`);
    }
    const user = this.newUser(email, {
      displayName: 'Beheerder',
      organisationCode: HUB_ORGANISATION_CODE,
      roles: [Role.ADMIN, Role.MEMBER],
      functionTitle: null,
      coordinatorRegionIds: [],
    });
    user.passwordHash = await AuthService.hashPassword(adminPassword);
    user.emailConfirmedAt = this.clock.now();
    await this.repository.insertUser(user);
    await this.audit.record(AuditEventType.ADMIN_BOOTSTRAPPED, {
      subjectUserId: user.id,
      subjectEmail: email,
    });
    this.logger.log({ msg: 'first admin created', email });
  }

  /**
   * The coordinators of the regions a gemeente belongs to (with a confirmed address), for telling
   * them about something in their region, each with the Actor they act as: what they are told must
   * be read as them, through the policy layer. Admins who coordinate no region are not among them.
   */
  async coordinatorsOf(municipalityCode: string): Promise<{ user: User; actor: Actor }[]> {
    const regionIds = new Set(this.directory.regionsOf(municipalityCode).map((r) => r.id));
    if (regionIds.size === 0) return [];
    const users = (await this.repository.listCoordinators())
      .map(toUser)
      .filter((user) => user.coordinatorRegionIds.some((id) => regionIds.has(id)));
    const organisations = new Map(
      (await this.repository.findOrganisations([...new Set(users.map((u) => u.organisationCode))])).map(
        (o) => [o.code, o],
      ),
    );
    return users.map((user) => ({
      user,
      actor: {
        userId: user.id,
        organisationCode: user.organisationCode,
        municipalityCode: organisations.get(user.organisationCode)?.municipalityCode ?? null,
        roles: user.roles,
        coordinatorRegionIds: user.coordinatorRegionIds,
      },
    }));
  }

  async me(actor: Actor): Promise<User> {
    const user = await this.repository.findUser(actor.userId);
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Dit account bestaat niet meer.');
    return toUser(user);
  }

  /** Admins see everyone; coordinators the people of the organisations in their regions. */
  async listUsers(actor: Actor, page: ForwardPaginationArgs): Promise<Connection<User>> {
    let organisationCodes: string[] | undefined;
    if (!isAdmin(actor)) {
      if (!isCoordinator(actor)) throw forbidden('gebruikers te bekijken');
      organisationCodes = actor.coordinatorRegionIds.flatMap((r) =>
        this.directory.membersOf(r).map((m) => m.code),
      );
    }
    const { start, first } = offsetWindow(page);
    const [rows, total] = await this.repository.listUsers({ organisationCodes }, start, first);
    return connectionFromSlice(rows.map(toUser), total, start);
  }

  async setRoles(
    actor: Actor,
    userId: string,
    roles: readonly Role[],
    coordinatorRegionIds: readonly string[],
  ): Promise<User> {
    if (!isAdmin(actor)) throw forbidden('rollen toe te kennen');
    this.assertRoles(roles, coordinatorRegionIds);
    return this.repository.transaction(async (m) => {
      const user = await this.repository.findUser(userId, m);
      if (!user) throw new NotFoundError(`Gebruiker '${userId}' bestaat niet.`, { value: userId });
      const before = toUser(user);
      user.roles = normaliseRoles(roles).join(',');
      user.coordinatorRegionIds = [...new Set(coordinatorRegionIds)].join(',');
      await this.repository.saveUser(user, m);
      await this.audit.record(
        AuditEventType.ROLES_CHANGED,
        {
          actorUserId: actor.userId,
          subjectUserId: user.id,
          details: { from: before.roles, to: roles, coordinatorRegionIds },
        },
        m,
      );
      return toUser(user);
    });
  }

  /** By an admin, or by a coordinator for organisations in their regions (members only). */
  async invite(actor: Actor, input: InviteInput, clientAddress: string | null): Promise<Invitation> {
    const email = normaliseEmail(input.email);
    const org = await this.organisations.get(input.organisationCode);
    const roles = normaliseRoles(input.roles.length ? input.roles : [Role.MEMBER]);
    const regions = [...new Set(input.coordinatorRegionIds ?? [])];
    this.assertRoles(roles, regions);
    if (!isAdmin(actor)) {
      const mayInvite = isCoordinator(actor) && this.policy.coordinates(actor, org.municipalityCode);
      if (!mayInvite) throw forbidden(`mensen van ${org.name} uit te nodigen`);
      if (roles.some((r) => r !== Role.MEMBER)) throw forbidden('andere rollen dan MEMBER toe te kennen');
    }
    if (await this.repository.findUserByEmail(email)) {
      throw new DomainError(ErrorCode.CONFLICT, `Er is al een account voor ${email}.`, { argument: 'email' });
    }
    const token = newSecretToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.options.invitationTtlHours * 3_600_000);
    const payload: InvitationPayload = {
      displayName: requireName(input.displayName),
      organisationCode: org.code,
      roles,
      functionTitle: input.functionTitle?.trim() || null,
      coordinatorRegionIds: regions,
    };
    await this.repository.insertEmailToken({
      id: token.id,
      purpose: 'INVITATION',
      secretHash: token.secretHash,
      email,
      payload: JSON.stringify(payload),
      createdBy: actor.userId,
      expiresAt,
    });
    const acceptUrl = `${this.options.publicUrl}/uitnodiging?token=${encodeURIComponent(token.token)}`;
    await this.mailer.send({
      to: email,
      subject: `Uitnodiging voor het Kennisschakelpunt (${org.name})`,
      text: `Beste ${payload.displayName},\n\nU bent uitgenodigd voor het Kennisschakelpunt namens ${org.name}.\nAccepteer de uitnodiging en kies een wachtwoord via:\n\n${acceptUrl}\n\nDe link is geldig tot ${expiresAt.toISOString()}.\n`,
    });
    await this.audit.record(AuditEventType.INVITATION_SENT, {
      actorUserId: actor.userId,
      subjectEmail: email,
      clientAddress,
      details: { organisation: org.code, roles },
    });
    return { id: token.id, email, expiresAt, acceptUrl };
  }

  async acceptInvitation(
    tokenString: string,
    password: string,
    clientAddress: string | null,
  ): Promise<Session> {
    const parsed = parseSecretToken(tokenString);
    if (!parsed) throw invalidToken();
    const now = this.clock.now();
    const user = await this.repository.transaction(async (m) => {
      const token = await this.usableEmailToken(parsed, 'INVITATION', now, m);
      assertAcceptablePassword(password, token.email);
      if (await this.repository.findUserByEmail(token.email, m)) {
        throw new DomainError(ErrorCode.CONFLICT, `Er is al een account voor ${token.email}.`);
      }
      if (!(await this.repository.markEmailTokenUsed(token.id, now, m))) throw invalidToken();
      const created = this.newUser(token.email, JSON.parse(token.payload) as InvitationPayload);
      created.passwordHash = await AuthService.hashPassword(password);
      created.emailConfirmedAt = now; // the invitation reached this mailbox
      await this.repository.insertUser(created, m);
      await this.audit.record(
        AuditEventType.INVITATION_ACCEPTED,
        { actorUserId: created.id, subjectUserId: created.id, clientAddress },
        m,
      );
      return created;
    });
    return this.auth.startSession(user);
  }

  /**
   * Self-registration with a work address whose domain an organisation registered. The answer
   * is the same whether or not an account exists (a mail tells the owner instead).
   */
  async register(
    emailInput: string,
    password: string,
    displayName: string,
    clientAddress: string | null,
  ): Promise<boolean> {
    const email = normaliseEmail(emailInput);
    const domain = email.split('@')[1]!;
    const org = await this.organisations.byEmailDomain(domain);
    if (!org) {
      throw new BadUserInputError(
        `Registreren kan alleen met een werkadres van een organisatie op de hub; '${domain}' is niet bekend. Vraag uw coördinator om een uitnodiging.`,
        { argument: 'email' },
      );
    }
    assertAcceptablePassword(password, email);
    const name = requireName(displayName);
    const existing = await this.repository.findUserByEmail(email);
    if (existing) {
      await this.mailer.send({
        to: email,
        subject: 'U heeft al een account op het Kennisschakelpunt',
        text: `Iemand probeerde met dit adres te registreren, maar u heeft al een account. Log in op ${this.options.publicUrl}/inloggen.\n`,
      });
      return true;
    }
    const user = this.newUser(email, {
      displayName: name,
      organisationCode: org.code,
      roles: [Role.MEMBER],
      functionTitle: null,
      coordinatorRegionIds: [],
    });
    user.passwordHash = await AuthService.hashPassword(password);
    const token = newSecretToken();
    await this.repository.transaction(async (m) => {
      await this.repository.insertUser(user, m);
      await this.repository.insertEmailToken(
        {
          id: token.id,
          purpose: 'CONFIRM',
          secretHash: token.secretHash,
          email,
          payload: user.id,
          createdBy: null,
          expiresAt: new Date(this.clock.now().getTime() + 48 * 3_600_000),
        },
        m,
      );
      await this.audit.record(
        AuditEventType.REGISTERED,
        { subjectUserId: user.id, subjectEmail: email, clientAddress, details: { organisation: org.code } },
        m,
      );
    });
    await this.mailer.send({
      to: email,
      subject: 'Bevestig uw e-mailadres voor het Kennisschakelpunt',
      text: `Beste ${name},\n\nBevestig uw e-mailadres via:\n\n${this.options.publicUrl}/bevestigen?token=${encodeURIComponent(token.token)}\n`,
    });
    return true;
  }

  async confirmEmail(tokenString: string, clientAddress: string | null): Promise<Session> {
    const parsed = parseSecretToken(tokenString);
    if (!parsed) throw invalidToken();
    const now = this.clock.now();
    const user = await this.repository.transaction(async (m) => {
      const token = await this.usableEmailToken(parsed, 'CONFIRM', now, m);
      if (!(await this.repository.markEmailTokenUsed(token.id, now, m))) throw invalidToken();
      const u = await this.repository.findUser(token.payload, m);
      if (!u) throw invalidToken();
      u.emailConfirmedAt = now;
      await this.repository.saveUser(u, m);
      await this.audit.record(
        AuditEventType.EMAIL_CONFIRMED,
        { actorUserId: u.id, subjectUserId: u.id, clientAddress },
        m,
      );
      return u;
    });
    return this.auth.startSession(user);
  }

  /** A mailed token that exists, matches, has this purpose, is unused and not expired. */
  private async usableEmailToken(
    parsed: { id: string; secret: string },
    purpose: 'INVITATION' | 'CONFIRM',
    now: Date,
    m: EntityManager,
  ): Promise<EmailTokenEntity> {
    const token = await this.repository.findEmailToken(parsed.id, m);
    if (!token || token.purpose !== purpose || !secretMatches(parsed.secret, token.secretHash))
      throw invalidToken();
    if (token.usedAt || token.expiresAt <= now) throw invalidToken();
    return token;
  }

  private assertRoles(roles: readonly Role[], regionIds: readonly string[]): void {
    const unknown = roles.find((r) => !ALL_ROLES.includes(r));
    if (unknown) throw new BadUserInputError(`Onbekende rol '${unknown}'.`, { argument: 'roles' });
    for (const id of regionIds) {
      this.directory.getRegion(id); // NOT_FOUND names the region
    }
    if (roles.includes(Role.COORDINATOR) && regionIds.length === 0) {
      throw new BadUserInputError('Een coördinator hoort bij minstens één regio (coordinatorRegionIds).', {
        argument: 'coordinatorRegionIds',
      });
    }
  }

  private newUser(email: string, p: InvitationPayload): UserEntity {
    return Object.assign(new UserEntity(), {
      id: randomUUID(),
      email,
      displayName: p.displayName,
      functionTitle: p.functionTitle,
      organisationCode: p.organisationCode,
      passwordHash: null,
      roles: normaliseRoles(p.roles).join(','),
      coordinatorRegionIds: p.coordinatorRegionIds.join(','),
      emailConfirmedAt: null,
    });
  }
}

export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e)) throw new BadUserInputError(`Ongeldig e-mailadres '${email}'.`, { argument: 'email' });
  return e;
}

function normaliseRoles(roles: readonly Role[]): Role[] {
  const set = new Set<Role>([Role.MEMBER, ...roles]);
  return ALL_ROLES.filter((r) => set.has(r));
}

function requireName(name: string): string {
  const n = name.trim();
  if (n.length < 2 || n.length > 120)
    throw new BadUserInputError('Geef een naam van 2 tot 120 tekens.', { argument: 'displayName' });
  return n;
}
