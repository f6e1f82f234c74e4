import type { Migration } from '../migrations.js';

/**
 * Exactly once, in the schema rather than in timing (STYLE.md 12): Meta delivers webhooks at
 * least once and sometimes in parallel, and two imports of one file may run at once, so copies
 * of the same comment version can reach the deciding transaction together.
 * - One decision per comment version: a second one is refused by the database.
 * - One platform action requested by the bot per decision: a second automatic hide of the same
 *   decision is refused (a person may hide, restore and hide again under the same decision).
 * The deciding transaction checks first (store `decide`) and treats a copy as already decided;
 * these triggers are the guarantee behind that check. Triggers rather than unique indexes so that
 * a store that already holds duplicates from before (kept: nothing is deleted) still migrates.
 */
export const exactlyOnce: Migration = {
  version: 6,
  name: 'exactly_once',
  sql: `
CREATE TRIGGER decisions_one_per_version BEFORE INSERT ON decisions
WHEN EXISTS (SELECT 1 FROM decisions WHERE version_id = NEW.version_id)
BEGIN
  SELECT RAISE(ABORT, 'this comment version is already decided (one decision per version)');
END;

CREATE INDEX action_log_decision ON action_log (decision_id) WHERE decision_id IS NOT NULL;
CREATE TRIGGER action_log_one_request_per_decision BEFORE INSERT ON action_log
WHEN NEW.phase = 'requested' AND NEW.actor = 'system' AND NEW.decision_id IS NOT NULL AND EXISTS (
  SELECT 1 FROM action_log
  WHERE decision_id = NEW.decision_id AND phase = 'requested' AND actor = 'system')
BEGIN
  SELECT RAISE(ABORT, 'this decision already has its platform action (one action per decision)');
END;
`,
  postgres: `
-- Unique indexes: on PostgreSQL two transactions deciding at once do not see each other's rows,
-- so a trigger's check could let both through; a unique index cannot.
CREATE UNIQUE INDEX decisions_one_per_version ON decisions (version_id);
CREATE INDEX action_log_decision ON action_log (decision_id) WHERE decision_id IS NOT NULL;
CREATE UNIQUE INDEX action_log_one_request_per_decision ON action_log (decision_id)
  WHERE phase = 'requested' AND actor = 'system' AND decision_id IS NOT NULL;
`,
};
