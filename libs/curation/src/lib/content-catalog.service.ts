import { Injectable } from '@nestjs/common';
import type { Actor } from '@ksp/identity';
import { ExpertiseService } from '@ksp/expertise';
import { QuestionsService } from '@ksp/questions';
import { ReportsService } from '@ksp/reports';
import {
  CatalogEntry,
  ContentActivity,
  ContentCatalog,
  CuratedItemType,
  ItemRef,
  NO_ACTIVITY,
  refKey,
} from './content-catalog';

/** The content catalog on the exported services of questions, reports and expertise. */
@Injectable()
export class ServiceContentCatalog extends ContentCatalog {
  constructor(
    private readonly questions: QuestionsService,
    private readonly reports: ReportsService,
    private readonly expertise: ExpertiseService,
  ) {
    super();
  }

  async load(actor: Actor | null, refs: readonly ItemRef[]): Promise<Map<string, CatalogEntry>> {
    const ids = (type: CuratedItemType) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
    const [questions, answers, reports, profiles] = await Promise.all([
      this.questions.questionsByIds(actor, ids(CuratedItemType.QUESTION)),
      this.questions.answersByIds(actor, ids(CuratedItemType.ANSWER)),
      this.reports.byIds(actor, ids(CuratedItemType.REPORT)),
      this.expertise.byIds(actor, ids(CuratedItemType.EXPERTISE_PROFILE)),
    ]);
    const entries = new Map<string, CatalogEntry>();
    const add = (e: CatalogEntry) => entries.set(refKey(e.ref), e);
    for (const q of questions.values()) {
      add({
        ref: { type: CuratedItemType.QUESTION, id: q.id },
        value: q,
        title: q.title,
        municipalityCode: q.authorMunicipalityCode,
      });
    }
    // An answer is shown under its question's title (it has none of its own).
    const answerQuestions = await this.questions.questionsByIds(
      actor,
      [...answers.values()].map((a) => a.questionId),
    );
    for (const a of answers.values()) {
      const q = answerQuestions.get(a.questionId);
      if (!q) continue;
      add({
        ref: { type: CuratedItemType.ANSWER, id: a.id },
        value: a,
        title: q.title,
        municipalityCode: a.authorMunicipalityCode,
      });
    }
    for (const r of reports.values()) {
      add({
        ref: { type: CuratedItemType.REPORT, id: r.id },
        value: r,
        title: r.title,
        municipalityCode: r.submitterMunicipalityCode,
      });
    }
    for (const p of profiles.values()) {
      add({
        ref: { type: CuratedItemType.EXPERTISE_PROFILE, id: p.id },
        value: p,
        title: p.displayName,
        municipalityCode: p.municipalityCode,
      });
    }
    return entries;
  }

  async submittedReports(actor: Actor): Promise<CatalogEntry[]> {
    return (await this.reports.reviewQueue(actor)).map((r) => ({
      ref: { type: CuratedItemType.REPORT, id: r.id },
      value: r,
      title: r.title,
      municipalityCode: r.submitterMunicipalityCode,
    }));
  }

  async activity(
    actor: Actor,
    municipalityCodes: readonly string[],
    since: Date,
    now: Date,
  ): Promise<Map<string, ContentActivity>> {
    const [questions, reports, experts] = await Promise.all([
      this.questions.activityPerMunicipality(actor, municipalityCodes, since, now),
      this.reports.activityPerMunicipality(actor, municipalityCodes, since),
      this.expertise.findablePerMunicipality(actor, municipalityCodes),
    ]);
    return new Map(
      municipalityCodes.map((code) => [
        code,
        {
          ...NO_ACTIVITY,
          ...questions.get(code),
          ...reports.get(code),
          findableExperts: experts.get(code) ?? 0,
        },
      ]),
    );
  }

  async expired(actor: Actor, now: Date): Promise<CatalogEntry[]> {
    const [answers, reports] = await Promise.all([
      this.questions.expiredAnswers(actor, now),
      this.reports.expiredReports(actor, now),
    ]);
    return [
      ...answers.map(({ answer, question }) => ({
        ref: { type: CuratedItemType.ANSWER, id: answer.id },
        value: answer,
        title: question.title,
        municipalityCode: answer.authorMunicipalityCode,
      })),
      ...reports.map((r) => ({
        ref: { type: CuratedItemType.REPORT, id: r.id },
        value: r,
        title: r.title,
        municipalityCode: r.submitterMunicipalityCode,
      })),
    ];
  }
}
