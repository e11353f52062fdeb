import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Directory1795836089321 implements MigrationInterface {
  name = 'Directory1795836089321';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipality" ("code" varchar(6) PRIMARY KEY NOT NULL, "name" varchar(120) NOT NULL, "province" varchar(60) NOT NULL, "province_code" varchar(4) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "municipality_neighbour" ("municipality_code" varchar(6) NOT NULL, "neighbour_code" varchar(6) NOT NULL, "shared_border_m" integer, PRIMARY KEY ("municipality_code", "neighbour_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ec96560cda3ffe8d34500bddf7" ON "municipality_neighbour" ("neighbour_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("id" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "name" varchar(200) NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ec3e94163d36f492f0d99e9b7c" ON "region" ("kind", "name") `);
    await queryRunner.query(
      `CREATE TABLE "region_member" ("region_id" varchar(64) NOT NULL, "municipality_code" varchar(6) NOT NULL, PRIMARY KEY ("region_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6afc61d74abc51e8a6a264b0d3" ON "region_member" ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_domain" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "parent_code" varchar(12), "level" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "former_names" text NOT NULL DEFAULT (''), "position" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7c29967a01569978996d66936c" ON "policy_domain" ("parent_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_domain_successor" ("code" varchar(12) NOT NULL, "successor_code" varchar(12) NOT NULL, PRIMARY KEY ("code", "successor_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e58e3fe901c1416415a258bc71" ON "policy_domain_successor" ("successor_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tooi_theme" ("code" varchar(16) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "parent_code" varchar(16), "level" integer NOT NULL, "uri" varchar(200) NOT NULL, "position" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6598edf8eaa99747093633d25b" ON "tooi_theme" ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "reference_data_import" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "checksum" varchar(64) NOT NULL, "summary" text NOT NULL, "imported_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`DROP INDEX "IDX_ec96560cda3ffe8d34500bddf7"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_municipality_neighbour" ("municipality_code" varchar(6) NOT NULL, "neighbour_code" varchar(6) NOT NULL, "shared_border_m" integer, CONSTRAINT "FK_e5deaec775aecc3381f8529dd09" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ec96560cda3ffe8d34500bddf77" FOREIGN KEY ("neighbour_code") REFERENCES "municipality" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("municipality_code", "neighbour_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_municipality_neighbour"("municipality_code", "neighbour_code", "shared_border_m") SELECT "municipality_code", "neighbour_code", "shared_border_m" FROM "municipality_neighbour"`,
    );
    await queryRunner.query(`DROP TABLE "municipality_neighbour"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_municipality_neighbour" RENAME TO "municipality_neighbour"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ec96560cda3ffe8d34500bddf7" ON "municipality_neighbour" ("neighbour_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_6afc61d74abc51e8a6a264b0d3"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_region_member" ("region_id" varchar(64) NOT NULL, "municipality_code" varchar(6) NOT NULL, CONSTRAINT "FK_da491425933b33674101c73446a" FOREIGN KEY ("region_id") REFERENCES "region" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6afc61d74abc51e8a6a264b0d3c" FOREIGN KEY ("municipality_code") REFERENCES "municipality" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("region_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_region_member"("region_id", "municipality_code") SELECT "region_id", "municipality_code" FROM "region_member"`,
    );
    await queryRunner.query(`DROP TABLE "region_member"`);
    await queryRunner.query(`ALTER TABLE "temporary_region_member" RENAME TO "region_member"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_6afc61d74abc51e8a6a264b0d3" ON "region_member" ("municipality_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7c29967a01569978996d66936c"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_policy_domain" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "parent_code" varchar(12), "level" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "former_names" text NOT NULL DEFAULT (''), "position" integer NOT NULL, CONSTRAINT "FK_7c29967a01569978996d66936c0" FOREIGN KEY ("parent_code") REFERENCES "policy_domain" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_policy_domain"("code", "name", "parent_code", "level", "status", "former_names", "position") SELECT "code", "name", "parent_code", "level", "status", "former_names", "position" FROM "policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "policy_domain"`);
    await queryRunner.query(`ALTER TABLE "temporary_policy_domain" RENAME TO "policy_domain"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_7c29967a01569978996d66936c" ON "policy_domain" ("parent_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_e58e3fe901c1416415a258bc71"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_policy_domain_successor" ("code" varchar(12) NOT NULL, "successor_code" varchar(12) NOT NULL, CONSTRAINT "FK_1d0d0be8005635bafa82454238a" FOREIGN KEY ("code") REFERENCES "policy_domain" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e58e3fe901c1416415a258bc716" FOREIGN KEY ("successor_code") REFERENCES "policy_domain" ("code") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("code", "successor_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_policy_domain_successor"("code", "successor_code") SELECT "code", "successor_code" FROM "policy_domain_successor"`,
    );
    await queryRunner.query(`DROP TABLE "policy_domain_successor"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_policy_domain_successor" RENAME TO "policy_domain_successor"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e58e3fe901c1416415a258bc71" ON "policy_domain_successor" ("successor_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_6598edf8eaa99747093633d25b"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_tooi_theme" ("code" varchar(16) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "parent_code" varchar(16), "level" integer NOT NULL, "uri" varchar(200) NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_6598edf8eaa99747093633d25bf" FOREIGN KEY ("parent_code") REFERENCES "tooi_theme" ("code") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_tooi_theme"("code", "name", "parent_code", "level", "uri", "position") SELECT "code", "name", "parent_code", "level", "uri", "position" FROM "tooi_theme"`,
    );
    await queryRunner.query(`DROP TABLE "tooi_theme"`);
    await queryRunner.query(`ALTER TABLE "temporary_tooi_theme" RENAME TO "tooi_theme"`);
    await queryRunner.query(`CREATE INDEX "IDX_6598edf8eaa99747093633d25b" ON "tooi_theme" ("parent_code") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_6598edf8eaa99747093633d25b"`);
    await queryRunner.query(`ALTER TABLE "tooi_theme" RENAME TO "temporary_tooi_theme"`);
    await queryRunner.query(
      `CREATE TABLE "tooi_theme" ("code" varchar(16) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "parent_code" varchar(16), "level" integer NOT NULL, "uri" varchar(200) NOT NULL, "position" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "tooi_theme"("code", "name", "parent_code", "level", "uri", "position") SELECT "code", "name", "parent_code", "level", "uri", "position" FROM "temporary_tooi_theme"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_tooi_theme"`);
    await queryRunner.query(`CREATE INDEX "IDX_6598edf8eaa99747093633d25b" ON "tooi_theme" ("parent_code") `);
    await queryRunner.query(`DROP INDEX "IDX_e58e3fe901c1416415a258bc71"`);
    await queryRunner.query(
      `ALTER TABLE "policy_domain_successor" RENAME TO "temporary_policy_domain_successor"`,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_domain_successor" ("code" varchar(12) NOT NULL, "successor_code" varchar(12) NOT NULL, PRIMARY KEY ("code", "successor_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_domain_successor"("code", "successor_code") SELECT "code", "successor_code" FROM "temporary_policy_domain_successor"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_policy_domain_successor"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_e58e3fe901c1416415a258bc71" ON "policy_domain_successor" ("successor_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_7c29967a01569978996d66936c"`);
    await queryRunner.query(`ALTER TABLE "policy_domain" RENAME TO "temporary_policy_domain"`);
    await queryRunner.query(
      `CREATE TABLE "policy_domain" ("code" varchar(12) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "parent_code" varchar(12), "level" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "former_names" text NOT NULL DEFAULT (''), "position" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "policy_domain"("code", "name", "parent_code", "level", "status", "former_names", "position") SELECT "code", "name", "parent_code", "level", "status", "former_names", "position" FROM "temporary_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_policy_domain"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_7c29967a01569978996d66936c" ON "policy_domain" ("parent_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_6afc61d74abc51e8a6a264b0d3"`);
    await queryRunner.query(`ALTER TABLE "region_member" RENAME TO "temporary_region_member"`);
    await queryRunner.query(
      `CREATE TABLE "region_member" ("region_id" varchar(64) NOT NULL, "municipality_code" varchar(6) NOT NULL, PRIMARY KEY ("region_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "region_member"("region_id", "municipality_code") SELECT "region_id", "municipality_code" FROM "temporary_region_member"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_region_member"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_6afc61d74abc51e8a6a264b0d3" ON "region_member" ("municipality_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_ec96560cda3ffe8d34500bddf7"`);
    await queryRunner.query(
      `ALTER TABLE "municipality_neighbour" RENAME TO "temporary_municipality_neighbour"`,
    );
    await queryRunner.query(
      `CREATE TABLE "municipality_neighbour" ("municipality_code" varchar(6) NOT NULL, "neighbour_code" varchar(6) NOT NULL, "shared_border_m" integer, PRIMARY KEY ("municipality_code", "neighbour_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "municipality_neighbour"("municipality_code", "neighbour_code", "shared_border_m") SELECT "municipality_code", "neighbour_code", "shared_border_m" FROM "temporary_municipality_neighbour"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_municipality_neighbour"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ec96560cda3ffe8d34500bddf7" ON "municipality_neighbour" ("neighbour_code") `,
    );
    await queryRunner.query(`DROP TABLE "reference_data_import"`);
    await queryRunner.query(`DROP INDEX "IDX_6598edf8eaa99747093633d25b"`);
    await queryRunner.query(`DROP TABLE "tooi_theme"`);
    await queryRunner.query(`DROP INDEX "IDX_e58e3fe901c1416415a258bc71"`);
    await queryRunner.query(`DROP TABLE "policy_domain_successor"`);
    await queryRunner.query(`DROP INDEX "IDX_7c29967a01569978996d66936c"`);
    await queryRunner.query(`DROP TABLE "policy_domain"`);
    await queryRunner.query(`DROP INDEX "IDX_6afc61d74abc51e8a6a264b0d3"`);
    await queryRunner.query(`DROP TABLE "region_member"`);
    await queryRunner.query(`DROP INDEX "IDX_ec3e94163d36f492f0d99e9b7c"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "IDX_ec96560cda3ffe8d34500bddf7"`);
    await queryRunner.query(`DROP TABLE "municipality_neighbour"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
