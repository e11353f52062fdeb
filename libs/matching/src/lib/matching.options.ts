import type { DeepPartial, MatchingConfig } from './matching.config';

export interface MatchingModuleOptions {
  /** Overrides of the defaults in matching.config.ts (only what differs; geography per hub). */
  readonly config?: DeepPartial<MatchingConfig>;
  /** The web app's address, for the links in mails to coordinators (e.g. https://kennis.regio.nl). */
  readonly publicUrl?: string;
}

/** DI token of the web app's address (no trailing slash). */
export const MATCHING_PUBLIC_URL = Symbol('MATCHING_PUBLIC_URL');

/** DI token of the effective MatchingConfig. */
export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');
/** DI token of the Matcher over the hub's content (Matcher<Reader>). */
export const HUB_MATCHER = Symbol('HUB_MATCHER');
