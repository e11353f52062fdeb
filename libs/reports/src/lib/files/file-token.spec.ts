import { FileTokenError, FileTokenSigner } from './file-token';

const SECRET = 'een-geheim-van-minstens-32-tekens-lang!';
const now = new Date('2026-03-01T12:00:00Z');
const inFiveMinutes = Math.floor(now.getTime() / 1000) + 300;
const upload = {
  purpose: 'upload',
  reportId: 'r-1',
  fileName: 'Evaluatie jeugdhulp.pdf',
  userId: 'u-1',
  asCurator: false,
  expiresAt: inFiveMinutes,
} as const;

function problem(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(FileTokenError);
    return (e as FileTokenError).problem;
  }
}

describe('FileTokenSigner', () => {
  const signer = new FileTokenSigner(SECRET);

  it('gives back the claims of a token it signed, and the token is URL-safe', () => {
    const token = signer.sign(upload);
    expect(token).toMatch(/^f1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(signer.verify(token, 'upload', now)).toEqual(upload);
    const download = { purpose: 'download', fileId: 'f-1', userId: 'u-1', expiresAt: inFiveMinutes } as const;
    expect(signer.verify(signer.sign(download), 'download', now)).toEqual(download);
    const anonymous = { ...download, userId: null };
    expect(signer.verify(signer.sign(anonymous), 'download', now)).toEqual(anonymous);
    const curator = { ...upload, asCurator: true };
    expect(signer.verify(signer.sign(curator), 'upload', now)).toEqual(curator);
  });

  it('refuses a token once it has expired', () => {
    const token = signer.sign(upload);
    expect(problem(() => signer.verify(token, 'upload', new Date((inFiveMinutes - 1) * 1000)))).toBeNull();
    expect(problem(() => signer.verify(token, 'upload', new Date(inFiveMinutes * 1000)))).toBe('EXPIRED');
  });

  it('refuses a tampered token, whatever part was changed', () => {
    const token = signer.sign(upload);
    const [version, claims, mac] = token.split('.') as [string, string, string];
    const otherReport = Buffer.from(
      JSON.stringify({ p: 'u', r: 'r-2', n: 'x.pdf', u: 'u-1', c: 1, e: inFiveMinutes }),
    ).toString('base64url');
    const flipped = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
    for (const forged of [
      `${version}.${otherReport}.${mac}`,
      `${version}.${claims}.${flipped(mac)}`,
      `${version}.${claims}.`,
      `f2.${claims}.${mac}`,
      `${version}.${claims}`,
      'not-a-token',
      '',
      `${token}${'x'.repeat(3000)}`,
    ]) {
      expect(problem(() => signer.verify(forged, 'upload', now))).toBe('INVALID');
    }
  });

  it('refuses a token signed with another secret, or made for the other purpose', () => {
    const other = new FileTokenSigner('een-ander-geheim-van-minstens-32-tekens');
    expect(problem(() => signer.verify(other.sign(upload), 'upload', now))).toBe('INVALID');
    expect(problem(() => signer.verify(signer.sign(upload), 'download', now))).toBe('INVALID');
  });

  it('needs a long secret', () => {
    expect(() => new FileTokenSigner('kort')).toThrow();
  });
});
