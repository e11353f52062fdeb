import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '@ksp/shared';
import { TOO_MANY_TOKENS, queryLimitError } from './armor';

const logger = new Logger('GraphQL');

/** Codes produced by Apollo itself for a request it could not run; they pass through unchanged. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Turns every error into a response with a stable `extensions.code` and no internals: domain
 * errors keep their code, message and details; anything unexpected is logged and answered with a
 * generic message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  // A domain error wrapped once (a resolver's) or twice (a validation rule's, e.g. the query limits).
  const nested = domainErrorWithin(original);
  if (nested) {
    return { ...base, message: nested.message, extensions: { ...nested.details, code: nested.code } };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const code =
      status === 400 || status === 422
        ? ErrorCode.BAD_USER_INPUT
        : status === 401
          ? ErrorCode.UNAUTHENTICATED
          : status === 403
            ? ErrorCode.FORBIDDEN
            : status === 404
              ? ErrorCode.NOT_FOUND
              : status === 429
                ? ErrorCode.RATE_LIMITED
                : ErrorCode.INTERNAL_SERVER_ERROR;
    const response = original.getResponse();
    const detail =
      typeof response === 'object' && response !== null && 'message' in response
        ? (response as { message: unknown }).message
        : undefined;
    const message = Array.isArray(detail)
      ? detail.join('; ')
      : typeof detail === 'string'
        ? detail
        : original.message;
    return { ...base, message, extensions: { code } };
  }
  const code = formatted.extensions?.['code'];
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tokens) {
    const error = queryLimitError('tokens', Number(tokens[1]));
    return { ...base, message: error.message, extensions: { ...error.details, code: error.code } };
  }
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    return { ...base, extensions: { code } };
  }
  logger.error({ msg: 'unexpected error in GraphQL request', err: original, path: formatted.path });
  return {
    ...base,
    message: 'Er ging iets mis aan onze kant. / Something went wrong on our side.',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function domainErrorWithin(error: unknown): DomainError | undefined {
  let current = error instanceof GraphQLError ? error.originalError : undefined;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current instanceof DomainError) return current;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return undefined;
}
