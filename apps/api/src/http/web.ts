import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** The built web app (apps/web/dist), next to this app's dist in the workspace and in the image. */
export const WEB_APP_DIR = join(__dirname, '..', '..', '..', 'web', 'dist');

/**
 * Paths that belong to the API. They never get the web app, also not when no route answers
 * them: a mistyped API call gets the API's own 404, not a page.
 */
const API_PATH = /^\/(?:graphql|health|ready|metrics|auth|uploads|files)(?:[/?#]|$)/;
/** A path with a file extension is a file: when it is not there, 404 (not the page). */
const FILE_PATH = /\/[^/?#]*\.[A-Za-z0-9]{1,10}(?:[?#]|$)/;

/**
 * The Content-Security-Policy of the web app's pages. The API's own answers keep edge.ts's
 * `default-src 'none'`; pages need their scripts and styles, from this origin only: no inline
 * script or style, no other hosts, no framing. `data:` images are for the icons in the
 * NL Design System CSS.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Content-hashed files (apps/web/dist/assets) never change; everything else is revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

function pageHeaders(reply: FastifyReply, path: string): void {
  reply.header('content-security-policy', PAGE_CSP);
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE);
}

/**
 * Serves the built web app on the API's origin: its files (precompressed .br/.gz copies when the
 * browser accepts them), and index.html for every other GET that is not an API path, so that the
 * app's own routes (/gemeenten/GM0344) work on a reload or from a link in a mail.
 */
export async function webAppPlugin(fastify: FastifyInstance, options: { root: string }): Promise<void> {
  await fastify.register(fastifyStatic, {
    root: options.root,
    // One route per file found at start (the build is immutable), so unknown paths reach the
    // fallback below instead of the file server.
    wildcard: false,
    index: false,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: pageHeaders,
  });
  fastify.get('/*', (request, reply) => {
    if (API_PATH.test(request.url) || FILE_PATH.test(request.url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}

/** Registers the web app when it is built; the API works without it (and says so). */
export async function registerWebApp(
  app: NestFastifyApplication,
  root: string = WEB_APP_DIR,
): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('WebApp').warn(`no web app at ${root}: build it with "npx nx run web:build" (npm start does)`);
    return false;
  }
  await app.register(webAppPlugin, { root });
  return true;
}
