/**
 * npm run eval:matching — the matching evaluation (issue 6, item 6).
 *
 * Over a generated corpus of the hub of Utrecht and Gelderland (corpus.ts, seeded) indexed in an
 * in-memory embedded search engine, for each of the labelled questions (questions.ts, graded by
 * labels.ts) it ranks experts and reports twice in the same run:
 *   - the full matcher (libs/matching: text, taakveld tree, keywords, geography, track record,
 *     availability and load, recency), and
 *   - text only: the same search-engine relevance the matcher uses as its text signal, alone
 *     (the question's first words, each searched, BM25 added up), and the same with every word;
 * and prints nDCG@5, MRR and recall@10 of each and the ratio of the full matcher to the stronger
 * text-only run (target ≥ 1.25). For reference it also prints the engine's own ranking for the
 * question's title as one query, and the full matcher without each of its signals.
 */
process.env['TZ'] = 'UTC';
import { performance } from 'node:perf_hooks';
import { matchingConfig, type DeepPartial, type MatchingConfig, type MatchQuery } from '@ksp/matching';
import { EVAL_CORPUS } from './corpus';
import { Labeller } from './labels';
import { mean, ndcgAt, reciprocalRank, recallAt, type Grades } from './metrics';
import { QUESTIONS } from './questions';
import { setUp } from './setup';

const NOW = new Date('2026-11-29T12:00:00Z');
const TARGET = 1.25;
/** MRR and recall count items with at least this grade as relevant. */
const RELEVANT = 2;

interface Scores {
  ndcg: number[];
  mrr: number[];
  recall: number[];
}
const empty = (): Scores => ({ ndcg: [], mrr: [], recall: [] });

const ids = (matches: readonly { item: { id: string } }[]) => matches.map((m) => m.item.id);
const top10 = (hits: readonly { id: string }[]) => hits.slice(0, 10).map((h) => h.id);

function score(into: Scores, ranked: readonly string[], grades: Grades): void {
  into.ndcg.push(ndcgAt(ranked, grades, 5));
  into.mrr.push(reciprocalRank(ranked, grades, RELEVANT));
  into.recall.push(recallAt(ranked, grades, 10, RELEVANT));
}

