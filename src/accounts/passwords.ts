/**
 * Password hashing with scrypt, Node's built-in memory-hard function: each guess costs an
 * attacker 32 MiB of memory and tens of milliseconds, which is what makes a stolen database
 * expensive to crack. The parameters are stored with each hash so they can be raised later
 * without invalidating existing passwords.
 *
 * Format: `scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>`.
 */
import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { InputError } from '../errors.js';

export interface ScryptParams {
  /** CPU/memory cost, a power of two. Memory used is 128 · N · r bytes. */
  N: number;
  r: number;
  p: number;
}

/** 2^15 · 8 · 128 bytes = 32 MiB per hash: OWASP's recommended minimum for scrypt. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Room for N = 2^15, r = 8 (32 MiB) with headroom; a stored hash asking for more is refused. */
const MAX_MEMORY = 64 * 1024 * 1024;

/** NIST SP 800-63B: length matters, composition rules do not. */
export const MIN_PASSWORD_LENGTH = 12;
/** Bounds the work one sign-in can cause. */
export const MAX_PASSWORD_LENGTH = 1024;

function scrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: MAX_MEMORY };
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Throws InputError with a message for the person choosing the password. */
export function checkPasswordStrength(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new InputError(
      `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters (a few unrelated words work well).`,
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new InputError(`Keep the password under ${MAX_PASSWORD_LENGTH} characters.`);
  }
}

export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT,
): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, params);
  return [
    'scrypt',
    params.N,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!Number.isSafeInteger(N) || !Number.isSafeInteger(r) || !Number.isSafeInteger(p)) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length === 0 || key.length === 0) return null;
  return { params: { N: N as number, r: r as number, p: p as number }, salt, key };
}

/** True when the password matches. Compares in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await scrypt(password, parsed.salt, parsed.params);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check, for a username that does not exist, so the time a
 * sign-in takes does not tell an attacker which accounts exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('civicmod-dummy-password');
  await verifyPassword(password, await dummyHash);
  return false;
}
