/**
 * The export bundle for a public-records request (J.4) or a filter: `records.csv`,
 * `records.jsonl`, a printable `records.html` and `manifest.json` with the SHA-256 of each file,
 * the filters, the time, and the action-log head the bundle reflects.
 *
 * - The bundle is read from one snapshot, so it shows the record as of that head, complete.
 * - It streams: records are read and written a batch at a time (memory stays flat at any size).
 * - It is written into a temporary folder renamed into place at the end, so a bundle either
 *   exists whole or not at all.
 * - Redactions are applied here, to the output only; the store keeps the original.
 */
import type { EvidenceHead } from '../store/evidence.js';
import { showBidiControls } from '../web/html.js';
import { isRole, ROLE_LABELS } from '../review/permissions.js';
import { redactionMarker, scrubberFor, scrubDeep, withheldWords } from './redaction.js';
import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  type WriteStream,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, NotFoundError } from '../errors.js';
import type {
  ActionLogHead,
  Actor,
  CommentRecord,
  RecordsFilter,
  RecordsRequestRow,
  RedactionRow,
  Store,
} from '../store/types.js';
import { describeFilter } from './search.js';

export const EXPORT_FILES = ['records.csv', 'records.jsonl', 'records.html'] as const;
export const MANIFEST_FILE = 'manifest.json';
export const EXPORT_FORMAT = 'civicmod-records-export/1';

export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

export interface ExportCounts {
  comments: number;
  versions: number;
  decisions: number;
  actions: number;
  redactions: number;
}

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  generatedAt: string;
  generatedBy: Actor;
  request: Omit<RecordsRequestRow, 'items'> | null;
  filters: RecordsFilter;
  filterDescription: string;
  counts: ExportCounts;
  /** The action-log entry the bundle reflects: `civicmod audit verify` prints the current one. */
  actionLog: ActionLogHead;
  /** The evidence chain's head at the same moment: `audit verify --against` checks both. */
  evidence: EvidenceHead;
  files: ManifestFile[];
  notes: string[];
}

export interface ExportResult {
  outDir: string;
  manifest: ExportManifest;
  /** SHA-256 of manifest.json itself, also written to the action log. */
  manifestSha256: string;
}

export interface ExportOptions {
  filter: RecordsFilter;
  outDir: string;
  actor: Actor;
  /** Who ran it when the actor is `system` (the command line's operator), for the action log. */
  operator?: string;
  onProgress?: (done: number, total: number) => void;
}

// --- Redaction ----------------------------------------------------------------------------------
// The rule itself is in redaction.ts; here, its application to the record's structure.

/** The spans of one version merged where they touch, each with every exemption that applies. */
function mergedSpans(
  redactions: readonly RedactionRow[],
): { start: number; end: number; exemptions: string[] }[] {
  const sorted = [...redactions].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: { start: number; end: number; exemptions: string[] }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (!last.exemptions.includes(r.exemption)) last.exemptions.push(r.exemption);
    } else {
      out.push({ start: r.start, end: r.end, exemptions: [r.exemption] });
    }
  }
  return out;
}

export { redactionMarker };

/** The text with each redacted span replaced by `[REDACTED: exemption]`. */
export function redactText(text: string, redactions: readonly RedactionRow[]): string {
  if (redactions.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of mergedSpans(redactions)) {
    out += text.slice(at, span.start) + redactionMarker(span.exemptions);
    at = Math.max(at, span.end);
  }
  return out + text.slice(at);
}

/**
 * Classifier evidence quotes the text it matched (a phone number the personal-information
 * classifier found, for one). Any evidence overlapping a redacted span is withheld too, or the
 * decision would give away what the redaction hides.
 */
function redactEvidence(value: unknown, redactions: readonly RedactionRow[]): unknown {
  if (Array.isArray(value)) return value.map((v) => redactEvidence(v, redactions));
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = redactEvidence(v, redactions);
  if (
    typeof obj.start === 'number' &&
    typeof obj.end === 'number' &&
    typeof obj.text === 'string'
  ) {
    const start = obj.start;
    const end = obj.end;
    const hit = redactions.filter((r) => r.start < end && start < r.end);
    if (hit.length > 0) out.text = redactionMarker([...new Set(hit.map((r) => r.exemption))]);
  }
  return out;
}

