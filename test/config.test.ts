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

  it('takes DATABASE_URL as a secret, and refuses a URL that is not PostgreSQL without echoing it', () => {
    const url = 'postgres://civicmod:s3cret@db.example/civicmod';
    const { config, secrets } = loadConfig({ DATABASE_URL: url });
    expect(secrets.DATABASE_URL).toBe(url);
    expect(JSON.stringify(config)).not.toContain('s3cret');
    expect(loadConfig({ DATABASE_URL: '' }).secrets.DATABASE_URL).toBeUndefined();
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'mysql://civicmod:s3cret@db.example/civicmod' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL: must be a PostgreSQL URL .*value not shown: a secret/);
    expect(message).not.toContain('s3cret');
    // Scheduled backups copy the SQLite file: with PostgreSQL they would copy nothing useful.
    expect(() => loadConfig({ DATABASE_URL: url, BACKUP_DIR: 'backups' })).toThrow(
      /BACKUP_DIR: .*PostgreSQL.*pg_dump/,
    );
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
    expect(loadConfig({}).config.ACTION_CONCURRENCY).toBe(32);
    expect(() => loadConfig({ ACTION_CONCURRENCY: '0' })).toThrow(
      /ACTION_CONCURRENCY: must be a whole number from 1 to 256 \(got "0"\)/,
    );
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
