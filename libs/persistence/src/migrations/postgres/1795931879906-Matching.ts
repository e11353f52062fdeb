import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Matching1795931879906 implements MigrationInterface {
  name = 'Matching1795931879906';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_routing" ("id" character varying(36) NOT NULL, "question_id" character varying(36) NOT NULL, "expertise_profile_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "status" character varying(12) NOT NULL, "round" integer NOT NULL, "score" real NOT NULL, "reasons" text NOT NULL, "policy_domain_codes" text NOT NULL, "routed_at" TIMESTAMP NOT NULL, "responded_at" TIMESTAMP, "decline_reason" character varying(24), "decline_note" character varying(500), "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_455da006a24a07faa1ca1cdd90e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b7e6b74e7579c2bce4817b3038" ON "matching_routing"  ("status", "routed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a5576b0b79a3942596bcdaca4f" ON "matching_routing"  ("expertise_profile_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2d9d6fb94d6efbe84a563536d0" ON "matching_routing"  ("user_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_677e89d8fab106d8a7f48ef132" ON "matching_routing"  ("question_id", "expertise_profile_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_escalation" ("id" character varying(36) NOT NULL, "question_id" character varying(36) NOT NULL, "municipality_code" character varying(6), "round" integer NOT NULL, "routed_to" integer NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_46fc6e77be4fd3ae9098b85ba56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4ff3681ffd7607772c3aa3fec5" ON "matching_escalation"  ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_2cb19ca20a40db6736b0ecdf60" ON "matching_escalation"  ("question_id", "round") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2cb19ca20a40db6736b0ecdf60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ff3681ffd7607772c3aa3fec5"`);
    await queryRunner.query(`DROP TABLE "matching_escalation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_677e89d8fab106d8a7f48ef132"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d9d6fb94d6efbe84a563536d0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a5576b0b79a3942596bcdaca4f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b7e6b74e7579c2bce4817b3038"`);
    await queryRunner.query(`DROP TABLE "matching_routing"`);
  }
}
