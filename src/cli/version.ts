import { createRequire } from 'node:module';

/** Patlas's version, from package.json (src/cli and dist/cli both sit two levels below it). */
export const PATLAS_VERSION: string = (
  createRequire(import.meta.url)('../../package.json') as { version: string }
).version;
