import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { BadUserInputError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class ForwardPaginationArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` GraphQL types for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => nodeType) node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: Edge<T>[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

const OFFSET_PREFIX = 'o:';

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`${OFFSET_PREFIX}${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = raw.startsWith(OFFSET_PREFIX) ? Number(raw.slice(OFFSET_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new BadUserInputError(`Ongeldige cursor '${cursor}'.`, { argument: 'after' });
  }
  return offset;
}

/** The offset window a forward page asks for: rows [start, start + first). */
export function offsetWindow(args: ForwardPaginationArgs): { start: number; first: number } {
  return {
    first: args.first ?? DEFAULT_PAGE_SIZE,
    start: args.after === undefined || args.after === null ? 0 : decodeOffsetCursor(args.after) + 1,
  };
}

/** A connection from one window of rows that a repository fetched (with the total count). */
export function connectionFromSlice<T>(
  nodes: readonly T[],
  totalCount: number,
  start: number,
): Connection<T> {
  const edges = nodes.map((node, i) => ({ node, cursor: encodeOffsetCursor(start + i) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: start + nodes.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Pages an already ordered, fully materialised list (used for small in-memory reference data). */
export function connectionFromArray<T>(items: readonly T[], args: ForwardPaginationArgs): Connection<T> {
  const { start, first } = offsetWindow(args);
  return connectionFromSlice(items.slice(start, start + first), items.length, start);
}
