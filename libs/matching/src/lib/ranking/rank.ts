import type { MatchingConfig, SignalWeights } from '../matching.config';
import type {
  ExpertCandidate,
  ExpertMatch,
  Match,
  MatchQuery,
  QuestionCandidate,
  ReportCandidate,
  TextScore,
  TextScores,
  TrackRecord,
} from '../matching.types';
import { geoRelation, type GeoRelation, type GeographyView } from './geography';
import {
  availabilityReasons,
  geographyReason,
  keywordReason,
  policyDomainReason,
  textReason,
  trackRecordReasons,
} from './reasons';
import { proximity, type BestProximity, type Proximity, type TaxonomyView } from './taxonomy';
import { keywordQuery, matchedKeywords, words, type KeywordQuery } from './text';

/**
 * The ranking core: pure functions from a query, candidates and their text relevance to ranked
 * matches with Dutch reasons. No I/O: the Matcher gathers candidates (through the search engine
 * with the viewer's access keys, and the database) and calls these.
 *
 * Each ranks in two steps: every candidate is scored (cheap), then only the best `limit` get their
 * reasons written.
 */
export interface RankingContext {
  readonly taxonomy: TaxonomyView;
  readonly geography: GeographyView;
  readonly config: MatchingConfig;
  /** The viewer's gemeente: reasons say "uw gemeente" when the need is theirs. */
  readonly viewerMunicipalityCode: string | null;
  readonly now: Date;
}

type Signal = keyof SignalWeights;

