import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Reports1795919291693 implements MigrationInterface {
  name = 'Reports1795919291693';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report" ("id" varchar(36) PRIMARY KEY NOT NULL, "title" varchar(300) NOT NULL, "summary" text NOT NULL, "publisher_organisation_code" varchar(64) NOT NULL, "authors" text NOT NULL DEFAULT ('[]'), "publication_date" date NOT NULL, "publication_year" integer NOT NULL, "type" varchar(16) NOT NULL, "link" varchar(2000), "scope" varchar(16) NOT NULL, "audience_region_ids" text NOT NULL DEFAULT ('[]'), "audience_municipality_codes" text NOT NULL DEFAULT ('[]'), "valid_until" date, "submitted_by" varchar(36) NOT NULL, "submitted_by_name" varchar(120) NOT NULL, "submitter_organisation_code" varchar(64) NOT NULL, "submitter_municipality_code" varchar(6), "status" varchar(16) NOT NULL, "rejection_reason" text, "submitted_at" datetime NOT NULL, "published_at" datetime, "published_by" varchar(36), "archived_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bc24e8508c6cfa27437ca88b58" ON "report" ("publisher_organisation_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_205333ea8e33558ee365d5b3ed" ON "report" ("publication_year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_616510db39dfd1a3f7c2fb7cc7" ON "report" ("submitter_municipality_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_119dddc43bed39d7ff9fb61d02" ON "report" ("status", "published_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_policy_domain" ("report_id" varchar(36) NOT NULL, "policy_domain_code" varchar(16) NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("report_id", "policy_domain_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3b9c853e7f9c77beabe5597597" ON "report_policy_domain" ("policy_domain_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_tag" ("report_id" varchar(36) NOT NULL, "tag" varchar(50) NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("report_id", "tag"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7b8641326636d98b0fbcee5629" ON "report_tag" ("tag") `);
    await queryRunner.query(
      `CREATE TABLE "report_access" ("report_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("report_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e96a677983a5dca1d6324b813b" ON "report_access" ("access_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "report_id" varchar(36) NOT NULL, "storage_key" varchar(200) NOT NULL, "file_name" varchar(200) NOT NULL, "media_type" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "text_status" varchar(16) NOT NULL, "page_count" integer, "text_excerpt" text NOT NULL DEFAULT (''), "text" text NOT NULL DEFAULT (''), "uploaded_by" varchar(36) NOT NULL, "uploaded_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_81c2f33b45737d28490c631457" ON "report_file" ("report_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_3b9c853e7f9c77beabe5597597"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_report_policy_domain" ("report_id" varchar(36) NOT NULL, "policy_domain_code" varchar(16) NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_79aa6215d43b44e19278a1b1473" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("report_id", "policy_domain_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_report_policy_domain"("report_id", "policy_domain_code", "position") SELECT "report_id", "policy_domain_code", "position" FROM "report_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "report_policy_domain"`);
    await queryRunner.query(`ALTER TABLE "temporary_report_policy_domain" RENAME TO "report_policy_domain"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_3b9c853e7f9c77beabe5597597" ON "report_policy_domain" ("policy_domain_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7b8641326636d98b0fbcee5629"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_report_tag" ("report_id" varchar(36) NOT NULL, "tag" varchar(50) NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_24d7fc3582ddb07808b2ca4db59" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("report_id", "tag"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_report_tag"("report_id", "tag", "position") SELECT "report_id", "tag", "position" FROM "report_tag"`,
    );
    await queryRunner.query(`DROP TABLE "report_tag"`);
    await queryRunner.query(`ALTER TABLE "temporary_report_tag" RENAME TO "report_tag"`);
    await queryRunner.query(`CREATE INDEX "IDX_7b8641326636d98b0fbcee5629" ON "report_tag" ("tag") `);
    await queryRunner.query(`DROP INDEX "IDX_e96a677983a5dca1d6324b813b"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_report_access" ("report_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, CONSTRAINT "FK_b816450c65c6d0844fa7bfee383" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("report_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_report_access"("report_id", "access_key") SELECT "report_id", "access_key" FROM "report_access"`,
    );
    await queryRunner.query(`DROP TABLE "report_access"`);
    await queryRunner.query(`ALTER TABLE "temporary_report_access" RENAME TO "report_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e96a677983a5dca1d6324b813b" ON "report_access" ("access_key") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_81c2f33b45737d28490c631457"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_report_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "report_id" varchar(36) NOT NULL, "storage_key" varchar(200) NOT NULL, "file_name" varchar(200) NOT NULL, "media_type" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "text_status" varchar(16) NOT NULL, "page_count" integer, "text_excerpt" text NOT NULL DEFAULT (''), "text" text NOT NULL DEFAULT (''), "uploaded_by" varchar(36) NOT NULL, "uploaded_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_81c2f33b45737d28490c6314573" FOREIGN KEY ("report_id") REFERENCES "report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_report_file"("id", "report_id", "storage_key", "file_name", "media_type", "size", "sha256", "text_status", "page_count", "text_excerpt", "text", "uploaded_by", "uploaded_at") SELECT "id", "report_id", "storage_key", "file_name", "media_type", "size", "sha256", "text_status", "page_count", "text_excerpt", "text", "uploaded_by", "uploaded_at" FROM "report_file"`,
    );
    await queryRunner.query(`DROP TABLE "report_file"`);
    await queryRunner.query(`ALTER TABLE "temporary_report_file" RENAME TO "report_file"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_81c2f33b45737d28490c631457" ON "report_file" ("report_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_81c2f33b45737d28490c631457"`);
    await queryRunner.query(`ALTER TABLE "report_file" RENAME TO "temporary_report_file"`);
    await queryRunner.query(
      `CREATE TABLE "report_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "report_id" varchar(36) NOT NULL, "storage_key" varchar(200) NOT NULL, "file_name" varchar(200) NOT NULL, "media_type" varchar(100) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL, "text_status" varchar(16) NOT NULL, "page_count" integer, "text_excerpt" text NOT NULL DEFAULT (''), "text" text NOT NULL DEFAULT (''), "uploaded_by" varchar(36) NOT NULL, "uploaded_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "report_file"("id", "report_id", "storage_key", "file_name", "media_type", "size", "sha256", "text_status", "page_count", "text_excerpt", "text", "uploaded_by", "uploaded_at") SELECT "id", "report_id", "storage_key", "file_name", "media_type", "size", "sha256", "text_status", "page_count", "text_excerpt", "text", "uploaded_by", "uploaded_at" FROM "temporary_report_file"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_report_file"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_81c2f33b45737d28490c631457" ON "report_file" ("report_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_e96a677983a5dca1d6324b813b"`);
    await queryRunner.query(`ALTER TABLE "report_access" RENAME TO "temporary_report_access"`);
    await queryRunner.query(
      `CREATE TABLE "report_access" ("report_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("report_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "report_access"("report_id", "access_key") SELECT "report_id", "access_key" FROM "temporary_report_access"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_report_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e96a677983a5dca1d6324b813b" ON "report_access" ("access_key") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7b8641326636d98b0fbcee5629"`);
    await queryRunner.query(`ALTER TABLE "report_tag" RENAME TO "temporary_report_tag"`);
    await queryRunner.query(
      `CREATE TABLE "report_tag" ("report_id" varchar(36) NOT NULL, "tag" varchar(50) NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("report_id", "tag"))`,
    );
    await queryRunner.query(
      `INSERT INTO "report_tag"("report_id", "tag", "position") SELECT "report_id", "tag", "position" FROM "temporary_report_tag"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_report_tag"`);
    await queryRunner.query(`CREATE INDEX "IDX_7b8641326636d98b0fbcee5629" ON "report_tag" ("tag") `);
    await queryRunner.query(`DROP INDEX "IDX_3b9c853e7f9c77beabe5597597"`);
    await queryRunner.query(`ALTER TABLE "report_policy_domain" RENAME TO "temporary_report_policy_domain"`);
    await queryRunner.query(
      `CREATE TABLE "report_policy_domain" ("report_id" varchar(36) NOT NULL, "policy_domain_code" varchar(16) NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("report_id", "policy_domain_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "report_policy_domain"("report_id", "policy_domain_code", "position") SELECT "report_id", "policy_domain_code", "position" FROM "temporary_report_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_report_policy_domain"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_3b9c853e7f9c77beabe5597597" ON "report_policy_domain" ("policy_domain_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_81c2f33b45737d28490c631457"`);
    await queryRunner.query(`DROP TABLE "report_file"`);
    await queryRunner.query(`DROP INDEX "IDX_e96a677983a5dca1d6324b813b"`);
    await queryRunner.query(`DROP TABLE "report_access"`);
    await queryRunner.query(`DROP INDEX "IDX_7b8641326636d98b0fbcee5629"`);
    await queryRunner.query(`DROP TABLE "report_tag"`);
    await queryRunner.query(`DROP INDEX "IDX_3b9c853e7f9c77beabe5597597"`);
    await queryRunner.query(`DROP TABLE "report_policy_domain"`);
    await queryRunner.query(`DROP INDEX "IDX_119dddc43bed39d7ff9fb61d02"`);
    await queryRunner.query(`DROP INDEX "IDX_616510db39dfd1a3f7c2fb7cc7"`);
    await queryRunner.query(`DROP INDEX "IDX_205333ea8e33558ee365d5b3ed"`);
    await queryRunner.query(`DROP INDEX "IDX_bc24e8508c6cfa27437ca88b58"`);
    await queryRunner.query(`DROP TABLE "report"`);
  }
}
