import type { z } from 'zod';

/**
 * Reads an adapter's polling position saved as JSON in its cursor. An unreadable or outdated
 * value is not an error: the adapter starts afresh (re-reading is idempotent, ingest never
 * stores a comment twice) and `onUnreadable` tells the operator.
 */
export function readStoredState<T>(
  json: string | null,
  schema: z.ZodType<T>,
  fresh: () => T,
  onUnreadable: () => void,
): T {
  if (json === null) return fresh();
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: handled below like a value of the wrong shape.
  }
  onUnreadable();
  return fresh();
}
