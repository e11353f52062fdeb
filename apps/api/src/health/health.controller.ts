import { Controller, Get, Header } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
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
  ) {}

  /** The process is alive (for a liveness probe). */
  @Get('health')
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The instance can serve: the database answers (for a readiness probe and load balancers). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }

  /** Prometheus metrics. */
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  scrape(): Promise<string> {
    return this.metrics.scrape();
  }
}