/** Σ w·s / Σ w over the signals that apply to this query (a query without taakvelden has no taakveld signal). */
function weighted(weights: SignalWeights, scores: Partial<Record<Signal, number>>): number {
  let sum = 0;
  let total = 0;
  for (const [signal, score] of Object.entries(scores) as [Signal, number | undefined][]) {
    if (score === undefined) continue;
    const w = weights[signal];
    sum += w * score;
    total += w;
  }
  return total > 0 ? sum / total : 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function byScore<T extends { readonly score: number }>(id: (m: T) => string) {
  return (a: T, b: T) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
}

/** Proximity of two codes, memoised for one ranking (candidates share few codes). */
class Proximities {
  private readonly memo = new Map<string, Proximity>();
  constructor(private readonly ctx: RankingContext) {}

  of(a: string, b: string): Proximity {
    const key = `${a}|${b}`;
    let p = this.memo.get(key);
    if (!p) {
      p = proximity(a, b, this.ctx.taxonomy, this.ctx.config.taxonomy);
      this.memo.set(key, p);
    }
    return p;
  }

  best(asked: readonly string[], candidate: readonly { code: string; weight: number }[]): BestProximity {
    let best: BestProximity = { kind: 'NONE', score: 0, asked: null, candidate: null };
    for (const a of asked) {
      for (const c of candidate) {
        const r = this.of(a, c.code);
        const score = r.score * c.weight;
        if (score > best.score) best = { kind: r.kind, score, asked: a, candidate: c.code };
      }
    }
    return best;
  }

  /** Taakveld signal: mostly the best pair, partly how many asked codes are covered. */
  signal(
    asked: readonly string[],
    candidate: readonly { code: string; weight: number }[],
  ): { score: number; best: BestProximity } {
    const best = this.best(asked, candidate);
    if (asked.length <= 1) return { score: best.score, best };
    let sum = 0;
    for (const a of asked) sum += this.best([a], candidate).score;
    return { score: 0.7 * best.score + 0.3 * (sum / asked.length), best };
  }
}

function keywordSignal(hits: number): number {
  return hits === 0 ? 0 : 1 - Math.pow(0.4, hits);
}

export function trackRecordSignal(r: TrackRecord, c: MatchingConfig): number {
  const t = c.trackRecord;
  const effective = r.acceptedAnswers + (r.answersGiven - r.acceptedAnswers) * t.answerWeight;
  if (effective <= 0) return 0;
  let s = 1 - Math.exp(-effective / t.saturation);
  const m = r.medianMinutesToFirstAnswer;
  if (m !== null && m > t.fastMinutes) {
    const f = Math.min(1, (m - t.fastMinutes) / Math.max(1, t.slowMinutes - t.fastMinutes));
    s *= 1 - (1 - t.slowFactor) * f;
  }
  return s;
}

/** Whether routing may send this expert a question now. */
export function isRoutable(c: ExpertCandidate): boolean {
  return (
    c.consent &&
    c.userId !== null &&
    c.availability !== 'UNAVAILABLE' &&
    c.maxOpenQuestions > 0 &&
    c.openRouted < c.maxOpenQuestions
  );
}

/** The multiplier from earlier declines of similar questions (1 = none). */
export function declineFactor(c: ExpertCandidate, asked: readonly string[], ctx: RankingContext): number {
  return declines(c, asked, ctx, new Proximities(ctx));
}

function declines(
  c: ExpertCandidate,
  asked: readonly string[],
  ctx: RankingContext,
  prox: Proximities,
): number {
  const d = ctx.config.declines;
  let factor = 1;
  for (const decline of c.declines) {
    const penalty = d[decline.reason] ?? 0;
    if (penalty <= 0) continue;
    let closeness = 0;
    for (const a of asked) {
      for (const code of decline.policyDomainCodes) closeness = Math.max(closeness, prox.of(a, code).score);
    }
    const ageDays = Math.max(0, (ctx.now.getTime() - decline.at.getTime()) / 86_400_000);
    factor *= 1 - penalty * closeness * Math.pow(0.5, ageDays / d.halfLifeDays);
  }
  return Math.max(d.floor, factor);
}

interface Prepared {
  readonly keywords: KeywordQuery;
  readonly hasText: boolean;
  readonly hasCodes: boolean;
  readonly hasPlace: boolean;
  readonly hasKeywords: boolean;
}

function prepare(q: MatchQuery): Prepared {
  const queryWords = words(`${q.title} ${q.body}`);
  return {
    keywords: keywordQuery(q.tags, queryWords),
    hasText: queryWords.length > 0,
    hasCodes: q.policyDomainCodes.length > 0,
    hasPlace: q.municipalityCode !== null,
    hasKeywords: queryWords.length > 0 || q.tags.length > 0,
  };
}

/** What a candidate scored on, kept for writing its reasons. */
interface Scored<T> {
  readonly item: T;
  readonly score: number;
  readonly text: TextScore | undefined;
  readonly best: BestProximity | null;
  readonly keywords: readonly string[];
  readonly geo: GeoRelation;
}

/** The signals every kind of match shares: text, taakveld, keywords or tags, geography. */
function common<T extends { readonly id: string; readonly municipalityCode: string | null }>(
  item: T,
  codes: readonly { code: string; weight: number }[],
  keywords: readonly string[],
  query: MatchQuery,
  p: Prepared,
  text: TextScores,
  ctx: RankingContext,
  prox: Proximities,
): (Omit<Scored<T>, 'score'> & { topical: number; signals: Partial<Record<Signal, number>> }) | null {
  const t = text.get(item.id);
  const pd = p.hasCodes ? prox.signal(query.policyDomainCodes, codes) : null;
  const kw = p.hasKeywords ? matchedKeywords(keywords, p.keywords) : [];
  const topical = Math.max(t?.score ?? 0, pd?.score ?? 0, keywordSignal(kw.length));
  if (topical < ctx.config.minRelevance) return null;
  const geo = geoRelation(query.municipalityCode, item.municipalityCode, ctx.geography, ctx.config.geography);
  return {
    item,
    text: t,
    best: pd?.best ?? null,
    keywords: kw,
    geo,
    topical,
    signals: {
      text: p.hasText ? (t?.score ?? 0) : undefined,
      policyDomain: pd?.score,
      keywords: p.hasKeywords ? keywordSignal(kw.length) : undefined,
      geography: p.hasPlace ? geo.score : undefined,
    },
  };
}

function geoReason(s: Scored<{ municipalityCode: string | null }>, query: MatchQuery, ctx: RankingContext) {
  return geographyReason(
    s.geo,
    query.municipalityCode,
    s.item.municipalityCode,
    ctx.viewerMunicipalityCode,
    ctx.geography,
  );
}

const present = (r: string | null): r is string => !!r;

function scoreExperts(
  query: MatchQuery,
  p: Prepared,
  candidates: readonly ExpertCandidate[],
  text: TextScores,
  ctx: RankingContext,
): Scored<ExpertCandidate>[] {
  const c = ctx.config;
  const prox = new Proximities(ctx);
  const scored: Scored<ExpertCandidate>[] = [];
  for (const e of candidates) {
    if (!e.consent) continue;
    const codes = e.policyDomains.map((d) => ({ code: d.code, weight: c.taxonomy.levels[d.level] ?? 1 }));
    const s = common(e, codes, e.keywords, query, p, text, ctx, prox);
    if (!s) continue;
    const base = weighted(c.experts, {
      ...s.signals,
      trackRecord: p.hasCodes ? trackRecordSignal(e.trackRecord, c) : undefined,
    });
    const availability = c.availability[e.availability] ?? 1;
    const load =
      e.maxOpenQuestions > 0 ? Math.min(1, e.openRouted / e.maxOpenQuestions) : e.openRouted > 0 ? 1 : 0;
    const score =
      base *
      availability *
      (1 - c.loadPenalty * load) *
      (e.declines.length ? declines(e, query.policyDomainCodes, ctx, prox) : 1);
    scored.push({ ...s, score: round(score) });
  }
  return scored.sort(byScore((m) => m.item.id));
}

/** The ids of the best `limit` experts, without their reasons (to decide which to look at closer). */
export function expertOrder(
  query: MatchQuery,
  candidates: readonly ExpertCandidate[],
  text: TextScores,
  ctx: RankingContext,
  limit: number,
): string[] {
  return scoreExperts(query, prepare(query), candidates, text, ctx)
    .slice(0, limit)
    .map((s) => s.item.id);
}

/**
 * Experts for a query, best first (at most `limit`). Profiles without consent are never returned,
 * whatever else they match; UNAVAILABLE ones are ranked lower and flagged not routable; load and
 * earlier declines of similar questions lower the score.
 */
export function rankExperts(
  query: MatchQuery,
  candidates: readonly ExpertCandidate[],
  text: TextScores,
  ctx: RankingContext,
  limit = Number.POSITIVE_INFINITY,
): ExpertMatch[] {
  const c = ctx.config;
  const p = prepare(query);
  return scoreExperts(query, p, candidates, text, ctx)
    .slice(0, limit)
    .map((s) => {
      const e = s.item;
      const reasons = [
        s.best ? policyDomainReason(s.best, ctx.taxonomy) : null,
        keywordReason('trefwoorden', s.keywords),
        ...(p.hasCodes ? trackRecordReasons(e.trackRecord, c.trackRecord.fastMinutes) : []),
        geoReason(s, query, ctx),
        s.text && s.text.score >= 0.25 ? textReason('profiel noemt', s.text.terms) : null,
        ...availabilityReasons(e.availability, e.openRouted, e.maxOpenQuestions),
      ].filter(present);
      return { item: e, score: s.score, reasons, routable: isRoutable(e) };
    });
}

function recencySignal(publicationDate: string, ctx: RankingContext): number {
  const published = Date.parse(`${publicationDate}T00:00:00Z`);
  if (Number.isNaN(published)) return 0;
  const years = Math.max(0, (ctx.now.getTime() - published) / (365.25 * 86_400_000));
  return Math.pow(0.5, years / ctx.config.recencyHalfLifeYears);
}

/** Reports for a query, best first (at most `limit`): text, taakveld, tags, where it comes from, how recent. */
export function rankReports(
  query: MatchQuery,
  candidates: readonly ReportCandidate[],
  text: TextScores,
  ctx: RankingContext,
  limit = Number.POSITIVE_INFINITY,
): Match<ReportCandidate>[] {
  const p = prepare(query);
  const prox = new Proximities(ctx);
  const scored: Scored<ReportCandidate>[] = [];
  for (const r of candidates) {
    const codes = r.policyDomainCodes.map((code) => ({ code, weight: 1 }));
    const s = common(r, codes, r.tags, query, p, text, ctx, prox);
    if (!s) continue;
    const score = weighted(ctx.config.reports, {
      ...s.signals,
      recency: recencySignal(r.publicationDate, ctx),
    });
    scored.push({ ...s, score: round(score) });
  }
  return scored
    .sort(byScore((m) => m.item.id))
    .slice(0, limit)
    .map((s) => {
      const r = s.item;
      const reasons = [
        s.best ? policyDomainReason(s.best, ctx.taxonomy) : null,
        s.text && s.text.score >= 0.25 ? textReason('rapport noemt', s.text.terms) : null,
        keywordReason('tags', s.keywords),
        geoReason(s, query, ctx),
        `verschenen in ${r.publicationDate.slice(0, 4)}${r.publisherName ? ` bij ${r.publisherName}` : ''}`,
      ].filter(present);
      return { item: r, score: s.score, reasons };
    });
}

/**
 * Earlier questions, best first (at most `limit`): those with an accepted answer only, by text
 * (question and answer), taakveld, tags and where they were asked.
 */
export function rankQuestions(
  query: MatchQuery,
  candidates: readonly QuestionCandidate[],
  text: TextScores,
  ctx: RankingContext,
  limit = Number.POSITIVE_INFINITY,
): Match<QuestionCandidate>[] {
  const p = prepare(query);
  const prox = new Proximities(ctx);
  const scored: Scored<QuestionCandidate>[] = [];
  for (const q of candidates) {
    if (!q.hasAcceptedAnswer) continue;
    const codes = q.policyDomainCodes.map((code) => ({ code, weight: 1 }));
    const s = common(q, codes, q.tags, query, p, text, ctx, prox);
    if (!s) continue;
    scored.push({ ...s, score: round(weighted(ctx.config.questions, s.signals)) });
  }
  return scored
    .sort(byScore((m) => m.item.id))
    .slice(0, limit)
    .map((s) => {
      const reasons = [
        'beantwoord, met een geaccepteerd antwoord',
        s.best ? policyDomainReason(s.best, ctx.taxonomy) : null,
        s.text && s.text.score >= 0.25 ? textReason('vraag en antwoord noemen', s.text.terms) : null,
        keywordReason('tags', s.keywords),
        geoReason(s, query, ctx),
      ].filter(present);
      return { item: s.item, score: s.score, reasons };
    });
}
