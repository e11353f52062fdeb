import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for postgres by tools/scripts/generate-migration.ts. */
export class Questions1795919680219 implements MigrationInterface {
  name = 'Questions1795919680219';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question" ("id" character varying(36) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "author_user_id" character varying(36) NOT NULL, "author_name" character varying(120) NOT NULL, "author_organisation_code" character varying(64) NOT NULL, "author_municipality_code" character varying(6), "audience_scope" character varying(16) NOT NULL, "deadline" TIMESTAMP, "status" character varying(8) NOT NULL, "closed_reason" character varying(1000), "closed_at" TIMESTAMP, "closed_by" character varying(36), "duplicate_of_id" character varying(36), "accepted_answer_id" character varying(36), "answer_count" integer NOT NULL DEFAULT '0', "follower_count" integer NOT NULL DEFAULT '0', "me_too_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2c3a9fd12d58af1fa7b3bfac3" ON "question"  ("author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5524082040b1b054a09c3014b3" ON "question"  ("author_municipality_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fddd42fc38b0e76bd387276b61" ON "question"  ("duplicate_of_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a194bf17ef87e3ccdf76b75cf" ON "question"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_policy_domain" ("question_id" character varying(36) NOT NULL, "code" character varying(16) NOT NULL, CONSTRAINT "PK_7500817fe7a1e7547fad7099202" PRIMARY KEY ("question_id", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_25b49ca72eb62523746be3835f" ON "question_policy_domain"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_tag" ("question_id" character varying(36) NOT NULL, "tag" character varying(50) NOT NULL, CONSTRAINT "PK_de81e50f59a5622ed8303649766" PRIMARY KEY ("question_id", "tag"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_700ce12ee13024fffd4f62aeba" ON "question_tag"  ("tag") `);
    await queryRunner.query(
      `CREATE TABLE "question_audience_region" ("question_id" character varying(36) NOT NULL, "region_id" character varying(64) NOT NULL, CONSTRAINT "PK_861e84200a0eeb94babfe62b9f2" PRIMARY KEY ("question_id", "region_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_audience_municipality" ("question_id" character varying(36) NOT NULL, "municipality_code" character varying(6) NOT NULL, CONSTRAINT "PK_2e7d3e94b587d8a8eeeee90042c" PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_access" ("question_id" character varying(36) NOT NULL, "access_key" character varying(80) NOT NULL, CONSTRAINT "PK_c6312d0a79f1cab4c50797614a0" PRIMARY KEY ("question_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1be811c5c058897753d95686b5" ON "question_access"  ("access_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_addressee" ("question_id" character varying(36) NOT NULL, "municipality_code" character varying(6) NOT NULL, "status" character varying(12) NOT NULL, "reason" character varying(1000), "responded_by" character varying(36), "updated_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_eea945d3b5eb87a5f11a867df7d" PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_922b96b906593c8b1ade17d0a8" ON "question_addressee"  ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "answer" ("id" character varying(36) NOT NULL, "question_id" character varying(36) NOT NULL, "body" text NOT NULL, "author_user_id" character varying(36) NOT NULL, "author_name" character varying(120) NOT NULL, "author_organisation_code" character varying(64) NOT NULL, "author_municipality_code" character varying(6), "accepted" boolean NOT NULL DEFAULT false, "valid_until" TIMESTAMP, "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_9232db17b63fb1e94f97e5c224f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c3d19a89541e4f0813f2fe0919" ON "answer"  ("question_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd1b48eb563d619865b1207e8e" ON "answer"  ("author_user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad" ON "answer"  ("valid_until") `);
    await queryRunner.query(
      `CREATE TABLE "answer_citation" ("answer_id" character varying(36) NOT NULL, "report_id" character varying(36) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_9220c679782f8e200927b552839" PRIMARY KEY ("answer_id", "report_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_75cfdc020e8389d3a87e7ab138" ON "answer_citation"  ("report_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_follower" ("question_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_4b255cf4a9aa790088157dea383" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_70d236d857e0635a9450e799ce" ON "question_follower"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_me_too" ("question_id" character varying(36) NOT NULL, "user_id" character varying(36) NOT NULL, "created_at" TIMESTAMP NOT NULL, CONSTRAINT "PK_9e4553db487ef6b56cdb10d2b62" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c5dbe7798ae1f1e9474236eb05" ON "question_me_too"  ("user_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "question_policy_domain" ADD CONSTRAINT "FK_539c71344e0a038c9fdb7f38a55" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_tag" ADD CONSTRAINT "FK_c1908d5b6571f3154cda55a1346" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_audience_region" ADD CONSTRAINT "FK_e20c39864aca51a616a7ffa2497" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_audience_municipality" ADD CONSTRAINT "FK_e54618c06d70807f9abd592c6d0" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_access" ADD CONSTRAINT "FK_e2ff86b434ba1d8884daaedaa2a" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_addressee" ADD CONSTRAINT "FK_0fedb2516da25d6511f8e79a6d5" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer" ADD CONSTRAINT "FK_c3d19a89541e4f0813f2fe09194" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "answer_citation" ADD CONSTRAINT "FK_2617ccbdf0a7c09179d07975895" FOREIGN KEY ("answer_id") REFERENCES "answer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_follower" ADD CONSTRAINT "FK_07ac4fd63fa55c6ed09d4b3f23c" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_me_too" ADD CONSTRAINT "FK_6242eedabb16574419d5b2cc1d4" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "question_me_too" DROP CONSTRAINT "FK_6242eedabb16574419d5b2cc1d4"`);
    await queryRunner.query(
      `ALTER TABLE "question_follower" DROP CONSTRAINT "FK_07ac4fd63fa55c6ed09d4b3f23c"`,
    );
    await queryRunner.query(`ALTER TABLE "answer_citation" DROP CONSTRAINT "FK_2617ccbdf0a7c09179d07975895"`);
    await queryRunner.query(`ALTER TABLE "answer" DROP CONSTRAINT "FK_c3d19a89541e4f0813f2fe09194"`);
    await queryRunner.query(
      `ALTER TABLE "question_addressee" DROP CONSTRAINT "FK_0fedb2516da25d6511f8e79a6d5"`,
    );
    await queryRunner.query(`ALTER TABLE "question_access" DROP CONSTRAINT "FK_e2ff86b434ba1d8884daaedaa2a"`);
    await queryRunner.query(
      `ALTER TABLE "question_audience_municipality" DROP CONSTRAINT "FK_e54618c06d70807f9abd592c6d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "question_audience_region" DROP CONSTRAINT "FK_e20c39864aca51a616a7ffa2497"`,
    );
    await queryRunner.query(`ALTER TABLE "question_tag" DROP CONSTRAINT "FK_c1908d5b6571f3154cda55a1346"`);
    await queryRunner.query(
      `ALTER TABLE "question_policy_domain" DROP CONSTRAINT "FK_539c71344e0a038c9fdb7f38a55"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_c5dbe7798ae1f1e9474236eb05"`);
    await queryRunner.query(`DROP TABLE "question_me_too"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_70d236d857e0635a9450e799ce"`);
    await queryRunner.query(`DROP TABLE "question_follower"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_75cfdc020e8389d3a87e7ab138"`);
    await queryRunner.query(`DROP TABLE "answer_citation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83bf3d0b4f7110989d1d4cd3ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd1b48eb563d619865b1207e8e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c3d19a89541e4f0813f2fe0919"`);
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_922b96b906593c8b1ade17d0a8"`);
    await queryRunner.query(`DROP TABLE "question_addressee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1be811c5c058897753d95686b5"`);
    await queryRunner.query(`DROP TABLE "question_access"`);
    await queryRunner.query(`DROP TABLE "question_audience_municipality"`);
    await queryRunner.query(`DROP TABLE "question_audience_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_700ce12ee13024fffd4f62aeba"`);
    await queryRunner.query(`DROP TABLE "question_tag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_25b49ca72eb62523746be3835f"`);
    await queryRunner.query(`DROP TABLE "question_policy_domain"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a194bf17ef87e3ccdf76b75cf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fddd42fc38b0e76bd387276b61"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5524082040b1b054a09c3014b3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2c3a9fd12d58af1fa7b3bfac3"`);
    await queryRunner.query(`DROP TABLE "question"`);
  }
}
