import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AccessFilter, whereVisible } from '@ksp/persistence';
import {
  ContentFlagEntity,
  DossierAccessEntity,
  DossierEntity,
  DossierItemEntity,
  FeaturedItemEntity,
  TagSynonymEntity,
} from './curation.entities';

const DOSSIER_ACCESS = { alias: 'd', table: 'dossier_access', foreignKey: 'dossier_id' };

/** All queries of the curation tables. */
@Injectable()
export class CurationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // tag synonyms
  synonymsTouching(tags: readonly string[]): Promise<TagSynonymEntity[]> {
    if (tags.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(TagSynonymEntity, {
      where: [{ synonym: In([...tags]) }, { canonical: In([...tags]) }],
    });
  }
  allSynonyms(): Promise<TagSynonymEntity[]> {
    return this.dataSource.manager.find(TagSynonymEntity, { order: { canonical: 'ASC', synonym: 'ASC' } });
  }
  async replaceSynonyms(canonical: string, rows: TagSynonymEntity[], m: EntityManager): Promise<void> {
    await m.delete(TagSynonymEntity, { canonical });
    if (rows.length) {
      await m.delete(TagSynonymEntity, { synonym: In(rows.map((r) => r.synonym)) });
      await m.insert(TagSynonymEntity, rows);
    }
  }

  // dossiers
  findDossier(id: string, filter: AccessFilter): Promise<DossierEntity | null> {
    const qb = this.dataSource.manager.createQueryBuilder(DossierEntity, 'd').where('d.id = :id', { id });
    return whereVisible(qb, DOSSIER_ACCESS, filter).getOne();
  }
  /**
   * The dossier inside a transaction, its row locked on PostgreSQL until the transaction ends (so
   * that two saves of one dossier are serialised); SQLite has one writer at a time anyway.
   */
  lockDossier(id: string, m: EntityManager): Promise<DossierEntity | null> {
    const qb = m.createQueryBuilder(DossierEntity, 'd').where('d.id = :id', { id });
    if (m.connection.options.type === 'postgres') qb.setLock('pessimistic_write');
    return qb.getOne();
  }
  listDossiers(
    filter: AccessFilter,
    criteria: { containingItemId?: string | null },
    skip: number,
    take: number,
  ): Promise<[DossierEntity[], number]> {
    const qb = this.dataSource.manager.createQueryBuilder(DossierEntity, 'd');
    whereVisible(qb, DOSSIER_ACCESS, filter);
    if (criteria.containingItemId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM dossier_item di WHERE di.dossier_id = d.id AND di.item_id = :item)',
        {
          item: criteria.containingItemId,
        },
      );
    }
    return qb
      .orderBy('d.updated_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
  }
  findVisibleDossiers(ids: readonly string[], filter: AccessFilter): Promise<DossierEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    const qb = this.dataSource.manager
      .createQueryBuilder(DossierEntity, 'd')
      .where('d.id IN (:...ids)', { ids: [...new Set(ids)] });
    return whereVisible(qb, DOSSIER_ACCESS, filter).getMany();
  }

  // ---- search documents (system reads, libs/discovery keeps the index in step) -----------------

  async dossierIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(DossierEntity, 'd')
      .select('d.id', 'id')
      .orderBy('d.id', 'ASC')
      .limit(limit);
    if (afterId !== null) qb.where('d.id > :afterId', { afterId });
    return (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  }

  findDossiers(ids: readonly string[]): Promise<DossierEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.findBy(DossierEntity, { id: In([...new Set(ids)]) });
  }

  dossierAccessKeysOf(ids: readonly string[]): Promise<DossierAccessEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(DossierAccessEntity, { where: { dossierId: In([...ids]) } });
  }

  dossierVersions(): Promise<{ id: string; updatedAt: Date }[]> {
    return this.dataSource.manager.find(DossierEntity, { select: { id: true, updatedAt: true } });
  }

  itemsOf(dossierIds: readonly string[]): Promise<DossierItemEntity[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(DossierItemEntity, {
      where: { dossierId: In([...dossierIds]) },
      order: { dossierId: 'ASC', position: 'ASC' },
    });
  }
  async saveDossier(
    dossier: DossierEntity,
    items: DossierItemEntity[],
    accessKeys: readonly string[],
    m: EntityManager,
  ): Promise<DossierEntity> {
    const saved = await m.save(DossierEntity, dossier);
    await m.delete(DossierItemEntity, { dossierId: saved.id });
    if (items.length) await m.insert(DossierItemEntity, items);
    await m.delete(DossierAccessEntity, { dossierId: saved.id });
    await m.insert(
      DossierAccessEntity,
      accessKeys.map((accessKey) => ({ dossierId: saved.id, accessKey })),
    );
    return saved;
  }
  async deleteDossier(id: string, m: EntityManager): Promise<void> {
    await m.delete(DossierEntity, { id });
  }

  // featured items
  featured(regionIds: readonly string[]): Promise<FeaturedItemEntity[]> {
    if (regionIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(FeaturedItemEntity, {
      where: { regionId: In([...regionIds]) },
      order: { pinned: 'DESC', featuredAt: 'DESC', id: 'ASC' },
    });
  }
  findFeatured(id: string): Promise<FeaturedItemEntity | null> {
    return this.dataSource.manager.findOneBy(FeaturedItemEntity, { id });
  }
  findFeaturedItem(regionId: string, itemType: string, itemId: string, m?: EntityManager) {
    return this.m(m).findOneBy(FeaturedItemEntity, { regionId, itemType, itemId });
  }
  saveFeatured(row: FeaturedItemEntity, m: EntityManager): Promise<FeaturedItemEntity> {
    return m.save(FeaturedItemEntity, row);
  }
  async deleteFeatured(id: string, m: EntityManager): Promise<void> {
    await m.delete(FeaturedItemEntity, { id });
  }

  // flags
  insertFlag(row: ContentFlagEntity, m: EntityManager): Promise<unknown> {
    return m.insert(ContentFlagEntity, row);
  }
  findFlag(id: string, m?: EntityManager): Promise<ContentFlagEntity | null> {
    return this.m(m).findOneBy(ContentFlagEntity, { id });
  }
  saveFlag(row: ContentFlagEntity, m: EntityManager): Promise<ContentFlagEntity> {
    return m.save(ContentFlagEntity, row);
  }
  /** Open flags for these gemeenten (null: all, for admins). */
  openFlags(municipalityCodes: readonly string[] | null): Promise<ContentFlagEntity[]> {
    if (municipalityCodes && municipalityCodes.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ContentFlagEntity, {
      where: {
        resolvedAt: IsNull(),
        ...(municipalityCodes ? { municipalityCode: In([...municipalityCodes]) } : {}),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: 500,
    });
  }
}
