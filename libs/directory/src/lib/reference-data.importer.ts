import { Injectable, Logger } from '@nestjs/common';
import { ObjectLiteral } from 'typeorm';
import {
  MunicipalityEntity,
  MunicipalityNeighbourEntity,
  PolicyDomainEntity,
  PolicyDomainSuccessorEntity,
  RegionEntity,
  RegionMemberEntity,
  TooiThemeEntity,
} from './directory.entities';
import { DirectoryChanges, DirectoryRepository, DirectoryRows, TableChanges } from './directory.repository';
import { RegionKind } from './directory.types';
import { ReferenceData, readReferenceData } from './reference-data.reader';

export interface ImportResult {
  readonly checksum: string;
  /** Per table: rows inserted or updated, and rows deleted. All zero when nothing changed. */
  readonly changed: Readonly<Record<keyof DirectoryRows, { upserted: number; deleted: number }>>;
  readonly skipped: boolean;
}

/** Kinds of region that the import owns; a hub's own (CUSTOM) regions are never touched by it. */
const IMPORTED_REGION_KINDS: ReadonlySet<string> = new Set([
  RegionKind.PROVINCE,
  RegionKind.VEILIGHEIDSREGIO,
]);

function diff<T extends ObjectLiteral>(
  current: readonly T[],
  desired: readonly T[],
  key: (row: T) => string,
  keyColumns: readonly (keyof T)[],
  owned: (row: T) => boolean = () => true,
): TableChanges<T> {
  const currentByKey = new Map(current.map((r) => [key(r), r]));
  const desiredKeys = new Set(desired.map(key));
  const upserts = desired.filter((row) => {
    const existing = currentByKey.get(key(row));
    return !existing || Object.keys(row).some((c) => row[c] !== existing[c]);
  });
  const deletes = current
    .filter((row) => owned(row) && !desiredKeys.has(key(row)))
    .map((row) => Object.fromEntries(keyColumns.map((c) => [c, row[c]])) as Partial<T>);
  return { upserts, deletes };
}

function toRows(ref: ReferenceData): DirectoryRows {
  const { data } = ref;
  const entity = <T extends object>(cls: new () => T, values: Partial<T>): T =>
    Object.assign(new cls(), values);
  return {
    municipality: data.municipalities.map((m) => entity(MunicipalityEntity, { ...m })),
    municipalityNeighbour: data.neighbours.flatMap(({ a, b, sharedBorderM }) => [
      entity(MunicipalityNeighbourEntity, { municipalityCode: a, neighbourCode: b, sharedBorderM }),
      entity(MunicipalityNeighbourEntity, { municipalityCode: b, neighbourCode: a, sharedBorderM }),
    ]),
    region: data.regions.map((r) => entity(RegionEntity, { ...r })),
    regionMember: data.regionMembers.map((m) => entity(RegionMemberEntity, { ...m })),
    policyDomain: data.policyDomains.map((d, position) =>
      entity(PolicyDomainEntity, {
        code: d.code,
        name: d.name,
        parentCode: d.parentCode,
        level: d.level,
        status: d.status,
        formerNames: d.formerNames.join('\n'),
        position,
      }),
    ),
    policyDomainSuccessor: data.successors.map((s) => entity(PolicyDomainSuccessorEntity, { ...s })),
    tooiTheme: data.themes.map((t, position) => entity(TooiThemeEntity, { ...t, position })),
  };
}

/**
 * Loads the bundled reference data into the database. Idempotent: it compares with what is
 * stored and writes only differences, so a second run changes nothing.
 */
@Injectable()
export class ReferenceDataImporter {
  private readonly logger = new Logger(ReferenceDataImporter.name);

  constructor(private readonly repository: DirectoryRepository) {}

  /** On start: import only when the database does not yet hold this version of the data. */
  async importIfOutdated(reference: ReferenceData = readReferenceData()): Promise<ImportResult> {
    if ((await this.repository.latestChecksum()) === reference.checksum) {
      return { checksum: reference.checksum, changed: emptyCounts(), skipped: true };
    }
    return this.import(reference);
  }

  async import(reference: ReferenceData = readReferenceData()): Promise<ImportResult> {
    const desired = toRows(reference);
    const current = await this.repository.loadRows();
    const importedRegionIds = new Set(
      current.region.filter((r) => IMPORTED_REGION_KINDS.has(r.kind)).map((r) => r.id),
    );
    const changes: DirectoryChanges = {
      municipality: diff(current.municipality, desired.municipality, (r) => r.code, ['code']),
      municipalityNeighbour: diff(
        current.municipalityNeighbour,
        desired.municipalityNeighbour,
        (r) => `${r.municipalityCode}|${r.neighbourCode}`,
        ['municipalityCode', 'neighbourCode'],
      ),
      region: diff(
        current.region,
        desired.region,
        (r) => r.id,
        ['id'],
        (r) => IMPORTED_REGION_KINDS.has(r.kind),
      ),
      regionMember: diff(
        current.regionMember,
        desired.regionMember,
        (r) => `${r.regionId}|${r.municipalityCode}`,
        ['regionId', 'municipalityCode'],
        (r) => importedRegionIds.has(r.regionId),
      ),
      policyDomain: diff(current.policyDomain, desired.policyDomain, (r) => r.code, ['code']),
      policyDomainSuccessor: diff(
        current.policyDomainSuccessor,
        desired.policyDomainSuccessor,
        (r) => `${r.code}|${r.successorCode}`,
        ['code', 'successorCode'],
      ),
      tooiTheme: diff(current.tooiTheme, desired.tooiTheme, (r) => r.code, ['code']),
    };
    const changed = Object.fromEntries(
      Object.entries(changes).map(([table, c]) => [
        table,
        { upserted: c.upserts.length, deleted: c.deletes.length },
      ]),
    ) as ImportResult['changed'];
    const anything = Object.values(changed).some((c) => c.upserted + c.deleted > 0);
    const latest = await this.repository.latestChecksum();
    if (anything || latest !== reference.checksum) {
      await this.repository.applyChanges(changes, reference.checksum, JSON.stringify(changed));
      this.logger.log({ msg: 'reference data imported', checksum: reference.checksum, changed });
    }
    return { checksum: reference.checksum, changed, skipped: false };
  }
}

function emptyCounts(): ImportResult['changed'] {
  const zero = () => ({ upserted: 0, deleted: 0 });
  return {
    municipality: zero(),
    municipalityNeighbour: zero(),
    region: zero(),
    regionMember: zero(),
    policyDomain: zero(),
    policyDomainSuccessor: zero(),
    tooiTheme: zero(),
  };
}
