import { Inject, Injectable } from '@nestjs/common';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import { StatementCounter } from '@ksp/persistence';

export const STATEMENT_COUNTER = Symbol('STATEMENT_COUNTER');

@Injectable()
export class MetricsService {
  private readonly registry = new Registry();

  constructor(@Inject(STATEMENT_COUNTER) counter: StatementCounter) {
    collectDefaultMetrics({ register: this.registry, prefix: 'ksp_' });
    let reported = 0;
    new Counter({
      name: 'ksp_sql_statements_total',
      help: 'SQL statements sent to the database by this instance.',
      registers: [this.registry],
      collect() {
        this.inc(counter.count - reported);
        reported = counter.count;
      },
    });
  }

  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
