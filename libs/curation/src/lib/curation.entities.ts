/** The tables of this library (added to the hub's entity list in apps/api/src/entities.ts). */
export const CURATION_ENTITIES: Function[] = [];
