import { execFileSync } from 'node:child_process';

/** Builds dist/ so the tests that run `civicmod` as a child process run the current source. */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
