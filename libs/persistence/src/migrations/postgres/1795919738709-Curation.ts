import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Curation1795919738709 implements MigrationInterface {
  name = 'Curation1795919738709';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tag_synonym" ("synonym" character varying(50) NOT NULL, "canonical" character varying(50) NOT NULL, "created_by" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_e77b88be7522c157127a9837bda" PRIMARY KEY ("synonym"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6bf65ab1c26b82c247363ea4b9" ON "tag_synonym"  ("canonical") `);
    await queryRunner.query(
      `CREATE TABLE "dossier" ("id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "introduction" text NOT NULL DEFAULT '', "scope" character varying(16) NOT NULL, "audience_region_ids" text NOT NULL DEFAULT '[]', "audience_municipality_codes" text NOT NULL DEFAULT '[]', "created_by" character varying(36) NOT NULL, "created_by_organisation_code" character varying(64) NOT NULL, "created_by_municipality_code" character varying(6), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dossier_item" ("dossier_id" character varying(36) NOT NULL, "position" integer NOT NULL, "item_type" character varying(24) NOT NULL, "item_id" character varying(36) NOT NULL, "note" character varying(500), CONSTRAINT "PK_9370dc6fcd699e42ffc1b88d4f4" PRIMARY KEY ("dossier_id", "position"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_78d6e4e2ec5b162ef706e350f3" ON "dossier_item"  ("item_id") `);
    await queryRunner.query(
      `CREATE TABLE "dossier_access" ("dossier_id" character varying(36) NOT NULL, "access_key" character varying(80) NOT NULL, CONSTRAINT "PK_455e0de72514f195c25dfd0b124" PRIMARY KEY ("dossier_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_18d8018469c26fbcd33aade462" ON "dossier_access"  ("access_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "featured_item" ("id" character varying(36) NOT NULL, "region_id" character varying(64) NOT NULL, "item_type" character varying(24) NOT NULL, "item_id" character varying(36) NOT NULL, "pinned" boolean NOT NULL DEFAULT false, "featured_by" character varying(36) NOT NULL, "featured_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_225fbf482e578cb87f8c312e382" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ecb92782faa5ad348e95c13f2b" ON "featured_item"  ("region_id", "item_type", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_flag" ("id" character varying(36) NOT NULL, "item_type" character varying(24) NOT NULL, "item_id" character varying(36) NOT NULL, "reason" character varying(24) NOT NULL, "comment" character varying(1000) NOT NULL DEFAULT '', "created_by" character varying(36) NOT NULL, "municipality_code" character varying(6), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP, "resolved_by" character varying(36), "resolution" character varying(1000), CONSTRAINT "PK_f5c966b52b3562726d55d5d27f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_45baa8d42237e75f6da64bf2df" ON "content_flag"  ("item_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_a28edefb3e75ff77f77dfff3a0" ON "content_flag"  ("resolved_at", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier_item" ADD CONSTRAINT "FK_476d4bc98a4cb5ef5ef8cf54f02" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dossier_access" ADD CONSTRAINT "FK_a715240e61e256c8b6998844811" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dossier_access" DROP CONSTRAINT "FK_a715240e61e256c8b6998844811"`);
    await queryRunner.query(`ALTER TABLE "dossier_item" DROP CONSTRAINT "FK_476d4bc98a4cb5ef5ef8cf54f02"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a28edefb3e75ff77f77dfff3a0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45baa8d42237e75f6da64bf2df"`);
    await queryRunner.query(`DROP TABLE "content_flag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ecb92782faa5ad348e95c13f2b"`);
    await queryRunner.query(`DROP TABLE "featured_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_18d8018469c26fbcd33aade462"`);
    await queryRunner.query(`DROP TABLE "dossier_access"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_78d6e4e2ec5b162ef706e350f3"`);
    await queryRunner.query(`DROP TABLE "dossier_item"`);
    await queryRunner.query(`DROP TABLE "dossier"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bf65ab1c26b82c247363ea4b9"`);
    await queryRunner.query(`DROP TABLE "tag_synonym"`);
  }
}
