/**
 * Error codes that clients may rely on (`extensions.code` in GraphQL responses).
 * Documented in docs/api-errors.md; never rename one.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The search engine cannot be reached right now; writes still work, try searching again shortly. */
  SEARCH_UNAVAILABLE: 'SEARCH_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error that a user caused or may see: it carries a stable code and a message in Dutch. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(ErrorCode.NOT_FOUND, message, details);
  }
}

/** Someone else changed it first (a stale `expectedVersion`), or it is in a state that forbids this. */
export class ConflictError extends DomainError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

/** The actor is known but may not do this (to something they may see; otherwise it is NOT_FOUND). */
export class ForbiddenError extends DomainError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(ErrorCode.FORBIDDEN, message, details);
  }
}
