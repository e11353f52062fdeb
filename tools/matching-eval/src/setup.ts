import 'reflect-metadata';
import { readReferenceData, type DirectoryData } from '@ksp/directory';
import { DEFAULT_MATCHING_CONFIG, Matcher, viewsOfData, type MatchingConfig } from '@ksp/matching';
import { EmbeddedSearchEngine, type SearchDocument } from '@ksp/search';
import { CorpusGenerator, searchDocuments, type Corpus, type CorpusOptions } from './corpus';
import { CorpusSources } from './memory-sources';

/** The reference data, the generated corpus, an embedded engine holding it, and the matcher over both. */
export interface EvalSetup {
  readonly data: DirectoryData;
  readonly generator: CorpusGenerator;
  readonly corpus: Corpus;
  readonly engine: EmbeddedSearchEngine;
  readonly matcher: Matcher<null>;
  /** The same matcher with another configuration (for ablations). */
  matcherWith(config: MatchingConfig): Matcher<null>;
  /** The indexed documents. */
  readonly documents: readonly SearchDocument[];
  /** Gemeente → its veiligheidsregio. */
  readonly veiligheidsregio: ReadonlyMap<string, string>;
}

export async function setUp(
  options: CorpusOptions,
  config: MatchingConfig = DEFAULT_MATCHING_CONFIG,
  extra: (corpus: Corpus) => Iterable<SearchDocument> = () => [],
): Promise<EvalSetup> {
  const { data } = readReferenceData();
  const { taxonomy, geography } = viewsOfData(data);
  const generator = new CorpusGenerator(data);
  const corpus = generator.generate(options);
  const parent = new Map(data.policyDomains.map((d) => [d.code, d.parentCode]));
  const paths = (codes: readonly string[]) => {
    const out = new Set<string>();
    for (const code of codes) {
      let c: string | null | undefined = code;
      while (c) {
        out.add(c);
        c = parent.get(c);
      }
    }
    return [...out];
  };
  const regions = new Map<string, string[]>();
  const veiligheidsregio = new Map<string, string>();
  const kinds = new Map(data.regions.map((r) => [r.id, r.kind]));
  for (const m of data.regionMembers) {
    regions.set(m.municipalityCode, [...(regions.get(m.municipalityCode) ?? []), m.regionId]);
    if (kinds.get(m.regionId) === 'VEILIGHEIDSREGIO') veiligheidsregio.set(m.municipalityCode, m.regionId);
  }
  const regionsOf = (codes: readonly string[]) => [...new Set(codes.flatMap((c) => regions.get(c) ?? []))];
  const name = (code: string) => data.policyDomains.find((d) => d.code === code)?.name ?? code;

  const engine = new EmbeddedSearchEngine({ path: ':memory:' });
  await engine.ensureIndex();
  const docs = [...searchDocuments(corpus, paths, regionsOf, name), ...extra(corpus)];
  for (let i = 0; i < docs.length; i += 2000) await engine.upsert(docs.slice(i, i + 2000));
  const codes = data.policyDomains.map((d) => d.code);
  const sources = new CorpusSources(corpus);
  const matcherWith = (c: MatchingConfig) =>
    new Matcher<null>(engine, sources, taxonomy, geography, c, () => codes);
  return {
    data,
    generator,
    corpus,
    engine,
    matcher: matcherWith(config),
    matcherWith,
    documents: docs,
    veiligheidsregio,
  };
}
