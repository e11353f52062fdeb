import { ArgumentsHost, Catch, HttpException, HttpStatus, type HttpServer } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { ErrorCode } from '@ksp/shared';

/**
 * A request body over GRAPHQL_MAX_BODY_BYTES is refused by Fastify before it reaches GraphQL;
 * this gives that refusal (HTTP 413) a GraphQL-shaped body with a stable code, like every other
 * error of the API. Other HTTP errors get Nest's usual answer; errors inside GraphQL resolvers
 * are left alone (formatGraphQLError handles those).
 */
@Catch(HttpException)
export class BodyTooLargeFilter extends BaseExceptionFilter {
  constructor(
    adapter: HttpServer,
    private readonly maxBytes: number,
  ) {
    super(adapter);
  }

  override catch(exception: HttpException, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    if (exception.getStatus() !== HttpStatus.PAYLOAD_TOO_LARGE) return super.catch(exception, host);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply
      .status(HttpStatus.PAYLOAD_TOO_LARGE)
      .header('content-type', 'application/json; charset=utf-8')
      .send({
        errors: [
          {
            message: `Het verzoek is te groot (maximaal ${this.maxBytes} bytes).`,
            extensions: { code: ErrorCode.BAD_USER_INPUT, limit: 'body', max: this.maxBytes },
          },
        ],
      });
  }
}
