/**
 * `civicmod start` (what `npm start` runs): opens or creates the database, serves the
 * dashboard and webhooks, resumes unfinished actions and runs the enabled adapters.
 */
import { parseArgs } from 'node:util';
import { ADAPTERS, createEnabledAdapters } from '../../adapters/index.js';
import { createModerator } from '../../moderation/index.js';
import { createApp } from '../app.js';
import { discordReviewChannels } from '../review/desk.js';
import { dashboardRouters } from '../web/dashboard.js';
import { openRuntime } from './runtime.js';
import type { Command } from './main.js';

export const startCommand: Command = {
  summary: 'run the bot: webhooks, polling, action delivery and the dashboard',
  usage: 'civicmod start   (configure with environment variables or .env; see .env.example)',
  async run(args) {
    // No options: everything is configured in the environment. A typo is refused, not ignored.
    parseArgs({ args, options: {}, strict: true, allowPositionals: false });
    const { config, secrets, logger, store, backend } = await openRuntime({ writable: true });
    const database = backend === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : config.CIVICMOD_DB;
    const adapters = createEnabledAdapters({ config, secrets, logger });
    const app = createApp({
      config,
      secrets,
      store,
      logger,
      moderator: createModerator(),
      adapters,
      // Queued comments are posted to DISCORD_REVIEW_CHANNEL_ID when Discord runs.
      reviewChannels: (core) => discordReviewChannels(adapters, core),
      routers: (core) => dashboardRouters(core),
    });
    const { url } = await app.start();
    logger.info(
      { url, db: database, adapters: adapters.map((a) => a.platform) },
      'civicmod started',
    );
    process.stdout.write(`civicmod is running at ${url} (database: ${database})\n`);
    if (adapters.length === 0) {
      process.stdout.write(
        'No platform is connected yet. Comments can still be imported with `civicmod import FILE`.\n' +
          'To connect a page, set its variables in .env (see .env.example and docs/platforms.md):\n' +
          ADAPTERS.map((a) => `  ${a.platform}: ${a.enabledBy}\n`).join(''),
      );
    }
    if ((await store.users.countActive()) === 0) {
      process.stdout.write(
        `No dashboard account yet. Create the first administrator, then sign in at ${url}/login:\n` +
          '  npx civicmod user add NAME --role admin\n',
      );
    }
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'stopping');
        void app.stop().then(() => {
          store.close();
          resolve();
        });
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
    return 0;
  },
};
