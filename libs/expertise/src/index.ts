export { ExpertiseModule } from './lib/expertise.module';
export { EXPERTISE_ENTITIES } from './lib/expertise.entities';
export { ExpertiseService } from './lib/expertise.service';
export { ExpertiseProfileModel } from './lib/models/expertise.models';
export { profileAccessKeys, LIMITS as EXPERTISE_LIMITS } from './lib/expertise.rules';
export {
  ExpertiseProfileKind,
  ExpertiseLevel,
  Availability,
  ConsentMethod,
  NO_STATISTICS,
  type ExpertiseProfile,
  type ConsentRecord,
  type PersonRef,
  type ProfilePolicyDomain,
  type ExpertiseStatistics,
  type ExpertiseProfileFilter,
  type RecommendableProfile,
  type RecommendableCriteria,
} from './lib/expertise.types';
export { ExpertiseSearchSource } from './lib/expertise.search-source';
