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
import { OidcLoginStateEntity, OidcProviderConfigEntity } from './oidc/oidc.entities';

@Entity('organisation')
export class OrganisationEntity {
  /** A gemeente's CBS code (GM0344); a short slug for other organisations. */
  @PrimaryColumn({ type: 'varchar', length: 64 }) code!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 6, nullable: true }) municipalityCode!: string | null;
  /** Registered email domains (lower case), newline separated. */
  @Column({ type: 'text', default: '' }) emailDomains!: string;
  @CreateDateColumn() createdAt!: Date;
}

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  /** Lower case. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;
  @Column({ type: 'varchar', length: 120 }) displayName!: string;
  @Column({ type: 'varchar', length: 120, nullable: true }) functionTitle!: string | null;
  @Index()
  @Column({ type: 'varchar', length: 64 })
  organisationCode!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) passwordHash!: string | null;
  /** Comma separated roles. */
  @Column({ type: 'varchar', length: 100 }) roles!: string;
  /** Comma separated region ids (for COORDINATOR). */
  @Column({ type: 'text', default: '' }) coordinatorRegionIds!: string;
  @Column({ type: Date, nullable: true }) emailConfirmedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;
  @VersionColumn() version!: number;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_code' })
  organisation?: OrganisationEntity;
}

/** A rotating refresh token; only a hash of its secret is stored. */
@Entity('refresh_token')
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  userId!: string;
  @Index()
  @Column({ type: 'varchar', length: 36 })
  familyId!: string;
  @Column({ type: 'varchar', length: 64 }) secretHash!: string;
  @Column({ type: Date }) expiresAt!: Date;
  @Column({ type: Date, nullable: true }) rotatedAt!: Date | null;
  @Column({ type: Date, nullable: true }) revokedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** A one-time token mailed to someone: an invitation, or the confirmation of a registration. */
@Entity('email_token')
export class EmailTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 16 }) purpose!: string;
  @Column({ type: 'varchar', length: 64 }) secretHash!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  /** For an invitation: the account to create, as JSON. For a confirmation: the user id. */
  @Column({ type: 'text' }) payload!: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) createdBy!: string | null;
  @Column({ type: Date }) expiresAt!: Date;
  @Column({ type: Date, nullable: true }) usedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;
}

@Entity('audit_event')
@Index(['createdAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @Column({ type: 'varchar', length: 36, nullable: true }) actorUserId!: string | null;
  @Column({ type: 'varchar', length: 36, nullable: true }) subjectUserId!: string | null;
  @Column({ type: 'varchar', length: 254, nullable: true }) subjectEmail!: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) clientAddress!: string | null;
  @Column({ type: 'text', default: '{}' }) details!: string;
  @CreateDateColumn() createdAt!: Date;
}

export const IDENTITY_ENTITIES = [
  OrganisationEntity,
  UserEntity,
  RefreshTokenEntity,
  EmailTokenEntity,
  AuditEventEntity,
  OidcProviderConfigEntity,
  OidcLoginStateEntity,
];
