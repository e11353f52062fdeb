import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated for sqlite by tools/scripts/generate-migration.ts. */
export class Questions1795919680219 implements MigrationInterface {
  name = 'Questions1795919680219';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question" ("id" varchar(36) PRIMARY KEY NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "author_user_id" varchar(36) NOT NULL, "author_name" varchar(120) NOT NULL, "author_organisation_code" varchar(64) NOT NULL, "author_municipality_code" varchar(6), "audience_scope" varchar(16) NOT NULL, "deadline" datetime, "status" varchar(8) NOT NULL, "closed_reason" varchar(1000), "closed_at" datetime, "closed_by" varchar(36), "duplicate_of_id" varchar(36), "accepted_answer_id" varchar(36), "answer_count" integer NOT NULL DEFAULT (0), "follower_count" integer NOT NULL DEFAULT (0), "me_too_count" integer NOT NULL DEFAULT (0), "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "version" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2c3a9fd12d58af1fa7b3bfac3" ON "question" ("author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5524082040b1b054a09c3014b3" ON "question" ("author_municipality_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fddd42fc38b0e76bd387276b61" ON "question" ("duplicate_of_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a194bf17ef87e3ccdf76b75cf" ON "question" ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_policy_domain" ("question_id" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, PRIMARY KEY ("question_id", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_25b49ca72eb62523746be3835f" ON "question_policy_domain" ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_tag" ("question_id" varchar(36) NOT NULL, "tag" varchar(50) NOT NULL, PRIMARY KEY ("question_id", "tag"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_700ce12ee13024fffd4f62aeba" ON "question_tag" ("tag") `);
    await queryRunner.query(
      `CREATE TABLE "question_audience_region" ("question_id" varchar(36) NOT NULL, "region_id" varchar(64) NOT NULL, PRIMARY KEY ("question_id", "region_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_audience_municipality" ("question_id" varchar(36) NOT NULL, "municipality_code" varchar(6) NOT NULL, PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_access" ("question_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("question_id", "access_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1be811c5c058897753d95686b5" ON "question_access" ("access_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_addressee" ("question_id" varchar(36) NOT NULL, "municipality_code" varchar(6) NOT NULL, "status" varchar(12) NOT NULL, "reason" varchar(1000), "responded_by" varchar(36), "updated_at" datetime NOT NULL, PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_922b96b906593c8b1ade17d0a8" ON "question_addressee" ("municipality_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "answer" ("id" varchar(36) PRIMARY KEY NOT NULL, "question_id" varchar(36) NOT NULL, "body" text NOT NULL, "author_user_id" varchar(36) NOT NULL, "author_name" varchar(120) NOT NULL, "author_organisation_code" varchar(64) NOT NULL, "author_municipality_code" varchar(6), "accepted" boolean NOT NULL DEFAULT (0), "valid_until" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "version" integer NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c3d19a89541e4f0813f2fe0919" ON "answer" ("question_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd1b48eb563d619865b1207e8e" ON "answer" ("author_user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad" ON "answer" ("valid_until") `);
    await queryRunner.query(
      `CREATE TABLE "answer_citation" ("answer_id" varchar(36) NOT NULL, "report_id" varchar(36) NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("answer_id", "report_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_75cfdc020e8389d3a87e7ab138" ON "answer_citation" ("report_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_follower" ("question_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_70d236d857e0635a9450e799ce" ON "question_follower" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "question_me_too" ("question_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c5dbe7798ae1f1e9474236eb05" ON "question_me_too" ("user_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_25b49ca72eb62523746be3835f"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_policy_domain" ("question_id" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, CONSTRAINT "FK_539c71344e0a038c9fdb7f38a55" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_policy_domain"("question_id", "code") SELECT "question_id", "code" FROM "question_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "question_policy_domain"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_question_policy_domain" RENAME TO "question_policy_domain"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_25b49ca72eb62523746be3835f" ON "question_policy_domain" ("code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_700ce12ee13024fffd4f62aeba"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_tag" ("question_id" varchar(36) NOT NULL, "tag" varchar(50) NOT NULL, CONSTRAINT "FK_c1908d5b6571f3154cda55a1346" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "tag"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_tag"("question_id", "tag") SELECT "question_id", "tag" FROM "question_tag"`,
    );
    await queryRunner.query(`DROP TABLE "question_tag"`);
    await queryRunner.query(`ALTER TABLE "temporary_question_tag" RENAME TO "question_tag"`);
    await queryRunner.query(`CREATE INDEX "IDX_700ce12ee13024fffd4f62aeba" ON "question_tag" ("tag") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_audience_region" ("question_id" varchar(36) NOT NULL, "region_id" varchar(64) NOT NULL, CONSTRAINT "FK_e20c39864aca51a616a7ffa2497" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "region_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_audience_region"("question_id", "region_id") SELECT "question_id", "region_id" FROM "question_audience_region"`,
    );
    await queryRunner.query(`DROP TABLE "question_audience_region"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_question_audience_region" RENAME TO "question_audience_region"`,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_question_audience_municipality" ("question_id" varchar(36) NOT NULL, "municipality_code" varchar(6) NOT NULL, CONSTRAINT "FK_e54618c06d70807f9abd592c6d0" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_audience_municipality"("question_id", "municipality_code") SELECT "question_id", "municipality_code" FROM "question_audience_municipality"`,
    );
    await queryRunner.query(`DROP TABLE "question_audience_municipality"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_question_audience_municipality" RENAME TO "question_audience_municipality"`,
    );
    await queryRunner.query(`DROP INDEX "IDX_1be811c5c058897753d95686b5"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_access" ("question_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, CONSTRAINT "FK_e2ff86b434ba1d8884daaedaa2a" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_access"("question_id", "access_key") SELECT "question_id", "access_key" FROM "question_access"`,
    );
    await queryRunner.query(`DROP TABLE "question_access"`);
    await queryRunner.query(`ALTER TABLE "temporary_question_access" RENAME TO "question_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_1be811c5c058897753d95686b5" ON "question_access" ("access_key") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_922b96b906593c8b1ade17d0a8"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_addressee" ("question_id" varchar(36) NOT NULL, "municipality_code" varchar(6) NOT NULL, "status" varchar(12) NOT NULL, "reason" varchar(1000), "responded_by" varchar(36), "updated_at" datetime NOT NULL, CONSTRAINT "FK_0fedb2516da25d6511f8e79a6d5" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_addressee"("question_id", "municipality_code", "status", "reason", "responded_by", "updated_at") SELECT "question_id", "municipality_code", "status", "reason", "responded_by", "updated_at" FROM "question_addressee"`,
    );
    await queryRunner.query(`DROP TABLE "question_addressee"`);
    await queryRunner.query(`ALTER TABLE "temporary_question_addressee" RENAME TO "question_addressee"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_922b96b906593c8b1ade17d0a8" ON "question_addressee" ("municipality_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c3d19a89541e4f0813f2fe0919"`);
    await queryRunner.query(`DROP INDEX "IDX_fd1b48eb563d619865b1207e8e"`);
    await queryRunner.query(`DROP INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_answer" ("id" varchar(36) PRIMARY KEY NOT NULL, "question_id" varchar(36) NOT NULL, "body" text NOT NULL, "author_user_id" varchar(36) NOT NULL, "author_name" varchar(120) NOT NULL, "author_organisation_code" varchar(64) NOT NULL, "author_municipality_code" varchar(6), "accepted" boolean NOT NULL DEFAULT (0), "valid_until" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "version" integer NOT NULL, CONSTRAINT "FK_c3d19a89541e4f0813f2fe09194" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_answer"("id", "question_id", "body", "author_user_id", "author_name", "author_organisation_code", "author_municipality_code", "accepted", "valid_until", "created_at", "updated_at", "version") SELECT "id", "question_id", "body", "author_user_id", "author_name", "author_organisation_code", "author_municipality_code", "accepted", "valid_until", "created_at", "updated_at", "version" FROM "answer"`,
    );
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`ALTER TABLE "temporary_answer" RENAME TO "answer"`);
    await queryRunner.query(`CREATE INDEX "IDX_c3d19a89541e4f0813f2fe0919" ON "answer" ("question_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd1b48eb563d619865b1207e8e" ON "answer" ("author_user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad" ON "answer" ("valid_until") `);
    await queryRunner.query(`DROP INDEX "IDX_75cfdc020e8389d3a87e7ab138"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_answer_citation" ("answer_id" varchar(36) NOT NULL, "report_id" varchar(36) NOT NULL, "position" integer NOT NULL, CONSTRAINT "FK_2617ccbdf0a7c09179d07975895" FOREIGN KEY ("answer_id") REFERENCES "answer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("answer_id", "report_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_answer_citation"("answer_id", "report_id", "position") SELECT "answer_id", "report_id", "position" FROM "answer_citation"`,
    );
    await queryRunner.query(`DROP TABLE "answer_citation"`);
    await queryRunner.query(`ALTER TABLE "temporary_answer_citation" RENAME TO "answer_citation"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_75cfdc020e8389d3a87e7ab138" ON "answer_citation" ("report_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_70d236d857e0635a9450e799ce"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_follower" ("question_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "FK_07ac4fd63fa55c6ed09d4b3f23c" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_follower"("question_id", "user_id", "created_at") SELECT "question_id", "user_id", "created_at" FROM "question_follower"`,
    );
    await queryRunner.query(`DROP TABLE "question_follower"`);
    await queryRunner.query(`ALTER TABLE "temporary_question_follower" RENAME TO "question_follower"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_70d236d857e0635a9450e799ce" ON "question_follower" ("user_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c5dbe7798ae1f1e9474236eb05"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_question_me_too" ("question_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, CONSTRAINT "FK_6242eedabb16574419d5b2cc1d4" FOREIGN KEY ("question_id") REFERENCES "question" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_question_me_too"("question_id", "user_id", "created_at") SELECT "question_id", "user_id", "created_at" FROM "question_me_too"`,
    );
    await queryRunner.query(`DROP TABLE "question_me_too"`);
    await queryRunner.query(`ALTER TABLE "temporary_question_me_too" RENAME TO "question_me_too"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c5dbe7798ae1f1e9474236eb05" ON "question_me_too" ("user_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c5dbe7798ae1f1e9474236eb05"`);
    await queryRunner.query(`ALTER TABLE "question_me_too" RENAME TO "temporary_question_me_too"`);
    await queryRunner.query(
      `CREATE TABLE "question_me_too" ("question_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_me_too"("question_id", "user_id", "created_at") SELECT "question_id", "user_id", "created_at" FROM "temporary_question_me_too"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_me_too"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c5dbe7798ae1f1e9474236eb05" ON "question_me_too" ("user_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_70d236d857e0635a9450e799ce"`);
    await queryRunner.query(`ALTER TABLE "question_follower" RENAME TO "temporary_question_follower"`);
    await queryRunner.query(
      `CREATE TABLE "question_follower" ("question_id" varchar(36) NOT NULL, "user_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_follower"("question_id", "user_id", "created_at") SELECT "question_id", "user_id", "created_at" FROM "temporary_question_follower"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_follower"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_70d236d857e0635a9450e799ce" ON "question_follower" ("user_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_75cfdc020e8389d3a87e7ab138"`);
    await queryRunner.query(`ALTER TABLE "answer_citation" RENAME TO "temporary_answer_citation"`);
    await queryRunner.query(
      `CREATE TABLE "answer_citation" ("answer_id" varchar(36) NOT NULL, "report_id" varchar(36) NOT NULL, "position" integer NOT NULL, PRIMARY KEY ("answer_id", "report_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "answer_citation"("answer_id", "report_id", "position") SELECT "answer_id", "report_id", "position" FROM "temporary_answer_citation"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_answer_citation"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_75cfdc020e8389d3a87e7ab138" ON "answer_citation" ("report_id") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad"`);
    await queryRunner.query(`DROP INDEX "IDX_fd1b48eb563d619865b1207e8e"`);
    await queryRunner.query(`DROP INDEX "IDX_c3d19a89541e4f0813f2fe0919"`);
    await queryRunner.query(`ALTER TABLE "answer" RENAME TO "temporary_answer"`);
    await queryRunner.query(
      `CREATE TABLE "answer" ("id" varchar(36) PRIMARY KEY NOT NULL, "question_id" varchar(36) NOT NULL, "body" text NOT NULL, "author_user_id" varchar(36) NOT NULL, "author_name" varchar(120) NOT NULL, "author_organisation_code" varchar(64) NOT NULL, "author_municipality_code" varchar(6), "accepted" boolean NOT NULL DEFAULT (0), "valid_until" datetime, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL, "version" integer NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "answer"("id", "question_id", "body", "author_user_id", "author_name", "author_organisation_code", "author_municipality_code", "accepted", "valid_until", "created_at", "updated_at", "version") SELECT "id", "question_id", "body", "author_user_id", "author_name", "author_organisation_code", "author_municipality_code", "accepted", "valid_until", "created_at", "updated_at", "version" FROM "temporary_answer"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_answer"`);
    await queryRunner.query(`CREATE INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad" ON "answer" ("valid_until") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd1b48eb563d619865b1207e8e" ON "answer" ("author_user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c3d19a89541e4f0813f2fe0919" ON "answer" ("question_id") `);
    await queryRunner.query(`DROP INDEX "IDX_922b96b906593c8b1ade17d0a8"`);
    await queryRunner.query(`ALTER TABLE "question_addressee" RENAME TO "temporary_question_addressee"`);
    await queryRunner.query(
      `CREATE TABLE "question_addressee" ("question_id" varchar(36) NOT NULL, "municipality_code" varchar(6) NOT NULL, "status" varchar(12) NOT NULL, "reason" varchar(1000), "responded_by" varchar(36), "updated_at" datetime NOT NULL, PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_addressee"("question_id", "municipality_code", "status", "reason", "responded_by", "updated_at") SELECT "question_id", "municipality_code", "status", "reason", "responded_by", "updated_at" FROM "temporary_question_addressee"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_addressee"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_922b96b906593c8b1ade17d0a8" ON "question_addressee" ("municipality_code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_1be811c5c058897753d95686b5"`);
    await queryRunner.query(`ALTER TABLE "question_access" RENAME TO "temporary_question_access"`);
    await queryRunner.query(
      `CREATE TABLE "question_access" ("question_id" varchar(36) NOT NULL, "access_key" varchar(80) NOT NULL, PRIMARY KEY ("question_id", "access_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_access"("question_id", "access_key") SELECT "question_id", "access_key" FROM "temporary_question_access"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_access"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_1be811c5c058897753d95686b5" ON "question_access" ("access_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "question_audience_municipality" RENAME TO "temporary_question_audience_municipality"`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_audience_municipality" ("question_id" varchar(36) NOT NULL, "municipality_code" varchar(6) NOT NULL, PRIMARY KEY ("question_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_audience_municipality"("question_id", "municipality_code") SELECT "question_id", "municipality_code" FROM "temporary_question_audience_municipality"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_audience_municipality"`);
    await queryRunner.query(
      `ALTER TABLE "question_audience_region" RENAME TO "temporary_question_audience_region"`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_audience_region" ("question_id" varchar(36) NOT NULL, "region_id" varchar(64) NOT NULL, PRIMARY KEY ("question_id", "region_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_audience_region"("question_id", "region_id") SELECT "question_id", "region_id" FROM "temporary_question_audience_region"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_audience_region"`);
    await queryRunner.query(`DROP INDEX "IDX_700ce12ee13024fffd4f62aeba"`);
    await queryRunner.query(`ALTER TABLE "question_tag" RENAME TO "temporary_question_tag"`);
    await queryRunner.query(
      `CREATE TABLE "question_tag" ("question_id" varchar(36) NOT NULL, "tag" varchar(50) NOT NULL, PRIMARY KEY ("question_id", "tag"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_tag"("question_id", "tag") SELECT "question_id", "tag" FROM "temporary_question_tag"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_tag"`);
    await queryRunner.query(`CREATE INDEX "IDX_700ce12ee13024fffd4f62aeba" ON "question_tag" ("tag") `);
    await queryRunner.query(`DROP INDEX "IDX_25b49ca72eb62523746be3835f"`);
    await queryRunner.query(
      `ALTER TABLE "question_policy_domain" RENAME TO "temporary_question_policy_domain"`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_policy_domain" ("question_id" varchar(36) NOT NULL, "code" varchar(16) NOT NULL, PRIMARY KEY ("question_id", "code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "question_policy_domain"("question_id", "code") SELECT "question_id", "code" FROM "temporary_question_policy_domain"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_question_policy_domain"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_25b49ca72eb62523746be3835f" ON "question_policy_domain" ("code") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c5dbe7798ae1f1e9474236eb05"`);
    await queryRunner.query(`DROP TABLE "question_me_too"`);
    await queryRunner.query(`DROP INDEX "IDX_70d236d857e0635a9450e799ce"`);
    await queryRunner.query(`DROP TABLE "question_follower"`);
    await queryRunner.query(`DROP INDEX "IDX_75cfdc020e8389d3a87e7ab138"`);
    await queryRunner.query(`DROP TABLE "answer_citation"`);
    await queryRunner.query(`DROP INDEX "IDX_83bf3d0b4f7110989d1d4cd3ad"`);
    await queryRunner.query(`DROP INDEX "IDX_fd1b48eb563d619865b1207e8e"`);
    await queryRunner.query(`DROP INDEX "IDX_c3d19a89541e4f0813f2fe0919"`);
    await queryRunner.query(`DROP TABLE "answer"`);
    await queryRunner.query(`DROP INDEX "IDX_922b96b906593c8b1ade17d0a8"`);
    await queryRunner.query(`DROP TABLE "question_addressee"`);
    await queryRunner.query(`DROP INDEX "IDX_1be811c5c058897753d95686b5"`);
    await queryRunner.query(`DROP TABLE "question_access"`);
    await queryRunner.query(`DROP TABLE "question_audience_municipality"`);
    await queryRunner.query(`DROP TABLE "question_audience_region"`);
    await queryRunner.query(`DROP INDEX "IDX_700ce12ee13024fffd4f62aeba"`);
    await queryRunner.query(`DROP TABLE "question_tag"`);
    await queryRunner.query(`DROP INDEX "IDX_25b49ca72eb62523746be3835f"`);
    await queryRunner.query(`DROP TABLE "question_policy_domain"`);
    await queryRunner.query(`DROP INDEX "IDX_3a194bf17ef87e3ccdf76b75cf"`);
    await queryRunner.query(`DROP INDEX "IDX_fddd42fc38b0e76bd387276b61"`);
    await queryRunner.query(`DROP INDEX "IDX_5524082040b1b054a09c3014b3"`);
    await queryRunner.query(`DROP INDEX "IDX_a2c3a9fd12d58af1fa7b3bfac3"`);
    await queryRunner.query(`DROP TABLE "question"`);
  }
}
