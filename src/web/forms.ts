/**
 * Form and query parsing at the HTTP boundary: every body is validated with a zod schema
 * before a route uses it, and a bad one is a 400 with a message the person can act on.
 */
import type { z } from 'zod';
import { InputError } from '../errors.js';

export function parseForm<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new InputError(parsed.error.issues.map((i) => i.message).join(' '));
  }
  return parsed.data;
}

/**
 * A local path to return to after a form post, or the fallback. Only paths on this site: an
 * attacker-supplied `//evil.example` or `https://…` must not turn sign-in into a redirector.
 */
export function localPath(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Control characters and backslashes: browsers normalise them in ways that can leave the site.
  if ([...value].some((ch) => ch < ' ' || ch === '\\')) return fallback;
  return value;
}

/** A form checkbox or repeated field as a list: absent → [], one value → [value]. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}
