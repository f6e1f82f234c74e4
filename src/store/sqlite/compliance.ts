/**
 * The per-page compliance checklist (I.4, J.2–J.4, J.6.b–c): who confirmed that a page states
 * what the policy requires, and when. Every confirmation is kept; the checklist shows the latest.
 */
import type { ComplianceConfirmation, ComplianceStore } from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';
import type { Clock } from './util.js';

export class SqliteComplianceStore implements ComplianceStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
  ) {
    this.s = {
      insert: db.prepare(
        'INSERT INTO page_compliance (page_id, item, confirmed_at, confirmed_by, note) VALUES (?, ?, ?, ?, ?)',
      ),
      latest: db.prepare(
        `SELECT pc.page_id AS pageId, pc.item, pc.confirmed_at AS confirmedAt,
           pc.confirmed_by AS confirmedBy, u.display_name AS confirmedByName, pc.note
         FROM page_compliance pc JOIN users u ON u.id = pc.confirmed_by
         WHERE pc.page_id = ? AND pc.id = (SELECT p2.id FROM page_compliance p2
           WHERE p2.page_id = pc.page_id AND p2.item = pc.item ORDER BY p2.confirmed_at DESC, p2.id DESC LIMIT 1)
         ORDER BY pc.item`,
      ),
    };
  }

  confirm(entry: {
    pageId: number;
    item: string;
    userId: number;
    note?: string | null;
  }): Promise<void> {
    return this.writer.write(() => {
      this.s.insert.run(
        entry.pageId,
        entry.item,
        this.now().toISOString(),
        entry.userId,
        entry.note ?? null,
      );
    });
  }

  async latest(pageId: number): Promise<ComplianceConfirmation[]> {
    return this.s.latest.all(pageId) as ComplianceConfirmation[];
  }
}
