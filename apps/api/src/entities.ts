import { CURATION_ENTITIES } from '@ksp/curation';
import { DIRECTORY_ENTITIES } from '@ksp/directory';
import { EXPERTISE_ENTITIES } from '@ksp/expertise';
import { IDENTITY_ENTITIES } from '@ksp/identity';
import { MATCHING_ENTITIES } from '@ksp/matching';
import { OUTBOX_ENTITIES } from '@ksp/persistence';
import { QUESTIONS_ENTITIES } from '@ksp/questions';
import { REPORTS_ENTITIES } from '@ksp/reports';

/** Every entity of the hub; the migrations must produce exactly their schema (drift test). */
export const ALL_ENTITIES = [
  ...DIRECTORY_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...OUTBOX_ENTITIES,
  ...QUESTIONS_ENTITIES,
  ...REPORTS_ENTITIES,
  ...EXPERTISE_ENTITIES,
  ...CURATION_ENTITIES,
  ...MATCHING_ENTITIES,
];
