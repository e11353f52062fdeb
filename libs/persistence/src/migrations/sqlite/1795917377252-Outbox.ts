import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Outbox1795917377252 implements MigrationInterface {
  name = 'Outbox1795917377252';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type" varchar(64) NOT NULL, "aggregate_type" varchar(32) NOT NULL, "aggregate_id" varchar(36) NOT NULL, "payload" text NOT NULL DEFAULT ('{}'), "occurred_at" datetime NOT NULL, "available_at" datetime NOT NULL, "processed_at" datetime, "attempts" integer NOT NULL DEFAULT (0), "last_error" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_366877a91c4729c155360aa675" ON "outbox_event" ("processed_at", "id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_366877a91c4729c155360aa675"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
  }
}
