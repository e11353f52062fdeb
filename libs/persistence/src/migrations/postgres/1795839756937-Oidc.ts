import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Oidc1795839756937 implements MigrationInterface {
  name = 'Oidc1795839756937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "oidc_provider_config" ("organisation_code" character varying(64) NOT NULL, "issuer_url" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret" character varying(500), "scopes" character varying(500) NOT NULL, "enabled" boolean NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_8c7252cfee77927fb186eb02b4f" PRIMARY KEY ("organisation_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "oidc_login_state" ("id" character varying(64) NOT NULL, "organisation_code" character varying(64) NOT NULL, "code_verifier" character varying(128) NOT NULL, "nonce" character varying(128) NOT NULL, "redirect_target" character varying(500) NOT NULL, "callback_url" character varying(500) NOT NULL, "browser_binding_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP NOT NULL, "used_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_702fd22fedd8457c68b004c1e75" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4a8041b0ba0d025a53f24a5c5d" ON "oidc_login_state"  ("expires_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_provider_config" ADD CONSTRAINT "FK_8c7252cfee77927fb186eb02b4f" FOREIGN KEY ("organisation_code") REFERENCES "organisation"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_login_state" ADD CONSTRAINT "FK_fcec578ba7110fa52ffd49cf5ac" FOREIGN KEY ("organisation_code") REFERENCES "organisation"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "oidc_login_state" DROP CONSTRAINT "FK_fcec578ba7110fa52ffd49cf5ac"`,
    );
    await queryRunner.query(
      `ALTER TABLE "oidc_provider_config" DROP CONSTRAINT "FK_8c7252cfee77927fb186eb02b4f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_4a8041b0ba0d025a53f24a5c5d"`);
    await queryRunner.query(`DROP TABLE "oidc_login_state"`);
    await queryRunner.query(`DROP TABLE "oidc_provider_config"`);
  }
}
