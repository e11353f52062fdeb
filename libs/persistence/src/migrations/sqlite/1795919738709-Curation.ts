import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Curation1795919738709 implements MigrationInterface {
  name = 'Curation1795919738709';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tag_synonym" ("synonym" varchar(50) PRIMARY KEY NOT NULL, "canonical" varchar(50) NOT NULL, "created_by" varchar(36) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bf65ab1c26b82c247363ea4b9" ON "tag_synonym" ("canonical") `);
    await queryRunner.query(
      `CREATE TABLE "dossier" ("id" varchar(36) PRIMARY KEY NOT NULL, "title" varchar(200) NOT NULL, "introduction" text NOT NULL DEFAULT (''), "scope" varchar(16) NOT NULL, "audience_region_ids" text NOT NULL DEFAULT ('[]'), "audience_municipality_codes" text NOT NULL DEFAULT ('[]'), "created_by" varchar(36) NOT NULL, "created_by_organisation_code" varchar(64) NOT NULL, "created_by_municipality_code" varchar(6), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier_item" ("dossier_id" varchar(36) NOT NULL, "position" integer NOT NULL, "item_type" varchar(24) NOT NULL, "item_id" varchar(36) NOT NULL, "note" varchar(500), PRIMARY KEY ("dossier_id", "position"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_78d6e4e2ec5b162ef706e350f3" ON "dossier_item" ("item_id") `);
    await queryRunner.query(
      `CREATE TABLE "dossier_access" ("dossier_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("dossier_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_18d8018469c26fbcd33aade462" ON "dossier_access" ("access_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "featured_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "region_id" varchar(64) NOT NULL, "item_type" varchar(24) NOT NULL, "item_id" varchar(36) NOT NULL, "pinned" boolean NOT NULL DEFAULT (0), "featured_by" varchar(36) NOT NULL, "featured_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ecb92782faa5ad348e95c13f2b" ON "featured_item" ("region_id", "item_type", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_flag" ("id" varchar(36) PRIMARY KEY NOT NULL, "item_type" varchar(24) NOT NULL, "item_id" varchar(36) NOT NULL, "reason" varchar(24) NOT NULL, "comment" varchar(1000) NOT NULL DEFAULT (''), "created_by" varchar(36) NOT NULL, "municipality_code" varchar(6), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "resolved_at" datetime, "resolved_by" varchar(36), "resolution" varchar(1000))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_45baa8d42237e75f6da64bf2df" ON "content_flag" ("item_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_a28edefb3e75ff77f77dfff3a0" ON "content_flag" ("resolved_at", "created_at") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_78d6e4e2ec5b162ef706e350f3"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_dossier_item" ("dossier_id" varchar(36) NOT NULL, "position" integer NOT NULL, "item_type" varchar(24) NOT NULL, "item_id" varchar(36) NOT NULL, "note" varchar(500), CONSTRAINT "FK_476d4bc98a4cb5ef5ef8cf54f02" FOREIGN KEY ("dossier_id") REFERENCES "dossier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("dossier_id", "position"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dossier_item"("dossier_id", "position", "item_type", "item_id", "note") SELECT "dossier_id", "position", "item_type", "item_id", "note" FROM "dossier_item"`,
    );
    await queryRunner.query(`DROP TABLE "dossier_item"`);
    await queryRunner.query(`ALTER TABLE "temporary_dossier_item" RENAME TO "dossier_item"`);
    await queryRunner.query(`CREATE INDEX "IDX_78d6e4e2ec5b162ef706e350f3" ON "dossier_item" ("item_id") `);
    await queryRunner.query(`DROP INDEX "IDX_18d8018469c26fbcd33aade462"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_dossier_access" ("dossier_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, CONSTRAINT "FK_a715240e61e256c8b6998844811" FOREIGN KEY ("dossier_id") REFERENCES "dossier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("dossier_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dossier_access"("dossier_id", "access_key") SELECT "dossier_id", "access_key" FROM "dossier_access"`,
    );
    await queryRunner.query(`DROP TABLE "dossier_access"`);
    await queryRunner.query(`ALTER TABLE "temporary_dossier_access" RENAME TO "dossier_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_18d8018469c26fbcd33aade462" ON "dossier_access" ("access_key") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_18d8018469c26fbcd33aade462"`);
    await queryRunner.query(`ALTER TABLE "dossier_access" RENAME TO "temporary_dossier_access"`);
    await queryRunner.query(
      `CREATE TABLE "dossier_access" ("dossier_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("dossier_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "dossier_access"("dossier_id", "access_key") SELECT "dossier_id", "access_key" FROM "temporary_dossier_access"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dossier_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_18d8018469c26fbcd33aade462" ON "dossier_access" ("access_key") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_78d6e4e2ec5b162ef706e350f3"`);
    await queryRunner.query(`ALTER TABLE "dossier_item" RENAME TO "temporary_dossier_item"`);
    await queryRunner.query(
      `CREATE TABLE "dossier_item" ("dossier_id" varchar(36) NOT NULL, "position" integer NOT NULL, "item_type" varchar(24) NOT NULL, "item_id" varchar(36) NOT NULL, "note" varchar(500), PRIMARY KEY ("dossier_id", "position"))`,
    );
    await queryRunner.query(
      `INSERT INTO "dossier_item"("dossier_id", "position", "item_type", "item_id", "note") SELECT "dossier_id", "position", "item_type", "item_id", "note" FROM "temporary_dossier_item"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dossier_item"`);
    await queryRunner.query(`CREATE INDEX "IDX_78d6e4e2ec5b162ef706e350f3" ON "dossier_item" ("item_id") `);
    await queryRunner.query(`DROP INDEX "IDX_a28edefb3e75ff77f77dfff3a0"`);
    await queryRunner.query(`DROP INDEX "IDX_45baa8d42237e75f6da64bf2df"`);
    await queryRunner.query(`DROP TABLE "content_flag"`);
    await queryRunner.query(`DROP INDEX "IDX_ecb92782faa5ad348e95c13f2b"`);
    await queryRunner.query(`DROP TABLE "featured_item"`);
    await queryRunner.query(`DROP INDEX "IDX_18d8018469c26fbcd33aade462"`);
    await queryRunner.query(`DROP TABLE "dossier_access"`);
    await queryRunner.query(`DROP INDEX "IDX_78d6e4e2ec5b162ef706e350f3"`);
    await queryRunner.query(`DROP TABLE "dossier_item"`);
    await queryRunner.query(`DROP TABLE "dossier"`);
    await queryRunner.query(`DROP INDEX "IDX_6bf65ab1c26b82c247363ea4b9"`);
    await queryRunner.query(`DROP TABLE "tag_synonym"`);
  }
}
