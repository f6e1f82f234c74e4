/**
 * `civicmod agency`: the agencies of one deployment (issue 20) — a county running moderation
 * for its sheriff's office and police departments. Each page belongs to one agency; accounts
 * get a role in each agency they work for (`civicmod user add --agency`, `civicmod user
 * agencies`). A deployment of one agency never needs this: everything is in "default".
 */
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { PLATFORMS, type Platform, type Store } from '../store/types.js';
import type { Command } from './main.js';
import { openRuntime } from './runtime.js';

const USAGE = `civicmod agency list
       civicmod agency add SLUG --name "Full name"
       civicmod agency rename SLUG --name "Full name"
       civicmod agency assign-page PLATFORM:PAGE_ID SLUG

SLUG: short, letters, digits and hyphens (e.g. north-pd). Pages appear when their platform is
connected or comments are imported; they start in the "default" agency until assigned. Moving a
page moves its queue, records and reports with it, and is written to the action log.`;

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/i;

/** The agency with this slug, or an error naming the ones there are. */
export async function agencyBySlug(store: Store, slug: string | undefined) {
  if (!slug) throw new InputError(`Name the agency.\n\nUsage: ${USAGE}`);
  const agency = await store.agencies.findBySlug(slug);
  if (!agency) {
    const known = (await store.agencies.list()).map((a) => a.slug).join(', ');
    throw new InputError(`There is no agency "${slug}" (there are: ${known}).`);
  }
  return agency;
}

function agencyName(value: string | undefined): string {
  const name = value?.trim() ?? '';
  if (name === '' || name.length > 200) {
    throw new InputError("Give the agency's full name with --name (at most 200 characters).");
  }
  return name;
}

export const agencyCommand: Command = {
  summary: 'the agencies of a deployment that moderates for several (pages, accounts, records)',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' } },
    });
    const [sub, first, second] = positionals;
    const { store } = await openRuntime({ logLevel: 'silent' });
    try {
      switch (sub) {
        case 'list': {
          const [agencies, pages] = await Promise.all([store.agencies.list(), store.pages.list()]);
          for (const a of agencies) {
            const own = pages.filter((p) => p.agencyId === a.id);
            process.stdout.write(
              `${a.slug.padEnd(20)} ${a.name}  (${own.length} page${own.length === 1 ? '' : 's'})\n`,
            );
            for (const p of own) {
              process.stdout.write(
                `    ${p.platform}:${p.platformPageId}${p.name ? `  ${p.name}` : ''}\n`,
              );
            }
          }
          return 0;
        }
        case 'add': {
          if (!first || !SLUG.test(first)) {
            throw new InputError(
              'Give the agency a short name: letters, digits and hyphens, e.g. north-pd.',
            );
          }
          const agency = await store.agencies.create({
            slug: first,
            name: agencyName(values.name),
          });
          await store.actions.record({
            kind: 'agency_change',
            actor: 'system',
            reason: `Agency ${agency.slug} added: ${agency.name}`,
            clause: null,
            details: { agencyId: agency.id, slug: agency.slug, name: agency.name, via: 'cli' },
          });
          process.stdout.write(
            `Added agency "${agency.slug}" (${agency.name}). Assign its pages with: civicmod agency assign-page PLATFORM:PAGE_ID ${agency.slug}\n`,
          );
          return 0;
        }
        case 'rename': {
          const agency = await agencyBySlug(store, first);
          const name = agencyName(values.name);
          await store.agencies.rename(agency.id, name);
          await store.actions.record({
            kind: 'agency_change',
            actor: 'system',
            reason: `Agency ${agency.slug} renamed: ${name}`,
            clause: null,
            details: { agencyId: agency.id, before: agency.name, after: name, via: 'cli' },
          });
          process.stdout.write(`Agency "${agency.slug}" is now named ${name}.\n`);
          return 0;
        }
        case 'assign-page': {
          const [platform, ...rest] = (first ?? '').split(':');
          const platformPageId = rest.join(':');
          if (!(PLATFORMS as readonly string[]).includes(platform ?? '') || platformPageId === '') {
            throw new InputError(
              `Name the page as PLATFORM:PAGE_ID, e.g. facebook:1234567890 (platforms: ${PLATFORMS.join(', ')}; see civicmod agency list).`,
            );
          }
          const page = await store.pages.find(platform as Platform, platformPageId);
          if (!page) {
            throw new InputError(
              `civicmod has not seen the page ${first} yet: it appears once its platform is connected or its comments are imported.`,
            );
          }
          const agency = await agencyBySlug(store, second);
          if (page.agencyId === agency.id) {
            process.stdout.write(`${first} already belongs to "${agency.slug}".\n`);
            return 0;
          }
          await store.pages.setAgency(page.id, agency.id);
          await store.actions.record({
            kind: 'settings_change',
            pageId: page.id,
            platform: page.platform,
            actor: 'system',
            reason: `Page assigned to agency ${agency.slug}`,
            clause: 'I.3',
            details: {
              before: { agencyId: page.agencyId },
              after: { agencyId: agency.id },
              via: 'cli',
            },
          });
          process.stdout.write(`${first} now belongs to "${agency.slug}" (${agency.name}).\n`);
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
