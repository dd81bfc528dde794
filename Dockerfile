# syntax=docker/dockerfile:1

# ---- build: install every dependency; the root `prepare` script builds seeds, server and client ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
# The whole workspace goes in before `npm ci`, because `prepare` (run by `npm ci`) builds it.
# .dockerignore keeps node_modules, dist folders, .data and .git out.
COPY . .
# NODE_ENV stays unset here: the build needs the dev dependencies (TypeScript, Vite).
RUN --mount=type=cache,target=/root/.npm npm ci

# ---- runtime: the installed dependencies and the built dist folders, run as `node` ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 CHROMIUM_PATH=/usr/bin/chromium
# glibc: the 64 KiB socket read buffers are mapped on their own and given back when freed, rather
# than fragmenting the main heap for good (issue 9, item 16; README, "Memory"). As in `npm start`.
ENV MALLOC_MMAP_THRESHOLD_=65536
# Debian's Chromium renders the PDFs (letters, forms, reports); the fonts are inlined by the app.
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# node_modules/@rongrian/* are symlinks to the workspace folders, so those keep their places.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/schema ./schema
COPY --from=build /app/seeds/package.json ./seeds/
COPY --from=build /app/seeds/dist ./seeds/dist
COPY --from=build /app/server/package.json ./server/
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/client/package.json ./client/
COPY --from=build /app/client/dist ./client/dist
# The code stays owned by root (read-only to the app). Without DATABASE_URL the server starts its
# embedded PostgreSQL in ./.data, the one folder `node` may write.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/main.js"]
