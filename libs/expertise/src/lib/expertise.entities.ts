import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * An expertise profile: of a user (USER), an organisation (ORGANISATION) or a resident without an
 * account (RESIDENT). `holderKey` makes it one per user and one per organisation. The display name
 * and organisation are a snapshot taken at the last save. The consent columns describe the consent
 * in force (all null without consent); its history is in the outbox and the audit log.
 */
@Entity('expertise_profile')
export class ExpertiseProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  /** USER | ORGANISATION | RESIDENT. */
  @Column({ type: 'varchar', length: 16 }) kind!: string;
  /** `u:<userId>`, `o:<organisationCode>` or `r:<id>` (see holderKey in expertise.rules). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80 })
  holderKey!: string;
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) organisationCode!: string | null;
  @Column({ type: 'varchar', length: 120 }) displayName!: string;
  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  municipalityCode!: string | null;
  /** Markdown or plain text, at most 1000 characters. */
  @Column({ type: 'text' }) bio!: string;
  /** AVAILABLE | LIMITED | UNAVAILABLE. */
  @Column({ type: 'varchar', length: 12 }) availability!: string;
  @Column({ type: 'integer' }) maxOpenQuestions!: number;
  @Index()
  @Column({ type: 'boolean', default: false })
  consentToRecommend!: boolean;
  @Column({ type: Date, nullable: true }) consentRecordedAt!: Date | null;
  /** SCHRIFTELIJK | EMAIL | MONDELING | FORMULIER. */
  @Column({ type: 'varchar', length: 16, nullable: true }) consentMethod!: string | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) consentNote!: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) consentRecordedBy!: string | null;
  @Column({ type: 'varchar', length: 120, nullable: true }) consentRecordedByName!: string | null;
  /** RESIDENT: a contact address, shown to coordinators of the gemeente and admins only. */
  @Column({ type: 'varchar', length: 254, nullable: true }) contactEmail!: string | null;
  @Column({ type: 'varchar', length: 36 }) createdBy!: string;
  @Column({ type: Date }) createdAt!: Date;
  @Column({ type: Date }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** A taakveld (or hoofdstuk) of a profile, with the holder's level in it; at least one. */
@Entity('expertise_profile_policy_domain')
export class ExpertiseProfilePolicyDomainEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) expertiseProfileId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;
  /** BASIS | GEVORDERD | EXPERT. */
  @Column({ type: 'varchar', length: 12 }) level!: string;

  @ManyToOne(() => ExpertiseProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expertise_profile_id' })
  profile?: ExpertiseProfileEntity;
}

/** A keyword of a profile, in its canonical form (TagVocabulary, like the tags of questions). */
@Entity('expertise_profile_keyword')
export class ExpertiseProfileKeywordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) expertiseProfileId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 50 })
  keyword!: string;

  @ManyToOne(() => ExpertiseProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expertise_profile_id' })
  profile?: ExpertiseProfileEntity;
}

/** The access keys of a profile (expertise.rules profileAccessKeys), rewritten with every save. */
@Entity('expertise_profile_access')
export class ExpertiseProfileAccessEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) expertiseProfileId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 80 })
  accessKey!: string;

  @ManyToOne(() => ExpertiseProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expertise_profile_id' })
  profile?: ExpertiseProfileEntity;
}

/** The tables of this library (added to the hub's entity list in apps/api/src/entities.ts). */
export const EXPERTISE_ENTITIES: Function[] = [
  ExpertiseProfileEntity,
  ExpertiseProfilePolicyDomainEntity,
  ExpertiseProfileKeywordEntity,
  ExpertiseProfileAccessEntity,
];
