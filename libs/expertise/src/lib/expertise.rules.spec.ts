import { holderKey, normaliseEmail, profileAccessKeys } from './expertise.rules';
import { ExpertiseProfileKind } from './expertise.types';

describe('profileAccessKeys', () => {
  const reviewers = ['c:VR09', 'c:PV26'];

  it('lets every member find a profile with consent, and only its holder one without', () => {
    const user = { kind: ExpertiseProfileKind.USER, userId: 'u1', organisationCode: 'GM0344' };
    expect(profileAccessKeys({ ...user, consentToRecommend: true }, reviewers).sort()).toEqual([
      'mem',
      'u:u1',
    ]);
    // Not even the coordinators of the user's gemeente: a user's profile is theirs alone.
    expect(profileAccessKeys({ ...user, consentToRecommend: false }, reviewers)).toEqual(['u:u1']);
  });

  it("keeps the coordinators' keys on organisation and resident profiles, with or without consent", () => {
    const org = { kind: ExpertiseProfileKind.ORGANISATION, userId: null, organisationCode: 'HU' };
    expect(profileAccessKeys({ ...org, consentToRecommend: false }, reviewers).sort()).toEqual([
      'c:PV26',
      'c:VR09',
      'o:HU',
    ]);
    const resident = { kind: ExpertiseProfileKind.RESIDENT, userId: null, organisationCode: null };
    expect(profileAccessKeys({ ...resident, consentToRecommend: false }, reviewers).sort()).toEqual([
      'c:PV26',
      'c:VR09',
    ]);
    expect(profileAccessKeys({ ...resident, consentToRecommend: true }, reviewers)).toContain('mem');
  });
});

describe('holderKey', () => {
  it('gives one key per user, organisation and resident profile', () => {
    expect(holderKey(ExpertiseProfileKind.USER, 'abc')).toBe('u:abc');
    expect(holderKey(ExpertiseProfileKind.ORGANISATION, 'HU')).toBe('o:HU');
    expect(holderKey(ExpertiseProfileKind.RESIDENT, 'p1')).toBe('r:p1');
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases an address and refuses what is not one', () => {
    expect(normaliseEmail('  J.de.Vries@Example.NL ')).toBe('j.de.vries@example.nl');
    expect(normaliseEmail('geen adres')).toBeNull();
    expect(normaliseEmail('a@b')).toBeNull();
    expect(normaliseEmail('<script>@x.nl')).toBeNull();
  });
});
