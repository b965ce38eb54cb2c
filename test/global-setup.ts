import { execFileSync } from 'node:child_process';

/** The end-to-end tests run the built CLI: build once before them unless `npm test` already did. */
export default function setup(): void {
  if (process.env.PATLAS_SKIP_BUILD === '1') return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
