import { errorCode, graphql, lastTokenMailedTo, readMailbox } from '@ksp/testing';
import { startTestApp, TestApp } from './testing/test-app';

const ADMIN = { email: 'beheer@kennisregio.nl', password: 'een lang geheim voor de hub' };

const LOGIN =
  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken expiresIn user { id displayName roles } } }';
interface SessionData {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; displayName: string; roles: string[] };
}

describe('identity over GraphQL', () => {
  let hub: TestApp;
  let admin: SessionData;
  const bearer = (s: SessionData) => ({ authorization: `Bearer ${s.accessToken}` });
  const login = (e: string, p: string) => graphql<{ login: SessionData }>(hub.url, LOGIN, { e, p });

  beforeAll(async () => {
    hub = await startTestApp({
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    });
    const res = await login(ADMIN.email, ADMIN.password);
    expect(res.errors).toBeUndefined();
    admin = res.data!.login;
  });
  afterAll(async () => hub?.close());

  it('logs the first admin in from ADMIN_EMAIL/ADMIN_PASSWORD, and `me` is that admin', async () => {
    expect(admin.expiresIn).toBe(900);
    const me = await graphql<{ me: { email: string; roles: string[]; organisation: { code: string } } }>(
      hub.url,
      '{ me { email roles organisation { code name } } }',
      {},
      bearer(admin),
    );
    expect(me.data!.me).toMatchObject({
      email: ADMIN.email,
      roles: expect.arrayContaining(['ADMIN']),
      organisation: { code: 'HUB' },
    });
  });

  it('refuses a wrong password and a tampered token with UNAUTHENTICATED', async () => {
    expect(errorCode(await login(ADMIN.email, 'niet het goede wachtwoord'))).toBe('UNAUTHENTICATED');
    const [h, p, s] = admin.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: 'someone-else' })).toString('base64url')}.${s}`;
    expect(
      errorCode(await graphql(hub.url, '{ me { id } }', {}, { authorization: `Bearer ${forged}` })),
    ).toBe('UNAUTHENTICATED');
    const badSignature = `${h}.${p}.${s!.slice(0, -2)}AA`;
    expect(
      errorCode(await graphql(hub.url, '{ me { id } }', {}, { authorization: `Bearer ${badSignature}` })),
    ).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphql(hub.url, '{ me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('invites a member of GM0344 (Utrecht), who accepts, logs in and sees their organisation', async () => {
    const invite = await graphql<{ inviteUser: { acceptUrl: string; email: string } }>(
      hub.url,
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email expiresAt acceptUrl } }',
      { i: { email: 'a.jansen@utrecht.nl', displayName: 'Anna Jansen', organisationCode: 'GM0344' } },
      bearer(admin),
    );
    expect(invite.errors).toBeUndefined();
    const token = lastTokenMailedTo(hub.mailDir, 'a.jansen@utrecht.nl');
    expect(invite.data!.inviteUser.acceptUrl).toContain(encodeURIComponent(token));

    const weak = await graphql(
      hub.url,
      'mutation($t: String!) { acceptInvitation(token: $t, password: "kort") { accessToken } }',
      { t: token },
    );
    expect(errorCode(weak)).toBe('BAD_USER_INPUT');
    const accepted = await graphql<{ acceptInvitation: SessionData }>(
      hub.url,
      'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken refreshToken user { id } } }',
      { t: token, p: 'stadhuisplein 1 utrecht' },
    );
    expect(accepted.errors).toBeUndefined();
    const again = await graphql(
      hub.url,
      'mutation($t: String!) { acceptInvitation(token: $t, password: "stadhuisplein 1 utrecht") { accessToken } }',
      { t: token },
    );
    expect(errorCode(again)).toBe('BAD_USER_INPUT'); // a link works once

    const member = (await login('A.Jansen@utrecht.nl', 'stadhuisplein 1 utrecht')).data!.login;
    const me = await graphql<{
      me: { displayName: string; organisation: { code: string; name: string }; roles: string[] };
    }>(hub.url, '{ me { displayName roles organisation { code name } } }', {}, bearer(member));
    expect(me.data!.me).toEqual({
      displayName: 'Anna Jansen',
      roles: ['MEMBER'],
      organisation: { code: 'GM0344', name: 'Gemeente Utrecht' },
    });

    // a member may not invite, list users or read the audit log
    const denied = await graphql(hub.url, '{ users { totalCount } }', {}, bearer(member));
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(errorCode(await graphql(hub.url, '{ auditLog { totalCount } }', {}, bearer(member)))).toBe(
      'FORBIDDEN',
    );
  });

  it('rotates refresh tokens; reusing a rotated one ends the whole family', async () => {
    const s1 = (await login(ADMIN.email, ADMIN.password)).data!.login;
    const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken refreshToken } }';
    const r1 = await graphql<{ refreshSession: SessionData }>(hub.url, REFRESH, { r: s1.refreshToken });
    expect(r1.errors).toBeUndefined();
    const s2 = r1.data!.refreshSession;
    expect(s2.refreshToken).not.toBe(s1.refreshToken);
    // the old token again: refused, and the new one is revoked with it
    expect(errorCode(await graphql(hub.url, REFRESH, { r: s1.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphql(hub.url, REFRESH, { r: s2.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphql(hub.url, REFRESH, { r: 'not-a-token' }))).toBe('UNAUTHENTICATED');
  });

  it('logs out one session, or everywhere', async () => {
    const a = (await login(ADMIN.email, ADMIN.password)).data!.login;
    const b = (await login(ADMIN.email, ADMIN.password)).data!.login;
    const REFRESH = 'mutation($r: String!) { refreshSession(refreshToken: $r) { refreshToken } }';
    await graphql(
      hub.url,
      'mutation($r: String) { logout(refreshToken: $r) }',
      { r: a.refreshToken },
      bearer(a),
    );
    expect(errorCode(await graphql(hub.url, REFRESH, { r: a.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await graphql(hub.url, REFRESH, { r: b.refreshToken })).errors).toBeUndefined();
    const c = (await login(ADMIN.email, ADMIN.password)).data!.login;
    await graphql(hub.url, 'mutation { logoutEverywhere }', {}, bearer(c));
    expect(errorCode(await graphql(hub.url, REFRESH, { r: c.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('locks an account after repeated failures without revealing whether it exists', async () => {
    const invite = await graphql(
      hub.url,
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
      { i: { email: 'p.devries@zeist.nl', displayName: 'Piet de Vries', organisationCode: 'GM0355' } },
      bearer(admin),
    );
    expect(invite.errors).toBeUndefined();
    const token = lastTokenMailedTo(hub.mailDir, 'p.devries@zeist.nl');
    await graphql(
      hub.url,
      'mutation($t: String!) { acceptInvitation(token: $t, password: "slot zeist en de bossen") { accessToken } }',
      { t: token },
    );
    const messages = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const wrong = await login('p.devries@zeist.nl', `fout wachtwoord ${i}!`);
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
      messages.add(wrong.errors![0]!.message);
      const unknown = await login('niemand@zeist.nl', `fout wachtwoord ${i}!`);
      messages.add(unknown.errors![0]!.message);
    }
    const locked = await login('p.devries@zeist.nl', 'slot zeist en de bossen');
    expect(errorCode(locked)).toBe('UNAUTHENTICATED'); // the right password, but locked
    messages.add(locked.errors![0]!.message);
    expect(messages.size).toBe(1);
    const audit = await graphql<{
      auditLog: { edges: { node: { type: string; subjectEmail: string | null } }[] };
    }>(hub.url, '{ auditLog(first: 100) { edges { node { type subjectEmail } } } }', {}, bearer(admin));
    const events = audit.data!.auditLog.edges.map((e) => e.node);
    expect(events).toContainEqual({ type: 'LOCKOUT', subjectEmail: 'p.devries@zeist.nl' });
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'LOGIN_SUCCEEDED',
        'LOGIN_FAILED',
        'INVITATION_SENT',
        'INVITATION_ACCEPTED',
        'ADMIN_BOOTSTRAPPED',
      ]),
    );
  });

  it('lets people register with a registered work domain and confirm by mail', async () => {
    const REGISTER =
      'mutation($e: String!) { register(email: $e, password: "houten aan de kromme rijn", displayName: "Hanna Houten") }';
    expect(errorCode(await graphql(hub.url, REGISTER, { e: 'h.houten@houten.nl' }))).toBe('BAD_USER_INPUT');
    const domains = await graphql(
      hub.url,
      'mutation { setOrganisationEmailDomains(organisationCode: "GM0321", domains: ["Houten.nl"]) { code emailDomains } }',
      {},
      bearer(admin),
    );
    expect(domains.data).toEqual({
      setOrganisationEmailDomains: { code: 'GM0321', emailDomains: ['houten.nl'] },
    });
    expect((await graphql(hub.url, REGISTER, { e: 'h.houten@houten.nl' })).data).toEqual({ register: true });
    expect(errorCode(await login('h.houten@houten.nl', 'houten aan de kromme rijn'))).toBe('UNAUTHENTICATED'); // not confirmed yet
    const token = lastTokenMailedTo(hub.mailDir, 'h.houten@houten.nl');
    const confirmed = await graphql<{ confirmEmail: SessionData }>(
      hub.url,
      'mutation($t: String!) { confirmEmail(token: $t) { accessToken user { displayName } } }',
      { t: token },
    );
    expect(confirmed.data!.confirmEmail.user.displayName).toBe('Hanna Houten');
    expect((await login('h.houten@houten.nl', 'houten aan de kromme rijn')).errors).toBeUndefined();
    // registering again does not reveal the account: same answer, a mail to the owner instead
    const before = readMailbox(hub.mailDir).length;
    expect((await graphql(hub.url, REGISTER, { e: 'h.houten@houten.nl' })).data).toEqual({ register: true });
    expect(readMailbox(hub.mailDir)).toHaveLength(before + 1);
  });

  it('keeps two members of non-neighbouring gemeenten out of each other’s business, by any operation', async () => {
    const member = async (email: string, name: string, org: string, password: string) => {
      await graphql(
        hub.url,
        'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
        { i: { email, displayName: name, organisationCode: org } },
        bearer(admin),
      );
      const t = lastTokenMailedTo(hub.mailDir, email);
      return (
        await graphql<{ acceptInvitation: SessionData }>(
          hub.url,
          'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { accessToken refreshToken expiresIn user { id displayName roles } } }',
          { t, p: password },
        )
      ).data!.acceptInvitation;
    };
    const utrecht = await member('u.lid@utrecht.nl', 'Ulla Utrecht', 'GM0344', 'domplein toren 112 meter');
    const amsterdam = await member(
      'a.lid@amsterdam.nl',
      'Ahmed Amsterdam',
      'GM0363',
      'grachtengordel en de dam',
    );
    // Amsterdam cannot see, change or end anything of Utrecht's
    for (const doc of [
      '{ users { totalCount } }',
      '{ auditLog { totalCount } }',
      `mutation { setRoles(userId: "${utrecht.user.id}", roles: [ADMIN]) { id } }`,
      'mutation { inviteUser(input: { email: "nieuw@utrecht.nl", displayName: "Nieuw", organisationCode: "GM0344" }) { id } }',
      'mutation { setOrganisationEmailDomains(organisationCode: "GM0344", domains: ["amsterdam.nl"]) { code } }',
    ]) {
      expect([doc, errorCode(await graphql(hub.url, doc, {}, bearer(amsterdam)))]).toEqual([
        doc,
        'FORBIDDEN',
      ]);
    }
    await graphql(
      hub.url,
      'mutation($r: String) { logout(refreshToken: $r) }',
      { r: utrecht.refreshToken },
      bearer(amsterdam),
    );
    const stillValid = await graphql(
      hub.url,
      'mutation($r: String!) { refreshSession(refreshToken: $r) { accessToken } }',
      { r: utrecht.refreshToken },
    );
    expect(stillValid.errors).toBeUndefined();
    const me = await graphql<{ me: { email: string } }>(hub.url, '{ me { email } }', {}, bearer(amsterdam));
    expect(me.data!.me.email).toBe('a.lid@amsterdam.nl');
  });

  it('shows email addresses only to the person, their coordinators and admins', async () => {
    const users = await graphql<{
      users: { edges: { node: { displayName: string; email: string | null } }[] };
    }>(hub.url, '{ users(first: 100) { edges { node { displayName email } } } }', {}, bearer(admin));
    expect(users.data!.users.edges.map((e) => e.node)).toContainEqual({
      displayName: 'Anna Jansen',
      email: 'a.jansen@utrecht.nl',
    });
    // a coordinator of veiligheidsregio Utrecht (VR09) sees Utrecht's people, with email; not Amsterdam's
    const anna = users.data!.users.edges.find((e) => e.node.displayName === 'Anna Jansen');
    expect(anna).toBeDefined();
    const invite = await graphql(
      hub.url,
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
      {
        i: {
          email: 'coord@vru.nl',
          displayName: 'Coördinator VRU',
          organisationCode: 'GM0344',
          roles: ['COORDINATOR'],
          coordinatorRegionIds: ['VR09'],
        },
      },
      bearer(admin),
    );
    expect(invite.errors).toBeUndefined();
    const token = lastTokenMailedTo(hub.mailDir, 'coord@vru.nl');
    const coord = (
      await graphql<{ acceptInvitation: SessionData }>(
        hub.url,
        'mutation($t: String!) { acceptInvitation(token: $t, password: "regio utrecht kennismakelaar") { accessToken refreshToken expiresIn user { id displayName roles } } }',
        { t: token },
      )
    ).data!.acceptInvitation;
    const seen = await graphql<{
      users: { edges: { node: { displayName: string; email: string | null } }[] };
    }>(hub.url, '{ users(first: 100) { edges { node { displayName email } } } }', {}, bearer(coord));
    const names = seen.data!.users.edges.map((e) => e.node);
    expect(names).toContainEqual({ displayName: 'Anna Jansen', email: 'a.jansen@utrecht.nl' });
    expect(names.map((n) => n.displayName)).not.toContain('Beheerder');
    // a coordinator may invite members for gemeenten in their region, not elsewhere, and no other roles
    const inRegion = await graphql(
      hub.url,
      'mutation { inviteUser(input: { email: "x@zeist.nl", displayName: "X Zeist", organisationCode: "GM0355" }) { id } }',
      {},
      bearer(coord),
    );
    expect(inRegion.errors).toBeUndefined();
    const elsewhere = await graphql(
      hub.url,
      'mutation { inviteUser(input: { email: "y@amsterdam.nl", displayName: "Y Adam", organisationCode: "GM0363" }) { id } }',
      {},
      bearer(coord),
    );
    expect(errorCode(elsewhere)).toBe('FORBIDDEN');
    const asAdmin = await graphql(
      hub.url,
      'mutation { inviteUser(input: { email: "z@zeist.nl", displayName: "Z Zeist", organisationCode: "GM0355", roles: [ADMIN] }) { id } }',
      {},
      bearer(coord),
    );
    expect(errorCode(asAdmin)).toBe('FORBIDDEN');
  });

  it('rate-limits the auth mutations per client address (RATE_LIMITED with a retry time)', async () => {
    const codes: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await graphql(
        hub.url,
        'mutation { register(email: "iemand@onbekend.nl", password: "een lang genoeg wachtwoord", displayName: "Iemand") }',
      );
      codes.push(errorCode(res));
      if (errorCode(res) === 'RATE_LIMITED') {
        expect(res.errors![0]!.extensions!['retryAfterSeconds']).toBeGreaterThan(0);
        break;
      }
    }
    expect(codes).toContain('RATE_LIMITED');
    expect(codes.filter((c) => c !== 'RATE_LIMITED').every((c) => c === 'BAD_USER_INPUT')).toBe(true);
  });
});
