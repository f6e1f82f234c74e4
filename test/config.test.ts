import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('applies the documented defaults to an empty environment', () => {
    const { config, secrets } = loadConfig({});
    expect(config.CIVICMOD_DB).toBe('data/civicmod.db');
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.PORT).toBe(3000);
    expect(secrets.FACEBOOK_PAGE_TOKEN).toBeUndefined();
  });

  it('treats empty values, as in .env.example, as unset', () => {
    const { config } = loadConfig({ PUBLIC_URL: '', PORT: '', COOKIE_SECURE: '' });
    expect(config.PUBLIC_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  it('refuses DATABASE_URL rather than writing the records to a SQLite file unasked', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://civicmod@db.example/civicmod' })).toThrow(
      /DATABASE_URL: .*SQLite only .*PostgreSQL is not supported yet/,
    );
    expect(loadConfig({ DATABASE_URL: '' }).config.CIVICMOD_DB).toBe('data/civicmod.db');
  });

  it('names every bad variable and says what to do', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', FACEBOOK_GRAPH_URL: 'graph', LOG_LEVEL: 'loud' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/PORT: must be a TCP port number between 0 and 65535 \(got "eighty"\)/);
    expect(message).toMatch(/FACEBOOK_GRAPH_URL: must be an absolute URL/);
    expect(message).toMatch(/LOG_LEVEL: must be one of fatal/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be a TCP port.*\.env\.example/);
  });

  it('keeps secrets out of the loggable config', () => {
    const { config, secrets } = loadConfig({
      FACEBOOK_PAGE_TOKEN: 'EAAB-secret',
      FACEBOOK_PAGE_ID: '123',
    });
    expect(JSON.stringify(config)).not.toContain('EAAB-secret');
    expect(config.FACEBOOK_PAGE_ID).toBe('123');
    expect(secrets.FACEBOOK_PAGE_TOKEN).toBe('EAAB-secret');
  });
});
