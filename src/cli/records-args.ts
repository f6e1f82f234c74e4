/**
 * Flags shared by the records commands, parsed strictly: a misspelt flag is an error, never
 * silently ignored (a records answer built on an ignored filter would be wrong).
 */
import { userInfo } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  command: string,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (err) {
    throw new InputError(`${(err as Error).message}. Run \`civicmod ${command} --help\`.`);
  }
}

/** Who ran the command, for the action log: the CLI acts as `system` on an operator's behalf. */
export function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
