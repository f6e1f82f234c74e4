import { InputError } from '../../errors.js';
import type {
  Actor,
  AgencyRow,
  AgencyStore,
  PageNotice,
  PageRow,
  PageStore,
  Platform,
} from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';
import type { Clock } from './util.js';

export const PAGE_COLUMNS = `id, agency_id AS agencyId, platform, platform_page_id AS platformPageId, name, settings_json AS settingsJson,
  paused_reason AS pausedReason, created_at AS createdAt`;

export class SqlitePageStore implements PageStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
  ) {
    this.s = {
      get: db.prepare(`SELECT ${PAGE_COLUMNS} FROM pages WHERE id = ?`),
      find: db.prepare(
        `SELECT ${PAGE_COLUMNS} FROM pages WHERE platform = ? AND platform_page_id = ?`,
      ),
      list: db.prepare(`SELECT ${PAGE_COLUMNS} FROM pages ORDER BY platform, name, id`),
      listIn: db.prepare(
        `SELECT ${PAGE_COLUMNS} FROM pages WHERE agency_id IN (SELECT value FROM json_each(?))
         ORDER BY platform, name, id`,
      ),
      agencyExists: db.prepare('SELECT 1 FROM agencies WHERE id = ?'),
      setAgency: db.prepare('UPDATE pages SET agency_id = ? WHERE id = ?'),
      setSettings: db.prepare('UPDATE pages SET settings_json = ? WHERE id = ?'),
      setPaused: db.prepare('UPDATE pages SET paused_reason = ? WHERE id = ?'),
      notice: db.prepare(
        `SELECT enabled, template, template_es AS templateEs, updated_by AS updatedBy,
           updated_at AS updatedAt
         FROM page_notices WHERE page_id = ?`,
      ),
      setNotice: db.prepare(
        `INSERT INTO page_notices (page_id, enabled, template, template_es, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (page_id) DO UPDATE SET enabled = excluded.enabled,
           template = excluded.template, template_es = excluded.template_es,
           updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`,
      ),
    };
  }

  async get(pageId: number): Promise<PageRow | null> {
    return (this.s.get.get(pageId) as PageRow | undefined) ?? null;
  }

  async find(platform: Platform, platformPageId: string): Promise<PageRow | null> {
    return (this.s.find.get(platform, platformPageId) as PageRow | undefined) ?? null;
  }

  async list(agencyIds?: readonly number[]): Promise<PageRow[]> {
    if (agencyIds === undefined) return this.s.list.all() as PageRow[];
    return this.s.listIn.all(JSON.stringify(agencyIds)) as PageRow[];
  }

  setAgency(pageId: number, agencyId: number): Promise<void> {
    return this.writer.write(() => {
      if (!this.s.agencyExists.get(agencyId)) {
        throw new InputError(`There is no agency ${agencyId}.`);
      }
      this.s.setAgency.run(agencyId, pageId);
    });
  }

  setSettings(pageId: number, settingsJson: string | null): Promise<void> {
    return this.writer.write(() => {
      this.s.setSettings.run(settingsJson, pageId);
    });
  }

  setPaused(pageId: number, reason: string | null): Promise<void> {
    return this.writer.write(() => {
      this.s.setPaused.run(reason, pageId);
    });
  }

  async notice(pageId: number): Promise<PageNotice | null> {
    const row = this.s.notice.get(pageId) as
      | {
          enabled: number;
          template: string;
          templateEs: string | null;
          updatedBy: Actor;
          updatedAt: string;
        }
      | undefined;
    return row === undefined ? null : { ...row, enabled: row.enabled === 1 };
  }

  setNotice(
    pageId: number,
    notice: { enabled: boolean; template: string; templateEs?: string | null },
    actor: Actor,
  ): Promise<void> {
    return this.writer.write(() => {
      this.s.setNotice.run(
        pageId,
        notice.enabled ? 1 : 0,
        notice.template,
        notice.templateEs ?? null,
        actor,
        new Date().toISOString(),
      );
    });
  }
}

const AGENCY_COLUMNS = 'id, slug, name, created_at AS createdAt';

export class SqliteAgencyStore implements AgencyStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
  ) {
    this.s = {
      list: db.prepare(`SELECT ${AGENCY_COLUMNS} FROM agencies ORDER BY id`),
      get: db.prepare(`SELECT ${AGENCY_COLUMNS} FROM agencies WHERE id = ?`),
      bySlug: db.prepare(`SELECT ${AGENCY_COLUMNS} FROM agencies WHERE slug = ?`),
      rename: db.prepare('UPDATE agencies SET name = ? WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO agencies (slug, name, created_at) VALUES (?, ?, ?) RETURNING ${AGENCY_COLUMNS}`,
      ),
    };
  }

  async list(): Promise<AgencyRow[]> {
    return this.s.list.all() as AgencyRow[];
  }

  async get(agencyId: number): Promise<AgencyRow | null> {
    return (this.s.get.get(agencyId) as AgencyRow | undefined) ?? null;
  }

  async findBySlug(slug: string): Promise<AgencyRow | null> {
    return (this.s.bySlug.get(slug) as AgencyRow | undefined) ?? null;
  }

  create(agency: { slug: string; name: string }): Promise<AgencyRow> {
    return this.writer.write(() => {
      if (this.s.bySlug.get(agency.slug)) {
        throw new InputError(`There is already an agency "${agency.slug}".`);
      }
      return this.s.insert.get(agency.slug, agency.name, this.now().toISOString()) as AgencyRow;
    });
  }

  rename(agencyId: number, name: string): Promise<void> {
    return this.writer.write(() => {
      this.s.rename.run(name, agencyId);
    });
  }
}
