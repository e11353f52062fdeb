import { GUARDS_METADATA } from '@nestjs/common/constants';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { Test } from '@nestjs/testing';
import { ErrorCode } from './errors';
import {
  MemoryRateLimiter,
  RATE_LIMIT_RULE,
  RateLimit,
  RateLimitGuard,
  RateLimitModule,
  RateLimitedError,
  RateLimiter,
  enforceRateLimit,
} from './rate-limit';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('MemoryRateLimiter (rate-limiter-flexible in memory)', () => {
  const login = { key: 'login', points: 3, duration: 60 };

  it('allows `points` requests per window per client, then refuses with the seconds to wait', async () => {
    const limiter = new MemoryRateLimiter();
    const remaining = [];
    for (let i = 0; i < 3; i++) remaining.push((await limiter.consume(login, '10.0.0.1')).remaining);
    expect(remaining).toEqual([2, 1, 0]);
    const refused = await limiter.consume(login, '10.0.0.1');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(55);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    // another client and another rule count on their own
    expect((await limiter.consume(login, '10.0.0.2')).allowed).toBe(true);
    expect((await limiter.consume({ ...login, key: 'signup' }, '10.0.0.1')).allowed).toBe(true);
  });

  it('allows again after the window, or after a reset', async () => {
    const limiter = new MemoryRateLimiter();
    const short = { key: 'short', points: 1, duration: 1 };
    expect((await limiter.consume(short, 'a')).allowed).toBe(true);
    expect(await limiter.consume(short, 'a')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    await sleep(1100);
    expect((await limiter.consume(short, 'a')).allowed).toBe(true);
    await limiter.reset(short, 'a');
    expect((await limiter.consume(short, 'a')).allowed).toBe(true);
  });

  it('keeps a client blocked for blockDuration once over the limit', async () => {
    const limiter = new MemoryRateLimiter();
    const rule = { key: 'blocking', points: 1, duration: 1, blockDuration: 120 };
    await limiter.consume(rule, 'a');
    const refused = await limiter.consume(rule, 'a');
    expect(refused.retryAfterSeconds).toBeGreaterThan(100);
  });

  it('enforceRateLimit throws RATE_LIMITED with a Dutch message and retryAfterSeconds', async () => {
    const limiter = new MemoryRateLimiter();
    const rule = { key: 'mail', points: 1, duration: 30 };
    await enforceRateLimit(limiter, rule, 'a');
    const error = await enforceRateLimit(limiter, rule, 'a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    const limited = error as RateLimitedError;
    expect(limited.code).toBe(ErrorCode.RATE_LIMITED);
    expect(limited.message).toMatch(/^Te veel verzoeken\. Probeer het over \d+ seconden opnieuw\.$/);
    expect(limited.details).toEqual({ retryAfterSeconds: limited.retryAfterSeconds });
  });
});

describe('@RateLimit and RateLimitGuard', () => {
  class AuthResolver {
    @RateLimit({ key: 'login', points: 2, duration: 60 })
    login(): boolean {
      return true;
    }
    open(): boolean {
      return true;
    }
  }

  /** A GraphQL resolver call as Nest hands it to a guard: [root, args, context, info]. */
  function graphqlCall(handler: () => boolean, ip: string, headers: Record<string, string>) {
    const context = {
      req: { ip },
      reply: { header: (name: string, value: string) => (headers[name] = value) },
    };
    const host = new ExecutionContextHost([{}, {}, context, {}], AuthResolver, handler);
    host.setType('graphql');
    return host;
  }

  it('marks the method with its rule and the guard', () => {
    expect(Reflect.getMetadata(RATE_LIMIT_RULE, AuthResolver.prototype.login)).toEqual({
      key: 'login',
      points: 2,
      duration: 60,
    });
    expect(Reflect.getMetadata(GUARDS_METADATA, AuthResolver.prototype.login)).toEqual([RateLimitGuard]);
  });

  it('lets `points` calls per client address through, then refuses with RATE_LIMITED and Retry-After', async () => {
    const module = await Test.createTestingModule({ imports: [RateLimitModule] }).compile();
    expect(module.get(RateLimiter)).toBeInstanceOf(MemoryRateLimiter);
    const guard = module.get(RateLimitGuard);
    const headers: Record<string, string> = {};
    const login = AuthResolver.prototype.login;
    expect(await guard.canActivate(graphqlCall(login, '192.0.2.1', headers))).toBe(true);
    expect(await guard.canActivate(graphqlCall(login, '192.0.2.1', headers))).toBe(true);
    const error = await Promise.resolve(guard.canActivate(graphqlCall(login, '192.0.2.1', headers))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).code).toBe('RATE_LIMITED');
    expect(Number(headers['retry-after'])).toBe((error as RateLimitedError).retryAfterSeconds);
    // another address is counted on its own; a method without @RateLimit is not counted at all
    expect(await guard.canActivate(graphqlCall(login, '192.0.2.2', headers))).toBe(true);
    for (let i = 0; i < 5; i++) {
      expect(await guard.canActivate(graphqlCall(AuthResolver.prototype.open, '192.0.2.1', headers))).toBe(
        true,
      );
    }
    await module.close();
  });
});
