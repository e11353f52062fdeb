import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError } from '@ksp/shared';

/** A domain error leaves a resolver as a GraphQL error with its stable code and details. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, _host: ArgumentsHost): GraphQLError {
    return new GraphQLError(error.message, {
      originalError: error,
      extensions: { ...error.details, code: error.code },
    });
  }
}
