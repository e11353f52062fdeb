import { DataSource } from 'typeorm';
import { ExpertiseService } from '@ksp/expertise';
import { errorCode, graphql } from '@ksp/testing';
import { addPerson, loginAdmin, Person, withAdmin } from './testing/people';
import { startTestApp, TestApp } from './testing/test-app';

/**
 * Expertise profiles over real HTTP: the done-when of issue 4 (a profile without consent appears
 * nowhere for other members), residents recorded by coordinators with their consent, organisation
 * profiles, validation and optimistic concurrency, statistics from real questions and answers, and
 * the number of SQL statements a page of profiles costs.
 */

type Headers = Record<string, string>;

interface ProfileView {
  id: string;
  kind: string;
  displayName: string;
  version: number;
  consentToRecommend: boolean;
  consentRecordedAt: string | null;
  availability: string;
  maxOpenQuestions: number;
  bio: string;
  bioHtml: string;
  keywords: string[];
  email: string | null;
  viewerCanEdit: boolean;
  viewerCanDelete: boolean;
  organisation: { code: string; name: string } | null;
  municipality: { code: string; name: string } | null;
  policyDomains: { domain: { code: string; name: string }; level: string }[];
  consent: {
    method: string;
    note: string | null;
    recordedAt: string;
    recordedBy: { id: string; displayName: string };
  } | null;
  statistics: { answersGiven: number; acceptedAnswers: number; medianMinutesToFirstAnswer: number | null };
}

const FIELDS = `id kind displayName version consentToRecommend consentRecordedAt availability maxOpenQuestions
  bio bioHtml keywords email viewerCanEdit viewerCanDelete
  organisation { code name } municipality { code name }
  policyDomains { domain { code name } level }
  consent { method note recordedAt recordedBy { id displayName } }
  statistics { answersGiven acceptedAnswers medianMinutesToFirstAnswer }`;

