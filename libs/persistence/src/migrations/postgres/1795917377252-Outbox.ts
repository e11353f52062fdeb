import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Outbox1795917377252 implements MigrationInterface {
  name = 'Outbox1795917377252';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" SERIAL NOT NULL, "type" character varying(64) NOT NULL, "aggregate_type" character varying(32) NOT NULL, "aggregate_id" character varying(36) NOT NULL, "payload" text NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP NOT NULL, "available_at" TIMESTAMP NOT NULL, "processed_at" TIMESTAMP, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_366877a91c4729c155360aa675" ON "outbox_event"  ("processed_at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_366877a91c4729c155360aa675"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
