import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
// Type only: the relations name their target by class name, so this file does not import
// identity.entities at run time (which lists these entities: no import cycle).
import type { OrganisationEntity } from '../identity.entities';

/** An organisation's OpenID provider (e.g. the gemeente's Microsoft Entra ID tenant and app registration). */
@Entity('oidc_provider_config')
export class OidcProviderConfigEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) organisationCode!: string;
  /** The issuer identifier; discovery reads `<issuer>/.well-known/openid-configuration`. */
  @Column({ type: 'varchar', length: 500 }) issuerUrl!: string;
  @Column({ type: 'varchar', length: 255 }) clientId!: string;
  /** Null for a public client (PKCE only). */
  @Column({ type: 'varchar', length: 500, nullable: true }) clientSecret!: string | null;
  /** Space separated, always including `openid`. */
  @Column({ type: 'varchar', length: 500 }) scopes!: string;
  @Column({ type: 'boolean' }) enabled!: boolean;
  @CreateDateColumn() createdAt!: Date;
  @UpdateDateColumn() updatedAt!: Date;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_code' })
  organisation?: OrganisationEntity;
}

/**
 * A login that was started and not yet finished: kept in the database so that any API instance
 * can finish a login another one started. The primary key is the `state` parameter; a row can be
 * used once (`usedAt`).
 */
@Entity('oidc_login_state')
export class OidcLoginStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ type: 'varchar', length: 64 }) organisationCode!: string;
  /** PKCE (S256) code verifier, sent to the token endpoint only. */
  @Column({ type: 'varchar', length: 128 }) codeVerifier!: string;
  @Column({ type: 'varchar', length: 128 }) nonce!: string;
  /** Where the web app wants to go after login: a path on the hub, e.g. /vragen. */
  @Column({ type: 'varchar', length: 500 }) redirectTarget!: string;
  /** The redirect_uri of the authorization request (the token request repeats it). */
  @Column({ type: 'varchar', length: 500 }) callbackUrl!: string;
  /** SHA-256 of the secret in the browser's cookie: the callback must come from the browser that started. */
  @Column({ type: 'varchar', length: 64 }) browserBindingHash!: string;
  @Index()
  @Column({ type: Date })
  expiresAt!: Date;
  @Column({ type: Date, nullable: true }) usedAt!: Date | null;
  @CreateDateColumn() createdAt!: Date;

  @ManyToOne('OrganisationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_code' })
  organisation?: OrganisationEntity;
}
