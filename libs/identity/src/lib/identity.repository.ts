import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  AuditEventEntity,
  EmailTokenEntity,
  OrganisationEntity,
  RefreshTokenEntity,
  UserEntity,
} from './identity.entities';

/** All queries of the identity tables. */
@Injectable()
export class IdentityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // organisations
  organisationCodes(): Promise<string[]> {
    return this.dataSource.manager
      .find(OrganisationEntity, { select: { code: true } })
      .then((rows) => rows.map((r) => r.code));
  }
  insertOrganisations(rows: Partial<OrganisationEntity>[]): Promise<unknown> {
    return this.dataSource.manager.insert(OrganisationEntity, rows);
  }
  findOrganisation(code: string): Promise<OrganisationEntity | null> {
    return this.dataSource.manager.findOneBy(OrganisationEntity, { code });
  }
  findOrganisations(codes: readonly string[]): Promise<OrganisationEntity[]> {
    return codes.length
      ? this.dataSource.manager.findBy(OrganisationEntity, { code: In([...codes]) })
      : Promise.resolve([]);
  }
  listOrganisations(): Promise<OrganisationEntity[]> {
    return this.dataSource.manager.find(OrganisationEntity, { order: { name: 'ASC' } });
  }
  saveOrganisation(org: OrganisationEntity, manager?: EntityManager): Promise<OrganisationEntity> {
    return this.m(manager).save(OrganisationEntity, org);
  }
  /** Organisations whose registered domains include this one (a LIKE prefilter, exact match in code). */
  async findOrganisationByEmailDomain(domain: string): Promise<OrganisationEntity | null> {
    const candidates = await this.dataSource.manager
      .createQueryBuilder(OrganisationEntity, 'o')
      .where('o.email_domains LIKE :like', { like: `%${domain}%` })
      .getMany();
    return candidates.find((o) => o.emailDomains.split('\n').includes(domain)) ?? null;
  }

  // users
  findUserByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager).findOneBy(UserEntity, { email });
  }
  findUser(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager).findOneBy(UserEntity, { id });
  }
  saveUser(user: UserEntity, manager?: EntityManager): Promise<UserEntity> {
    return this.m(manager).save(UserEntity, user);
  }
  insertUser(user: UserEntity, manager?: EntityManager): Promise<unknown> {
    return this.m(manager).insert(UserEntity, user);
  }
  countAdmins(): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .where("(',' || u.roles || ',') LIKE '%,ADMIN,%'")
      .getCount();
  }
  /** Accounts with the COORDINATOR role and a confirmed address. */
  listCoordinators(): Promise<UserEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .where("(',' || u.roles || ',') LIKE '%,COORDINATOR,%'")
      .andWhere('u.email_confirmed_at IS NOT NULL')
      .orderBy('u.id', 'ASC')
      .getMany();
  }
  listUsers(
    filter: { organisationCodes?: readonly string[] },
    skip: number,
    take: number,
  ): Promise<[UserEntity[], number]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC');
    if (filter.organisationCodes) {
      if (filter.organisationCodes.length === 0) return Promise.resolve([[], 0]);
      qb.where('u.organisation_code IN (:...codes)', { codes: filter.organisationCodes });
    }
    return qb.skip(skip).take(take).getManyAndCount();
  }

  // refresh tokens
  insertRefreshToken(token: Partial<RefreshTokenEntity>, manager?: EntityManager): Promise<unknown> {
    return this.m(manager).insert(RefreshTokenEntity, token);
  }
  findRefreshToken(id: string, manager?: EntityManager): Promise<RefreshTokenEntity | null> {
    return this.m(manager).findOneBy(RefreshTokenEntity, { id });
  }
  /** Marks the token rotated only if it was not already: false when another request won the race. */
  async markRotated(id: string, at: Date, manager: EntityManager): Promise<boolean> {
    const r = await manager.update(
      RefreshTokenEntity,
      { id, rotatedAt: IsNull(), revokedAt: IsNull() },
      { rotatedAt: at },
    );
    return (r.affected ?? 0) === 1;
  }
  revokeFamily(familyId: string, at: Date, manager?: EntityManager): Promise<unknown> {
    return this.m(manager).update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
  }
  revokeAllOfUser(userId: string, at: Date): Promise<unknown> {
    return this.dataSource.manager.update(
      RefreshTokenEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: at },
    );
  }

  // email tokens
  insertEmailToken(token: Partial<EmailTokenEntity>, manager?: EntityManager): Promise<unknown> {
    return this.m(manager).insert(EmailTokenEntity, token);
  }
  findEmailToken(id: string, manager?: EntityManager): Promise<EmailTokenEntity | null> {
    return this.m(manager).findOneBy(EmailTokenEntity, { id });
  }
  async markEmailTokenUsed(id: string, at: Date, manager: EntityManager): Promise<boolean> {
    const r = await manager.update(EmailTokenEntity, { id, usedAt: IsNull() }, { usedAt: at });
    return (r.affected ?? 0) === 1;
  }

  // audit
  insertAuditEvent(event: Partial<AuditEventEntity>, manager?: EntityManager): Promise<unknown> {
    return this.m(manager).insert(AuditEventEntity, event);
  }
  listAuditEvents(
    types: readonly string[] | null,
    skip: number,
    take: number,
  ): Promise<[AuditEventEntity[], number]> {
    return this.dataSource.manager.findAndCount(AuditEventEntity, {
      where: types ? { type: In([...types]) } : {},
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
  }
}
