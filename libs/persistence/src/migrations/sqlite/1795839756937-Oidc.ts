import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Oidc1795839756937 implements MigrationInterface {
  name = 'Oidc1795839756937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oidc_provider_config" ("organisation_code" varchar(64) PRIMARY KEY NOT NULL, "issuer_url" varchar(500) NOT NULL, "client_id" varchar(255) NOT NULL, "client_secret" varchar(500), "scopes" varchar(500) NOT NULL, "enabled" boolean NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE TABLE "oidc_login_state" ("id" varchar(64) PRIMARY KEY NOT NULL, "organisation_code" varchar(64) NOT NULL, "code_verifier" varchar(128) NOT NULL, "nonce" varchar(128) NOT NULL, "redirect_target" varchar(500) NOT NULL, "callback_url" varchar(500) NOT NULL, "browser_binding_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4a8041b0ba0d025a53f24a5c5d" ON "oidc_login_state" ("expires_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_oidc_provider_config" ("organisation_code" varchar(64) PRIMARY KEY NOT NULL, "issuer_url" varchar(500) NOT NULL, "client_id" varchar(255) NOT NULL, "client_secret" varchar(500), "scopes" varchar(500) NOT NULL, "enabled" boolean NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_8c7252cfee77927fb186eb02b4f" FOREIGN KEY ("organisation_code") REFERENCES "organisation" ("code") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_oidc_provider_config"("organisation_code", "issuer_url", "client_id", "client_secret", "scopes", "enabled", "created_at", "updated_at") SELECT "organisation_code", "issuer_url", "client_id", "client_secret", "scopes", "enabled", "created_at", "updated_at" FROM "oidc_provider_config"`,
    );
    await queryRunner.query(`DROP TABLE "oidc_provider_config"`);
    await queryRunner.query(`ALTER TABLE "temporary_oidc_provider_config" RENAME TO "oidc_provider_config"`);
    await queryRunner.query(`DROP INDEX "IDX_4a8041b0ba0d025a53f24a5c5d"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_oidc_login_state" ("id" varchar(64) PRIMARY KEY NOT NULL, "organisation_code" varchar(64) NOT NULL, "code_verifier" varchar(128) NOT NULL, "nonce" varchar(128) NOT NULL, "redirect_target" varchar(500) NOT NULL, "callback_url" varchar(500) NOT NULL, "browser_binding_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_fcec578ba7110fa52ffd49cf5ac" FOREIGN KEY ("organisation_code") REFERENCES "organisation" ("code") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_oidc_login_state"("id", "organisation_code", "code_verifier", "nonce", "redirect_target", "callback_url", "browser_binding_hash", "expires_at", "used_at", "created_at") SELECT "id", "organisation_code", "code_verifier", "nonce", "redirect_target", "callback_url", "browser_binding_hash", "expires_at", "used_at", "created_at" FROM "oidc_login_state"`,
    );
    await queryRunner.query(`DROP TABLE "oidc_login_state"`);
    await queryRunner.query(`ALTER TABLE "temporary_oidc_login_state" RENAME TO "oidc_login_state"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_4a8041b0ba0d025a53f24a5c5d" ON "oidc_login_state" ("expires_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_4a8041b0ba0d025a53f24a5c5d"`);
    await queryRunner.query(`ALTER TABLE "oidc_login_state" RENAME TO "temporary_oidc_login_state"`);
    await queryRunner.query(
      `CREATE TABLE "oidc_login_state" ("id" varchar(64) PRIMARY KEY NOT NULL, "organisation_code" varchar(64) NOT NULL, "code_verifier" varchar(128) NOT NULL, "nonce" varchar(128) NOT NULL, "redirect_target" varchar(500) NOT NULL, "callback_url" varchar(500) NOT NULL, "browser_binding_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "oidc_login_state"("id", "organisation_code", "code_verifier", "nonce", "redirect_target", "callback_url", "browser_binding_hash", "expires_at", "used_at", "created_at") SELECT "id", "organisation_code", "code_verifier", "nonce", "redirect_target", "callback_url", "browser_binding_hash", "expires_at", "used_at", "created_at" FROM "temporary_oidc_login_state"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_oidc_login_state"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_4a8041b0ba0d025a53f24a5c5d" ON "oidc_login_state" ("expires_at") `,
    );
    await queryRunner.query(`ALTER TABLE "oidc_provider_config" RENAME TO "temporary_oidc_provider_config"`);
    await queryRunner.query(
      `CREATE TABLE "oidc_provider_config" ("organisation_code" varchar(64) PRIMARY KEY NOT NULL, "issuer_url" varchar(500) NOT NULL, "client_id" varchar(255) NOT NULL, "client_secret" varchar(500), "scopes" varchar(500) NOT NULL, "enabled" boolean NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "oidc_provider_config"("organisation_code", "issuer_url", "client_id", "client_secret", "scopes", "enabled", "created_at", "updated_at") SELECT "organisation_code", "issuer_url", "client_id", "client_secret", "scopes", "enabled", "created_at", "updated_at" FROM "temporary_oidc_provider_config"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_oidc_provider_config"`);
    await queryRunner.query(`DROP INDEX "IDX_4a8041b0ba0d025a53f24a5c5d"`);
    await queryRunner.query(`DROP TABLE "oidc_login_state"`);
    await queryRunner.query(`DROP TABLE "oidc_provider_config"`);
  }
}
