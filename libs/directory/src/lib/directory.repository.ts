import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  MunicipalityEntity,
  MunicipalityNeighbourEntity,
  PolicyDomainEntity,
  PolicyDomainSuccessorEntity,
  ReferenceDataImportEntity,
  RegionEntity,
  RegionMemberEntity,
  TooiThemeEntity,
} from './directory.entities';
import { DirectoryData, PolicyDomainLevel, PolicyDomainStatus, RegionKind } from './directory.types';

/** Changes for one table: rows to insert or update (by primary key), and keys to delete. */
export interface TableChanges<T extends ObjectLiteral> {
  readonly upserts: readonly T[];
  readonly deletes: readonly Partial<T>[];
}

export interface DirectoryRows {
  readonly municipality: MunicipalityEntity[];
  readonly municipalityNeighbour: MunicipalityNeighbourEntity[];
  readonly region: RegionEntity[];
  readonly regionMember: RegionMemberEntity[];
  readonly policyDomain: PolicyDomainEntity[];
  readonly policyDomainSuccessor: PolicyDomainSuccessorEntity[];
  readonly tooiTheme: TooiThemeEntity[];
}

export type DirectoryChanges = {
  readonly [K in keyof DirectoryRows]: TableChanges<DirectoryRows[K][number]>;
};

const CHUNK = 200;

@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadRows(manager: EntityManager = this.dataSource.manager): Promise<DirectoryRows> {
    const [
      municipality,
      municipalityNeighbour,
      region,
      regionMember,
      policyDomain,
      policyDomainSuccessor,
      tooiTheme,
    ] = await Promise.all([
      manager.find(MunicipalityEntity),
      manager.find(MunicipalityNeighbourEntity),
      manager.find(RegionEntity),
      manager.find(RegionMemberEntity),
      manager.find(PolicyDomainEntity, { order: { position: 'ASC' } }),
      manager.find(PolicyDomainSuccessorEntity),
      manager.find(TooiThemeEntity, { order: { position: 'ASC' } }),
    ]);
    return {
      municipality,
      municipalityNeighbour,
      region,
      regionMember,
      policyDomain,
      policyDomainSuccessor,
      tooiTheme,
    };
  }

  /** All reference data, as domain records. Seven statements, whatever the size. */
  async loadAll(): Promise<DirectoryData> {
    const rows = await this.loadRows();
    const neighbours = rows.municipalityNeighbour.map((n) => ({
      a: n.municipalityCode,
      b: n.neighbourCode,
      sharedBorderM: n.sharedBorderM,
    }));
    return {
      municipalities: rows.municipality.map(({ code, name, province, provinceCode }) => ({
        code,
        name,
        province,
        provinceCode,
      })),
      neighbours,
      regions: rows.region.map((r) => ({ id: r.id, kind: r.kind as RegionKind, name: r.name })),
      regionMembers: rows.regionMember.map(({ regionId, municipalityCode }) => ({
        regionId,
        municipalityCode,
      })),
      policyDomains: rows.policyDomain.map((d) => ({
        code: d.code,
        name: d.name,
        parentCode: d.parentCode,
        level: d.level as PolicyDomainLevel,
        status: d.status as PolicyDomainStatus,
        formerNames: d.formerNames ? d.formerNames.split('\n') : [],
      })),
      successors: rows.policyDomainSuccessor.map(({ code, successorCode }) => ({ code, successorCode })),
      themes: rows.tooiTheme.map(({ code, name, parentCode, level, uri }) => ({
        code,
        name,
        parentCode,
        level,
        uri,
      })),
    };
  }

  async latestChecksum(): Promise<string | null> {
    const latest = await this.dataSource.manager.find(ReferenceDataImportEntity, {
      order: { id: 'DESC' },
      take: 1,
    });
    return latest[0]?.checksum ?? null;
  }

  /**
   * Applies an import in one transaction: deletes first (children before parents), then upserts
   * (parents before children), then records the import.
   */
  async applyChanges(changes: DirectoryChanges, checksum: string, summary: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const del = async <T extends ObjectLiteral>(entity: EntityTarget<T>, keys: readonly Partial<T>[]) => {
        for (const key of keys) await manager.delete(entity, key);
      };
      const up = async <T extends ObjectLiteral>(entity: EntityTarget<T>, rows: readonly T[]) => {
        for (let i = 0; i < rows.length; i += CHUNK)
          await manager.save(entity, rows.slice(i, i + CHUNK) as T[]);
      };
      await del(RegionMemberEntity, changes.regionMember.deletes);
      await del(MunicipalityNeighbourEntity, changes.municipalityNeighbour.deletes);
      await del(PolicyDomainSuccessorEntity, changes.policyDomainSuccessor.deletes);
      await del(RegionEntity, changes.region.deletes);
      await del(MunicipalityEntity, changes.municipality.deletes);
      await del(TooiThemeEntity, changes.tooiTheme.deletes);
      await del(PolicyDomainEntity, changes.policyDomain.deletes);

      await up(MunicipalityEntity, changes.municipality.upserts);
      await up(RegionEntity, changes.region.upserts);
      await up(
        PolicyDomainEntity,
        changes.policyDomain.upserts.filter((d) => d.parentCode === null),
      );
      await up(
        PolicyDomainEntity,
        changes.policyDomain.upserts.filter((d) => d.parentCode !== null),
      );
      await up(
        TooiThemeEntity,
        changes.tooiTheme.upserts.filter((t) => t.parentCode === null),
      );
      await up(
        TooiThemeEntity,
        changes.tooiTheme.upserts.filter((t) => t.parentCode !== null),
      );
      await up(MunicipalityNeighbourEntity, changes.municipalityNeighbour.upserts);
      await up(RegionMemberEntity, changes.regionMember.upserts);
      await up(PolicyDomainSuccessorEntity, changes.policyDomainSuccessor.upserts);
      await manager.insert(ReferenceDataImportEntity, { checksum, summary });
    });
  }
}
