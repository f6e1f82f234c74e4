/**
 * `civicmod user`: dashboard accounts from the command line, which is how the first
 * administrator is made. A password is read from stdin (typed without echo on a terminal, or
 * one line when piped), never taken as an argument: arguments end up in shell history and in
 * the process list.
 */
import { parseArgs } from 'node:util';
import {
  createAccount,
  recordAccountChange,
  setAccountDisabled,
  setAccountPassword,
  setAccountRole,
  unlockAccount,
} from '../accounts/accounts.js';
import { InputError } from '../errors.js';
import { isRole, ROLE_LABELS, ROLES } from '../review/permissions.js';
import { DEFAULT_AGENCY_ID, type Store, type UserRow } from '../store/types.js';
import type { Command } from './main.js';
import { agencyBySlug } from './agency.js';
import { openRuntime } from './runtime.js';

const USAGE = `civicmod user add NAME --role ROLE [--display-name TEXT] [--discord-id ID] [--agency SLUG,...]
       civicmod user list
       civicmod user agencies NAME SLUG=ROLE[,SLUG=ROLE...]   (the agencies it works for, a role in each)
       civicmod user disable NAME | enable NAME
       civicmod user password NAME
       civicmod user role NAME ROLE
       civicmod user unlock NAME      (lift a sign-in lock-out after failed attempts)

Roles: ${ROLES.join(', ')}.
Agencies (civicmod agency list): without --agency, an account works for the "default" agency.
\`civicmod user role\` sets the role in every agency the account works for.
The password is read from stdin: typed (not shown) on a terminal, or the first line when piped:
  printf '%s\\n' "$PASSWORD" | civicmod user add alice --role admin`;

const CLI_ACTOR = { actor: 'system', via: 'cli' } as const;

/** Reads a password typed on a terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003') return finish(new InputError('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else if (ch >= ' ') value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of piped stdin, without its line ending. */
async function readFirstLine(): Promise<string> {
  let data = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) {
    data += chunk as string;
    if (data.includes('\n')) break;
  }
  return (data.split('\n')[0] ?? '').replace(/\r$/, '');
}

async function readNewPassword(username: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const password = await readFirstLine();
    if (password === '') {
      throw new InputError('No password on stdin: pipe one line, or run this in a terminal.');
    }
    return password;
  }
  const first = await readHidden(`New password for ${username}: `);
  const second = await readHidden('Type it again: ');
  if (first !== second) throw new InputError('The two passwords differ; nothing was changed.');
  return first;
}

async function findUser(store: Store, username: string | undefined): Promise<UserRow> {
  if (!username) throw new InputError(`Name the account.\n\nUsage: ${USAGE}`);
  const user = await store.users.findByUsername(username);
  if (!user)
    throw new InputError(`There is no account named "${username}" (see \`civicmod user list\`).`);
  return user;
}

function listLine(user: UserRow, slugs: ReadonlyMap<number, string>): string {
  return [
    user.username.padEnd(20),
    user.agencies.length > 1 || user.agencies[0]?.agencyId !== DEFAULT_AGENCY_ID
      ? user.agencies
          .map((m) => `${slugs.get(m.agencyId) ?? m.agencyId}=${m.role}`)
          .join(',')
          .padEnd(16)
      : user.role.padEnd(16),
    (user.disabledAt ? `disabled ${user.disabledAt.slice(0, 10)}` : 'active').padEnd(20),
    user.discordUserId ? `discord ${user.discordUserId}  ` : '',
    user.displayName,
  ]
    .join(' ')
    .trimEnd();
}

/**
 * Where people sign in: the public address when there is one (behind the TLS proxy), else where
 * civicmod listens (a wildcard host is reached on this machine as 127.0.0.1).
 */
