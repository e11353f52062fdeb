import { join } from 'node:path';
import { graphql, lastTokenMailedTo } from '@ksp/testing';
import { ADMIN, type Hub } from './hub';

export interface Person {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
}

async function adminToken(hub: Hub): Promise<string> {
  const res = await graphql<{ login: { accessToken: string } }>(
    hub.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: ADMIN.email, p: ADMIN.password },
  );
  if (!res.data) throw new Error(`admin login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

/** The people of the browser tests (each spec starts its own hub, so they never meet). */
/** Utrecht (GM0344): asks questions, submits reports. */
export const ANNA: Person = {
  email: 'a.jansen@utrecht.nl',
  displayName: 'Anna Jansen',
  password: 'zeven lange woorden als wachtwoord',
};
/** Zeist (GM0355, a buurgemeente of Utrecht): the expert. */
export const ZOE: Person = {
  email: 'z.bakker@zeist.nl',
  displayName: 'Zoë Bakker',
  password: 'een wachtwoord van vele woorden',
};
/** Nieuwegein (GM0356): another buurgemeente of Utrecht. */
export const NINA: Person = {
  email: 'n.peters@nieuwegein.nl',
  displayName: 'Nina Peters',
  password: 'ook nina kiest een lange zin',
};
/** Rhenen: a gemeente of veiligheidsregio Utrecht, no buurgemeente of Utrecht. */
export const RIK: Person = {
  email: 'r.smit@rhenen.nl',
  displayName: 'Rik Smit',
  password: 'ook rik heeft een lange zin nodig',
};
/** Amsterdam (GM0363): no buurgemeente of Utrecht. */
export const BAS: Person = {
  email: 'b.visser@amsterdam.nl',
  displayName: 'Bas Visser',
  password: 'nog een heel lang wachtwoord',
};
/** The coordinator (of veiligheidsregio Utrecht, VR09, where a spec makes him one). */
export const COR: Person = {
  email: 'c.devries@utrecht.nl',
  displayName: 'Cor de Vries',
  password: 'de coördinator heeft ook een lange zin',
};

/** Roles beyond MEMBER: a coordinator of regions (veiligheidsregio VR09 is Utrecht's). */
export interface Roles {
  readonly roles: readonly ('MEMBER' | 'COORDINATOR' | 'ADMIN')[];
  readonly coordinatorRegionIds?: readonly string[];
}

/** The admin invites someone of an organisation (over the API); returns the token mailed to them. */
export async function invite(
  hub: Hub,
  person: Omit<Person, 'password'>,
  organisationCode: string,
  roles?: Roles,
): Promise<string> {
  const res = await graphql(
    hub.url,
    'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    { input: { email: person.email, displayName: person.displayName, organisationCode, ...roles } },
    { authorization: `Bearer ${await adminToken(hub)}` },
  );
  if (res.errors) throw new Error(`invitation failed: ${JSON.stringify(res.errors)}`);
  return lastTokenMailedTo(join(hub.dataDir, 'mail'), person.email);
}

/** Someone invited and with an account already (accepted over the API), for the browser to log in. */
export async function member(
  hub: Hub,
  person: Person,
  organisationCode: string,
  roles?: Roles,
): Promise<void> {
  const token = await invite(hub, person, organisationCode, roles);
  const res = await graphql(
    hub.url,
    'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken } }',
    { t: token, p: person.password },
  );
  if (res.errors) throw new Error(`accepting the invitation failed: ${JSON.stringify(res.errors)}`);
}

/** Someone's access token (logged in over the API), for preparing content before the browser runs. */
export async function tokenOf(hub: Hub, person: Pick<Person, 'email' | 'password'>): Promise<string> {
  const res = await graphql<{ login: { accessToken: string } }>(
    hub.url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: person.email, p: person.password },
  );
  if (!res.data) throw new Error(`login of ${person.email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

/** A GraphQL request with someone's access token (over the API); fails the test on any error. */
export async function asPerson<T>(
  hub: Hub,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await graphql<T>(hub.url, query, variables, { authorization: `Bearer ${token}` });
  if (res.errors || !res.data) throw new Error(`request failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** An expert who consented to be recommended, with one taakveld at level EXPERT. */
export async function consentingExpert(
  hub: Hub,
  person: Person,
  profile: { readonly policyDomainCode: string; readonly keywords: string[]; readonly bio: string },
): Promise<void> {
  await asPerson(
    hub,
    await tokenOf(hub, person),
    'mutation($input: SaveExpertiseProfileInput!) { saveExpertiseProfile(input: $input) { id } }',
    {
      input: {
        policyDomains: [{ code: profile.policyDomainCode, level: 'EXPERT' }],
        keywords: profile.keywords,
        bio: profile.bio,
        availability: 'AVAILABLE',
        consentToRecommend: true,
      },
    },
  );
}
