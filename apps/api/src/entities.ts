import { DIRECTORY_ENTITIES } from '@ksp/directory';
import { IDENTITY_ENTITIES } from '@ksp/identity';

/** Every entity of the hub; the migrations must produce exactly their schema (drift test). */
export const ALL_ENTITIES = [...DIRECTORY_ENTITIES, ...IDENTITY_ENTITIES];
