import { Inject, Injectable } from '@nestjs/common';
import { OutboxProcessor, type OutboxBacklog } from '@ksp/persistence';
import { SEARCH_ENGINE, type SearchEngine } from '@ksp/search';

export interface SearchStatusReport {
  /** `ok`, or `degraded` while the engine cannot be reached or the outbox is failing to reach it. */
  readonly status: 'ok' | 'degraded';
  readonly engine: string;
  readonly detail: string;
  readonly outbox: OutboxBacklog;
}

/** For `/ready`: the search side is degraded, never fatal — writes go on and wait in the outbox. */
@Injectable()
export class SearchStatus {
  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly outbox: OutboxProcessor,
  ) {}

  async report(): Promise<SearchStatusReport> {
    const [health, outbox] = await Promise.all([this.engine.health(), this.outbox.backlog()]);
    const failing = outbox.retrying > 0 && outbox.oldestPendingSeconds > 30;
    return {
      status: health.ok && !failing ? 'ok' : 'degraded',
      engine: this.engine.name,
      detail: health.ok && failing ? `outbox retrying: ${outbox.lastError ?? ''}` : health.detail,
      outbox,
    };
  }
}
