# Stepwise's container image: `docker build -t stepwise .` (the server) and
# `docker build --target migrate -t stepwise-migrate .` (migrations and the demo seed, run before
# the server starts: the Kubernetes manifests run it as an init container).
#
# No container engine runs where Stepwise is developed, so this file is not built by the tests.
# Its steps are the commands they do run: `npm install`, `npm run build` (next build, then the
# standalone assets), `npm run db:prepare`, and the standalone server the end-to-end journeys
# start (scripts/serve.mjs runs the same `node server.js`).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when its prebuilt binary cannot be fetched.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# postinstall generates both Prisma clients: it needs the schemas and the config (and what it imports).
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY lib/database-url.ts ./lib/database-url.ts
# `npm install`, not `npm ci`: see .ci/run (the lockfile lists only this platform's optional binaries).
RUN npm install --no-audit --no-fund
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# Migrations (PostgreSQL: Stepwise's own, under an advisory lock; SQLite: prisma migrate deploy) and
# the demo seed into an empty database. Keeps the Prisma CLI and tsx out of the server's image.
FROM build AS migrate
USER node
CMD ["npm", "run", "--silent", "db:prepare"]

# The server: the standalone build only (the node_modules it traced), no dev dependency, not root.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
CMD ["node", "server.js"]
