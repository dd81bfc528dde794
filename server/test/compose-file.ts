import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The repository's docker-compose.yml and the Caddyfile inside it, read as Docker and Caddy read them. */
const root = new URL('../../', import.meta.url);
export const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
export const caddy = '/usr/bin/caddy';

/**
 * What `docker compose` makes of `${NAME:-default}` and `${NAME}` with nothing set in the
 * environment: the default, or nothing (and `$$`, a dollar sign).
 */
export function interpolated(text: string, env: Record<string, string> = {}): string {
  return text.replace(/\$\$|\$\{(\w+)(?::?-([^}]*))?\}/g, (whole, name?: string, fallback?: string) =>
    whole === '$$' ? '$' : (env[name!] ?? fallback ?? ''),
  );
}

/**
 * The compose file as `docker compose config` reads it: parsed, then every string interpolated
 * (so `${SEED_DEMO:-true}` is the string "true", not YAML's boolean), with `env` as the shell's.
 */
export function composeFile(env: Record<string, string> = {}) {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return interpolated(value, env);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
    return value;
  };
  return walk(parse(read('docker-compose.yml'))) as Record<string, any>;
}

/** The proxy's Caddyfile, as the compose file hands it to the proxy service. */
export function caddyfileOf(compose: ReturnType<typeof composeFile>): string {
  const mounted = (compose.services.proxy.configs as { source: string; target: string }[]).find(
    (config) => config.target === '/etc/caddy/Caddyfile',
  );
  if (!mounted) throw new Error('the proxy service mounts no /etc/caddy/Caddyfile');
  return compose.configs[mounted.source].content as string;
}

/** Caddy's own reading of a Caddyfile (`caddy adapt --validate`): its JSON configuration. */
export function adapted(caddyfile: string): CaddyConfig {
  const dir = mkdtempSync(join(tmpdir(), 'rongrian-caddy-'));
  try {
    writeFileSync(join(dir, 'Caddyfile'), caddyfile);
    return JSON.parse(
      execFileSync(caddy, ['adapt', '--config', join(dir, 'Caddyfile'), '--validate'], { encoding: 'utf8', stdio: 'pipe' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface CaddyRoute {
  match?: { path?: string[]; header?: Record<string, string[]> }[];
  handle: { handler: string; dynamic_upstreams?: { source: string; name: string; port: string }; load_balancing?: unknown }[];
}
export interface CaddyConfig {
  apps: { http: { servers: Record<string, { listen: string[]; routes: CaddyRoute[] }> } };
}
