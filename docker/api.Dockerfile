# syntax=docker/dockerfile:1
#
# Kennisschakelpunt API image. The build context is the repository root:
#
#   docker build -f docker/api.Dockerfile -t kennisschakelpunt-api .
#
# or through docker/compose.yaml (see docs/operations.md). Stages:
#   manifests  only the workspace's package.json files and the lockfile (keeps `npm ci` cached)
#   deps       `npm ci` with the toolchain for the native addon better-sqlite3
#   build      swc build of the api and every library, the web app (Vite), `npm prune --omit=dev`
#   runtime    slim image with the built code, the built web app and production dependencies,
#              running as `node`; the API serves the web app on the same origin

ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
# Nx: no daemon, no cloud, no interactive terminal UI inside an image build.
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false

# ---------------------------------------------------------------------------------------------
# manifests: the root manifest, the lockfile and each workspace's package.json (the globs of
# "workspaces" in package.json). The copy below is keyed on their content only, so a change to
# source files does not re-run `npm ci`.
FROM base AS manifests
COPY . /src
RUN mkdir -p /out \
 && cd /src \
 && cp package.json package-lock.json /out/ \
 && for f in libs/*/package.json apps/*/package.json tools/*/package.json; do \
      if [ -f "$f" ]; then cp --parents "$f" /out/; fi; \
    done

# ---------------------------------------------------------------------------------------------
# deps: all dependencies (dev included: Nx and swc build the code).
FROM base AS deps
# The lockfile is written by npm 11 (the version on the development machines; it reads the
# "allowScripts" field of package.json). node:20 ships npm 10.
ARG NPM_VERSION=11.19.1
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g "npm@${NPM_VERSION}" --no-audit --no-fund \
 && npm --version
COPY --from=manifests /out/ ./
# better-sqlite3 downloads a prebuilt binary or compiles with node-gyp; when compiling, use the
# headers that come with the image's Node instead of downloading them.
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    if [ -f /usr/local/include/node/node.h ]; then export npm_config_nodedir=/usr/local; fi \
 && npm ci --include=dev --no-audit --no-fund \
 && node -e "new (require('better-sqlite3'))(':memory:').close()"

# ---------------------------------------------------------------------------------------------
# build: compile with swc (each project to its own dist/) and the web app with Vite (its GraphQL
# types come from the API's schema, printed by the built API), then collect what runs into /out
# and drop the dev dependencies. The workspace links in node_modules/@ksp/* stay; they point at
# ../../libs/* and ../../apps/*.
FROM deps AS build
COPY . .
RUN npx nx run-many -t build --outputStyle=static \
 && test -f apps/api/dist/main.js \
 && test -f apps/web/dist/index.html \
 && test -f libs/directory/data/gemeenten.csv
RUN mkdir -p /out/apps/api /out/apps/web \
 && for d in libs/*/; do \
      n="$(basename "$d")"; mkdir -p "/out/libs/$n"; \
      cp "$d/package.json" "/out/libs/$n/"; cp -r "$d/dist" "/out/libs/$n/"; \
    done \
 && cp -r libs/directory/data /out/libs/directory/ \
 && cp apps/api/package.json /out/apps/api/ && cp -r apps/api/dist /out/apps/api/ \
 && cp -r apps/web/dist /out/apps/web/
RUN npm prune --omit=dev --no-audit --no-fund \
 && node -e "new (require('better-sqlite3'))(':memory:').close()"

# ---------------------------------------------------------------------------------------------
# runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Files stay owned by root (read-only for the `node` user that runs the API).
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
# The built libraries (with libs/directory/data, read at run time), the API and the web app
# (apps/web/dist, served by the API: apps/api/src/http/web.ts).
COPY --from=build /out/ ./
# No tools/: `npm run migrate` would first build with Nx, a dev dependency. In the image, run the
# built CLI instead: node apps/api/dist/cli.js migrate | import-reference-data | reindex | reconcile
# Only the default DATABASE_URL (sqlite:./data/kennisschakelpunt.sqlite) writes here; with
# PostgreSQL nothing in the image is written to.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
# main.ts handles SIGTERM: stops accepting connections, finishes requests in flight, exits 0.
STOPSIGNAL SIGTERM
# Liveness (GET /health). Slim images have no curl; Node 20 has fetch. The API must listen on
# 127.0.0.1 inside the container for this (HOST=0.0.0.0 or :: does).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
