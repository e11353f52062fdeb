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

/** A research report, evaluation, monitor, policy note or guide, as submitted and curated. */
@Entity('report')
@Index(['status', 'publishedAt'])
export class ReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'text' }) summary!: string;
  @Index()
  @Column({ type: 'varchar', length: 64 })
  publisherOrganisationCode!: string;
  /** JSON array of names, in the order given. */
  @Column({ type: 'text', default: '[]' }) authors!: string;
  /** YYYY-MM-DD. */
  @Column({ type: 'date' }) publicationDate!: string;
  @Index()
  @Column({ type: 'integer' })
  publicationYear!: number;
  @Column({ type: 'varchar', length: 16 }) type!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) link!: string | null;
  /** The audience once published (AudienceScope), with its regions and gemeenten as JSON arrays. */
  @Column({ type: 'varchar', length: 16 }) scope!: string;
  @Column({ type: 'text', default: '[]' }) audienceRegionIds!: string;
  @Column({ type: 'text', default: '[]' }) audienceMunicipalityCodes!: string;
  /** "Geldig tot" (YYYY-MM-DD, inclusive): afterwards coordinators are asked to re-check it. */
  @Column({ type: 'date', nullable: true }) validUntil!: string | null;
  @Column({ type: 'varchar', length: 36 }) submittedBy!: string;
  /** The submitter's name when they submitted. */
  @Column({ type: 'varchar', length: 120 }) submittedByName!: string;
  @Column({ type: 'varchar', length: 64 }) submitterOrganisationCode!: string;
  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  submitterMunicipalityCode!: string | null;
  @Column({ type: 'varchar', length: 16 }) status!: string;
  @Column({ type: 'text', nullable: true }) rejectionReason!: string | null;
  @Column({ type: Date }) submittedAt!: Date;
  @Column({ type: Date, nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) publishedBy!: string | null;
  @Column({ type: Date, nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** The taakvelden of a report (BBV codes), in the order given. */
@Entity('report_policy_domain')
export class ReportPolicyDomainEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) reportId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 16 })
  policyDomainCode!: string;
  @Column({ type: 'integer' }) position!: number;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;
}

/** The free tags of a report (canonical, through the TagVocabulary), in the order given. */
@Entity('report_tag')
export class ReportTagEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) reportId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 50 })
  tag!: string;
  @Column({ type: 'integer' }) position!: number;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;
}

/** Who may see a report: its access keys (see PolicyService.accessKeysOf and reviewerKeysFor). */
@Entity('report_access')
export class ReportAccessEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) reportId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 80 })
  accessKey!: string;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;
}

/** The file of a report (at most one; a new upload replaces it), its bytes in the FileStorage. */
@Entity('report_file')
export class ReportFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 36 })
  reportId!: string;
  @Column({ type: 'varchar', length: 200 }) storageKey!: string;
  /** The name the uploader gave. */
  @Column({ type: 'varchar', length: 200 }) fileName!: string;
  /** Detected from the content. */
  @Column({ type: 'varchar', length: 100 }) mediaType!: string;
  @Column({ type: 'integer' }) size!: number;
  /** Hex. */
  @Column({ type: 'varchar', length: 64 }) sha256!: string;
  /** EXTRACTED or NO_TEXT. */
  @Column({ type: 'varchar', length: 16 }) textStatus!: string;
  @Column({ type: 'integer', nullable: true }) pageCount!: number | null;
  /** The first ~500 characters of the text. */
  @Column({ type: 'text', default: '' }) textExcerpt!: string;
  /** The extracted text, for full-text search (not loaded unless asked for). */
  @Column({ type: 'text', default: '', select: false }) text!: string;
  @Column({ type: 'varchar', length: 36 }) uploadedBy!: string;
  @CreateDateColumn() uploadedAt!: Date;

  @ManyToOne(() => ReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: ReportEntity;
}

/** The tables of this library (added to the hub's entity list in apps/api/src/entities.ts). */
export const REPORTS_ENTITIES: Function[] = [
  ReportEntity,
  ReportPolicyDomainEntity,
  ReportTagEntity,
  ReportAccessEntity,
  ReportFileEntity,
];
