import type { Migration } from '../migrations.js';

/**
 * Who is delivering a platform action (issue 20). Several processes may see the same requested
 * action (two `civicmod start` on one PostgreSQL database, or an import beside the running bot):
 * before calling the platform, a process claims the action for a while; another process that
 * finds it claimed leaves it alone until the claim runs out, and takes it over then if it is
 * still not settled (the first process died). Operational state, not a record: nothing here is
 * evidence, and a claim is overwritten when it is taken over.
 */
export const actionClaims: Migration = {
  version: 11,
  name: 'action_claims',
  sql: `
CREATE TABLE action_claims (
  action_id INTEGER PRIMARY KEY,
  worker    TEXT NOT NULL,
  until     TEXT NOT NULL
);
`,
  postgres: `
CREATE TABLE action_claims (
  action_id BIGINT PRIMARY KEY,
  worker    TEXT NOT NULL,
  until     TEXT NOT NULL
);
`,
};
