import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** A coordinator's tag synonym: `synonym` is read as `canonical` (jeugdzorg → jeugdhulp). */
@Entity('tag_synonym')
export class TagSynonymEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 }) synonym!: string;
  @Index()
  @Column({ type: 'varchar', length: 50 })
  canonical!: string;
  @Column({ type: 'varchar', length: 36 }) createdBy!: string;
  @CreateDateColumn() createdAt!: Date;
}

/** A named, ordered collection of questions, reports and profiles with an introduction. */
@Entity('dossier')
export class DossierEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** Markdown. */
  @Column({ type: 'text', default: '' }) introduction!: string;
  @Column({ type: 'varchar', length: 16 }) scope!: string;
  /** JSON arrays of the audience's regions and gemeenten. */
  @Column({ type: 'text', default: '[]' }) audienceRegionIds!: string;
  @Column({ type: 'text', default: '[]' }) audienceMunicipalityCodes!: string;
  @Column({ type: 'varchar', length: 36 }) createdBy!: string;
  @Column({ type: 'varchar', length: 64 }) createdByOrganisationCode!: string;
  @Column({ type: 'varchar', length: 6, nullable: true }) createdByMunicipalityCode!: string | null;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
  @VersionColumn() version!: number;
}

@Entity('dossier_item')
export class DossierItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) dossierId!: string;
  @PrimaryColumn({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar', length: 24 }) itemType!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  itemId!: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) note!: string | null;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;
}

@Entity('dossier_access')
export class DossierAccessEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) dossierId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 80 })
  accessKey!: string;

  @ManyToOne(() => DossierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;
}

/** An item a coordinator features for a region ("uitgelicht"); pinned ones come first. */
@Entity('featured_item')
@Index(['regionId', 'itemType', 'itemId'], { unique: true })
export class FeaturedItemEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 64 }) regionId!: string;
  @Column({ type: 'varchar', length: 24 }) itemType!: string;
  @Column({ type: 'varchar', length: 36 }) itemId!: string;
  @Column({ type: 'boolean', default: false }) pinned!: boolean;
  @Column({ type: 'varchar', length: 36 }) featuredBy!: string;
  @CreateDateColumn() featuredAt!: Date;
}

/** Content someone flagged for a coordinator's attention (outdated, wrong, inappropriate). */
@Entity('content_flag')
@Index(['resolvedAt', 'createdAt'])
export class ContentFlagEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 24 }) itemType!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  itemId!: string;
  @Column({ type: 'varchar', length: 24 }) reason!: string;
  @Column({ type: 'varchar', length: 1000, default: '' }) comment!: string;
  @Column({ type: 'varchar', length: 36 }) createdBy!: string;
  /** The gemeente whose coordinators handle it (the flagged item's author's). */
  @Column({ type: 'varchar', length: 6, nullable: true }) municipalityCode!: string | null;
  @CreateDateColumn() createdAt!: Date;
  @Column({ type: Date, nullable: true }) resolvedAt!: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) resolvedBy!: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) resolution!: string | null;
}

export const CURATION_ENTITIES = [
  TagSynonymEntity,
  DossierEntity,
  DossierItemEntity,
  DossierAccessEntity,
  FeaturedItemEntity,
  ContentFlagEntity,
];
