import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Identity1795837961182 implements MigrationInterface {
  name = 'Identity1795837961182';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation" ("code" character varying(64) NOT NULL, "kind" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "municipality_code" character varying(6), "email_domains" text NOT NULL DEFAULT '', "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_6a3122daf3cb06cb4f1f87ae642" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" character varying(36) NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "function_title" character varying(120), "organisation_code" character varying(64) NOT NULL, "password_hash" character varying(200), "roles" character varying(100) NOT NULL, "coordinator_region_ids" text NOT NULL DEFAULT '', "email_confirmed_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6727ad2673c19592907e8bded2" ON "app_user"  ("organisation_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "family_id" character varying(36) NOT NULL, "secret_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP NOT NULL, "rotated_at" TIMESTAMP, "revoked_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "email_token" ("id" character varying(36) NOT NULL, "purpose" character varying(16) NOT NULL, "secret_hash" character varying(64) NOT NULL, "email" character varying(254) NOT NULL, "payload" text NOT NULL, "created_by" character varying(36), "expires_at" TIMESTAMP NOT NULL, "used_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_7175dbe70853f76bcbcb1285f92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" character varying(36) NOT NULL, "type" character varying(40) NOT NULL, "actor_user_id" character varying(36), "subject_user_id" character varying(36), "subject_email" character varying(254), "client_address" character varying(64), "details" text NOT NULL DEFAULT '{}', "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_706a5b14d1df684054d123efc7" ON "audit_event"  ("created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_6727ad2673c19592907e8bded22" FOREIGN KEY ("organisation_code") REFERENCES "organisation"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6727ad2673c19592907e8bded22"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_706a5b14d1df684054d123efc7"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TABLE "email_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6727ad2673c19592907e8bded2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
