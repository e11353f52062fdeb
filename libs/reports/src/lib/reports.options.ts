import type { FileStorage } from './files/file-storage';

export const REPORTS_OPTIONS = Symbol('REPORTS_OPTIONS');

export interface ReportsOptions {
  /** Largest file accepted by `PUT /uploads/:token` (UPLOAD_MAX_BYTES). */
  readonly maxUploadBytes: number;
  /** Secret from which the key that signs file URLs is derived (the hub's JWT secret). */
  readonly fileUrlSecret: string;
  /** Where file bytes go (LocalFileStorage in FILES_DIR by default). */
  readonly storage: FileStorage;
  /** How long an upload URL is valid (default 15 minutes). */
  readonly uploadUrlTtlSeconds?: number;
  /** How long a download URL is valid (default 5 minutes). */
  readonly downloadUrlTtlSeconds?: number;
}

export const DEFAULT_UPLOAD_URL_TTL_SECONDS = 15 * 60;
export const DEFAULT_DOWNLOAD_URL_TTL_SECONDS = 5 * 60;
