import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { environmentVariables, loadConfig } from '../src/config.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** No Docker engine runs here: the compose file is checked by reading it. */
describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml'));

  it('runs PostgreSQL 18 and the app built from the Dockerfile, the app after the database is healthy', () => {
    expect(compose.services.db.image).toBe('postgres:18');
    expect(compose.services.db.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(compose.services.app.build).toBe('.');
    expect(compose.services.app.depends_on.db.condition).toBe('service_healthy');
    expect(read('Dockerfile')).toMatch(/CMD \["node", ?"server\/dist\/main.js"\]/);
  });

  it("gives the app only variables the server knows, and a DATABASE_URL naming the db service's credentials", () => {
    const env = compose.services.app.environment as Record<string, string>;
    for (const name of Object.keys(env)) expect(environmentVariables).toContain(name);
    const db = compose.services.db.environment;
    expect(env.DATABASE_URL).toBe(`postgresql://${db.POSTGRES_USER}:${db.POSTGRES_PASSWORD}@db:5432/${db.POSTGRES_DB}`);
    expect(loadConfig({ ...env, SEED_DEMO: 'true' })).toMatchObject({ host: '0.0.0.0', port: 4000, env: 'production' });
  });
});
