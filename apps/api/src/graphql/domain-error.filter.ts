import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '@ksp/shared';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SEARCH_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * A domain error leaves a resolver as a GraphQL error with its stable code and details; from a
 * plain HTTP route, as JSON with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<string>() === 'http') {
      const reply = host.switchToHttp().getResponse<FastifyReply>();
      void reply.status(HTTP_STATUS[error.code]).send({ code: error.code, message: error.message });
      return;
    }
    return new GraphQLError(error.message, {
      originalError: error,
      extensions: { ...error.details, code: error.code },
    });
  }
}
