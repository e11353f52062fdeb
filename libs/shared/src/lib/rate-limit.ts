import {
  CanActivate,
  ExecutionContext,
  Global,
  Injectable,
  Module,
  SetMetadata,
  UseGuards,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from './errors';

/** A limit: at most `points` requests per `duration` seconds per client, counted under `key`. */
export interface RateLimitRule {
  /** Names the counter, e.g. 'login'; rules with different keys count independently. */
  readonly key: string;
  /** Requests allowed per window. */
  readonly points: number;
  /** Length of the window in seconds. */
  readonly duration: number;
  /** Seconds a client stays refused once over the limit (default: until the window ends). */
  readonly blockDuration?: number;
}

export interface RateLimitDecision {
  readonly allowed: boolean;
  /** Requests left in the current window. */
  readonly remaining: number;
  /** Whole seconds until a request can be allowed again; 0 when this one was allowed. */
  readonly retryAfterSeconds: number;
}

/**
 * Counts requests per rule and client. Inject this abstract class; the in-memory implementation
 * counts per instance (behind N instances a client gets up to N × points); a Redis-backed one
 * (RateLimiterRedis of the same package) can replace it without changing callers.
 */
export abstract class RateLimiter {
  /** Counts `points` (default 1) for `subject` (e.g. a client address) under `rule`. */
  abstract consume(rule: RateLimitRule, subject: string, points?: number): Promise<RateLimitDecision>;
  /** Forgets what was counted for `subject` under `rule` (e.g. after a successful login). */
  abstract reset(rule: RateLimitRule, subject: string): Promise<void>;
}

/** RateLimiter in this process's memory (rate-limiter-flexible's RateLimiterMemory). */
@Injectable()
export class MemoryRateLimiter extends RateLimiter {
  private readonly limiters = new Map<string, RateLimiterMemory>();

  async consume(rule: RateLimitRule, subject: string, points = 1): Promise<RateLimitDecision> {
    try {
      const res = await this.limiter(rule).consume(subject, points);
      return { allowed: true, remaining: res.remainingPoints, retryAfterSeconds: 0 };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return {
        allowed: false,
        remaining: 0,
        retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
      };
    }
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.limiter(rule).delete(subject);
  }

  private limiter(rule: RateLimitRule): RateLimiterMemory {
    const id = `${rule.key}|${rule.points}|${rule.duration}|${rule.blockDuration ?? 0}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiterMemory({
        keyPrefix: rule.key,
        points: rule.points,
        duration: rule.duration,
        blockDuration: rule.blockDuration ?? 0,
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }
}

/** Too many requests: RATE_LIMITED, with the seconds to wait in `extensions.retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      ErrorCode.RATE_LIMITED,
      `Te veel verzoeken. Probeer het over ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'seconde' : 'seconden'} opnieuw.`,
      { retryAfterSeconds },
    );
  }
}

/** Counts one request and throws RateLimitedError when it is over the limit. */
export async function enforceRateLimit(
  limiter: RateLimiter,
  rule: RateLimitRule,
  subject: string,
): Promise<void> {
  const decision = await limiter.consume(rule, subject);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
}

export const RATE_LIMIT_RULE = 'ksp:rateLimit';

interface ClientRequest {
  readonly ip?: string;
}
interface ReplyWithHeaders {
  header(name: string, value: string): unknown;
}

/** Applies the @RateLimit rule of a resolver or controller method, per client address. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<RateLimitRule | undefined>(RATE_LIMIT_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) return true;
    const { req, reply } = requestOf(context);
    const decision = await this.limiter.consume(rule, req?.ip ?? 'unknown');
    if (decision.allowed) return true;
    if (reply && typeof reply.header === 'function') {
      reply.header('retry-after', String(decision.retryAfterSeconds));
    }
    throw new RateLimitedError(decision.retryAfterSeconds);
  }
}

function requestOf(context: ExecutionContext): { req?: ClientRequest; reply?: ReplyWithHeaders } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{
      req?: ClientRequest;
      reply?: ReplyWithHeaders;
    }>();
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<ClientRequest>(), reply: http.getResponse<ReplyWithHeaders>() };
}

/**
 * Limits a query, mutation or route per client address (`req.ip`; set TRUST_PROXY behind a load
 * balancer), e.g. `@RateLimit({ key: 'login', points: 10, duration: 60 })`. Over the limit the
 * request fails with RATE_LIMITED and `extensions.retryAfterSeconds`. Needs RateLimitModule.
 */
export function RateLimit(rule: RateLimitRule): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(RATE_LIMIT_RULE, rule), UseGuards(RateLimitGuard));
}

/** Provides RateLimiter (in memory) and RateLimitGuard to the whole application. */
@Global()
@Module({
  providers: [{ provide: RateLimiter, useClass: MemoryRateLimiter }, RateLimitGuard],
  exports: [RateLimiter, RateLimitGuard],
})
export class RateLimitModule {}
