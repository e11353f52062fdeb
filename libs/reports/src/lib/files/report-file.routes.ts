import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Clock, DomainError, ErrorCode } from '@ksp/shared';
import { REPORTS_OPTIONS, type ReportsOptions } from '../reports.options';
import { ReportsService } from '../reports.service';
import { FileTokenError, FileTokenSigner } from './file-token';

/**
 * `/uploads/<token>` and `/files/<token>`, as wildcard routes: a token (~250 characters) is longer
 * than the router allows a `:param` (maxParamLength 100, which answers 414).
 */
export const UPLOAD_PATH = '/uploads/*';
export const DOWNLOAD_PATH = '/files/*';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
};

interface TokenParams {
  '*': string;
}

/**
 * The two file routes, as a Fastify plugin of their own (so that its raw-body parser and body
 * limit apply to these routes only):
 * - `PUT /uploads/:token` — the raw bytes of a PDF or DOCX, at most UPLOAD_MAX_BYTES, to an upload
 *   URL from `uploadReportFile`; 201 with the stored file's facts;
 * - `GET /files/:token` — the bytes behind a `downloadUrl`, as an attachment.
 * Errors are JSON: `{ "error": { "code", "message" } }` with the HTTP status of the code (400,
 * 401 for an expired link, 403 for a forged one, 404, 409, 413 for a file over the limit).
 */
@Injectable()
export class ReportFileRoutes implements OnModuleInit {
  private readonly logger = new Logger(ReportFileRoutes.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly reports: ReportsService,
    private readonly signer: FileTokenSigner,
    private readonly clock: Clock,
    @Inject(REPORTS_OPTIONS) private readonly options: ReportsOptions,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    // No HTTP server in a standalone application context (the CLI).
    if (!adapter || adapter.getType() !== 'fastify') return;
    const fastify = adapter.getInstance<FastifyInstance>();
    void fastify.register((scope, _opts, done) => {
      this.routes(scope);
      done();
    });
  }

  private routes(scope: FastifyInstance): void {
    const maxBytes = this.options.maxUploadBytes;
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) =>
      done(null, body),
    );
    scope.setErrorHandler((error: FastifyError, _request, reply) => this.fail(reply, error));

    scope.put<{ Params: TokenParams }>(
      UPLOAD_PATH,
      {
        bodyLimit: maxBytes,
        // The link is checked before a byte of the body is read.
        onRequest: (request, reply, done) => {
          try {
            this.signer.verify(request.params['*'], 'upload', this.clock.now());
            done();
          } catch (e) {
            this.fail(reply, e);
          }
        },
      },
      async (request: FastifyRequest<{ Params: TokenParams }>, reply: FastifyReply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const file = await this.reports.attachFile(request.params['*'], body);
        return reply.code(201).send({
          file: {
            id: file.id,
            fileName: file.fileName,
            mediaType: file.mediaType,
            size: file.size,
            sha256: file.sha256,
            textStatus: file.textStatus,
            pageCount: file.pageCount,
          },
        });
      },
    );

    scope.get<{ Params: TokenParams }>(DOWNLOAD_PATH, async (request, reply) => {
      const { file, bytes } = await this.reports.openDownload(request.params['*']);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', attachment(file.fileName))
        .header('content-length', String(bytes.length))
        .header('cache-control', 'private, no-store')
        .send(bytes);
    });
  }

  private fail(reply: FastifyReply, error: unknown): FastifyReply {
    const [status, code, message, extra] = this.describe(error);
    return reply
      .code(status)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ error: { code, message, ...extra } });
  }

  private describe(error: unknown): [number, string, string, Record<string, unknown>] {
    if (error instanceof FileTokenError) {
      return error.problem === 'EXPIRED'
        ? [401, ErrorCode.UNAUTHENTICATED, 'Deze link is verlopen; vraag een nieuwe aan.', {}]
        : [403, ErrorCode.FORBIDDEN, 'Deze link is ongeldig.', {}];
    }
    if (error instanceof DomainError) {
      return [STATUS[error.code] ?? 400, error.code, error.message, publicDetails(error.details)];
    }
    const statusCode = (error as FastifyError).statusCode;
    if (statusCode === 413) {
      const max = this.options.maxUploadBytes;
      return [
        413,
        ErrorCode.BAD_USER_INPUT,
        `Het bestand is te groot (maximaal ${megabytes(max)}).`,
        { maxBytes: max },
      ];
    }
    if (statusCode !== undefined && statusCode >= 400 && statusCode < 500) {
      return [statusCode, ErrorCode.BAD_USER_INPUT, 'Dit verzoek kan niet worden verwerkt.', {}];
    }
    this.logger.error({
      msg: 'report file route failed',
      error: String(error),
      stack: (error as Error)?.stack,
    });
    return [500, ErrorCode.INTERNAL_SERVER_ERROR, 'Er ging iets mis aan onze kant.', {}];
  }
}

function publicDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return typeof details['argument'] === 'string' ? { argument: details['argument'] } : {};
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachment(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
