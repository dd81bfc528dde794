import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the demo mode: embedded database in ./.data, demo users, port 4000 on localhost', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: 'localhost', databaseUrl: undefined, seedDemo: true, cookieSecure: 'auto' });
    expect(config.dataDir).toMatch(/\/\.data$/);
  });

  it('seeds no demo users into a database given by DATABASE_URL unless SEED_DEMO=true', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/rongrian' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db/rongrian', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 4000 });
  });

  it('fails fast naming every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'yes' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(String(error)).toContain('PORT');
      expect(String(error)).toContain('DATABASE_URL');
    }
  });
});
