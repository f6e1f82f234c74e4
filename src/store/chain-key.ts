/**
 * The key of the evidence chain (src/store/evidence.ts). It is kept outside the database, so a
 * copy of the database alone cannot be re-sealed after an edit: in `CIVICMOD_CHAIN_KEY` (64 hex
 * characters or base64 of 32 bytes or more), or in a key file (`CIVICMOD_CHAIN_KEY_FILE`,
 * default: the database's path with `.chain-key` appended).
 *
 * A new store gets a new random key file the first time it writes evidence. A store that already
 * holds sealed evidence never gets a new key: opening it without the key it was sealed with is
 * refused with a message naming where the key was looked for, instead of sealing half the record
 * with one key and half with another.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { StorageError } from '../errors.js';

export interface ChainKeySource {
  /** The key itself (CIVICMOD_CHAIN_KEY). */
  key?: string | undefined;
  /** A file holding it (CIVICMOD_CHAIN_KEY_FILE, or the default beside the database). */
  file?: string | undefined;
}

/** Shortest key accepted: 256 bits, the HMAC-SHA-256 block's security level. */
const MIN_KEY_BYTES = 32;

/** Where the key of the store at `dbPath` lives when nothing else is configured. */
export function defaultKeyFile(dbPath: string): string {
  return `${dbPath}.chain-key`;
}

/** Reads a key written as hex or base64; throws a readable error when it is neither or short. */
export function parseChainKey(text: string, where: string): Buffer {
  const t = text.trim();
  const bytes =
    /^[0-9a-f]+$/i.test(t) && t.length % 2 === 0
      ? Buffer.from(t, 'hex')
      : /^[A-Za-z0-9+/=_-]+$/.test(t)
        ? Buffer.from(t, 'base64')
        : Buffer.alloc(0);
  if (bytes.length < MIN_KEY_BYTES) {
    throw new StorageError(
      `${where} is not a usable chain key: it must be ${MIN_KEY_BYTES} bytes or more, written as hex or base64 ` +
        `(make one with: node -e "console.log(require('crypto').randomBytes(32).toString('hex'))").`,
    );
  }
  return bytes;
}

/**
 * The key, read from the environment or the file; `create` makes a new key file when there is
 * none (only for a store with no sealed evidence yet). Returns null when there is no key and
 * `create` is false.
 */
export function loadChainKey(source: ChainKeySource, create: boolean): Buffer | null {
  if (source.key !== undefined && source.key !== '') {
    return parseChainKey(source.key, 'CIVICMOD_CHAIN_KEY');
  }
  if (source.file === undefined) return null;
  try {
    return parseChainKey(readFileSync(source.file, 'utf8'), source.file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  if (!create) return null;
  const key = randomBytes(32).toString('hex');
  try {
    // wx: two processes creating the key of one new store at once get one key.
    writeFileSync(source.file, `${key}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(source.file, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new StorageError(
        `Cannot write the chain key file ${source.file}: ${(err as Error).message}. Set CIVICMOD_CHAIN_KEY_FILE to a writable path, or CIVICMOD_CHAIN_KEY.`,
        { cause: err },
      );
    }
  }
  return parseChainKey(readFileSync(source.file, 'utf8'), source.file);
}
