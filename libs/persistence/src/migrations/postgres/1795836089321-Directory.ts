import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Directory1795836089321 implements MigrationInterface {
  name = 'Directory1795836089321';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipality" ("code" character varying(6) NOT NULL, "name" character varying(120) NOT NULL, "province" character varying(60) NOT NULL, "province_code" character varying(4) NOT NULL, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "municipality_neighbour" ("municipality_code" character varying(6) NOT NULL, "neighbour_code" character varying(6) NOT NULL, "shared_border_m" integer, CONSTRAINT "PK_f745dbcc4186513959cdfcc1174" PRIMARY KEY ("municipality_code", "neighbour_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ec96560cda3ffe8d34500bddf7" ON "municipality_neighbour"  ("neighbour_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("id" character varying(64) NOT NULL, "kind" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ec3e94163d36f492f0d99e9b7c" ON "region"  ("kind", "name") `);
    await queryRunner.query(
      `CREATE TABLE "region_member" ("region_id" character varying(64) NOT NULL, "municipality_code" character varying(6) NOT NULL, CONSTRAINT "PK_31c5c223d599c0736a6b0db6ab2" PRIMARY KEY ("region_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6afc61d74abc51e8a6a264b0d3" ON "region_member"  ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_domain" ("code" character varying(12) NOT NULL, "name" character varying(200) NOT NULL, "parent_code" character varying(12), "level" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "former_names" text NOT NULL DEFAULT '', "position" integer NOT NULL, CONSTRAINT "PK_747fde145a1918fb70675397518" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7c29967a01569978996d66936c" ON "policy_domain"  ("parent_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_domain_successor" ("code" character varying(12) NOT NULL, "successor_code" character varying(12) NOT NULL, CONSTRAINT "PK_dcac946c106eb7dfae81f043180" PRIMARY KEY ("code", "successor_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e58e3fe901c1416415a258bc71" ON "policy_domain_successor"  ("successor_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tooi_theme" ("code" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "parent_code" character varying(16), "level" integer NOT NULL, "uri" character varying(200) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_4d3207fe122c989ba2703d1570f" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6598edf8eaa99747093633d25b" ON "tooi_theme"  ("parent_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reference_data_import" ("id" SERIAL NOT NULL, "checksum" character varying(64) NOT NULL, "summary" text NOT NULL, "imported_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_3c20a54bd58d9e5f64b9b9ad10a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "municipality_neighbour" ADD CONSTRAINT "FK_e5deaec775aecc3381f8529dd09" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "municipality_neighbour" ADD CONSTRAINT "FK_ec96560cda3ffe8d34500bddf77" FOREIGN KEY ("neighbour_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_member" ADD CONSTRAINT "FK_da491425933b33674101c73446a" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_member" ADD CONSTRAINT "FK_6afc61d74abc51e8a6a264b0d3c" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_domain" ADD CONSTRAINT "FK_7c29967a01569978996d66936c0" FOREIGN KEY ("parent_code") REFERENCES "policy_domain"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_domain_successor" ADD CONSTRAINT "FK_1d0d0be8005635bafa82454238a" FOREIGN KEY ("code") REFERENCES "policy_domain"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_domain_successor" ADD CONSTRAINT "FK_e58e3fe901c1416415a258bc716" FOREIGN KEY ("successor_code") REFERENCES "policy_domain"("code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tooi_theme" ADD CONSTRAINT "FK_6598edf8eaa99747093633d25bf" FOREIGN KEY ("parent_code") REFERENCES "tooi_theme"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tooi_theme" DROP CONSTRAINT "FK_6598edf8eaa99747093633d25bf"`);
    await queryRunner.query(
      `ALTER TABLE "policy_domain_successor" DROP CONSTRAINT "FK_e58e3fe901c1416415a258bc716"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_domain_successor" DROP CONSTRAINT "FK_1d0d0be8005635bafa82454238a"`,
    );
    await queryRunner.query(`ALTER TABLE "policy_domain" DROP CONSTRAINT "FK_7c29967a01569978996d66936c0"`);
    await queryRunner.query(`ALTER TABLE "region_member" DROP CONSTRAINT "FK_6afc61d74abc51e8a6a264b0d3c"`);
    await queryRunner.query(`ALTER TABLE "region_member" DROP CONSTRAINT "FK_da491425933b33674101c73446a"`);
    await queryRunner.query(
      `ALTER TABLE "municipality_neighbour" DROP CONSTRAINT "FK_ec96560cda3ffe8d34500bddf77"`,
    );
    await queryRunner.query(
      `ALTER TABLE "municipality_neighbour" DROP CONSTRAINT "FK_e5deaec775aecc3381f8529dd09"`,
    );
    await queryRunner.query(`DROP TABLE "reference_data_import"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6598edf8eaa99747093633d25b"`);
    await queryRunner.query(`DROP TABLE "tooi_theme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e58e3fe901c1416415a258bc71"`);
    await queryRunner.query(`DROP TABLE "policy_domain_successor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7c29967a01569978996d66936c"`);
    await queryRunner.query(`DROP TABLE "policy_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6afc61d74abc51e8a6a264b0d3"`);
    await queryRunner.query(`DROP TABLE "region_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec3e94163d36f492f0d99e9b7c"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ec96560cda3ffe8d34500bddf7"`);
    await queryRunner.query(`DROP TABLE "municipality_neighbour"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
