/** Pages, their notices, and the platforms' read cursors on PostgreSQL (sqlite/pages.ts, cursors.ts). */
import { InputError } from '../../errors.js';
import type {
  Actor,
  AgencyRow,
  AgencyStore,
  CursorStore,
  PageNotice,
  PageRow,
  PageStore,
  Platform,
} from '../types.js';
import type { Clock } from '../sqlite/util.js';
import { PG_PAGE_COLUMNS } from './comments.js';
import { all, one, type PgDb, exec } from './util.js';

export class PgPageStore implements PageStore {
  constructor(private readonly db: PgDb) {}

  async get(pageId: number): Promise<PageRow | null> {
    return (
      (await one<PageRow>(this.db.pool, `SELECT ${PG_PAGE_COLUMNS} FROM pages WHERE id = $1`, [
        pageId,
      ])) ?? null
    );
  }

  async find(platform: Platform, platformPageId: string): Promise<PageRow | null> {
    return (
      (await one<PageRow>(
        this.db.pool,
        `SELECT ${PG_PAGE_COLUMNS} FROM pages WHERE platform = $1 AND platform_page_id = $2`,
        [platform, platformPageId],
      )) ?? null
    );
  }

  list(agencyIds?: readonly number[]): Promise<PageRow[]> {
    // NULLS FIRST: SQLite sorts a page with no name before named ones.
    if (agencyIds === undefined) {
      return all<PageRow>(
        this.db.pool,
        `SELECT ${PG_PAGE_COLUMNS} FROM pages ORDER BY platform, name NULLS FIRST, id`,
      );
    }
    return all<PageRow>(
      this.db.pool,
      `SELECT ${PG_PAGE_COLUMNS} FROM pages WHERE agency_id = ANY($1::bigint[])
       ORDER BY platform, name NULLS FIRST, id`,
      [agencyIds],
    );
  }

  setAgency(pageId: number, agencyId: number): Promise<void> {
    return this.db.write(async (c) => {
      if ((await one(c, 'SELECT 1 AS x FROM agencies WHERE id = $1', [agencyId])) === undefined) {
        throw new InputError(`There is no agency ${agencyId}.`);
      }
      await exec(c, 'UPDATE pages SET agency_id = $1 WHERE id = $2', [agencyId, pageId]);
    });
  }

  setSettings(pageId: number, settingsJson: string | null): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE pages SET settings_json = $1 WHERE id = $2', [settingsJson, pageId]);
    });
  }

  setPaused(pageId: number, reason: string | null): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE pages SET paused_reason = $1 WHERE id = $2', [reason, pageId]);
    });
  }

  async notice(pageId: number): Promise<PageNotice | null> {
    return (
      (await one<PageNotice>(
        this.db.pool,
        `SELECT enabled, template, template_es AS "templateEs", updated_by AS "updatedBy",
           updated_at AS "updatedAt"
         FROM page_notices WHERE page_id = $1`,
        [pageId],
      )) ?? null
    );
  }

  setNotice(
    pageId: number,
    notice: { enabled: boolean; template: string; templateEs?: string | null },
    actor: Actor,
  ): Promise<void> {
    return this.db.write(async (c) => {
      await exec(
        c,
        `INSERT INTO page_notices (page_id, enabled, template, template_es, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (page_id) DO UPDATE SET enabled = excluded.enabled,
           template = excluded.template, template_es = excluded.template_es,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [
          pageId,
          notice.enabled,
          notice.template,
          notice.templateEs ?? null,
          actor,
          new Date().toISOString(),
        ],
      );
    });
  }
}

const AGENCY_COLUMNS = 'id, slug, name, created_at AS "createdAt"';

export class PgAgencyStore implements AgencyStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
  ) {}

  list(): Promise<AgencyRow[]> {
    return all<AgencyRow>(this.db.pool, `SELECT ${AGENCY_COLUMNS} FROM agencies ORDER BY id`);
  }

  async get(agencyId: number): Promise<AgencyRow | null> {
    return (
      (await one<AgencyRow>(this.db.pool, `SELECT ${AGENCY_COLUMNS} FROM agencies WHERE id = $1`, [
        agencyId,
      ])) ?? null
    );
  }

  async findBySlug(slug: string): Promise<AgencyRow | null> {
    return (
      (await one<AgencyRow>(
        this.db.pool,
        `SELECT ${AGENCY_COLUMNS} FROM agencies WHERE lower(slug) = lower($1)`,
        [slug],
      )) ?? null
    );
  }

  create(agency: { slug: string; name: string }): Promise<AgencyRow> {
    return this.db.write(async (c) => {
      const taken = await one(c, 'SELECT 1 AS x FROM agencies WHERE lower(slug) = lower($1)', [
        agency.slug,
      ]);
      if (taken !== undefined) throw new InputError(`There is already an agency "${agency.slug}".`);
      const row = await one<AgencyRow>(
        c,
        `INSERT INTO agencies (slug, name, created_at) VALUES ($1, $2, $3) RETURNING ${AGENCY_COLUMNS}`,
        [agency.slug, agency.name, this.now().toISOString()],
      );
      return row as AgencyRow;
    });
  }

  rename(agencyId: number, name: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE agencies SET name = $1 WHERE id = $2', [name, agencyId]);
    });
  }
}

export class PgCursorStore implements CursorStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
  ) {}

  async get(platform: Platform, key: string): Promise<string | null> {
    return (
      (
        await one<{ value: string }>(
          this.db.pool,
          'SELECT value FROM cursors WHERE platform = $1 AND key = $2',
          [platform, key],
        )
      )?.value ?? null
    );
  }

  set(platform: Platform, key: string, value: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(
        c,
        `INSERT INTO cursors (platform, key, value, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        [platform, key, value, this.now().toISOString()],
      );
    });
  }
}
