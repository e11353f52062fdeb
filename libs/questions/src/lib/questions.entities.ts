import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A question to other gemeenten. Author fields are a snapshot taken when it was asked (the name as
 * shown, the organisation and its gemeente, which decide visibility and who curates it). The
 * counters are kept in step with their tables in the same transaction (the question row is locked
 * first on PostgreSQL), so lists can sort on them without a join.
 */
@Entity('question')
@Index(['status', 'createdAt'])
export class QuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  /** Markdown. */
  @Column({ type: 'text' }) body!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  authorUserId!: string;
  @Column({ type: 'varchar', length: 120 }) authorName!: string;
  @Column({ type: 'varchar', length: 64 }) authorOrganisationCode!: string;
  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  authorMunicipalityCode!: string | null;
  /** The audience scope (VisibilityScope); its regions and gemeenten are in their own tables. */
  @Column({ type: 'varchar', length: 16 }) audienceScope!: string;
  @Column({ type: Date, nullable: true }) deadline!: Date | null;
  /** OPEN | CLOSED. */
  @Column({ type: 'varchar', length: 8 }) status!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) closedReason!: string | null;
  @Column({ type: Date, nullable: true }) closedAt!: Date | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) closedBy!: string | null;
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  duplicateOfId!: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) acceptedAnswerId!: string | null;
  @Column({ type: 'integer', default: 0 }) answerCount!: number;
  @Column({ type: 'integer', default: 0 }) followerCount!: number;
  @Column({ type: 'integer', default: 0 }) meTooCount!: number;
  @Column({ type: Date }) createdAt!: Date;
  @Column({ type: Date }) updatedAt!: Date;
  /** Bumped by edits and status changes (not by follows, me-toos or answers: see the repository). */
  @VersionColumn() version!: number;
}

/** A taakveld (or hoofdstuk) of a question; at least one. */
@Entity('question_policy_domain')
export class QuestionPolicyDomainEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** A free tag of a question, in its canonical form (TagVocabulary). */
@Entity('question_tag')
export class QuestionTagEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 50 })
  tag!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** A region of a question's audience (scope REGIONS). */
@Entity('question_audience_region')
export class QuestionAudienceRegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @PrimaryColumn({ type: 'varchar', length: 64 }) regionId!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** A gemeente of a question's audience (scope MUNICIPALITIES). */
@Entity('question_audience_municipality')
export class QuestionAudienceMunicipalityEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @PrimaryColumn({ type: 'varchar', length: 6 }) municipalityCode!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** The access keys of a question (PolicyService.accessKeysOf + the curating coordinators' keys). */
@Entity('question_access')
export class QuestionAccessEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 80 })
  accessKey!: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/**
 * A gemeente a question is addressed to (the asker's buurgemeenten for NEIGHBOURS, the chosen
 * gemeenten for MUNICIPALITIES), with its reply: PENDING, ANSWERED or DECLINED with a reason.
 */
@Entity('question_addressee')
export class QuestionAddresseeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 6 })
  municipalityCode!: string;
  @Column({ type: 'varchar', length: 12 }) status!: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) reason!: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) respondedBy!: string | null;
  @Column({ type: Date }) updatedAt!: Date;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** An answer to a question; visible to whoever may see its question. */
@Entity('answer')
export class AnswerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  questionId!: string;
  /** Markdown. */
  @Column({ type: 'text' }) body!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  authorUserId!: string;
  @Column({ type: 'varchar', length: 120 }) authorName!: string;
  @Column({ type: 'varchar', length: 64 }) authorOrganisationCode!: string;
  @Column({ type: 'varchar', length: 6, nullable: true }) authorMunicipalityCode!: string | null;
  @Column({ type: 'boolean', default: false }) accepted!: boolean;
  /** "Geldig tot": after this the answer is flagged for re-checking (curation). */
  @Index()
  @Column({ type: Date, nullable: true })
  validUntil!: Date | null;
  @Column({ type: Date }) createdAt!: Date;
  @Column({ type: Date }) updatedAt!: Date;
  @VersionColumn() version!: number;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** A report an answer cites (ids only: reports is another library, reached through ReportLookup). */
@Entity('answer_citation')
export class AnswerCitationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) answerId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36 })
  reportId!: string;
  @Column({ type: 'integer' }) position!: number;

  @ManyToOne(() => AnswerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'answer_id' })
  answer?: AnswerEntity;
}

/** Someone who follows a question (the asker does from the start). */
@Entity('question_follower')
export class QuestionFollowerEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;
  @Column({ type: Date }) createdAt!: Date;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** "Ik wil dit ook weten": someone else who wants the answer too. */
@Entity('question_me_too')
export class QuestionMeTooEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) questionId!: string;
  @Index()
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId!: string;
  @Column({ type: Date }) createdAt!: Date;

  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: QuestionEntity;
}

/** The tables of this library (added to the hub's entity list in apps/api/src/entities.ts). */
export const QUESTIONS_ENTITIES: Function[] = [
  QuestionEntity,
  QuestionPolicyDomainEntity,
  QuestionTagEntity,
  QuestionAudienceRegionEntity,
  QuestionAudienceMunicipalityEntity,
  QuestionAccessEntity,
  QuestionAddresseeEntity,
  AnswerEntity,
  AnswerCitationEntity,
  QuestionFollowerEntity,
  QuestionMeTooEntity,
];
