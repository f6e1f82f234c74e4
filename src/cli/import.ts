/**
 * `civicmod import FILE`: comments from a platform export, one JSON object per line, run
 * through the same pipeline as live comments. Actions that need a platform are recorded as
 * requested and delivered when that platform's adapter runs. Running the same file again
 * changes nothing (ingest is idempotent), so an interrupted import is finished by re-running it.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createModerator } from '../../moderation/index.js';
import { createApp } from '../app.js';
import { InputError } from '../errors.js';
import { PLATFORMS, type IncomingComment } from '../store/types.js';
import type { Pipeline } from '../pipeline/runner.js';
import type { Command } from './main.js';
import { openRuntime } from './runtime.js';
import { createProgress } from './progress.js';

const idString = z.union([z.string().min(1), z.number().transform(String)]);

/** The platform-neutral import shape (README "Importing platform exports"). */
export const importLineSchema = z.object({
  platform: z.enum(PLATFORMS, { message: `"platform" must be one of ${PLATFORMS.join(', ')}` }),
  page_id: idString,
  post_id: idString,
  post_text: z.string().optional(),
  comment_id: idString,
  parent_id: idString.nullish(),
  author_id: idString,
  author_name: z.string(),
  text: z.string(),
  created_at: z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), '"created_at" must be an ISO 8601 date and time')
    .transform((s) => new Date(s).toISOString()),
});

/** The fields a line must have, named in every message about a line that lacks some. */
const REQUIRED_FIELDS =
  'platform, page_id, post_id, comment_id, author_id, author_name, text, created_at';

/**
 * What is wrong with a line, in words a clerk can act on: "comment_id is missing", "text must
 * be text, not a number", then the list of fields a line needs (docs/cli.md).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], line: unknown): string {
  if (typeof line !== 'object' || line === null || Array.isArray(line)) {
    return `the line must be a JSON object with ${REQUIRED_FIELDS} (see docs/cli.md)`;
  }
  let missing = false;
  const parts = issues.map((issue) => {
    const field = issue.path.join('.');
    const value = (line as Record<string, unknown>)[String(issue.path[0] ?? '')];
    if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
      if (value === undefined) {
        missing = true;
        return `${field} is missing`;
      }
      const got =
        value === null
          ? 'null'
          : Array.isArray(value)
            ? 'a list'
            : typeof value === 'number'
              ? 'a number'
              : typeof value;
      return issue.code === 'invalid_union'
        ? `${field} must be text or a number, not ${got}`
        : `${field} must be text, not ${got}`;
    }
    return issue.message.startsWith('"') ? issue.message : `${field}: ${issue.message}`;
  });
  return parts.join('; ') + (missing ? ` (a line needs ${REQUIRED_FIELDS}; see docs/cli.md)` : '');
}

/** Maps one validated line to what the pipeline ingests. The line itself is the raw payload. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function toIncoming(line: z.infer<typeof importLineSchema>, raw: string): IncomingComment {
  return {
    platform: line.platform,
    page: { platformPageId: line.page_id },
    post: { platformPostId: line.post_id, text: line.post_text },
    platformCommentId: line.comment_id,
    parentPlatformId: line.parent_id ?? undefined,
    author: { id: line.author_id, name: line.author_name },
    // A lone surrogate cannot be stored as UTF-8; the raw line keeps the original escape.
    text: line.text.toWellFormed(),
    createdAt: line.created_at,
    raw,
    source: 'import',
  };
}

export interface ImportSummary {
  lines: number;
  stored: number;
  edited: number;
  unchanged: number;
  hidesRequested: number;
  queued: number;
  bad: number;
}

/**
 * Imports JSON Lines through the pipeline. Up to `window` lines are in flight at once so their
 * writes share commits; each line is still stored before it is classified.
 */
export async function importLines(
  pipeline: Pipeline,
  input: NodeJS.ReadableStream,
  onBadLine: (lineNo: number, message: string) => void,
  onProgress: (bytes: number) => void = () => undefined,
  window = 256,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    lines: 0,
    stored: 0,
    edited: 0,
    unchanged: 0,
    hidesRequested: 0,
    queued: 0,
    bad: 0,
  };
  const rl = createInterface({ input, crlfDelay: Infinity });
  let inFlight: Promise<void>[] = [];
  let bytes = 0;
  for await (const raw of rl) {
    // A file saved with a UTF-8 byte-order mark (Windows tools write one) starts with U+FEFF:
    // not part of the first line's JSON.
    const line = summary.lines === 0 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    summary.lines++;
    bytes += Buffer.byteLength(line) + 1;
    const lineNo = summary.lines;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      summary.bad++;
      onBadLine(lineNo, `not valid JSON (${(err as Error).message})`);
      continue;
    }
    const parsed = importLineSchema.safeParse(json);
    if (!parsed.success) {
      summary.bad++;
      onBadLine(lineNo, describeIssues(parsed.error.issues, json));
      continue;
    }
    inFlight.push(
      pipeline.handle({ type: 'comment', comment: toIncoming(parsed.data, line) }).then(
        (outcome) => {
          if (outcome.change === 'new') summary.stored++;
          else if (outcome.change === 'edited') summary.edited++;
          else summary.unchanged++;
          if (outcome.actionId !== undefined) summary.hidesRequested++;
          else if (outcome.action === 'queue') summary.queued++;
        },
        (err: unknown) => {
          summary.bad++;
          onBadLine(lineNo, `not stored: ${(err as Error).message}`);
        },
      ),
    );
    if (inFlight.length >= window) {
      await Promise.all(inFlight);
      inFlight = [];
      onProgress(bytes);
    }
  }
  await Promise.all(inFlight);
  onProgress(bytes);
  return summary;
}

export const importCommand: Command = {
  summary: 'import comments from a JSON Lines platform export (FILE, or - for stdin)',
  usage: `civicmod import FILE|-
  Each line: {"platform","page_id","post_id","post_text"?,"comment_id","parent_id"?,
  "author_id","author_name","text","created_at"}. Bad lines are reported with their line number;
  every good line is stored. Safe to run again: nothing is stored twice.`,
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const file = positionals[0];
    if (file === undefined)
      throw new InputError('Name the file to import (or - for standard input).');
    let size = 0;
    if (file !== '-') {
      try {
        size = statSync(file).size;
      } catch {
        throw new InputError(`Cannot read ${file}: no such file.`);
      }
    }
    const { config, secrets, logger, store } = await openRuntime({ logLevel: 'warn' });
    // No adapters: platform actions stay requested until `civicmod start` runs with the platform.
    const app = createApp({
      config,
      secrets,
      store,
      logger,
      moderator: createModerator(),
      adapters: [],
    });
    const progress = createProgress(process.stderr, size, 'bytes');
    const input = file === '-' ? process.stdin : createReadStream(file);
    const summary = await importLines(
      app.pipeline,
      input,
      (lineNo, message) => progress.log(`line ${lineNo}: ${message}`),
      (bytes) => progress.update(bytes),
    );
    progress.stop();
    await app.executor.stop();
    store.close();
    process.stdout.write(
      `Imported ${file}: ${plural(summary.lines, 'line')}; ${plural(summary.stored, 'new comment')}, ${summary.edited} edited, ` +
        `${summary.unchanged} already stored; ${plural(summary.hidesRequested, 'hide')} requested (delivered when the platform is connected), ` +
        `${summary.queued} queued for review; ${plural(summary.bad, 'bad line')}.\n`,
    );
    return summary.bad > 0 ? 1 : 0;
  },
};
