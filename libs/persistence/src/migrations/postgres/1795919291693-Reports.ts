import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Reports1795919291693 implements MigrationInterface {
  name = 'Reports1795919291693';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report" ("id" character varying(36) NOT NULL, "title" character varying(300) NOT NULL, "summary" text NOT NULL, "publisher_organisation_code" character varying(64) NOT NULL, "authors" text NOT NULL DEFAULT '[]', "publication_date" date NOT NULL, "publication_year" integer NOT NULL, "type" character varying(16) NOT NULL, "link" character varying(2000), "scope" character varying(16) NOT NULL, "audience_region_ids" text NOT NULL DEFAULT '[]', "audience_municipality_codes" text NOT NULL DEFAULT '[]', "valid_until" date, "submitted_by" character varying(36) NOT NULL, "submitted_by_name" character varying(120) NOT NULL, "submitter_organisation_code" character varying(64) NOT NULL, "submitter_municipality_code" character varying(6), "status" character varying(16) NOT NULL, "rejection_reason" text, "submitted_at" TIMESTAMP NOT NULL, "published_at" TIMESTAMP, "published_by" character varying(36), "archived_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_99e4d0bea58cba73c57f935a546" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bc24e8508c6cfa27437ca88b58" ON "report"  ("publisher_organisation_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_205333ea8e33558ee365d5b3ed" ON "report"  ("publication_year") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_616510db39dfd1a3f7c2fb7cc7" ON "report"  ("submitter_municipality_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_119dddc43bed39d7ff9fb61d02" ON "report"  ("status", "published_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_policy_domain" ("report_id" character varying(36) NOT NULL, "policy_domain_code" character varying(16) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_017f45a214ed78efe9033166749" PRIMARY KEY ("report_id", "policy_domain_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3b9c853e7f9c77beabe5597597" ON "report_policy_domain"  ("policy_domain_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_tag" ("report_id" character varying(36) NOT NULL, "tag" character varying(50) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_161aae7102c489bc7c740d881f1" PRIMARY KEY ("report_id", "tag"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7b8641326636d98b0fbcee5629" ON "report_tag"  ("tag") `);
    await queryRunner.query(
      `CREATE TABLE "report_access" ("report_id" character varying(36) NOT NULL, "access_key" character varying(80) NOT NULL, CONSTRAINT "PK_86dd3b37bda9e3b7baff3a07fc5" PRIMARY KEY ("report_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e96a677983a5dca1d6324b813b" ON "report_access"  ("access_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_file" ("id" character varying(36) NOT NULL, "report_id" character varying(36) NOT NULL, "storage_key" character varying(200) NOT NULL, "file_name" character varying(200) NOT NULL, "media_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "text_status" character varying(16) NOT NULL, "page_count" integer, "text_excerpt" text NOT NULL DEFAULT '', "text" text NOT NULL DEFAULT '', "uploaded_by" character varying(36) NOT NULL, "uploaded_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_1ee07d7eee68a3ea0a9a73e1454" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_81c2f33b45737d28490c631457" ON "report_file"  ("report_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "report_policy_domain" ADD CONSTRAINT "FK_79aa6215d43b44e19278a1b1473" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_tag" ADD CONSTRAINT "FK_24d7fc3582ddb07808b2ca4db59" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_access" ADD CONSTRAINT "FK_b816450c65c6d0844fa7bfee383" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_file" ADD CONSTRAINT "FK_81c2f33b45737d28490c6314573" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_file" DROP CONSTRAINT "FK_81c2f33b45737d28490c6314573"`);
    await queryRunner.query(`ALTER TABLE "report_access" DROP CONSTRAINT "FK_b816450c65c6d0844fa7bfee383"`);
    await queryRunner.query(`ALTER TABLE "report_tag" DROP CONSTRAINT "FK_24d7fc3582ddb07808b2ca4db59"`);
    await queryRunner.query(
      `ALTER TABLE "report_policy_domain" DROP CONSTRAINT "FK_79aa6215d43b44e19278a1b1473"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_81c2f33b45737d28490c631457"`);
    await queryRunner.query(`DROP TABLE "report_file"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e96a677983a5dca1d6324b813b"`);
    await queryRunner.query(`DROP TABLE "report_access"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b8641326636d98b0fbcee5629"`);
    await queryRunner.query(`DROP TABLE "report_tag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3b9c853e7f9c77beabe5597597"`);
    await queryRunner.query(`DROP TABLE "report_policy_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_119dddc43bed39d7ff9fb61d02"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_616510db39dfd1a3f7c2fb7cc7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_205333ea8e33558ee365d5b3ed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc24e8508c6cfa27437ca88b58"`);
    await queryRunner.query(`DROP TABLE "report"`);
  }
}
