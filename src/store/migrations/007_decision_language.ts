import type { Migration } from '../migrations.js';

/**
 * The language each decision read the comment in (moderation/language.ts: English, Spanish,
 * both, or undetermined), so the queue, the record and the export can show it. Null for the
 * decisions made before classifier 0.6.0.
 */
export const decisionLanguage: Migration = {
  version: 7,
  name: 'decision_language',
  sql: `
ALTER TABLE decisions ADD COLUMN language TEXT;
`,
  postgres: `
ALTER TABLE decisions ADD COLUMN language TEXT;
`,
};
