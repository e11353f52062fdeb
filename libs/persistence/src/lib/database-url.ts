import { BadUserInputError } from '@ksp/shared';

export type DatabaseTarget =
  | { readonly driver: 'sqlite'; readonly path: string }
  | { readonly driver: 'postgres'; readonly url: string };

export const DEFAULT_DATABASE_URL = 'sqlite:./data/kennisschakelpunt.sqlite';

/**
 * `sqlite:<path>` (a file, or `:memory:`) or `postgres://…` / `postgresql://…`.
 * Anything else is refused with a message that says what is accepted.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path.length === 0)
      throw new BadUserInputError('sqlite: needs a file path, e.g. sqlite:./data/hub.sqlite');
    return { driver: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\/[^/]+/.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new BadUserInputError('is not a valid postgres:// URL');
    }
    return { driver: 'postgres', url };
  }
  throw new BadUserInputError('expected sqlite:<path> or postgres://user@host:port/database');
}
