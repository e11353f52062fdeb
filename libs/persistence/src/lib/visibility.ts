import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** What an actor may see, as the policy layer gives it (identity's VisibilityFilter, structurally). */
export interface AccessFilter {
  readonly everything: boolean;
  readonly keys: readonly string[];
}

/**
 * Where an item's access keys live: a table `(<foreignKey>, access_key)` beside the item's table,
 * filled from `PolicyService.accessKeysOf(audience)` whenever the item's audience is written.
 */
export interface AccessTable {
  /** The alias of the item's table in the query. */
  readonly alias: string;
  readonly table: string;
  readonly foreignKey: string;
}

let counter = 0;

/**
 * Restricts a query to the items the actor may see: an EXISTS on the access-key table, so that
 * lists, counts and facets all get the same rule as `PolicyService.canSee`. Admins see everything.
 */
export function whereVisible<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  access: AccessTable,
  filter: AccessFilter,
): SelectQueryBuilder<T> {
  if (filter.everything) return qb;
  const p = `access_keys_${++counter % 1_000_000}`;
  const a = `${access.alias}_ak`;
  return qb.andWhere(
    `EXISTS (SELECT 1 FROM ${access.table} ${a} WHERE ${a}.${access.foreignKey} = ${access.alias}.id AND ${a}.access_key IN (:...${p}))`,
    { [p]: [...filter.keys] },
  );
}
