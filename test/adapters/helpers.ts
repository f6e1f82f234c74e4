/**
 * Helpers for adapter tests: an AdapterContext that records what the adapter ingests, stores
 * cursors in memory and captures logs, so a test can check that no secret was ever logged.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdapterContext, IngestEvent } from '../../adapters/types.js';
import { createCapturedLogger } from '../../src/logger.js';
import type { IncomingComment } from '../../src/store/types.js';

export interface RecordingContext {
  context: AdapterContext;
  events: IngestEvent[];
  cursors: Map<string, string>;
  pauses: string[];
  logs: Record<string, unknown>[];
  /** The comments ingested, in order. */
  comments(): IncomingComment[];
}

export function makeAdapterContext(
  options: { cursors?: Record<string, string>; failIngest?: (event: IngestEvent) => boolean } = {},
): RecordingContext {
  const { logger, lines } = createCapturedLogger();
  const events: IngestEvent[] = [];
  const cursors = new Map(Object.entries(options.cursors ?? {}));
  const pauses: string[] = [];
  return {
    events,
    cursors,
    pauses,
    logs: lines,
    comments: () => events.flatMap((e) => (e.type === 'comment' ? [e.comment] : [])),
    context: {
      async ingest(event) {
        if (options.failIngest?.(event)) throw new Error('disk full');
        events.push(event);
      },
      cursors: {
        get: async (key) => cursors.get(key) ?? null,
        set: async (key, value) => {
          cursors.set(key, value);
        },
      },
      logger,
      pause: async (reason) => {
        pauses.push(reason);
      },
    },
  };
}

/** Reads a JSON fixture beside the calling test: `fixture(import.meta.url, 'threads-page1.json')`. */
export function fixture<T = unknown>(testUrl: string, name: string): T {
  return JSON.parse(
    readFileSync(join(dirname(fileURLToPath(testUrl)), 'fixtures', name), 'utf8'),
  ) as T;
}

export const instantSleep = async (): Promise<void> => {};
