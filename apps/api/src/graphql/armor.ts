import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ArgumentNode,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { BadUserInputError, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@ksp/shared';

/**
 * Limits on the shape of a GraphQL document, set for our schema (docs/api-errors.md explains them
 * to clients).
 *
 * - depth 10: the deepest query a client needs is a Relay page with nested lists,
 *   `municipalities { edges { node { neighbours { regions { name } } } } }` (5 levels).
 * - objects 20 000 (estimated; see maxNodesRule): every list multiplies the answer, so depth
 *   alone does not bound it: `neighbours` nested 7 deep is within depth 10 but answers 18 MB after
 *   14 s of CPU, and 8 deep exhausts the heap. A page of 100 gemeenten with their buurgemeenten
 *   and regions is estimated at 2 300 objects; with the buurgemeenten's buurgemeenten at 11 300
 *   (about 4 400 in fact, 60 ms), so one of those passes and two in one request do not.
 *   graphql-armor has no such rule; ours is below and reports like armor's.
 * - aliases 15: a handful of gemeenten side by side, not one expensive field 50 times.
 * - cost 10 000 in graphql-armor's model (2 per object field, 1 per scalar, ×1.5 per level, ×
 *   the literal `first` of a connection): a page of 100 gemeenten with their buurgemeenten and
 *   regions costs 3 312.5 (about 4 800 with their names), so two or three such pages pass and four
 *   do not. (armor does not multiply a `first` given as a variable; the estimate of objects does.)
 * - directives 20; tokens 2 000 (some 10 KB of query text; the body limit is separate).
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxNodes: 20_000,
  maxAliases: 15,
  maxCost: 10_000,
  maxDirectives: 20,
  maxTokens: 2_000,
} as const;

export type QueryLimits = { readonly [K in keyof typeof QUERY_LIMITS]: number };

export type QueryLimit = 'depth' | 'nodes' | 'aliases' | 'cost' | 'directives' | 'tokens';

const MESSAGES: Record<QueryLimit, (max: number) => string> = {
  depth: (max) => `Query is te diep (maximaal ${max} niveaus).`,
  nodes: (max) =>
    `Query vraagt te veel objecten op (maximaal ${max} geschat); vraag kleinere pagina's of minder geneste lijsten op.`,
  aliases: (max) => `Query bevat te veel aliassen (maximaal ${max}).`,
  cost: (max) =>
    `Query is te zwaar (maximale kosten ${max}); vraag minder velden, minder nesting of kleinere pagina's op.`,
  directives: (max) => `Query bevat te veel directives (maximaal ${max}).`,
  tokens: (max) => `Query is te lang (maximaal ${max} tokens).`,
};

/** The error a client gets for a document over one of the limits: BAD_USER_INPUT, naming the limit. */
export function queryLimitError(limit: QueryLimit, max: number, found?: number): BadUserInputError {
  return new BadUserInputError(MESSAGES[limit](max), {
    limit,
    max,
    ...(found === undefined ? {} : { found }),
  });
}

/**
 * Reports a document over a limit as a validation error whose original error is our
 * BAD_USER_INPUT domain error; formatGraphQLError finds it and passes on its code, Dutch message
 * and details. Apollo answers such a request with HTTP 400 and never executes it.
 */
function report(context: ValidationContext, limit: QueryLimit, max: number, found?: number): void {
  const error = queryLimitError(limit, max, found);
  context.reportError(new GraphQLError(error.message, { originalError: error }));
}

/** graphql-armor calls this instead of throwing its own error (`propagateOnRejection: false`). */
function reject(limit: QueryLimit, max: number) {
  return (context: ValidationContext | null, armorError: GraphQLError): void => {
    // graphql-armor's message ends in "…, found N." (exposeLimits); the number is a detail only.
    const found = /found (\d+(?:\.\d+)?)\.$/.exec(armorError.message)?.[1];
    if (context) report(context, limit, max, found === undefined ? undefined : Number(found));
  };
}

/**
 * How many items a list field without `first` is assumed to hold (a gemeente has 5 buurgemeenten
 * on average, at most 16; a BBV chapter 2 to 32 taakvelden, 8 on average).
 */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * Estimates how many objects an operation answers, following fragments: each object field counts
 * the objects of its parent times its own fan-out, where a page (a field with a `first` argument)
 * holds `first` items (a literal; MAX_PAGE_SIZE when given as a variable; DEFAULT_PAGE_SIZE when
 * left out), its `edges` list adds no factor of its own, and any other list holds
 * ASSUMED_LIST_LENGTH. This is what bounds the fan-out of nested lists, which depth and
 * graphql-armor's cost (blind to lists and to `first` given as a variable) do not.
 */
export function maxNodesRule(max: number): ValidationRule {
  return (context) => {
    const schema = context.getSchema();
    // Objects per object of the parent, per fragment (and whether it is spread directly in a page).
    const fragments = new Map<string, number>();
    const nodes = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, inPage: boolean): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type))) continue;
          const field = type.getFields()[selection.name.value];
          const inner = field && getNamedType(field.type);
          if (!field || !isCompositeType(inner)) continue;
          const page = field.args.some((arg) => arg.name === 'first');
          const fanOut = page
            ? pageSize(selection.arguments ?? [])
            : isListType(getNullableType(field.type)) && !inPage
              ? ASSUMED_LIST_LENGTH
              : 1;
          total += fanOut * (1 + nodes(selection.selectionSet, inner, page));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
          if (isCompositeType(on)) total += nodes(selection.selectionSet, on, inPage);
        } else {
          const key = `${selection.name.value}:${inPage}`;
          if (!fragments.has(key)) {
            fragments.set(key, 0); // a cycle is refused by graphql-js's NoFragmentCycles rule
            const fragment = context.getFragment(selection.name.value);
            const on = fragment && schema.getType(fragment.typeCondition.name.value);
            if (fragment && isCompositeType(on)) fragments.set(key, nodes(fragment.selectionSet, on, inPage));
          }
          total += fragments.get(key) ?? 0;
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        const found = root ? nodes(operation.selectionSet, root, false) : 0;
        if (found > max) report(context, 'nodes', max, found);
      },
    };
  };
}

