/**
 * `civicmod export`: the bundle for a public-records request (J.4) or for a filter, written to a
 * new folder: records.csv, records.jsonl, records.html and manifest.json (SHA-256 of each file).
 */
import { recordsExport } from '../records/export.js';
import { parseRecordsFilter, RECORDS_FILTER_FIELDS } from '../records/search.js';
import { InputError } from '../errors.js';
import type { Command } from './main.js';
import { createProgress, type Progress } from './progress.js';
import { operatorName, parseFlags } from './records-args.js';
import { agencyBySlug } from './agency.js';
import { openRuntime } from './runtime.js';

const options = {
  ...Object.fromEntries(RECORDS_FILTER_FIELDS.map((f) => [f, { type: 'string' as const }])),
  out: { type: 'string' as const },
  agency: { type: 'string' as const },
};

export const exportCommand: Command = {
  summary: 'export a public-records bundle (CSV, JSON Lines, printable HTML, SHA-256 manifest)',
  usage: `civicmod export [filters] --out DIR
  --from DATE --to DATE   comments created in this range (YYYY-MM-DD, UTC; "to" day included)
  --platform P            facebook, instagram, x, youtube, discord or bluesky
  --page ID --post ID     the platform's page or post id
  --author A              the author's platform id or display name
  --state S               visible, hidden, removed or deleted_by_author
  --category C            a category a decision flagged (obscenity, personal_attack, ...)
  --action K --actor A    has an action of kind K (hide, remove, approve...) / by A (system, user:N)
  --query TEXT            words and "quoted phrases" in any version or the author's name
  --request ID            the comments attached to records request ID, with its redactions
  --agency SLUG           only the pages of this agency (several agencies in one deployment)
  --out DIR               a new or empty folder for the bundle
  Every version, decision and action of each matching comment is included.`,
  async run(args) {
    const values = parseFlags(args, options, 'export');
    const { out, agency, ...filterFlags } = values as Record<string, string | undefined>;
    if (out === undefined || out.trim() === '') {
      throw new InputError('Name a new or empty folder for the bundle with --out DIR.');
    }
    const filter = parseRecordsFilter(filterFlags);
    const { store } = await openRuntime({ logLevel: 'warn', existing: true });
    let progress: Progress | undefined;
    try {
      if (agency !== undefined) filter.agencyIds = [(await agencyBySlug(store, agency)).id];
      const result = await recordsExport(store, {
        filter,
        outDir: out,
        actor: 'system',
        operator: operatorName(),
        onProgress(done, total) {
          progress ??= createProgress(process.stderr, total, 'records');
          progress.update(done);
        },
      });
      progress?.stop();
      const { counts, files, actionLog } = result.manifest;
      process.stdout.write(
        [
          `Exported ${counts.comments} comments (${counts.versions} versions, ${counts.decisions} decisions, ` +
            `${counts.actions} actions, ${counts.redactions} redactions) to ${result.outDir}`,
          ...files.map(
            (f) =>
              `  ${f.name.padEnd(14)} ${String(f.bytes).padStart(12)} bytes  sha256 ${f.sha256}`,
          ),
          `  manifest.json  sha256 ${result.manifestSha256}`,
          `As of action-log entry ${actionLog.id ?? '(none)'} (${actionLog.hash}).`,
          '',
        ].join('\n'),
      );
      return 0;
    } finally {
      progress?.stop();
      store.close();
    }
  },
};
