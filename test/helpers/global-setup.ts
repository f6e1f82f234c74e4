import { execFileSync } from 'node:child_process';
import { startTestCluster } from './postgres.js';

/**
 * Builds dist/ so the tests that run `civicmod` as a child process run the current source, and
 * starts the throwaway PostgreSQL cluster for the store's PostgreSQL runs (helpers/postgres.ts);
 * the function returned stops it.
 */
export default function setup(): () => void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  return startTestCluster();
}