function signInUrl(config: {
  HOST: string;
  PORT: number;
  PUBLIC_URL?: string | undefined;
}): string {
  if (config.PUBLIC_URL) return new URL('/login', config.PUBLIC_URL).toString();
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}/login`;
}

export const userCommand: Command = {
  summary: 'add, list and disable dashboard accounts (the first admin is made here)',
  usage: USAGE,
  async run(args) {
    if (args.some((a) => a === '--password' || a.startsWith('--password='))) {
      throw new InputError(
        'Passwords are never taken as arguments (they would stay in shell history and the process list). ' +
          'Type it when asked, or pipe it on stdin.',
      );
    }
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        'display-name': { type: 'string' },
        'discord-id': { type: 'string' },
        agency: { type: 'string' },
      },
    });
    const [sub, name, extra] = positionals;
    const { store, config } = await openRuntime({ logLevel: 'silent' });
    try {
      switch (sub) {
        case 'add': {
          if (!name) throw new InputError(`Name the account.\n\nUsage: ${USAGE}`);
          if (!isRole(values.role)) {
            throw new InputError(`Give --role, one of: ${ROLES.join(', ')}.`);
          }
          const agencyIds =
            values.agency === undefined
              ? undefined
              : await Promise.all(
                  values.agency
                    .split(',')
                    .map(async (s) => (await agencyBySlug(store, s.trim())).id),
                );
          const password = await readNewPassword(name);
          const user = await createAccount(
            store,
            {
              username: name,
              displayName: values['display-name'] ?? name,
              role: values.role,
              discordUserId: values['discord-id'],
              password,
              agencyIds,
            },
            CLI_ACTOR,
          );
          process.stdout.write(
            `Created ${ROLE_LABELS[user.role]} account "${user.username}". ` +
              `Sign in at ${signInUrl(config)}\n`,
          );
          return 0;
        }
        case 'list': {
          const users = await store.users.list();
          if (users.length === 0) {
            process.stdout.write(
              'No accounts yet. Create the first administrator with: civicmod user add NAME --role admin\n',
            );
          }
          const slugs = new Map((await store.agencies.list()).map((a) => [a.id, a.slug]));
          for (const user of users) process.stdout.write(listLine(user, slugs) + '\n');
          return 0;
        }
        case 'disable':
        case 'enable': {
          const user = await findUser(store, name);
          await setAccountDisabled(store, CLI_ACTOR, user, sub === 'disable');
          process.stdout.write(
            sub === 'disable'
              ? `Disabled "${user.username}" and ended its sessions.\n`
              : `Enabled "${user.username}".\n`,
          );
          return 0;
        }
        case 'password': {
          const user = await findUser(store, name);
          await setAccountPassword(store, CLI_ACTOR, user, await readNewPassword(user.username));
          process.stdout.write(`Password of "${user.username}" changed; its sessions ended.\n`);
          return 0;
        }
        case 'unlock': {
          const user = await findUser(store, name);
          await unlockAccount(store, CLI_ACTOR, user);
          process.stdout.write(`"${user.username}" can sign in again from any address.\n`);
          return 0;
        }
        case 'agencies': {
          const user = await findUser(store, name);
          if (!extra) {
            throw new InputError(
              'Give the agencies and a role in each, e.g. north-pd=content_manager,county=records_clerk.',
            );
          }
          const memberships = [];
          for (const pair of extra.split(',')) {
            const [slug, role] = pair.split('=').map((s) => s.trim());
            if (!isRole(role)) {
              throw new InputError(
                `"${pair}": give SLUG=ROLE, with a role among ${ROLES.join(', ')}.`,
              );
            }
            memberships.push({ agencyId: (await agencyBySlug(store, slug)).id, role });
          }
          await store.users.setAgencies(user.id, memberships);
          const after = (await store.users.get(user.id))!;
          await recordAccountChange(
            store,
            CLI_ACTOR,
            after,
            `Agencies of ${user.username} set: ${extra}`,
            { before: user.agencies },
          );
          process.stdout.write(`"${user.username}" now works for: ${extra}.
`);
          return 0;
        }
        case 'role': {
          const user = await findUser(store, name);
          if (!isRole(extra))
            throw new InputError(`Give the new role, one of: ${ROLES.join(', ')}.`);
          await setAccountRole(store, CLI_ACTOR, user, extra);
          process.stdout.write(`"${user.username}" is now ${ROLE_LABELS[extra]}.\n`);
          return 0;
        }
        default:
          throw new InputError(
            `${sub ? `Unknown subcommand "${sub}".` : 'Say what to do.'}\n\nUsage: ${USAGE}`,
          );
      }
    } finally {
      store.close();
    }
  },
};
