import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed file URL allows: putting the bytes of a report's file, or reading a stored file. */
export type FileTokenClaims =
  | {
      readonly purpose: 'upload';
      readonly reportId: string;
      readonly fileName: string;
      /** Who asked for the URL (recorded as the uploader). */
      readonly userId: string;
      /**
       * Granted as a coordinator of the report's gemeente (or an admin), who may replace the file
       * of a published report; otherwise as its submitter, while it is under review or rejected.
       */
      readonly asCurator: boolean;
      /** Seconds since the epoch. */
      readonly expiresAt: number;
    }
  | {
      readonly purpose: 'download';
      readonly fileId: string;
      /** Null for someone not logged in (a PUBLIC report). */
      readonly userId: string | null;
      readonly expiresAt: number;
    };

export type FileTokenProblem = 'INVALID' | 'EXPIRED';

export class FileTokenError extends Error {
  constructor(readonly problem: FileTokenProblem) {
    super(problem === 'EXPIRED' ? 'file token expired' : 'file token invalid');
    this.name = 'FileTokenError';
  }
}

const VERSION = 'f1';
/** Domain separation: this key signs file URLs only, never access tokens (and the other way round). */
const KEY_LABEL = 'kennisschakelpunt/report-file-urls/v1';
const MAX_TOKEN_LENGTH = 2048;

type Wire =
  | { p: 'u'; r: string; n: string; u: string; c: 0 | 1; e: number }
  | { p: 'd'; f: string; u: string | null; e: number };

/**
 * Short-lived signed tokens for the file URLs (`PUT /uploads/:token`, `GET /files/:token`):
 * `f1.<claims as base64url JSON>.<HMAC-SHA256 as base64url>`, signed with a key derived from the
 * hub's secret. Stateless, so any API instance verifies them; the same shape as S3 presigned URLs.
 */
export class FileTokenSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('the file URL secret needs at least 32 characters');
    this.key = createHmac('sha256', secret).update(KEY_LABEL).digest();
  }

  sign(claims: FileTokenClaims): string {
    const wire: Wire =
      claims.purpose === 'upload'
        ? {
            p: 'u',
            r: claims.reportId,
            n: claims.fileName,
            u: claims.userId,
            c: claims.asCurator ? 1 : 0,
            e: claims.expiresAt,
          }
        : { p: 'd', f: claims.fileId, u: claims.userId, e: claims.expiresAt };
    const body = `${VERSION}.${Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url')}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a token of this purpose, or FileTokenError (INVALID for anything forged or malformed). */
  verify<P extends FileTokenClaims['purpose']>(
    token: string,
    purpose: P,
    now: Date,
  ): Extract<FileTokenClaims, { purpose: P }> {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) throw new FileTokenError('INVALID');
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) throw new FileTokenError('INVALID');
    const body = `${parts[0]}.${parts[1]}`;
    const given = Buffer.from(parts[2]!, 'base64url');
    const expected = Buffer.from(this.mac(body), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new FileTokenError('INVALID');
    }
    let wire: Wire;
    try {
      wire = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Wire;
    } catch {
      throw new FileTokenError('INVALID');
    }
    const claims = fromWire(wire);
    if (!claims || claims.purpose !== purpose) throw new FileTokenError('INVALID');
    if (claims.expiresAt * 1000 <= now.getTime()) throw new FileTokenError('EXPIRED');
    return claims as Extract<FileTokenClaims, { purpose: P }>;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function fromWire(w: Wire): FileTokenClaims | null {
  if (typeof w !== 'object' || w === null || typeof w.e !== 'number') return null;
  if (w.p === 'u' && typeof w.r === 'string' && typeof w.n === 'string' && typeof w.u === 'string') {
    return {
      purpose: 'upload',
      reportId: w.r,
      fileName: w.n,
      userId: w.u,
      asCurator: w.c === 1,
      expiresAt: w.e,
    };
  }
  if (w.p === 'd' && typeof w.f === 'string' && (typeof w.u === 'string' || w.u === null)) {
    return { purpose: 'download', fileId: w.f, userId: w.u, expiresAt: w.e };
  }
  return null;
}
