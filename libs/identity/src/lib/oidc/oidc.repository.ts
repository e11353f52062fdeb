import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { OidcLoginStateEntity, OidcProviderConfigEntity } from './oidc.entities';

/** Queries of the OIDC tables: provider configuration per organisation, pending logins. */
@Injectable()
export class OidcRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findConfig(organisationCode: string, manager?: EntityManager): Promise<OidcProviderConfigEntity | null> {
    return (manager ?? this.dataSource.manager).findOneBy(OidcProviderConfigEntity, { organisationCode });
  }

  saveConfig(config: OidcProviderConfigEntity, manager: EntityManager): Promise<OidcProviderConfigEntity> {
    return manager.save(OidcProviderConfigEntity, config);
  }

  listEnabledConfigs(): Promise<OidcProviderConfigEntity[]> {
    return this.dataSource.manager.find(OidcProviderConfigEntity, {
      where: { enabled: true },
      order: { organisationCode: 'ASC' },
    });
  }

  insertLoginState(row: Partial<OidcLoginStateEntity>): Promise<unknown> {
    return this.dataSource.manager.insert(OidcLoginStateEntity, row);
  }

  /**
   * Marks a pending login used and gives it, or null when it does not exist or was already used
   * (by this or any other instance: the update is the arbiter). Expiry is checked by the caller.
   */
  consumeLoginState(id: string, at: Date): Promise<OidcLoginStateEntity | null> {
    return this.dataSource.transaction(async (m) => {
      const r = await m.update(OidcLoginStateEntity, { id, usedAt: IsNull() }, { usedAt: at });
      if ((r.affected ?? 0) !== 1) return null;
      return m.findOneBy(OidcLoginStateEntity, { id });
    });
  }

  deleteLoginStatesExpiredBefore(before: Date): Promise<unknown> {
    return this.dataSource.manager.delete(OidcLoginStateEntity, { expiresAt: LessThan(before) });
  }
}
