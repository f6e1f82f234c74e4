import type { Actor, PageNotice, PageRow, PageStore, Platform } from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';

export const PAGE_COLUMNS = `id, platform, platform_page_id AS platformPageId, name, settings_json AS settingsJson,
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

  async list(): Promise<PageRow[]> {
    return this.s.list.all() as PageRow[];
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