/** A comment's record as it is disclosed: redactions applied, originals' hashes withheld where redacted. */
export interface DisclosedRecord {
  comment: CommentRecord['comment'] & {
    platformPageId: string;
    pageName: string | null;
    platformPostId: string | null;
    postUrl: string | null;
  };
  versions: {
    id: number;
    seq: number;
    observedAt: string;
    source: string;
    text: string;
    redacted: boolean;
    /** Withheld (null) when the version is redacted: a hash would let a short redacted value be guessed. */
    textSha256: string | null;
    rawPayload: string | null;
    rawSha256: string | null;
  }[];
  decisions: (Omit<CommentRecord['decisions'][number], 'reasons'> & {
    versionSeq: number | null;
    reasons: unknown;
  })[];
  actions: (Omit<CommentRecord['actions'][number], 'hash' | 'prevHash'> & {
    /** Withheld (null) when the entry held redacted words: see redaction.ts. */
    hash: string | null;
    prevHash: string | null;
    /** Who, in words: "Records clerk Dana Ortiz", "civicmod (automatic)". */
    actorName: string;
  })[];
  redactions: { versionId: number; start: number; end: number; exemption: string }[];
}

/** Names actors in words; `user:<id>` stays as it is when the account is not known. */
export type ActorNames = (actor: string) => string;

const SYSTEM_NAME = 'civicmod (automatic)';

export function actorNamesFrom(
  users: readonly { id: number; displayName: string; role: string }[],
  roleLabel: (role: string) => string,
): ActorNames {
  const byId = new Map(users.map((u) => [`user:${u.id}`, `${roleLabel(u.role)} ${u.displayName}`]));
  return (actor) => (actor === 'system' ? SYSTEM_NAME : (byId.get(actor) ?? actor));
}

const plainNames: ActorNames = (actor) => (actor === 'system' ? SYSTEM_NAME : actor);

function discloseUnscrubbed(record: CommentRecord, names: ActorNames): DisclosedRecord {
  // Most records have no redaction: skip the per-version bookkeeping (this runs 100,000 times
  // in a large export).
  const byVersion = new Map<number, RedactionRow[]>();
  for (const r of record.redactions) {
    const list = byVersion.get(r.versionId);
    if (list) list.push(r);
    else byVersion.set(r.versionId, [r]);
  }
  const none: RedactionRow[] = [];
  const seqOf = (versionId: number) => record.versions.find((v) => v.id === versionId)?.seq ?? null;
  const c = record.comment;
  return {
    // Spelt out rather than spread: V8 then builds every record with one shape, which is much
    // cheaper over 100,000 records.
    comment: {
      id: c.id,
      platform: c.platform,
      platformCommentId: c.platformCommentId,
      pageId: c.pageId,
      postId: c.postId,
      parentPlatformId: c.parentPlatformId,
      authorId: c.authorId,
      authorName: c.authorName,
      createdAt: c.createdAt,
      firstSeenAt: c.firstSeenAt,
      state: c.state,
      reviewState: c.reviewState,
      currentVersionId: c.currentVersionId,
      lastDecisionId: c.lastDecisionId,
      updatedAt: c.updatedAt,
      purgedAt: c.purgedAt,
      platformPageId: record.page.platformPageId,
      pageName: record.page.name,
      platformPostId: record.post?.platformPostId ?? null,
      postUrl: record.post?.url ?? null,
    },
    versions: record.versions.map((v) => {
      const redactions = byVersion.size === 0 ? none : (byVersion.get(v.id) ?? none);
      const redacted = redactions.length > 0;
      return {
        id: v.id,
        seq: v.seq,
        observedAt: v.observedAt,
        source: v.source,
        text: redacted ? redactText(v.text, redactions) : v.text,
        redacted,
        textSha256: redacted ? null : v.textSha256,
        rawPayload: redacted ? null : v.rawPayload,
        rawSha256: redacted ? null : v.rawSha256,
      };
    }),
    decisions: record.decisions.map((d) => {
      const redactions = byVersion.size === 0 ? none : (byVersion.get(d.versionId) ?? none);
      return {
        id: d.id,
        commentId: d.commentId,
        versionId: d.versionId,
        versionSeq: seqOf(d.versionId),
        classifierVersion: d.classifierVersion,
        action: d.action,
        flags: d.flags,
        scores: d.scores,
        reasons: redactions.length > 0 ? redactEvidence(d.reasons, redactions) : d.reasons,
        decidedAt: d.decidedAt,
      };
    }),
    actions: record.actions.map((a) => ({ ...a, actorName: names(a.actor) })),
    redactions: record.redactions.map((r) => ({
      versionId: r.versionId,
      start: r.start,
      end: r.end,
      exemption: r.exemption,
    })),
  };
}

