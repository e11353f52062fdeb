import { ExecutionContext, Injectable, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from '@ksp/shared';
import { notAuthenticated } from '../identity.errors';
import { Actor, Session } from '../identity.types';

interface HttpRequestLike {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  user?: unknown;
  body?: unknown;
}

function requestOf(context: ExecutionContext): HttpRequestLike {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: HttpRequestLike }>().req;
  }
  return context.switchToHttp().getRequest<HttpRequestLike>();
}

/**
 * The global guard: every operation needs a valid access token unless it is marked `@Public()`.
 * A token that is present but invalid (tampered, expired) is refused even on public operations.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): HttpRequestLike {
    return requestOf(context);
  }

  /** `@Public()` per handler, looked up once: this guard runs for every root field of every request. */
  private readonly publicHandlers = new WeakMap<object, boolean>();

  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const handler = context.getHandler();
    let isPublic = this.publicHandlers.get(handler);
    if (isPublic === undefined) {
      isPublic = !!this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, context.getClass()]);
      this.publicHandlers.set(handler, isPublic);
    }
    // Anonymous on a public operation: nothing to verify, and no promise either.
    if (isPublic && !requestOf(context).headers['authorization']) return true;
    return super.canActivate(context) as Promise<boolean>;
  }

  override handleRequest<T>(err: unknown, user: T | false): T {
    if (err || !user) throw notAuthenticated();
    return user;
  }
}

/** For the `login` mutation: Passport local reads email and password from the GraphQL arguments. */
@Injectable()
export class LocalLoginGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext): HttpRequestLike {
    const gql = GqlExecutionContext.create(context);
    const req = gql.getContext<{ req: HttpRequestLike }>().req;
    // A plain request-like object: Passport local reads `body`, our strategy the client address.
    return { body: gql.getArgs(), ip: req.ip, headers: req.headers };
  }

  override handleRequest<T>(err: unknown, session: T | false, _info: unknown, context: ExecutionContext): T {
    if (err) throw err;
    if (!session) throw notAuthenticated();
    GqlExecutionContext.create(context).getContext<{ session?: unknown }>().session = session;
    return session;
  }
}

/** The acting user, or null on a public operation without a token. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | null => {
  return (requestOf(context).user as Actor | undefined) ?? null;
});

/** The session made by LocalLoginGuard. */
export const LoginSession = createParamDecorator((_: unknown, context: ExecutionContext): Session => {
  return GqlExecutionContext.create(context).getContext<{ session: Session }>().session;
});

export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext): string | null => {
  return requestOf(context).ip ?? null;
});
