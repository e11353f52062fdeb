import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Expertise1795920629545 implements MigrationInterface {
  name = 'Expertise1795920629545';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "expertise_profile" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "holder_key" varchar(80) NOT NULL, "user_id" varchar(36), "organisation_code" varchar(64), "display_name" varchar(120) NOT NULL, "municipality_code" varchar(6), "bio" text NOT NULL, "availability" varchar(12) NOT NULL, "max_open_questions" integer NOT NULL, "consent_to_recommend" boolean NOT NULL DEFAULT (0), "consent_recorded_at" datetime, "consent_method" varchar(16), "consent_note" varchar(500), "consent_recorded_by" varchar(36), "consent_recorded_by_name" varchar(120), "contact_email" varchar(254), "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "version" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f2da97ea276e39609756813cb5" ON "expertise_profile" ("holder_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8e212be35a03258c268d1499f" ON "expertise_profile" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_598ed1793f6a71215b16cad186" ON "expertise_profile" ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1f2b9aba165a4d65945d1c4ce2" ON "expertise_profile" ("consent_to_recommend") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_policy_domain" ("expertise_profile_id" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "level" varchar(12) NOT NULL, PRIMARY KEY ("expertise_profile_id", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ce6ac0d01944108efe1725828e" ON "expertise_profile_policy_domain" ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_keyword" ("expertise_profile_id" varchar(36) NOT NULL, "keyword" varchar(50) NOT NULL, PRIMARY KEY ("expertise_profile_id", "keyword"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0d1b754fe08cbd53366bfd44f6" ON "expertise_profile_keyword" ("keyword") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_access" ("expertise_profile_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("expertise_profile_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_96cf93cf1441839dfa2f630508" ON "expertise_profile_access" ("access_key") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ce6ac0d01944108efe1725828e"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_expertise_profile_policy_domain" ("expertise_profile_id" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "level" varchar(12) NOT NULL, CONSTRAINT "FK_362c56830f1d71a87838e35f553" FOREIGN KEY ("expertise_profile_id") REFERENCES "expertise_profile" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("expertise_profile_id", "code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_expertise_profile_policy_domain"("expertise_profile_id", "code", "level") SELECT "expertise_profile_id", "code", "level" FROM "expertise_profile_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "expertise_profile_policy_domain"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_expertise_profile_policy_domain" RENAME TO "expertise_profile_policy_domain"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ce6ac0d01944108efe1725828e" ON "expertise_profile_policy_domain" ("code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_0d1b754fe08cbd53366bfd44f6"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_expertise_profile_keyword" ("expertise_profile_id" varchar(36) NOT NULL, "keyword" varchar(50) NOT NULL, CONSTRAINT "FK_152e6cb5b4524ad9324e9a7c7d7" FOREIGN KEY ("expertise_profile_id") REFERENCES "expertise_profile" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("expertise_profile_id", "keyword"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_expertise_profile_keyword"("expertise_profile_id", "keyword") SELECT "expertise_profile_id", "keyword" FROM "expertise_profile_keyword"`,
    );
    await queryRunner.query(`DROP TABLE "expertise_profile_keyword"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_expertise_profile_keyword" RENAME TO "expertise_profile_keyword"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0d1b754fe08cbd53366bfd44f6" ON "expertise_profile_keyword" ("keyword") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_96cf93cf1441839dfa2f630508"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_expertise_profile_access" ("expertise_profile_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, CONSTRAINT "FK_a2c09013578f4f549dc8d197f43" FOREIGN KEY ("expertise_profile_id") REFERENCES "expertise_profile" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("expertise_profile_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_expertise_profile_access"("expertise_profile_id", "access_key") SELECT "expertise_profile_id", "access_key" FROM "expertise_profile_access"`,
    );
    await queryRunner.query(`DROP TABLE "expertise_profile_access"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_expertise_profile_access" RENAME TO "expertise_profile_access"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_96cf93cf1441839dfa2f630508" ON "expertise_profile_access" ("access_key") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_96cf93cf1441839dfa2f630508"`);
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_access" RENAME TO "temporary_expertise_profile_access"`,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_access" ("expertise_profile_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("expertise_profile_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "expertise_profile_access"("expertise_profile_id", "access_key") SELECT "expertise_profile_id", "access_key" FROM "temporary_expertise_profile_access"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_expertise_profile_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_96cf93cf1441839dfa2f630508" ON "expertise_profile_access" ("access_key") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_0d1b754fe08cbd53366bfd44f6"`);
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_keyword" RENAME TO "temporary_expertise_profile_keyword"`,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_keyword" ("expertise_profile_id" varchar(36) NOT NULL, "keyword" varchar(50) NOT NULL, PRIMARY KEY ("expertise_profile_id", "keyword"))`,
    );
    await queryRunner.query(
      `INSERT INTO "expertise_profile_keyword"("expertise_profile_id", "keyword") SELECT "expertise_profile_id", "keyword" FROM "temporary_expertise_profile_keyword"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_expertise_profile_keyword"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_0d1b754fe08cbd53366bfd44f6" ON "expertise_profile_keyword" ("keyword") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ce6ac0d01944108efe1725828e"`);
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_policy_domain" RENAME TO "temporary_expertise_profile_policy_domain"`,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_policy_domain" ("expertise_profile_id" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, "level" varchar(12) NOT NULL, PRIMARY KEY ("expertise_profile_id", "code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "expertise_profile_policy_domain"("expertise_profile_id", "code", "level") SELECT "expertise_profile_id", "code", "level" FROM "temporary_expertise_profile_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_expertise_profile_policy_domain"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ce6ac0d01944108efe1725828e" ON "expertise_profile_policy_domain" ("code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_96cf93cf1441839dfa2f630508"`);
    await queryRunner.query(`DROP TABLE "expertise_profile_access"`);
    await queryRunner.query(`DROP INDEX "IDX_0d1b754fe08cbd53366bfd44f6"`);
    await queryRunner.query(`DROP TABLE "expertise_profile_keyword"`);
    await queryRunner.query(`DROP INDEX "IDX_ce6ac0d01944108efe1725828e"`);
    await queryRunner.query(`DROP TABLE "expertise_profile_policy_domain"`);
    await queryRunner.query(`DROP INDEX "IDX_1f2b9aba165a4d65945d1c4ce2"`);
    await queryRunner.query(`DROP INDEX "IDX_598ed1793f6a71215b16cad186"`);
    await queryRunner.query(`DROP INDEX "IDX_d8e212be35a03258c268d1499f"`);
    await queryRunner.query(`DROP INDEX "IDX_f2da97ea276e39609756813cb5"`);
    await queryRunner.query(`DROP TABLE "expertise_profile"`);
  }
}
