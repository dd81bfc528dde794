import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentVariables, loadConfig } from '../src/config.js';
import { adapted, caddy, caddyfileOf, composeFile, read } from './compose-file.js';
import { prerequisitesMet } from './prerequisites.js';

/** No Docker engine runs here: the compose file is checked by reading it (issue 13, item 5). */
describe('docker-compose.yml', () => {
  const compose = composeFile();
  const app = compose.services.app;
  const env = app.environment as Record<string, string>;

  it('runs PostgreSQL 18 and the app built from the Dockerfile, the app after the database is healthy', () => {
    expect(compose.services.db.image).toBe('postgres:18');
    expect(compose.services.db.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(app.build).toBe('.');
    expect(app.depends_on.db.condition).toBe('service_healthy');
    expect(read('Dockerfile')).toMatch(/CMD \["node", ?"server\/dist\/main.js"\]/);
  });

  it('runs three replicas of the app, which publish no port: only the proxy does', () => {
    expect(app.deploy.replicas).toBe(3);
    expect(app.ports).toBeUndefined();
    expect(app.expose.map(String)).toEqual([env.PORT]);
    const publishing = Object.entries(compose.services as Record<string, { ports?: unknown[] }>)
      .filter(([, service]) => service.ports?.length)
      .map(([name]) => name);
    expect(publishing).toEqual(['proxy']);
    expect(compose.services.proxy.ports).toEqual(['4000:4000']);
    expect(compose.services.proxy.depends_on).toContain('app');
  });

  it("gives the app only variables the server knows, a DATABASE_URL naming the db service's credentials, and what production needs", () => {
    for (const name of Object.keys(env)) expect(environmentVariables).toContain(name);
    const db = compose.services.db.environment;
    expect(env.DATABASE_URL).toBe(`postgresql://${db.POSTGRES_USER}:${db.POSTGRES_PASSWORD}@db:5432/${db.POSTGRES_DB}`);
    const config = loadConfig(env);
    expect(config).toMatchObject({ host: '0.0.0.0', port: 4000, env: 'production', seedDemo: true, backupSchedule: null });
    // Replicas share one database: without DATABASE_URL each would start an embedded one of its own.
    expect(config.databaseUrl).toBeDefined();
    // One proxy in front: its X-Forwarded-For is trusted, and only the address it appended (config.ts).
    expect(config.trustProxy).toBe(1);
    // main.ts warns in production without it: letters would carry no QR code to the tracking page.
    expect(config.publicUrl).toBe('http://localhost:4000');
    // The same value on every replica, or none (then main.ts warns), from .env.
    expect(env.SECOND_FACTOR_KEY).toBe('');
  });

  it('puts a maintained reverse proxy (Caddy, a pinned release) in front, its Caddyfile inline, with a WebSocket route for /graphql', () => {
    const proxy = compose.services.proxy;
    expect(proxy.image).toMatch(/^caddy:2\.\d+$/);
    const caddyfile = caddyfileOf(compose);
    expect(caddyfile).toMatch(/^:4000 \{$/m);
    expect(caddyfile).toContain('path /graphql');
    expect(caddyfile).toContain('header Upgrade websocket');
    expect(caddyfile).toMatch(/dynamic a \{\s+name app\s+port 4000\b/);
    // A public name in SITE_ADDRESS is the site Caddy serves (and gets a certificate for).
    expect(caddyfileOf(composeFile({ SITE_ADDRESS: 'rongrian.example.go.th' }))).toMatch(/^rongrian\.example\.go\.th \{$/m);
  });

  describe.runIf(
    prerequisitesMet('Caddy reading the compose file’s Caddyfile', [!existsSync(caddy) && `${caddy} (apt-get install -y caddy)`]),
  )('as Caddy reads it', () => {
    it('routes the WebSocket upgrade of /graphql and every other request to every replica of app, on the port the app listens on', () => {
      const config = adapted(caddyfileOf(compose));
      const [server] = Object.values(config.apps.http.servers);
      expect(server.listen).toEqual([':4000']);
      const [websocket, rest] = server.routes;
      expect(websocket.match).toEqual([{ path: ['/graphql'], header: { Connection: ['*Upgrade*'], Upgrade: ['websocket'] } }]);
      expect(rest.match).toBeUndefined();
      for (const route of [websocket, rest]) {
        const [handler] = route.handle;
        expect(handler.handler).toBe('reverse_proxy');
        expect(handler.dynamic_upstreams).toMatchObject({ source: 'a', name: 'app', port: env.PORT });
      }
    });
  });
});
