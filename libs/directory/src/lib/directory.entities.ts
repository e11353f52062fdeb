import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 }) code!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'varchar', length: 60 }) province!: string;
  @Column({ type: 'varchar', length: 4 }) provinceCode!: string;
}

/** Adjacency, stored in both directions so that either side is one indexed lookup. */
@Entity('municipality_neighbour')
export class MunicipalityNeighbourEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 }) municipalityCode!: string;
  @PrimaryColumn({ type: 'varchar', length: 6 }) neighbourCode!: string;
  @Column({ type: 'integer', nullable: true }) sharedBorderM!: number | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: MunicipalityEntity;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbour_code' })
  @Index()
  neighbour?: MunicipalityEntity;
}

@Entity('region')
@Index(['kind', 'name'])
export class RegionEntity {
  /** The CBS code for official divisions (PV26, VR09 …); a generated id for a hub's own regions. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
}

@Entity('region_member')
export class RegionMemberEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) regionId!: string;
  @PrimaryColumn({ type: 'varchar', length: 6 }) municipalityCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  @Index()
  municipality?: MunicipalityEntity;
}

/** A BBV/Iv3 hoofdstuk or taakveld. */
@Entity('policy_domain')
export class PolicyDomainEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 12, nullable: true }) parentCode!: string | null;
  @Column({ type: 'varchar', length: 16 }) level!: string;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  /** Former names, separated by a newline (a name never contains one). */
  @Column({ type: 'text', default: '' }) formerNames!: string;
  @Column({ type: 'integer' }) position!: number;

  @ManyToOne(() => PolicyDomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  @Index()
  parent?: PolicyDomainEntity;
}

@Entity('policy_domain_successor')
export class PolicyDomainSuccessorEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 }) code!: string;
  @PrimaryColumn({ type: 'varchar', length: 12 }) successorCode!: string;

  @ManyToOne(() => PolicyDomainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'code' })
  domain?: PolicyDomainEntity;

  @ManyToOne(() => PolicyDomainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'successor_code' })
  @Index()
  successor?: PolicyDomainEntity;
}

/** A theme of the TOOI TOP-lijst (overheid.nl), the second vocabulary. */
@Entity('tooi_theme')
export class TooiThemeEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 }) code!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) parentCode!: string | null;
  @Column({ type: 'integer' }) level!: number;
  @Column({ type: 'varchar', length: 200 }) uri!: string;
  @Column({ type: 'integer' }) position!: number;

  @ManyToOne(() => TooiThemeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  @Index()
  parent?: TooiThemeEntity;
}

/** One row per reference-data import that changed something; the newest checksum is what is loaded. */
@Entity('reference_data_import')
export class ReferenceDataImportEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 64 }) checksum!: string;
  @Column({ type: 'text' }) summary!: string;
  /** `timestamp` on PostgreSQL, `datetime` on SQLite; always UTC (the process runs with TZ=UTC, ADR 0003). */
  @CreateDateColumn() importedAt!: Date;
}

export const DIRECTORY_ENTITIES = [
  MunicipalityEntity,
  MunicipalityNeighbourEntity,
  RegionEntity,
  RegionMemberEntity,
  PolicyDomainEntity,
  PolicyDomainSuccessorEntity,
  TooiThemeEntity,
  ReferenceDataImportEntity,
];