/**
 * A comment's record as it is disclosed. With redactions, the words withheld go from every field
 * that repeats them, and the hashes of whatever held them are withheld (redaction.ts).
 */
export function discloseRecord(
  record: CommentRecord,
  names: ActorNames = plainNames,
): DisclosedRecord {
  const disclosed = discloseUnscrubbed(record, names);
  if (record.redactions.length === 0) return disclosed;
  const scrub = scrubberFor(withheldWords(record.versions, record.redactions));
  const versions = disclosed.versions.map((v) => {
    const text = scrub(v.text);
    if (text === v.text) return v;
    // Another version repeats the withheld words: it is redacted too, its hashes withheld.
    return { ...v, text, redacted: true, textSha256: null, rawPayload: null, rawSha256: null };
  });
  const decisions = disclosed.decisions.map((d) => ({
    ...d,
    reasons: scrubDeep(d.reasons, scrub).value,
  }));
  const withheldHashes = new Set<string>();
  const actions = disclosed.actions.map((a) => {
    const { value, changed } = scrubDeep(
      { reason: a.reason, clause: a.clause, details: a.details, platformResult: a.platformResult },
      scrub,
    );
    if (!changed) return a;
    if (a.hash !== null) withheldHashes.add(a.hash);
    return { ...a, ...value, hash: null };
  });
  return {
    ...disclosed,
    comment: {
      ...disclosed.comment,
      authorName:
        disclosed.comment.authorName === null ? null : scrub(disclosed.comment.authorName),
      pageName: disclosed.comment.pageName === null ? null : scrub(disclosed.comment.pageName),
    },
    versions,
    decisions,
    actions: actions.map((a) =>
      a.prevHash !== null && withheldHashes.has(a.prevHash) ? { ...a, prevHash: null } : a,
    ),
  };
}

// --- CSV ----------------------------------------------------------------------------------------

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe: comments are written by the public, and a records
 * export must not become a way to run formulas on a clerk's machine.
 */
export function csvCell(value: string | number | null | undefined): string {
  // A spreadsheet would apply a direction override: shown as a marker instead (the JSON Lines
  // file keeps the exact text).
  let s = value === null || value === undefined ? '' : showBidiControls(String(value));
  const first = s.charCodeAt(0);
  // = + - @ tab CR
  if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) {
    s = `'${s}`;
  }
  return s.includes('"') ? `"${s.replaceAll('"', '""')}"` : `"${s}"`;
}

const CSV_COLUMNS = [
  'comment_id',
  'platform',
  'page_id',
  'page_name',
  'post_id',
  'post_url',
  'platform_comment_id',
  'parent_platform_id',
  'author_id',
  'author_name',
  'created_at',
  'first_seen_at',
  'state',
  'review_state',
  'purged_at',
  'version_count',
  'original_text',
  'current_text',
  'all_versions',
  'categories',
  'language',
  'decisions',
  'actions',
  'redactions',
] as const;

