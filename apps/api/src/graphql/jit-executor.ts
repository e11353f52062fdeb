import type {
  GatewayExecutor,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '@ksp/shared';

/**
 * Executes operations with graphql-jit instead of graphql-js's interpreter. Plugged into Apollo
 * Server through its gateway interface (the documented way to replace the executor); the schema
 * is still the one NestJS generates. Compiled operations are cached by query hash and operation
 * name, next to Apollo's own cache of parsed and validated documents. See ADR 0002.
 */
export class JitExecutorGateway implements GatewayInterface {
  private schema: GraphQLSchema | undefined;
  private readonly compiled = new LRUCache<string, CompiledQuery>({ max: 1000 });
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();

  setSchema(schema: GraphQLSchema): GraphQLSchema {
    this.schema = schema;
    this.compiled.clear();
    return schema;
  }

  async load(): Promise<GatewayLoadResult> {
    const schema = this.schema;
    if (!schema) throw new Error('JitExecutorGateway: the schema was not set before Apollo started');
    for (const listener of this.listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
    return { executor: this.executor };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async stop(): Promise<void> {
    this.compiled.clear();
  }

  private readonly executor: GatewayExecutor = async (context) => {
    const schema = this.schema as GraphQLSchema;
    const operationName = context.operationName ?? context.request.operationName ?? undefined;
    const key = `${context.queryHash}:${operationName ?? ''}`;
    let query = this.compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, context.document, operationName);
      if (!isCompiledQuery(result)) return result as ExecutionResult;
      query = result;
      this.compiled.set(key, query);
    }
    const result = (await query.query(
      undefined,
      context.context,
      context.request.variables ?? {},
    )) as ExecutionResult;
    return 'data' in result ? result : { errors: (result.errors ?? []).map(asBadUserInput) };
  };
}

/**
 * graphql-jit answers variables it cannot coerce with errors only (no `data`), as graphql-js does,
 * but its errors lack `extensions`, on which Apollo's error formatting fails ("Internal server
 * error"). They are the client's mistake: BAD_USER_INPUT, as Apollo's own executor reports them.
 */
function asBadUserInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}