const SAVE_OWN = `mutation($i: SaveExpertiseProfileInput!) { saveExpertiseProfile(input: $i) { ${FIELDS} } }`;
const SAVE_RESIDENT = `mutation($i: SaveResidentExpertiseProfileInput!) { saveResidentExpertiseProfile(input: $i) { ${FIELDS} } }`;
const SAVE_ORGANISATION = `mutation($i: SaveOrganisationExpertiseProfileInput!) { saveOrganisationExpertiseProfile(input: $i) { ${FIELDS} } }`;
const BY_ID = `query($id: ID!) { expertiseProfile(id: $id) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteExpertiseProfile(id: $id) }';

describe('expertise profiles', () => {
  let hub: TestApp;
  let dataSource: DataSource;
  let admin: Person;
  let utrecht: Person;
  let zeist: Person;
  let amsterdam: Person;
  let hogeschool: Person;
  let coordinatorVR09: Person;
  let coordinatorVR13: Person;

  const gql = <T>(query: string, vars: Record<string, unknown>, who: Person | null) =>
    graphql<T>(hub.url, query, vars, who?.headers ?? ({} as Headers));
  const ok = async <T>(query: string, vars: Record<string, unknown>, who: Person | null): Promise<T> => {
    const res = await gql<T>(query, vars, who);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };

  const saveOwn = async (who: Person, input: Record<string, unknown>): Promise<ProfileView> =>
    (await ok<{ saveExpertiseProfile: ProfileView }>(SAVE_OWN, { i: input }, who)).saveExpertiseProfile;
  const saveResident = async (who: Person, input: Record<string, unknown>): Promise<ProfileView> =>
    (await ok<{ saveResidentExpertiseProfile: ProfileView }>(SAVE_RESIDENT, { i: input }, who))
      .saveResidentExpertiseProfile;
  const view = async (who: Person, id: string): Promise<ProfileView> =>
    (await ok<{ expertiseProfile: ProfileView }>(BY_ID, { id }, who)).expertiseProfile;

  /** The ids a person finds in `expertiseProfiles` (with a filter), and the totalCount they get. */
  const listed = async (who: Person, filter: Record<string, unknown> = {}) => {
    const data = await ok<{ expertiseProfiles: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query($f: ExpertiseProfileFilterInput) { expertiseProfiles(filter: $f, first: 100) { totalCount edges { node { id } } } }',
      { f: filter },
      who,
    );
    expect(data.expertiseProfiles.totalCount).toBe(data.expertiseProfiles.edges.length);
    return {
      ids: data.expertiseProfiles.edges.map((e) => e.node.id),
      total: data.expertiseProfiles.totalCount,
    };
  };

  const outbox = async (aggregateId: string): Promise<string[]> =>
    (
      (await dataSource.query(
        `SELECT type FROM outbox_event WHERE aggregate_id = '${aggregateId}' ORDER BY id`,
      )) as { type: string }[]
    ).map((r) => r.type);

  const YOUTH = {
    policyDomains: [{ code: '6.72', level: 'EXPERT' }],
    keywords: ['Inkoop jeugdhulp', ' regionale samenwerking '],
    bio: 'Twintig jaar ervaring met **inkoop** van jeugdhulp.',
    availability: 'AVAILABLE',
    maxOpenQuestions: 4,
  };

  beforeAll(async () => {
    hub = await startTestApp(withAdmin());
    dataSource = hub.app.get(DataSource);
    admin = await loginAdmin(hub);
    // A kennisinstelling without a gemeente of its own (organisations have no API to create them yet).
    await dataSource.query(
      `INSERT INTO organisation (code, kind, name, municipality_code, email_domains, created_at)
       VALUES ('HU', 'KENNISINSTELLING', 'Hogeschool Utrecht', NULL, '', CURRENT_TIMESTAMP)`,
    );
    const person = (email: string, displayName: string, organisationCode: string, regions: string[] = []) =>
      addPerson(hub, admin, {
        email,
        displayName,
        organisationCode,
        roles: regions.length ? ['MEMBER', 'COORDINATOR'] : ['MEMBER'],
        coordinatorRegionIds: regions,
      });
    utrecht = await person('a.jansen@utrecht.nl', 'Anna Jansen', 'GM0344');
    zeist = await person('b.peters@zeist.nl', 'Bram Peters', 'GM0355');
    amsterdam = await person('d.visser@amsterdam.nl', 'Daan Visser', 'GM0363');
    hogeschool = await person('h.lector@hu.nl', 'Hanna Lector', 'HU');
    coordinatorVR09 = await person('e.bakker@kennisregio.nl', 'Eva Bakker', 'HUB', ['VR09']);
    coordinatorVR13 = await person('f.mulder@kennisregio.nl', 'Fien Mulder', 'HUB', ['VR13']);
  });
  afterAll(async () => hub?.close());

  it('needs a login: profiles are about people', async () => {
    expect(errorCode(await gql('{ expertiseProfiles { totalCount } }', {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql('{ myExpertiseProfile { id } }', {}, null))).toBe('UNAUTHENTICATED');
  });

  it('done when: a profile without consent appears nowhere for other members; consent makes it findable, withdrawing hides it again', async () => {
    const others = [zeist, amsterdam, coordinatorVR09, coordinatorVR13];
    const before = new Map<Person, number>();
    for (const who of others) before.set(who, (await listed(who)).total);

    // Without consent (consent is never implied: omitted means no).
    const own = await saveOwn(utrecht, YOUTH);
    expect(own).toMatchObject({
      kind: 'USER',
      displayName: 'Anna Jansen',
      version: 1,
      consentToRecommend: false,
      consentRecordedAt: null,
      consent: null,
      organisation: { code: 'GM0344', name: 'Gemeente Utrecht' },
      municipality: { code: 'GM0344', name: 'Utrecht' },
      policyDomains: [{ domain: { code: '6.72' }, level: 'EXPERT' }],
      keywords: ['inkoop jeugdhulp', 'regionale samenwerking'],
      maxOpenQuestions: 4,
      viewerCanEdit: true,
      viewerCanDelete: true,
      email: null,
    });
    expect(own.bioHtml).toContain('<strong>inkoop</strong>');

    const hiddenFrom = async (who: Person) => {
      expect(errorCode(await gql(BY_ID, { id: own.id }, who))).toBe('NOT_FOUND');
      const all = await listed(who);
      expect(all.ids).not.toContain(own.id);
      expect(all.total).toBe(before.get(who));
      for (const filter of [
        { policyDomainCodes: ['6'] },
        { policyDomainCodes: ['6.72'] },
        { keyword: 'Inkoop jeugdhulp' },
        { municipalityCode: 'GM0344' },
        { regionId: 'VR09' },
        { kind: 'USER' },
      ]) {
        expect((await listed(who, filter)).ids).not.toContain(own.id);
      }
    };
    // Not for any other member: not a buurgemeente, not elsewhere, not even the region's coordinator.
    for (const who of others) await hiddenFrom(who);

    // The holder sees it everywhere; so does an admin.
    expect(
      (await ok<{ myExpertiseProfile: { id: string } }>('{ myExpertiseProfile { id } }', {}, utrecht))
        .myExpertiseProfile.id,
    ).toBe(own.id);
    expect((await view(utrecht, own.id)).id).toBe(own.id);
    expect((await listed(utrecht, { policyDomainCodes: ['6'] })).ids).toContain(own.id);
    expect((await listed(utrecht, { keyword: 'inkoop jeugdhulp' })).ids).toContain(own.id);
    expect((await view(admin, own.id)).id).toBe(own.id);
    // Someone without a profile has none.
    expect(
      (await ok<{ myExpertiseProfile: null }>('{ myExpertiseProfile { id } }', {}, zeist)).myExpertiseProfile,
    ).toBeNull();

    // Giving consent makes it findable, by id, in lists, counts and filters.
    const consented = await saveOwn(utrecht, { ...YOUTH, consentToRecommend: true, expectedVersion: 1 });
    expect(consented.version).toBe(2);
    expect(consented.consentToRecommend).toBe(true);
    expect(consented.consentRecordedAt).not.toBeNull();
    expect(consented.consent).toMatchObject({
      method: 'FORMULIER',
      recordedBy: { id: utrecht.id, displayName: 'Anna Jansen' },
    });
    for (const who of others) {
      const seen = await view(who, own.id);
      expect(seen.consentRecordedAt).toBe(consented.consentRecordedAt);
      expect(seen.viewerCanEdit).toBe(false);
      expect((await listed(who)).total).toBe(before.get(who)! + 1);
      expect((await listed(who, { policyDomainCodes: ['6'] })).ids).toContain(own.id);
      expect((await listed(who, { keyword: 'inkoop jeugdhulp' })).ids).toContain(own.id);
    }
    // How consent was given is for the holder, coordinators of the gemeente and admins.
    expect((await view(zeist, own.id)).consent).toBeNull();
    expect((await view(coordinatorVR13, own.id)).consent).toBeNull();
    expect((await view(coordinatorVR09, own.id)).consent?.method).toBe('FORMULIER');
    expect((await view(admin, own.id)).consent?.method).toBe('FORMULIER');
    expect((await view(coordinatorVR09, own.id)).viewerCanDelete).toBe(true);
    expect((await view(zeist, own.id)).viewerCanDelete).toBe(false);
    // The filters narrow as they say.
    expect((await listed(zeist, { policyDomainCodes: ['6.3'] })).ids).not.toContain(own.id);
    expect((await listed(zeist, { regionId: 'VR09' })).ids).toContain(own.id);
    expect((await listed(zeist, { regionId: 'VR13' })).ids).not.toContain(own.id);
    expect((await listed(zeist, { municipalityCode: 'GM0355' })).ids).not.toContain(own.id);
    expect((await listed(zeist, { availability: 'AVAILABLE', kind: 'USER' })).ids).toContain(own.id);
    expect((await listed(zeist, { availability: 'UNAVAILABLE' })).ids).not.toContain(own.id);
    expect((await listed(zeist, { kind: 'RESIDENT' })).ids).not.toContain(own.id);

    // Withdrawing consent hides it again at once.
    const withdrawn = await saveOwn(utrecht, { ...YOUTH, consentToRecommend: false, expectedVersion: 2 });
    expect(withdrawn).toMatchObject({
      version: 3,
      consentToRecommend: false,
      consent: null,
      consentRecordedAt: null,
    });
    for (const who of others) await hiddenFrom(who);
    expect((await view(utrecht, own.id)).version).toBe(3);

    expect(await outbox(own.id)).toEqual([
      'expertise_profile.saved',
      'expertise_profile.saved',
      'expertise_profile.consent_changed',
      'expertise_profile.saved',
      'expertise_profile.consent_changed',
    ]);
  });

  it('lets a coordinator of VR09 record a resident of Zeist with consent; not a coordinator of VR13, not a member', async () => {
    const input = {
      displayName: 'Piet de Vries',
      email: ' Piet.de.Vries@Example.nl ',
      municipalityCode: 'GM0355',
      policyDomains: [{ code: '6.71', level: 'GEVORDERD' }],
      keywords: ['mantelzorg'],
      bio: 'Mantelzorger en ervaringsdeskundige.',
      consentToRecommend: true,
      consent: { method: 'SCHRIFTELIJK', note: 'Toestemmingsformulier getekend op de bewonersavond.' },
    };
    const resident = await saveResident(coordinatorVR09, input);
    expect(resident).toMatchObject({
      kind: 'RESIDENT',
      displayName: 'Piet de Vries',
      version: 1,
      organisation: null,
      municipality: { code: 'GM0355', name: 'Zeist' },
      consentToRecommend: true,
      email: 'piet.de.vries@example.nl',
      consent: {
        method: 'SCHRIFTELIJK',
        note: 'Toestemmingsformulier getekend op de bewonersavond.',
        recordedBy: { id: coordinatorVR09.id, displayName: 'Eva Bakker' },
      },
      statistics: { answersGiven: 0, acceptedAnswers: 0, medianMinutesToFirstAnswer: null },
      viewerCanEdit: true,
    });
    expect(resident.consent!.recordedAt).toBe(resident.consentRecordedAt);

    // Members find it, without the contact address or how consent was given.
    for (const who of [zeist, amsterdam, utrecht]) {
      const seen = await view(who, resident.id);
      expect(seen).toMatchObject({
        displayName: 'Piet de Vries',
        email: null,
        consent: null,
        viewerCanEdit: false,
      });
      expect(seen.consentRecordedAt).toBe(resident.consentRecordedAt);
      expect((await listed(who, { kind: 'RESIDENT', municipalityCode: 'GM0355' })).ids).toContain(
        resident.id,
      );
    }
    expect((await view(admin, resident.id)).email).toBe('piet.de.vries@example.nl');
    // A coordinator of another region sees it (it has consent) but not the address, and may not change it.
    expect((await view(coordinatorVR13, resident.id)).email).toBeNull();
    expect(
      errorCode(
        await gql(SAVE_RESIDENT, { i: { ...input, id: resident.id, expectedVersion: 1 } }, coordinatorVR13),
      ),
    ).toBe('FORBIDDEN');
    // …nor record a resident of Zeist, which is not in VR13.
    expect(errorCode(await gql(SAVE_RESIDENT, { i: input }, coordinatorVR13))).toBe('FORBIDDEN');
    // A plain member records no residents at all.
    expect(errorCode(await gql(SAVE_RESIDENT, { i: input }, zeist))).toBe('FORBIDDEN');
    expect(
      errorCode(await gql(SAVE_RESIDENT, { i: { ...input, municipalityCode: 'GM0344' } }, utrecht)),
    ).toBe('FORBIDDEN');
    // Consent needs its record: how it was given.
    expect(errorCode(await gql(SAVE_RESIDENT, { i: { ...input, consent: null } }, coordinatorVR09))).toBe(
      'BAD_USER_INPUT',
    );

    // A resident without consent: only the coordinators of the gemeente's regions (and admins).
    const quiet = await saveResident(coordinatorVR09, {
      ...input,
      displayName: 'Jan Zonder Toestemming',
      consentToRecommend: false,
      consent: null,
    });
    expect(quiet.consent).toBeNull();
    expect((await view(coordinatorVR09, quiet.id)).viewerCanEdit).toBe(true);
    expect((await view(admin, quiet.id)).id).toBe(quiet.id);
    for (const who of [zeist, utrecht, amsterdam, coordinatorVR13]) {
      expect(errorCode(await gql(BY_ID, { id: quiet.id }, who))).toBe('NOT_FOUND');
      expect((await listed(who, { kind: 'RESIDENT' })).ids).not.toContain(quiet.id);
    }
    // Someone who cannot see it gets NOT_FOUND when trying to change it, not FORBIDDEN.
    expect(
      errorCode(
        await gql(SAVE_RESIDENT, { i: { ...input, id: quiet.id, expectedVersion: 1 } }, coordinatorVR13),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(DELETE, { id: quiet.id }, zeist))).toBe('NOT_FOUND');
    expect((await listed(coordinatorVR09, { kind: 'RESIDENT' })).ids).toEqual(
      expect.arrayContaining([resident.id, quiet.id]),
    );

    // Consent recorded later: visible to members from then on; the record says when and how.
    const later = await saveResident(coordinatorVR09, {
      ...input,
      id: quiet.id,
      displayName: 'Jan Zonder Toestemming',
      expectedVersion: 1,
      consent: { method: 'MONDELING', note: 'Telefonisch bevestigd.' },
    });
    expect(later).toMatchObject({ version: 2, consent: { method: 'MONDELING' } });
    expect((await view(zeist, quiet.id)).id).toBe(quiet.id);

    // Deleting: not a member; the coordinator may. Then it is gone for everyone.
    expect(errorCode(await gql(DELETE, { id: quiet.id }, zeist))).toBe('FORBIDDEN');
    expect(
      (await ok<{ deleteExpertiseProfile: boolean }>(DELETE, { id: quiet.id }, coordinatorVR09))
        .deleteExpertiseProfile,
    ).toBe(true);
    expect(errorCode(await gql(BY_ID, { id: quiet.id }, admin))).toBe('NOT_FOUND');
    expect(await outbox(quiet.id)).toEqual([
      'expertise_profile.saved',
      'expertise_profile.saved',
      'expertise_profile.consent_changed',
      'expertise_profile.deleted',
    ]);
    expect(await outbox(resident.id)).toEqual([
      'expertise_profile.saved',
      'expertise_profile.consent_changed',
    ]);

    // Coordinators' actions and the consent they recorded are in the curation log.
    const log = await ok<{ curationLog: { edges: { node: { type: string; detailsJson: string } }[] } }>(
      '{ curationLog(first: 50) { edges { node { type detailsJson } } } }',
      {},
      coordinatorVR09,
    );
    const entries = log.curationLog.edges.map((e) => ({
      type: e.node.type,
      details: JSON.parse(e.node.detailsJson) as Record<string, unknown>,
    }));
    expect(entries).toEqual(
      expect.arrayContaining([
        {
          type: 'CONSENT_RECORDED',
          details: expect.objectContaining({
            profileId: resident.id,
            method: 'SCHRIFTELIJK',
            change: 'GIVEN',
          }),
        },
        {
          type: 'EXPERTISE_PROFILE_MANAGED',
          details: expect.objectContaining({ profileId: resident.id, action: 'created' }),
        },
        {
          type: 'EXPERTISE_PROFILE_MANAGED',
          details: expect.objectContaining({ profileId: quiet.id, action: 'deleted' }),
        },
      ]),
    );
    // No personal data in the log.
    expect(JSON.stringify(entries)).not.toContain('example.nl');
  });

  it('saves an organisation profile by its members and the coordinators of its gemeente', async () => {
    const input = {
      organisationCode: 'HU',
      policyDomains: [
        { code: '6.1', level: 'EXPERT' },
        { code: '6.3', level: 'BASIS' },
      ],
      keywords: ['praktijkgericht onderzoek'],
      consentToRecommend: true,
    };
    // The kennisinstelling has no gemeente of its own: one must be chosen.
    expect(errorCode(await gql(SAVE_ORGANISATION, { i: input }, hogeschool))).toBe('BAD_USER_INPUT');
    // Others than its members and the coordinators of that gemeente may not.
    for (const who of [zeist, coordinatorVR13]) {
      expect(
        errorCode(await gql(SAVE_ORGANISATION, { i: { ...input, municipalityCode: 'GM0344' } }, who)),
      ).toBe('FORBIDDEN');
    }
    const org = (
      await ok<{ saveOrganisationExpertiseProfile: ProfileView }>(
        SAVE_ORGANISATION,
        { i: { ...input, municipalityCode: 'GM0344' } },
        hogeschool,
      )
    ).saveOrganisationExpertiseProfile;
    expect(org).toMatchObject({
      kind: 'ORGANISATION',
      displayName: 'Hogeschool Utrecht',
      organisation: { code: 'HU', name: 'Hogeschool Utrecht' },
      municipality: { code: 'GM0344' },
      policyDomains: [
        { domain: { code: '6.1' }, level: 'EXPERT' },
        { domain: { code: '6.3' }, level: 'BASIS' },
      ],
      consent: { method: 'FORMULIER', recordedBy: { id: hogeschool.id } },
      viewerCanEdit: true,
    });
    expect((await view(zeist, org.id)).viewerCanEdit).toBe(false);
    // One profile per organisation: saving again without the version is a conflict, not a second one.
    expect(
      errorCode(await gql(SAVE_ORGANISATION, { i: { ...input, municipalityCode: 'GM0344' } }, hogeschool)),
    ).toBe('CONFLICT');
    // The coordinator of VR09 (Utrecht is in it) may edit it, e.g. withdraw consent on request.
    const edited = (
      await ok<{ saveOrganisationExpertiseProfile: ProfileView }>(
        SAVE_ORGANISATION,
        { i: { ...input, consentToRecommend: false, expectedVersion: 1 } },
        coordinatorVR09,
      )
    ).saveOrganisationExpertiseProfile;
    expect(edited).toMatchObject({ version: 2, consentToRecommend: false, municipality: { code: 'GM0344' } });
    // Without consent: its members and coordinators still see it; other members do not.
    expect((await view(hogeschool, org.id)).id).toBe(org.id);
    expect((await view(coordinatorVR09, org.id)).id).toBe(org.id);
    expect(errorCode(await gql(BY_ID, { id: org.id }, zeist))).toBe('NOT_FOUND');
    expect(errorCode(await gql(BY_ID, { id: org.id }, coordinatorVR13))).toBe('NOT_FOUND');
    // Consent again, for the rest of the tests.
    await ok(SAVE_ORGANISATION, { i: { ...input, expectedVersion: 2 } }, hogeschool);
    expect((await view(zeist, org.id)).consentToRecommend).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT and a stale version with CONFLICT, changing nothing', async () => {
    const current = (
      await ok<{ myExpertiseProfile: ProfileView }>(`{ myExpertiseProfile { ${FIELDS} } }`, {}, utrecht)
    ).myExpertiseProfile;
    const base = { ...YOUTH, expectedVersion: current.version, consentToRecommend: true };
    const refused = async (input: Record<string, unknown>, code: string, argument?: string) => {
      const res = await gql(SAVE_OWN, { i: input }, utrecht);
      expect(errorCode(res)).toBe(code);
      if (argument) {
        expect((res.errors![0]!.extensions as Record<string, unknown>)['argument']).toBe(argument);
      }
      return res.errors![0]!.message;
    };
    expect(
      await refused(
        { ...base, policyDomains: [{ code: '9.99', level: 'EXPERT' }] },
        'BAD_USER_INPUT',
        'policyDomains.code',
      ),
    ).toContain('9.99');
    await refused({ ...base, policyDomains: [{ code: '6.72', level: 'MEESTER' }] }, 'BAD_USER_INPUT');
    await refused({ ...base, policyDomains: [] }, 'BAD_USER_INPUT', 'policyDomains');
    await refused(
      {
        ...base,
        policyDomains: [
          { code: '6.72', level: 'EXPERT' },
          { code: '6.72', level: 'BASIS' },
        ],
      },
      'BAD_USER_INPUT',
    );
    expect(await refused({ ...base, maxOpenQuestions: 51 }, 'BAD_USER_INPUT', 'maxOpenQuestions')).toContain(
      '50',
    );
    await refused({ ...base, maxOpenQuestions: -1 }, 'BAD_USER_INPUT', 'maxOpenQuestions');
    await refused({ ...base, bio: 'x'.repeat(1001) }, 'BAD_USER_INPUT', 'bio');
    await refused({ ...base, availability: 'SOMETIMES' }, 'BAD_USER_INPUT');
    await refused(
      { ...base, keywords: Array.from({ length: 26 }, (_, i) => `woord ${i}`) },
      'BAD_USER_INPUT',
    );
    // Stale, and missing, versions.
    await refused({ ...base, expectedVersion: current.version - 1 }, 'CONFLICT', 'expectedVersion');
    await refused({ ...base, expectedVersion: null }, 'CONFLICT', 'expectedVersion');
    // Residents: a bad address, an unknown gemeente.
    const resident = {
      displayName: 'Kees',
      municipalityCode: 'GM0355',
      policyDomains: [{ code: '6.72', level: 'BASIS' }],
    };
    for (const bad of [{ email: 'geen-adres' }, { municipalityCode: 'GM9999' }, { displayName: '  ' }]) {
      expect(errorCode(await gql(SAVE_RESIDENT, { i: { ...resident, ...bad } }, coordinatorVR09))).toBe(
        'BAD_USER_INPUT',
      );
    }

    // Nothing changed.
    const after = (
      await ok<{ myExpertiseProfile: ProfileView }>(`{ myExpertiseProfile { ${FIELDS} } }`, {}, utrecht)
    ).myExpertiseProfile;
    expect(after).toEqual(current);

    // Markdown in a bio comes out safe.
    const xss = await saveOwn(utrecht, {
      ...base,
      consentToRecommend: false,
      bio: '<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)> **ok**',
    });
    // Raw HTML stays text; the javascript: link is no link.
    expect(xss.bioHtml).not.toMatch(/<script|<img|<a\b|href=/i);
    expect(xss.bioHtml).toContain('&lt;script&gt;');
    expect(xss.bioHtml).toContain('<strong>ok</strong>');
  });

  it('derives statistics from real questions and answers', async () => {
    const zeistProfile = await saveOwn(zeist, {
      policyDomains: [{ code: '6.72', level: 'GEVORDERD' }],
      keywords: ['jeugdhulp'],
      consentToRecommend: true,
    });
    expect(zeistProfile.statistics).toEqual({
      answersGiven: 0,
      acceptedAnswers: 0,
      medianMinutesToFirstAnswer: null,
    });

    const ask = async (title: string) =>
      (
        await ok<{ askQuestion: { id: string } }>(
          'mutation($i: AskQuestionInput!) { askQuestion(input: $i) { id } }',
          {
            i: {
              title,
              body: 'Wie heeft hier ervaring mee?',
              policyDomainCodes: ['6.72'],
              audience: { scope: 'NEIGHBOURS' },
            },
          },
          utrecht,
        )
      ).askQuestion.id;
    const answer = async (questionId: string) =>
      (
        await ok<{ answerQuestion: { id: string } }>(
          'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id } }',
          { i: { questionId, body: 'Wij kopen regionaal in via de jeugdregio.' } },
          zeist,
        )
      ).answerQuestion.id;
    const q1 = await ask('Hoe kopen jullie jeugdhulp in?');
    const q2 = await ask('Werken jullie met een regionaal inkoopbureau?');
    const a1 = await answer(q1);
    await answer(q2);
    await ok('mutation($a: ID!) { acceptAnswer(answerId: $a) { id } }', { a: a1 }, utrecht);

    const seen = await view(amsterdam, zeistProfile.id);
    expect(seen.statistics.answersGiven).toBe(2);
    expect(seen.statistics.acceptedAnswers).toBe(1);
    expect(seen.statistics.medianMinutesToFirstAnswer).not.toBeNull();
    expect(seen.statistics.medianMinutesToFirstAnswer!).toBeGreaterThanOrEqual(0);
    // The asker answered nothing.
    expect(
      (
        await view(
          utrecht,
          (await ok<{ myExpertiseProfile: { id: string } }>('{ myExpertiseProfile { id } }', {}, utrecht))
            .myExpertiseProfile.id,
        )
      ).statistics.answersGiven,
    ).toBe(0);
  });

  it('sends a number of SQL statements that does not grow with the page size', async () => {
    // By name, the small page has one user (one organisation, one set of statistics) among
    // residents; the large one has four users of four organisations, the kennisinstelling and
    // dozens of residents, each with their own taakvelden and keywords.
    const resident = (displayName: string, i: number) =>
      saveResident(coordinatorVR09, {
        displayName,
        municipalityCode: 'GM0355',
        policyDomains: [
          { code: '6.72', level: 'BASIS' },
          { code: '6.71', level: 'EXPERT' },
        ],
        keywords: [`thema ${i}`, 'wijk'],
        consentToRecommend: i % 2 === 0,
        consent: i % 2 === 0 ? { method: 'EMAIL' } : null,
      });
    for (let i = 1; i <= 20; i++) await resident(`B Inwoner ${String(i).padStart(2, '0')}`, i);
    for (let i = 1; i <= 30; i++) await resident(`X Inwoner ${String(i).padStart(2, '0')}`, i);
    await saveOwn(amsterdam, { policyDomains: [{ code: '0.1', level: 'BASIS' }], consentToRecommend: true });
    await saveOwn(hogeschool, {
      policyDomains: [{ code: '6.1', level: 'EXPERT' }],
      consentToRecommend: true,
    });
    const page = (first: number) => `{ expertiseProfiles(first: ${first}) { totalCount edges { node {
      id kind displayName organisation { code name } municipality { code name }
      policyDomains { level domain { code name } } keywords email viewerCanEdit consentRecordedAt
      consent { method recordedBy { displayName } }
      statistics { answersGiven acceptedAnswers medianMinutesToFirstAnswer } } } } }`;
    type Page = {
      expertiseProfiles: {
        totalCount: number;
        edges: {
          node: {
            kind: string;
            organisation: { code: string } | null;
            keywords: string[];
            statistics: { answersGiven: number };
          };
        }[];
      };
    };
    const statements = async (first: number) => {
      let data: Page | undefined;
      const count = await hub.statementsOf(async () => {
        data = await ok<Page>(page(first), {}, admin);
      });
      return { count, page: data!.expertiseProfiles };
    };
    const small = await statements(5);
    const large = await statements(50);
    const users = (p: Page['expertiseProfiles']) => p.edges.filter((e) => e.node.kind === 'USER').length;
    const organisations = (p: Page['expertiseProfiles']) =>
      new Set(p.edges.flatMap((e) => (e.node.organisation ? [e.node.organisation.code] : []))).size;
    expect(small.page.edges).toHaveLength(5);
    expect(large.page.edges).toHaveLength(50);
    expect(users(small.page)).toBe(1);
    expect(organisations(small.page)).toBe(1);
    expect(users(large.page)).toBe(4);
    expect(organisations(large.page)).toBe(4);
    expect(large.page.edges.filter((e) => e.node.keywords.includes('wijk')).length).toBeGreaterThan(40);
    expect(large.count).toBe(small.count);
    // The page, its count, and one batch per nested field (plus the login's own lookups).
    expect(small.count).toBeLessThanOrEqual(10);
  });

  it('gives matching and dossiers only what consent allows: profiles with consent in bulk, visible ids per actor', async () => {
    const service = hub.app.get(ExpertiseService);
    const anna = (
      await ok<{ myExpertiseProfile: { id: string; consentToRecommend: boolean } }>(
        '{ myExpertiseProfile { id consentToRecommend } }',
        {},
        utrecht,
      )
    ).myExpertiseProfile;
    const bram = (
      await ok<{ myExpertiseProfile: { id: string } }>('{ myExpertiseProfile { id } }', {}, zeist)
    ).myExpertiseProfile;
    expect(anna.consentToRecommend).toBe(false);

    // Matching reads profiles with consent only, with their taakvelden (tree-aware codes) and keywords.
    const youth = await service.recommendable({
      policyDomainCodes: service.policyDomainCodesWithin(['6']),
    });
    const ids = youth.map((r) => r.profile.id);
    expect(ids).toContain(bram.id);
    expect(ids).not.toContain(anna.id);
    expect(youth.every((r) => r.profile.consentToRecommend)).toBe(true);
    expect(youth.find((r) => r.profile.id === bram.id)).toMatchObject({
      policyDomains: [{ code: '6.72', level: 'GEVORDERD' }],
      keywords: ['jeugdhulp'],
      profile: { userId: zeist.id, municipalityCode: 'GM0355', availability: 'AVAILABLE' },
    });
    expect(await service.recommendable({ ids: [anna.id] })).toEqual([]);
    // Pages by id.
    const first = await service.recommendable({ limit: 3 });
    const next = await service.recommendable({ limit: 3, afterId: first[2]!.profile.id });
    expect(first).toHaveLength(3);
    expect(next[0]!.profile.id > first[2]!.profile.id).toBe(true);

    // Dossiers ask which profiles a reader may see.
    const actorOf = async (who: Person) => {
      const me = await ok<{
        me: {
          id: string;
          roles: string[];
          coordinatorRegionIds: string[];
          organisation: { code: string; municipalityCode: string | null };
        };
      }>('{ me { id roles coordinatorRegionIds organisation { code municipalityCode } } }', {}, who);
      return {
        userId: me.me.id,
        organisationCode: me.me.organisation.code,
        municipalityCode: me.me.organisation.municipalityCode,
        roles: me.me.roles as ('MEMBER' | 'COORDINATOR' | 'ADMIN')[],
        coordinatorRegionIds: me.me.coordinatorRegionIds,
      };
    };
    expect([...(await service.visibleProfileIds(await actorOf(amsterdam), [anna.id, bram.id]))]).toEqual([
      bram.id,
    ]);
    expect((await service.visibleProfileIds(await actorOf(utrecht), [anna.id, bram.id])).size).toBe(2);
  });
});
