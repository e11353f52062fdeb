import type { SearchEngine } from '@ksp/search';

export interface DiscoveryOptions {
  /** The search engine adapter the app chose (embedded or Meilisearch). */
  readonly engine: SearchEngine;
  /** Compare the database with the index at start and repair drift (in the background). */
  readonly reconcileOnStart: boolean;
  /** How often to reconcile while running; 0 = never. */
  readonly reconcileIntervalMs: number;
}

export const DISCOVERY_OPTIONS = Symbol('DISCOVERY_OPTIONS');
