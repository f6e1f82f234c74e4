#!/usr/bin/env node
/**
 * `civicmod`: the command line. Each command lives in its own module, loaded only when asked
 * for, so `civicmod classify` starts without loading the web server or the platform clients.
 */
import { CivicmodError } from '../errors.js';

export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Every command, in the order `civicmod help` lists them. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  start: async () => (await import('./start.js')).startCommand,
  classify: async () => (await import('./classify.js')).classifyCommand,
  import: async () => (await import('./import.js')).importCommand,
  export: async () => (await import('./export.js')).exportCommand,
  retention: async () => (await import('./retention.js')).retentionCommand,
  audit: async () => (await import('./audit.js')).auditCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  restore: async () => (await import('./backup.js')).restoreCommand,
  user: async () => (await import('./user.js')).userCommand,
  agency: async () => (await import('./agency.js')).agencyCommand,
  'migrate-store': async () => (await import('./migrate-store.js')).migrateStoreCommand,
};

async function help(): Promise<void> {
  const lines = [
    "civicmod: viewpoint-neutral moderation for public agencies' social media pages",
    '',
    'Commands:',
  ];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const command = await load();
    lines.push(`  ${name.padEnd(14)} ${command.summary}`);
  }
  lines.push('', 'Run `civicmod <command> --help` for its options.');
  process.stdout.write(lines.join('\n') + '\n');
}

/** The version in package.json (found from this module, in the sources or the build). */
async function version(): Promise<string> {
  const { readFileSync } = await import('node:fs');
  const { packageRoot } = await import('../../moderation/model/file.js');
  const { join } = await import('node:path');
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    version: string;
  };
  const { CLASSIFIER_VERSION } = await import('../../moderation/index.js');
  return `civicmod ${pkg.version} (classifier ${CLASSIFIER_VERSION})`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    await help();
    return name === undefined ? 1 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${await version()}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(
      `civicmod: unknown command "${name}". Run \`civicmod help\` for the list.\n`,
    );
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    // node:util parseArgs refuses unknown or malformed flags with a TypeError and a code: one
    // line and exit 2, like every other input error, never a stack trace.
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      const message = (err as Error).message;
      const option = /Unknown option '([^']+)'/.exec(message)?.[1];
      const what = option !== undefined ? `unknown option "${option}".` : message.split('. ')[0];
      process.stderr.write(
        `civicmod ${name}: ${what} Run \`civicmod ${name} --help\` for its options.\n`,
      );
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const message =
      err instanceof CivicmodError
        ? err.publicMessage
        : err instanceof Error
          ? (err.stack ?? err.message)
          : String(err);
    process.stderr.write(`civicmod: ${message}\n`);
    process.exitCode = err instanceof CivicmodError && err.code === 'input_invalid' ? 2 : 1;
  },
);
