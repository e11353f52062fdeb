import { graphql, lastTokenMailedTo } from '@ksp/testing';
import type { TestApp } from './test-app';

/** The admin that `startTestApp(withAdmin())` bootstraps. */
export const TEST_ADMIN = { email: 'beheer@kennisregio.nl', password: 'een lang geheim voor de hub' };

/** Environment for startTestApp that bootstraps TEST_ADMIN. */
export const withAdmin = (env: Record<string, string> = {}): Record<string, string> => ({
  ADMIN_EMAIL: TEST_ADMIN.email,
  ADMIN_PASSWORD: TEST_ADMIN.password,
  ...env,
});

/** A logged-in person of the hub, as the tests use them. */
export interface Person {
  readonly id: string;
  readonly email: string;
  readonly accessToken: string;
  /** `{ authorization: 'Bearer …' }` for `graphql(url, query, vars, headers)`. */
  readonly headers: Record<string, string>;
}

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken user { id } } }';

export async function login(hub: TestApp, email: string, password: string): Promise<Person> {
  const res = await graphql<{ login: { accessToken: string; user: { id: string } } }>(hub.url, LOGIN, {
    e: email,
    p: password,
  });
  if (!res.data?.login) throw new Error(`login of ${email} failed: ${JSON.stringify(res.errors)}`);
  const { accessToken, user } = res.data.login;
  return { id: user.id, email, accessToken, headers: { authorization: `Bearer ${accessToken}` } };
}

export const loginAdmin = (hub: TestApp): Promise<Person> =>
  login(hub, TEST_ADMIN.email, TEST_ADMIN.password);

export interface NewPerson {
  readonly email: string;
  readonly displayName?: string;
  /** A gemeente's CBS code (GM0344) or another organisation's code. */
  readonly organisationCode: string;
  readonly roles?: readonly ('MEMBER' | 'COORDINATOR' | 'ADMIN')[];
  /** For COORDINATOR: e.g. ['VR09'] (veiligheidsregio Utrecht). */
  readonly coordinatorRegionIds?: readonly string[];
}

/** Invites someone as the admin, accepts the mailed invitation, and logs them in: the real flow. */
export async function addPerson(hub: TestApp, admin: Person, p: NewPerson): Promise<Person> {
  const invite = await graphql(
    hub.url,
    'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
    {
      i: {
        email: p.email,
        displayName: p.displayName ?? p.email.split('@')[0],
        organisationCode: p.organisationCode,
        roles: p.roles ?? ['MEMBER'],
        coordinatorRegionIds: p.coordinatorRegionIds ?? [],
      },
    },
    admin.headers,
  );
  if (invite.errors) throw new Error(`invite of ${p.email} failed: ${JSON.stringify(invite.errors)}`);
  const password = 'Kennis delen 2026 met de regio!';
  const accepted = await graphql(
    hub.url,
    'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }',
    { t: lastTokenMailedTo(hub.mailDir, p.email), p: password },
  );
  if (accepted.errors) throw new Error(`acceptance of ${p.email} failed: ${JSON.stringify(accepted.errors)}`);
  return login(hub, p.email, password);
}