function pageSize(args: readonly ArgumentNode[]): number {
  const first = args.find((arg) => arg.name.value === 'first')?.value;
  if (first?.kind === Kind.INT) return Number(first.value);
  return first?.kind === Kind.VARIABLE ? MAX_PAGE_SIZE : DEFAULT_PAGE_SIZE;
}

const common = { exposeLimits: true, propagateOnRejection: false } as const;

/**
 * The Apollo side of graphql-armor (depth, aliases, cost, directives) plus our estimate of objects,
 * and graphql-js's token limit. The validation rules run only when Apollo validates a document it
 * has not cached yet, so they cost nothing on repeated operations.
 *
 * Not taken from graphql-armor, on purpose:
 * - its field-suggestion blocker: Apollo's `hideSchemaDetailsFromClientErrors` already removes
 *   "Did you mean" (tested in edge.integration-spec.ts);
 * - its max-tokens plugin for Apollo: it parses every new document a second time, and its
 *   `unexpectedErrorProcessingRequest` hook rethrows *every* unexpected error as
 *   GRAPHQL_VALIDATION_FAILED with the internal message, which would bypass our error masking.
 *   graphql-js's own parser limit (`parseOptions.maxTokens`, the same token count) is used
 *   instead, and formatGraphQLError maps its syntax error to BAD_USER_INPUT.
 */
export function queryArmor(limits: QueryLimits = QUERY_LIMITS): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const { plugins, validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: {
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      onReject: [reject('depth', limits.maxDepth)],
    },
    maxAliases: { ...common, n: limits.maxAliases, onReject: [reject('aliases', limits.maxAliases)] },
    costLimit: {
      ...common,
      maxCost: limits.maxCost,
      flattenFragments: true,
      onReject: [reject('cost', limits.maxCost)],
    },
    maxDirectives: {
      ...common,
      n: limits.maxDirectives,
      onReject: [reject('directives', limits.maxDirectives)],
    },
  }).protect();
  return {
    plugins,
    validationRules: [...validationRules, maxNodesRule(limits.maxNodes)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** graphql-js's message when `parseOptions.maxTokens` stops the parser (graphql 16). */
export const TOO_MANY_TOKENS =
  /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;
