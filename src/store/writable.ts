import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** The database file (when it exists) and its folder must be writable: SQLite writes both. */
export function assertWritable(path: string): void {
  for (const target of existsSync(path) ? [path, dirname(path)] : [dirname(path)]) {
    if (!existsSync(target)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new InputError(
        `civicmod cannot write ${resolve(target)} (read-only file or folder). ` +
          'Fix its permissions or the disk, or set CIVICMOD_DB to a writable place.',
      );
    }
  }
}
