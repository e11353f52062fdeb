import { Controller, Get, Header } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { SearchStatus } from '@ksp/discovery';
import { Public } from '@ksp/shared';
import { MetricsService } from './metrics.service';

/** Probes and metrics are for the platform: no login (keep /metrics off the public ingress). */
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly metrics: MetricsService,
    private readonly search: SearchStatus,
  ) {}

  /** The process is alive (for a liveness probe). */
  @Get('health')
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * The instance can serve: the database answers (for a readiness probe and load balancers); 503
   * when it does not. The search engine is reported as `ok` or `degraded` but never makes the
   * instance unready: while it is down, writes still succeed and wait in the outbox.
   */
  @Get('ready')
  @HealthCheck()
  async ready() {
    const [database, search] = await Promise.all([
      this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]),
      this.search.report().catch((e: unknown) => ({ status: 'degraded' as const, detail: String(e) })),
    ]);
    return { ...database, search };
  }

  /** Prometheus metrics. */
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}
