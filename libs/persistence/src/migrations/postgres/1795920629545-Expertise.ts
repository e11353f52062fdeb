import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Expertise1795920629545 implements MigrationInterface {
  name = 'Expertise1795920629545';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "expertise_profile" ("id" character varying(36) NOT NULL, "kind" character varying(16) NOT NULL, "holder_key" character varying(80) NOT NULL, "user_id" character varying(36), "organisation_code" character varying(64), "display_name" character varying(120) NOT NULL, "municipality_code" character varying(6), "bio" text NOT NULL, "availability" character varying(12) NOT NULL, "max_open_questions" integer NOT NULL, "consent_to_recommend" boolean NOT NULL DEFAULT false, "consent_recorded_at" TIMESTAMP, "consent_method" character varying(16), "consent_note" character varying(500), "consent_recorded_by" character varying(36), "consent_recorded_by_name" character varying(120), "contact_email" character varying(254), "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_8120403089fb25d5c0c48f73e4d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_f2da97ea276e39609756813cb5" ON "expertise_profile"  ("holder_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8e212be35a03258c268d1499f" ON "expertise_profile"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_598ed1793f6a71215b16cad186" ON "expertise_profile"  ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1f2b9aba165a4d65945d1c4ce2" ON "expertise_profile"  ("consent_to_recommend") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_policy_domain" ("expertise_profile_id" character varying(36) NOT NULL, "code" character varying(16) NOT NULL, "level" character varying(12) NOT NULL, CONSTRAINT "PK_89e8b330f6a7f7ca3c9227c27a7" PRIMARY KEY ("expertise_profile_id", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ce6ac0d01944108efe1725828e" ON "expertise_profile_policy_domain"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_keyword" ("expertise_profile_id" character varying(36) NOT NULL, "keyword" character varying(50) NOT NULL, CONSTRAINT "PK_01e6a1e62599f7b2a6b754e44ba" PRIMARY KEY ("expertise_profile_id", "keyword"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0d1b754fe08cbd53366bfd44f6" ON "expertise_profile_keyword"  ("keyword") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expertise_profile_access" ("expertise_profile_id" character varying(36) NOT NULL, "access_key" character varying(80) NOT NULL, CONSTRAINT "PK_50d115aae3ec6e9e13665aa1870" PRIMARY KEY ("expertise_profile_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_96cf93cf1441839dfa2f630508" ON "expertise_profile_access"  ("access_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_policy_domain" ADD CONSTRAINT "FK_362c56830f1d71a87838e35f553" FOREIGN KEY ("expertise_profile_id") REFERENCES "expertise_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_keyword" ADD CONSTRAINT "FK_152e6cb5b4524ad9324e9a7c7d7" FOREIGN KEY ("expertise_profile_id") REFERENCES "expertise_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_access" ADD CONSTRAINT "FK_a2c09013578f4f549dc8d197f43" FOREIGN KEY ("expertise_profile_id") REFERENCES "expertise_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_access" DROP CONSTRAINT "FK_a2c09013578f4f549dc8d197f43"`,
    );
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_keyword" DROP CONSTRAINT "FK_152e6cb5b4524ad9324e9a7c7d7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "expertise_profile_policy_domain" DROP CONSTRAINT "FK_362c56830f1d71a87838e35f553"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_96cf93cf1441839dfa2f630508"`);
    await queryRunner.query(`DROP TABLE "expertise_profile_access"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d1b754fe08cbd53366bfd44f6"`);
    await queryRunner.query(`DROP TABLE "expertise_profile_keyword"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce6ac0d01944108efe1725828e"`);
    await queryRunner.query(`DROP TABLE "expertise_profile_policy_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1f2b9aba165a4d65945d1c4ce2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_598ed1793f6a71215b16cad186"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8e212be35a03258c268d1499f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2da97ea276e39609756813cb5"`);
    await queryRunner.query(`DROP TABLE "expertise_profile"`);
  }
}
