import type { CorpusGenerator, CorpusProfile, CorpusReport } from './corpus';
import type { Grades } from './metrics';
import type { LabelledQuestion } from './questions';
import { TOPIC_BY_CODE } from './topics';

/**
 * The graded relevance of experts and reports to a labelled question, from the corpus's ground
 * truth (what each profile really works on, what each report is about, where, and when), by the
 * product's own bar: an answer from the right field comes first, and "other gemeenten, especially
 * in their own region, are their most important source of knowledge" (PRODUCT.md).
 *
 * Experts:
 *   3  works in the asked taakveld, in the asker's gemeente or a buurgemeente
 *   2  works in the asked taakveld, elsewhere in the asker's veiligheidsregio;
 *      or knows the asked taakveld as a second field, close by
 *   1  works in the asked taakveld further away; knows it as a second field in the region;
 *      or works in the same family of taakvelden (jeugd, Wmo, werk en inkomen …) close by
 *   0  otherwise
 * Reports:
 *   3  about the asked taakveld, recent (2022 or later) and from the region
 *   2  about the asked taakveld, and recent or from the region
 *   1  about the asked taakveld, old and from elsewhere; or the same family, recent and close by
 *   0  otherwise
 * Availability, load and track record are not part of the labels.
 */
export class Labeller {
  private readonly vr: Map<string, string>;

  constructor(
    private readonly corpus: CorpusGenerator,
    veiligheidsregioOf: ReadonlyMap<string, string>,
  ) {
    this.vr = new Map(veiligheidsregioOf);
  }

  private near(a: string, b: string): boolean {
    return a === b || this.corpus.neighboursOf(a).includes(b);
  }

  private region(a: string, b: string): boolean {
    const x = this.vr.get(a);
    return x !== undefined && x === this.vr.get(b);
  }

  expert(q: LabelledQuestion, p: CorpusProfile): number {
    const near = this.near(q.municipalityCode, p.municipalityCode);
    const region = near || this.region(q.municipalityCode, p.municipalityCode);
    if (p.topic === q.policyDomainCode) return near ? 3 : region ? 2 : 1;
    if (p.secondary?.code === q.policyDomainCode) return near ? 2 : region ? 1 : 0;
    const family = TOPIC_BY_CODE.get(p.topic)?.family === TOPIC_BY_CODE.get(q.policyDomainCode)?.family;
    return family && near ? 1 : 0;
  }

  report(q: LabelledQuestion, r: CorpusReport): number {
    const local =
      this.near(q.municipalityCode, r.municipalityCode) ||
      this.region(q.municipalityCode, r.municipalityCode);
    const recent = r.year >= 2022;
    if (r.topic === q.policyDomainCode) return recent && local ? 3 : recent || local ? 2 : 1;
    const family = TOPIC_BY_CODE.get(r.topic)?.family === TOPIC_BY_CODE.get(q.policyDomainCode)?.family;
    return family && recent && this.near(q.municipalityCode, r.municipalityCode) ? 1 : 0;
  }

  expertGrades(q: LabelledQuestion, profiles: readonly CorpusProfile[]): Grades {
    const out = new Map<string, number>();
    for (const p of profiles) {
      const g = this.expert(q, p);
      if (g > 0) out.set(p.id, g);
    }
    return out;
  }

  reportGrades(q: LabelledQuestion, reports: readonly CorpusReport[]): Grades {
    const out = new Map<string, number>();
    for (const r of reports) {
      const g = this.report(q, r);
      if (g > 0) out.set(r.id, g);
    }
    return out;
  }
}
