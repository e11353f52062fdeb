import { DomainError } from '@ksp/shared';
import { normaliseScopes, parseIssuerUrl, safeRedirectTarget } from './oidc.urls';

describe('OIDC input rules', () => {
  it('accepts https issuers, and http only on this machine', () => {
    expect(parseIssuerUrl(' https://login.microsoftonline.com/abc/v2.0 ').href).toBe(
      'https://login.microsoftonline.com/abc/v2.0',
    );
    expect(parseIssuerUrl('http://127.0.0.1:4000').href).toBe('http://127.0.0.1:4000/');
    expect(parseIssuerUrl('http://localhost:4000/x').href).toBe('http://localhost:4000/x');
    expect(parseIssuerUrl('http://[::1]:4000').href).toBe('http://[::1]:4000/');
    for (const bad of [
      'http://login.gemeente.nl',
      'ftp://127.0.0.1',
      'geen url',
      'https://a.nl/?x=1',
      'https://u:p@a.nl',
    ]) {
      expect(() => parseIssuerUrl(bad)).toThrow(DomainError);
    }
    expect(() => parseIssuerUrl('http://127.0.0.1.evil.nl')).toThrow(/https:\/\//);
  });

  it('always asks for openid, once', () => {
    expect(normaliseScopes(undefined)).toEqual(['openid', 'email', 'profile']);
    expect(normaliseScopes(['email', 'openid profile', 'email'])).toEqual(['openid', 'email', 'profile']);
    expect(() => normaliseScopes(['e"mail'])).toThrow(DomainError);
  });

  it('redirects only to paths on the hub itself', () => {
    expect(safeRedirectTarget(undefined)).toBe('/');
    expect(safeRedirectTarget('/vragen?taakveld=6.72')).toBe('/vragen?taakveld=6.72');
    for (const bad of [
      '//evil.nl',
      '/\\evil.nl',
      'https://evil.nl',
      'vragen',
      '/a#b',
      '/a b',
      `/${'a'.repeat(500)}`,
    ]) {
      expect(safeRedirectTarget(bad)).toBeNull();
    }
  });
});
