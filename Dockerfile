# syntax=docker/dockerfile:1
#
# GLM Compare: one replica per container, each with its own read-only SQLite file built into
# the image. Nothing is shared between replicas and nothing migrates at run time.
#
#   docker build --build-arg SITE_URL=https://glm.example -t glm-compare .
#   docker run -p 3000:3000 glm-compare
#
# The build steps are the commands CI runs (npm ci, npm run build). SITE_URL given at build is
# baked into the prerendered pages and kept for run time; see README › Deploy.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=""
# Validates the data, builds var/glm-compare.db and the standalone server (.next/standalone),
# with the database, static files, public/, data/ and drizzle/ copied beside it.
RUN SITE_URL="${SITE_URL}" npm run build

FROM ${NODE_IMAGE} AS run
ARG SITE_URL=""
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000 \
  HOSTNAME=0.0.0.0 \
  SITE_URL=${SITE_URL}
WORKDIR /app
# Owned by root, so the app user can read but never change the code or the database.
COPY --from=build /app/.next/standalone ./
# Next's only writable folder (its cache); everything else stays read-only.
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "glm-server.cjs"]