export function csvRow(r: DisclosedRecord): string {
  const c = r.comment;
  const first = r.versions[0];
  const last = r.versions[r.versions.length - 1];
  const categories = [...new Set(r.decisions.flatMap((d) => d.flags))].join('; ');
  const cells = [
    c.id,
    c.platform,
    c.platformPageId,
    c.pageName,
    c.platformPostId,
    c.postUrl,
    c.platformCommentId,
    c.parentPlatformId,
    c.authorId,
    c.authorName,
    c.createdAt,
    c.firstSeenAt,
    c.state,
    c.reviewState,
    c.purgedAt,
    r.versions.length,
    first?.text ?? null,
    last?.text ?? null,
    r.versions.map((v) => `v${v.seq} ${v.observedAt} (${v.source}): ${v.text}`).join('\n\n'),
    categories,
    // The language the latest decision read the comment in (en, es, mixed, und, or an ISO code).
    r.decisions[r.decisions.length - 1]?.language ?? null,
    r.decisions
      .map(
        (d) =>
          `#${d.id} v${d.versionSeq ?? '?'} ${d.decidedAt} ${d.action}${d.flags.length > 0 ? ` [${d.flags.join(', ')}]` : ''} (${d.classifierVersion})`,
      )
      .join('\n'),
    r.actions
      .map(
        (a) =>
          `#${a.id} ${a.at} ${a.kind} ${a.phase} by ${a.actorName}: ${a.reason}${a.clause ? ` (${a.clause})` : ''}`,
      )
      .join('\n'),
    r.redactions.length,
  ];
  return cells.map(csvCell).join(',') + '\r\n';
}

// --- HTML ---------------------------------------------------------------------------------------

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Direction controls are shown as markers, never applied (src/web/html.ts).
  const s = showBidiControls(String(value));
  return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch) : s;
}

/** Escaped text with the redaction markers set off, so a reader sees at once what was withheld. */
function escText(text: string): string {
  return esc(text).replace(/\[REDACTED: [^\]]*\]/g, (m) => `<mark class="redacted">${m}</mark>`);
}

