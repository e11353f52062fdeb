import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Public, RateLimit } from '@ksp/shared';
import { OIDC_CALLBACK_PATH, OidcRedirect, OidcService } from './oidc.service';
import { originOf } from './oidc.urls';

/** The parts of a Fastify request and reply these routes use. */
interface HttpRequest {
  readonly url: string;
  readonly protocol: string;
  readonly host: string;
  readonly ip?: string;
  readonly headers: Record<string, string | string[] | undefined>;
}
interface HttpReply {
  status(code: number): HttpReply;
  header(name: string, value: string): HttpReply;
  send(): unknown;
}

/** Binds a started login to the browser that started it (login CSRF); see docs/adr/0006-oidc-login.md. */
const COOKIE = 'ksp_oidc';
const COOKIE_PATH = '/auth/oidc';

/**
 * Browser routes of the OIDC login. Both answer with a redirect only: to the IdP, or back to the
 * web app (the hub's tokens in the URL fragment on success, /inloggen?fout=oidc on any failure).
 */
@Public()
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get('callback')
  @RateLimit({ key: 'oidc-callback', points: 60, duration: 60 })
  async callback(@Req() req: HttpRequest, @Res() reply: HttpReply): Promise<void> {
    const query = new URL(req.url, 'http://callback.invalid').searchParams;
    redirect(reply, await this.oidc.finish(query, cookie(req, COOKIE), req.ip ?? null), req);
  }

  @Get(':organisationCode/start')
  @RateLimit({ key: 'oidc-start', points: 60, duration: 60 })
  async start(
    @Param('organisationCode') organisationCode: string,
    @Query('redirect') target: string | undefined,
    @Req() req: HttpRequest,
    @Res() reply: HttpReply,
  ): Promise<void> {
    const callbackUrl = `${originOf(req)}${OIDC_CALLBACK_PATH}`;
    const next = await this.oidc.start(
      organisationCode,
      typeof target === 'string' ? target : undefined,
      callbackUrl,
      cookie(req, COOKIE),
      req.ip ?? null,
    );
    redirect(reply, next, req);
  }
}

function redirect(reply: HttpReply, next: OidcRedirect, req: HttpRequest): void {
  reply.status(302).header('location', next.location).header('cache-control', 'no-store');
  if (next.browserSecret) {
    const secure = req.protocol === 'https' ? '; Secure' : '';
    reply.header(
      'set-cookie',
      `${COOKIE}=${next.browserSecret}; Path=${COOKIE_PATH}; Max-Age=600; HttpOnly; SameSite=Lax${secure}`,
    );
  }
  reply.send();
}

function cookie(req: HttpRequest, name: string): string | null {
  const header = req.headers['cookie'];
  for (const part of (Array.isArray(header) ? header.join(';') : (header ?? '')).split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return null;
}
