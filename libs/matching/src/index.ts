export { MatchingModule } from './lib/matching.module';
export { MATCHING_ENTITIES } from './lib/matching.entities';
export { MatchingService } from './lib/matching.service';
export type {
  Matches,
  ExpertMatchResult,
  ReportMatchResult,
  QuestionMatchResult,
  PersonMatchResult,
  RoutedQuestion,
  EscalatedQuestion,
  DraftData,
} from './lib/matching.service';
export { RoutingService, type EscalationRun } from './lib/routing.service';
export type { MatchingModuleOptions } from './lib/matching.options';
export {
  DEFAULT_MATCHING_CONFIG,
  matchingConfig,
  type MatchingConfig,
  type DeepPartial,
  type SignalWeights,
} from './lib/matching.config';
export {
  Matcher,
  type MatchingSources,
  type MatchOptions,
  type MatchResult,
  type ExpertCriteria,
  type Around,
} from './lib/matcher';
export * from './lib/matching.types';
export { rankExperts, rankReports, rankQuestions, isRoutable, type RankingContext } from './lib/ranking/rank';
export { proximity, type TaxonomyView } from './lib/ranking/taxonomy';
export { geoRelation, type GeographyView } from './lib/ranking/geography';
export { queryText } from './lib/ranking/text';
export { viewsOfData, viewsOfDirectory } from './lib/ranking/views';