function htmlHead(m: Omit<ExportManifest, 'files' | 'counts'>): string {
  const request = m.request;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Public records export${request ? ` — request ${request.id}` : ''}</title>
<style>
body{font:11pt/1.4 Georgia,serif;margin:2em;color:#111}
h1{font-size:18pt}h2{font-size:13pt;margin:0 0 .3em}
section.record{border-top:2px solid #333;padding:.8em 0;page-break-inside:avoid}
table{border-collapse:collapse;width:100%;margin:.3em 0}
th,td{border:1px solid #bbb;padding:2px 5px;text-align:left;vertical-align:top;font-size:9.5pt}
th{background:#eee}
.text{white-space:pre-wrap;border-left:3px solid #999;padding-left:.6em;margin:.2em 0}
.redacted{background:#000;color:#fff}
.meta{color:#444;font-size:9.5pt}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1em}dt{font-weight:bold}
@media print{body{margin:0}a{color:inherit}}
</style></head><body>
<h1>Public records export</h1>
<dl>
${request ? `<dt>Records request</dt><dd>${request.id}: ${esc(request.requester)}, received ${esc(request.receivedOn)}${request.dueOn ? `, due ${esc(request.dueOn)}` : ''}</dd><dt>Description</dt><dd>${esc(request.description)}</dd>` : ''}
<dt>Selection</dt><dd>${esc(m.filterDescription)}</dd>
<dt>Generated</dt><dd>${esc(m.generatedAt)} by ${esc(m.generatedBy)}</dd>
<dt>Action log</dt><dd>${m.actionLog.count} entries; last entry ${esc(m.actionLog.id)}, SHA-256 <code>${esc(m.actionLog.hash)}</code></dd>
<dt>Evidence chain</dt><dd>${m.evidence.count} entries; last entry ${esc(m.evidence.seq)}, HMAC-SHA-256 <code>${esc(m.evidence.mac)}</code></dd>
</dl>
${m.notes.map((n) => `<p class="meta">${esc(n)}</p>`).join('\n')}
`;
}

export function htmlRecord(r: DisclosedRecord): string {
  const c = r.comment;
  const versions =
    r.versions.length === 0
      ? `<p class="meta">Purged under the retention schedule on ${esc(c.purgedAt)}: the text and author were deleted; this entry and its actions remain.</p>`
      : r.versions
          .map(
            (v) =>
              `<p class="meta">${v.seq === 1 ? 'Original' : `Edit ${v.seq - 1}`} — observed ${esc(v.observedAt)} via ${esc(v.source)}${v.textSha256 ? `, text SHA-256 <code>${esc(v.textSha256)}</code>` : v.redacted ? ', redacted' : ''}</p><div class="text">${escText(v.text)}</div>`,
          )
          .join('\n');
  const decisions =
    r.decisions.length === 0
      ? ''
      : `<table><tr><th>Decision</th><th>Version</th><th>Time</th><th>Outcome</th><th>Categories</th><th>Classifier</th></tr>${r.decisions
          .map(
            (d) =>
              `<tr><td>${d.id}</td><td>${esc(d.versionSeq)}</td><td>${esc(d.decidedAt)}</td><td>${esc(d.action)}</td><td>${esc(d.flags.join(', '))}</td><td>${esc(d.classifierVersion)}</td></tr>`,
          )
          .join('')}</table>`;
  const actions =
    r.actions.length === 0
      ? '<p class="meta">No actions.</p>'
      : `<table><tr><th>Entry</th><th>Time</th><th>Action</th><th>Actor</th><th>Reason</th><th>Clause</th></tr>${r.actions
          .map(
            (a) =>
              `<tr><td>${a.id}</td><td>${esc(a.at)}</td><td>${esc(a.kind)} (${esc(a.phase)})</td><td>${esc(a.actorName)}</td><td>${escText(a.reason)}</td><td>${esc(a.clause)}</td></tr>`,
          )
          .join('')}</table>`;
  return `<section class="record" id="c${c.id}">
<h2>Comment ${c.id} — ${esc(c.platform)} ${esc(c.platformCommentId)}</h2>
<p class="meta">Page ${esc(c.pageName ?? c.platformPageId)} · post ${esc(c.platformPostId)}${c.parentPlatformId ? ` · reply to ${esc(c.parentPlatformId)}` : ''} · author ${esc(c.authorName)} (${esc(c.authorId)}) · created ${esc(c.createdAt)} · first seen ${esc(c.firstSeenAt)} · state <b>${esc(c.state)}</b></p>
${versions}
${decisions}
${actions}
</section>
`;
}

// --- Streaming files ----------------------------------------------------------------------------

/** A file written in large chunks, with backpressure, hashed as it is written. */
/** The size of the buffers an export file's text is encoded into. */
const CHUNK_BYTES = 1 << 20;

class HashedFile {
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');
  /** Text is encoded straight into chunks: appending to one long string made a rope that cost a
   * quarter of an export to flatten before encoding. */
  private chunk: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private readonly sealed: Buffer[] = [];
  bytes = 0;

  constructor(readonly path: string) {
    // A deep buffer lets the disk write while the next batch is read and rendered; memory stays
    // bounded by it (three files at a few MB each).
    this.stream = createWriteStream(path, { flags: 'wx', highWaterMark: 1 << 22 });
  }

  /** Appends; the caller flushes once per batch (an await per record costs more than the write). */
  append(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit: check room before writing, as a Buffer's
    // write() truncates silently.
    const most = text.length * 3;
    if (most > CHUNK_BYTES - this.used) {
      this.seal();
      if (most > CHUNK_BYTES) {
        this.sealed.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  private seal(): void {
    if (this.used === 0) return;
    this.sealed.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
  }

  async flush(): Promise<void> {
    this.seal();
    for (const buf of this.sealed.splice(0)) {
      this.hash.update(buf);
      this.bytes += buf.length;
      if (!this.stream.write(buf)) await once(this.stream, 'drain');
    }
  }

  async close(): Promise<ManifestFile> {
    await this.flush();
    await new Promise<void>((resolveClose, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolveClose());
    });
    return { name: basename(this.path), bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  destroy(): void {
    this.stream.destroy();
  }
}

function requestSummary(r: RecordsRequestRow): Omit<RecordsRequestRow, 'items'> {
  return {
    id: r.id,
    agencyId: r.agencyId,
    requester: r.requester,
    receivedOn: r.receivedOn,
    description: r.description,
    dueOn: r.dueOn,
    status: r.status,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    closedBy: r.closedBy,
    closedAt: r.closedAt,
  };
}

function prepareOutDir(outDir: string): string {
  const target = resolve(outDir);
  let entries: string[] | null = null;
  try {
    entries = readdirSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw new InputError(`${outDir} is a file; --out must name a new or empty folder.`);
    }
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (entries !== null && entries.length > 0) {
    throw new InputError(
      `${outDir} is not empty; name a new or empty folder so an earlier bundle is never mixed with this one.`,
    );
  }
  mkdirSync(dirname(target), { recursive: true });
  return target;
}

/**
 * Writes the bundle for `filter` (a records request when `filter.requestId` is set: only its
 * attached comments, with its redactions) into `outDir`, and logs the export in the action log.
 */
export async function recordsExport(
  store: Pick<Store, 'records' | 'users'>,
  options: ExportOptions,
): Promise<ExportResult> {
  const { filter, actor } = options;
  let request: RecordsRequestRow | null = null;
  if (filter.requestId !== undefined) {
    request = await store.records.getRequest(filter.requestId);
    if (!request) throw new NotFoundError(`There is no records request ${filter.requestId}.`);
  }
  const target = prepareOutDir(options.outDir);
  const work = `${target}.partial-${process.pid}-${Date.now()}`;
  mkdirSync(work);
  const snapshot = await store.records.snapshot();
  const files = EXPORT_FILES.map((name) => new HashedFile(join(work, name)));
  const [csv, jsonl, html] = files as [HashedFile, HashedFile, HashedFile];
  try {
    const total = await snapshot.count(filter);
    const base: Omit<ExportManifest, 'files' | 'counts'> = {
      format: EXPORT_FORMAT,
      generatedAt: snapshot.takenAt,
      generatedBy: actor,
      request: request ? requestSummary(request) : null,
      filters: filter,
      filterDescription: describeFilter(filter),
      actionLog: snapshot.head,
      evidence: snapshot.evidence,
      notes: [
        'Times are UTC (ISO 8601). Offsets of redactions are UTF-16 code units into the version text.',
        'Every version of each comment is included, the original first, with every decision and every action-log entry about it.',
        request
          ? 'Redacted spans are replaced by [REDACTED: exemption]; a redacted version’s hashes and raw payload are withheld. The stored original is unaltered.'
          : 'No redactions are applied to an export made by filter alone.',
      ],
    };
    const counts: ExportCounts = {
      comments: 0,
      versions: 0,
      decisions: 0,
      actions: 0,
      redactions: 0,
    };
    csv.append('\ufeff' + CSV_COLUMNS.map(csvCell).join(',') + '\r\n');
    html.append(htmlHead(base));
    options.onProgress?.(0, total);
    const redactionsFor = request?.id;
    const names = actorNamesFrom(await store.users.list(), (role) =>
      isRole(role) ? ROLE_LABELS[role] : role,
    );
    for await (const batch of snapshot.records(
      filter,
      redactionsFor === undefined ? {} : { redactionsFor },
    )) {
      for (const record of batch) {
        const disclosed = discloseRecord(record, names);
        counts.comments++;
        counts.versions += disclosed.versions.length;
        counts.decisions += disclosed.decisions.length;
        counts.actions += disclosed.actions.length;
        counts.redactions += disclosed.redactions.length;
        csv.append(csvRow(disclosed));
        jsonl.append(JSON.stringify(disclosed) + '\n');
        html.append(htmlRecord(disclosed));
      }
      for (const f of files) await f.flush();
      options.onProgress?.(counts.comments, total);
    }
    html.append(
      `<p class="meta">End of export: ${counts.comments} comments, ${counts.versions} versions, ${counts.decisions} decisions, ${counts.actions} actions, ${counts.redactions} redactions.</p></body></html>\n`,
    );
    const written: ManifestFile[] = [];
    for (const f of files) written.push(await f.close());
    const manifest: ExportManifest = { ...base, counts, files: written };
    const manifestText = JSON.stringify(manifest, null, 2) + '\n';
    const manifestFile = new HashedFile(join(work, MANIFEST_FILE));
    manifestFile.append(manifestText);
    const { sha256: manifestSha256 } = await manifestFile.close();
    try {
      rmdirSync(target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    renameSync(work, target);
    await store.records.logExport(
      {
        requestId: request?.id ?? null,
        filters: filter,
        comments: counts.comments,
        manifestSha256,
        actionLogHeadId: snapshot.head.id,
        ...(options.operator === undefined ? {} : { operator: options.operator }),
      },
      actor,
    );
    return { outDir: target, manifest, manifestSha256 };
  } catch (err) {
    for (const f of files) f.destroy();
    rmSync(work, { recursive: true, force: true });
    throw err;
  } finally {
    snapshot.close();
  }
}