async function main(): Promise<void> {
  const started = performance.now();
  const s = await setUp(EVAL_CORPUS);
  const labeller = new Labeller(s.generator, s.veiligheidsregio);
  // Text alone with every word of the question (up to the engines' 30), not only the first 5.
  const everyWord = s.matcherWith(matchingConfig({ maxQueryTerms: 30 }));
  const runs = {
    experts: { full: empty(), text: empty(), allWords: empty(), title: empty() },
    reports: { full: empty(), text: empty(), allWords: empty(), title: empty() },
  };
  let judged = 0;
  for (const q of QUESTIONS) {
    const query: MatchQuery = {
      title: q.title,
      body: q.body,
      policyDomainCodes: [q.policyDomainCode],
      tags: [],
      municipalityCode: q.municipalityCode,
    };
    const view = { accessKeys: ['pub', 'mem'], municipalityCode: q.municipalityCode };
    const grades = {
      experts: labeller.expertGrades(q, s.corpus.profiles),
      reports: labeller.reportGrades(q, s.corpus.reports),
    };
    judged += grades.experts.size + grades.reports.size;

    const full = await s.matcher.match(null, view, query, { experts: 10, reports: 10, questions: 0 }, NOW);
    score(runs.experts.full, ids(full.experts), grades.experts);
    score(runs.reports.full, ids(full.reports), grades.reports);

    for (const [matcher, kind] of [
      [s.matcher, 'text'],
      [everyWord, 'allWords'],
    ] as const) {
      const experts = await matcher.textOnly(view, query, 'expertise_profile');
      const reports = await matcher.textOnly(view, query, 'report', { statuses: ['PUBLISHED'] });
      score(runs.experts[kind], top10(experts), grades.experts);
      score(runs.reports[kind], top10(reports), grades.reports);
    }

    for (const kind of ['experts', 'reports'] as const) {
      const r = await s.engine.search({
        query: q.title,
        accessKeys: view.accessKeys,
        filter: { types: [kind === 'experts' ? 'expertise_profile' : 'report'] },
        limit: 10,
        highlight: false,
      });
      score(
        runs[kind].title,
        r.hits.map((h) => h.entityId),
        grades[kind],
      );
    }
  }

  const fmt = (x: number) => x.toFixed(3);
  const row = (label: string, sc: Scores) =>
    `  ${label.padEnd(46)} ${fmt(mean(sc.ndcg))}   ${fmt(mean(sc.mrr))}   ${fmt(mean(sc.recall))}`;
  const overall = (a: Scores, b: Scores): Scores => ({
    ndcg: a.ndcg.map((x, i) => (x + b.ndcg[i]!) / 2),
    mrr: a.mrr.map((x, i) => (x + b.mrr[i]!) / 2),
    recall: a.recall.map((x, i) => (x + b.recall[i]!) / 2),
  });
  const all = {
    full: overall(runs.experts.full, runs.reports.full),
    text: overall(runs.experts.text, runs.reports.text),
    allWords: overall(runs.experts.allWords, runs.reports.allWords),
    title: overall(runs.experts.title, runs.reports.title),
  };
  const c = s.corpus;
  console.log(
    `Matching evaluation: ${QUESTIONS.length} labelled questions (${judged} graded relevant experts and reports);` +
      ` corpus ${c.profiles.length} expertise profiles, ${c.reports.length} reports, ${c.questions.length} answered questions` +
      ` (${s.documents.length} documents, embedded engine in memory, seed ${EVAL_CORPUS.seed}).`,
  );
  console.log(`  MRR and recall@10 count grade ≥ ${RELEVANT} (of 0–3) as relevant.\n`);
  console.log(`  ${''.padEnd(46)} nDCG@5  MRR     recall@10`);
  for (const [label, key] of [
    ['experts', 'experts'],
    ['reports', 'reports'],
  ] as const) {
    console.log(row(`${label}  full matcher`, runs[key].full));
    console.log(row(`${label}  text only (baseline)`, runs[key].text));
    console.log(row(`${label}  text only, every word of the question`, runs[key].allWords));
    console.log(row(`${label}  title as one engine query`, runs[key].title));
  }
  console.log(row('overall  full matcher', all.full));
  console.log(row('overall  text only (baseline)', all.text));
  console.log(row('overall  text only, every word of the question', all.allWords));
  console.log(row('overall  title as one engine query', all.title));
  // Against the stronger of the two text-only runs.
  const ratio = (full: Scores, a: Scores, b: Scores) =>
    mean(full.ndcg) / Math.max(1e-9, mean(a.ndcg), mean(b.ndcg));
  const overallRatio = ratio(all.full, all.text, all.allWords);
  console.log(
    `\n  nDCG@5 full matcher / best text-only baseline: experts ` +
      `${ratio(runs.experts.full, runs.experts.text, runs.experts.allWords).toFixed(2)}×,` +
      ` reports ${ratio(runs.reports.full, runs.reports.text, runs.reports.allWords).toFixed(2)}×,` +
      ` overall ${overallRatio.toFixed(2)}× (target ≥ ${TARGET}×: ${overallRatio >= TARGET ? 'met' : 'NOT met'})`,
  );

  // What each signal adds: the full matcher without it (nDCG@5, overall).
  const without = (signal: 'policyDomain' | 'geography' | 'keywords' | 'trackRecord' | 'recency') => {
    const zero: DeepPartial<MatchingConfig> = {
      experts: { [signal]: 0 },
      reports: { [signal]: 0 },
      questions: { [signal]: 0 },
    };
    return matchingConfig(zero);
  };
  const ablations: [string, MatchingConfig][] = [
    ['without taakveld', without('policyDomain')],
    ['without geography', without('geography')],
    ['without keywords and tags', without('keywords')],
    ['without track record', without('trackRecord')],
    ['without recency', without('recency')],
  ];
  const parts: string[] = [];
  for (const [label, config] of ablations) {
    const m = s.matcherWith(config);
    const values: number[] = [];
    for (const q of QUESTIONS) {
      const query: MatchQuery = {
        title: q.title,
        body: q.body,
        policyDomainCodes: [q.policyDomainCode],
        tags: [],
        municipalityCode: q.municipalityCode,
      };
      const view = { accessKeys: ['pub', 'mem'], municipalityCode: q.municipalityCode };
      const r = await m.match(null, view, query, { experts: 10, reports: 10, questions: 0 }, NOW);
      values.push(
        (ndcgAt(
          r.experts.map((x) => x.item.id),
          labeller.expertGrades(q, s.corpus.profiles),
          5,
        ) +
          ndcgAt(
            r.reports.map((x) => x.item.id),
            labeller.reportGrades(q, s.corpus.reports),
            5,
          )) /
          2,
      );
    }
    parts.push(`${label} ${fmt(mean(values))}`);
  }
  console.log(`  Overall nDCG@5 of the full matcher ${fmt(mean(all.full.ndcg))}; ${parts.join(', ')}.`);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  await s.engine.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
