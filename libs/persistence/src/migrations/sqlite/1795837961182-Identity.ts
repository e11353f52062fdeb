import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Identity1795837961182 implements MigrationInterface {
  name = 'Identity1795837961182';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation" ("code" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "name" varchar(200) NOT NULL, "municipality_code" varchar(6), "email_domains" text NOT NULL DEFAULT (''), "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL, "function_title" varchar(120), "organisation_code" varchar(64) NOT NULL, "password_hash" varchar(200), "roles" varchar(100) NOT NULL, "coordinator_region_ids" text NOT NULL DEFAULT (''), "email_confirmed_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6727ad2673c19592907e8bded2" ON "app_user" ("organisation_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "family_id" varchar(36) NOT NULL, "secret_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "rotated_at" datetime, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "email_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "purpose" varchar(16) NOT NULL, "secret_hash" varchar(64) NOT NULL, "email" varchar(254) NOT NULL, "payload" text NOT NULL, "created_by" varchar(36), "expires_at" datetime NOT NULL, "used_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "type" varchar(40) NOT NULL, "actor_user_id" varchar(36), "subject_user_id" varchar(36), "subject_email" varchar(254), "client_address" varchar(64), "details" text NOT NULL DEFAULT ('{}'), "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_706a5b14d1df684054d123efc7" ON "audit_event" ("created_at") `);
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP INDEX "IDX_6727ad2673c19592907e8bded2"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL, "function_title" varchar(120), "organisation_code" varchar(64) NOT NULL, "password_hash" varchar(200), "roles" varchar(100) NOT NULL, "coordinator_region_ids" text NOT NULL DEFAULT (''), "email_confirmed_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, CONSTRAINT "FK_6727ad2673c19592907e8bded22" FOREIGN KEY ("organisation_code") REFERENCES "organisation" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_app_user"("id", "email", "display_name", "function_title", "organisation_code", "password_hash", "roles", "coordinator_region_ids", "email_confirmed_at", "created_at", "updated_at", "version") SELECT "id", "email", "display_name", "function_title", "organisation_code", "password_hash", "roles", "coordinator_region_ids", "email_confirmed_at", "created_at", "updated_at", "version" FROM "app_user"`,
    );
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`ALTER TABLE "temporary_app_user" RENAME TO "app_user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_6727ad2673c19592907e8bded2" ON "app_user" ("organisation_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP INDEX "IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "family_id" varchar(36) NOT NULL, "secret_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "rotated_at" datetime, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_refresh_token"("id", "user_id", "family_id", "secret_hash", "expires_at", "rotated_at", "revoked_at", "created_at") SELECT "id", "user_id", "family_id", "secret_hash", "expires_at", "rotated_at", "revoked_at", "created_at" FROM "refresh_token"`,
    );
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`ALTER TABLE "temporary_refresh_token" RENAME TO "refresh_token"`);
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" RENAME TO "temporary_refresh_token"`);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" varchar(36) PRIMARY KEY NOT NULL, "user_id" varchar(36) NOT NULL, "family_id" varchar(36) NOT NULL, "secret_hash" varchar(64) NOT NULL, "expires_at" datetime NOT NULL, "rotated_at" datetime, "revoked_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "refresh_token"("id", "user_id", "family_id", "secret_hash", "expires_at", "rotated_at", "revoked_at", "created_at") SELECT "id", "user_id", "family_id", "secret_hash", "expires_at", "rotated_at", "revoked_at", "created_at" FROM "temporary_refresh_token"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_refresh_token"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token" ("family_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token" ("user_id") `);
    await queryRunner.query(`DROP INDEX "IDX_6727ad2673c19592907e8bded2"`);
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`ALTER TABLE "app_user" RENAME TO "temporary_app_user"`);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "email" varchar(254) NOT NULL, "display_name" varchar(120) NOT NULL, "function_title" varchar(120), "organisation_code" varchar(64) NOT NULL, "password_hash" varchar(200), "roles" varchar(100) NOT NULL, "coordinator_region_ids" text NOT NULL DEFAULT (''), "email_confirmed_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "app_user"("id", "email", "display_name", "function_title", "organisation_code", "password_hash", "roles", "coordinator_region_ids", "email_confirmed_at", "created_at", "updated_at", "version") SELECT "id", "email", "display_name", "function_title", "organisation_code", "password_hash", "roles", "coordinator_region_ids", "email_confirmed_at", "created_at", "updated_at", "version" FROM "temporary_app_user"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_app_user"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_6727ad2673c19592907e8bded2" ON "app_user" ("organisation_code") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3fa909d0e37c531ebc23770339" ON "app_user" ("email") `);
    await queryRunner.query(`DROP INDEX "IDX_706a5b14d1df684054d123efc7"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TABLE "email_token"`);
    await queryRunner.query(`DROP INDEX "IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "IDX_6727ad2673c19592907e8bded2"`);
    await queryRunner.query(`DROP INDEX "IDX_3fa909d0e37c531ebc23770339"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
