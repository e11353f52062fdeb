import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import {
  GraphQLArgument,
  GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  GraphQLField,
} from 'graphql';
import { IS_PUBLIC } from '@ksp/shared';
import { graphql } from '@ksp/testing';
import { startTestApp, TestApp } from './testing/test-app';

/** A literal for a required argument of the given type (enough to pass validation). */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      default:
        return '"x@x.nl"';
    }
  }
  return 'null';
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
}

function args(list: readonly GraphQLArgument[]): string {
  const required = list.filter((a) => isNonNullType(a.type));
  return required.length ? `(${required.map((a) => `${a.name}: ${literal(a.type)}`).join(', ')})` : '';
}

/**
 * Derived from the schema itself: every query and mutation, called without a token, is refused
 * with UNAUTHENTICATED — unless it is declared @Public(). An operation added later is covered
 * without anyone adding a test.
 */
describe('authentication matrix (from the schema)', () => {
  let hub: TestApp;
  let publicOps: Set<string>;
  beforeAll(async () => {
    hub = await startTestApp();
    const discovery = new DiscoveryService(hub.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    publicOps = new Set();
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const method of scanner.getAllMethodNames(proto)) {
        const fn = (proto as Record<string, unknown>)[method] as object;
        const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, fn) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, fn) as string | undefined) ?? method;
        if (reflector.getAllAndOverride<boolean>(IS_PUBLIC, [fn as never, instance.constructor as never]))
          publicOps.add(`${kind}.${name}`);
      }
    }
  });
  afterAll(async () => hub?.close());

  it('finds the operations that are public by declaration', () => {
    expect([...publicOps]).toEqual(
      expect.arrayContaining(['Query.municipality', 'Mutation.login', 'Mutation.refreshSession']),
    );
    expect([...publicOps]).not.toContain('Query.me');
  });

  it('refuses every other operation without a token', async () => {
    const schema = hub.app.get(GraphQLSchemaHost).schema;
    const ops = [
      ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['Query', f] as const),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ['Mutation', f] as const),
    ];
    expect(ops.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const [kind, field] of ops) {
      const doc = `${kind === 'Mutation' ? 'mutation' : 'query'} { ${field.name}${args(field.args)} ${selection(field)} }`;
      const res = await graphql(hub.url, doc);
      const codes = (res.errors ?? []).map((e) => e.extensions?.['code']);
      const isPublic = publicOps.has(`${kind}.${field.name}`);
      if (codes.includes('GRAPHQL_VALIDATION_FAILED'))
        failures.push(`${doc}: the test built an invalid document`);
      else if (
        isPublic &&
        codes.includes('UNAUTHENTICATED') &&
        !['login', 'refreshSession', 'confirmEmail', 'acceptInvitation'].includes(field.name)
      ) {
        failures.push(`${kind}.${field.name} is public but refused anonymous access`);
      } else if (!isPublic && !codes.includes('UNAUTHENTICATED')) {
        failures.push(
          `${kind}.${field.name} answered without a token: ${JSON.stringify(res.errors ?? res.data)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
});
