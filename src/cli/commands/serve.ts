import type { Command } from 'commander';
import { z } from 'zod';
import { PatlasError } from '../../domain/patlas-error.js';
import { createApp } from '../../serve/create-app.js';
import { isLoopbackHost } from '../../serve/is-loopback-host.js';
import { openStorePool } from '../../serve/store-pool.js';
import { requireTables } from '../../store/require-tables.js';
import { EXIT, type ExitCode } from '../exit-codes.js';

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  token?: string;
  connections: string;
  cache: string;
  warm: boolean;
}

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  connections: z.coerce.number().int().min(1).max(8),
  cache: z.coerce.number().int().min(0).max(100_000),
  token: z.string().min(16, 'must be at least 16 characters').optional(),
});

export function registerServe(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('serve')
    .description('the HTTP API and the dashboard over one store (opened read-only)')
    .requiredOption('--db <file>', 'the store')
    .option('--port <n>', 'port (0: any free port)', '8080')
    .option('--host <address>', 'listen address; anything but loopback needs --token', '127.0.0.1')
    .option('--token <secret>', 'require `Authorization: Bearer <secret>` (or set PATLAS_TOKEN)')
    .option('--connections <n>', 'store handles working side by side', '2')
    .option('--cache <n>', 'results kept in memory (0: none)', '256')
    .option('--no-warm', "do not compute the dashboard's opening view at start")
    .action(async (options: ServeOptions) => {
      setExit(await runServeCommand(options));
    });
}

export async function runServeCommand(options: ServeOptions): Promise<ExitCode> {
  const checked = optionsSchema.safeParse({ ...options, token: options.token ?? process.env.PATLAS_TOKEN });
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new PatlasError('usage', problems.join('; '));
  }
  const { port, connections, cache, token } = checked.data;
  if (!isLoopbackHost(options.host) && !token) {
    throw new PatlasError(
      'usage',
      `--host ${options.host} would let other machines read the store: it needs --token`,
      {
        hint: 'add --token <secret> (clients send `Authorization: Bearer <secret>`), or keep the default --host 127.0.0.1',
      },
    );
  }
  const pool = await openStorePool(options.db, connections);
  const app = createApp({
    pool,
    token: token ?? null,
    cacheSize: cache,
    warm: options.warm,
    onServerError: (error) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`patlas serve: ${detail}\n`);
    },
  });
  try {
    await pool.use((store) => requireTables(store, ['applicant_names', 'places', 'publication_origins']));
    await app.listen({ port, host: options.host });
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    process.stdout.write(
      `patlas serve: http://${shownHost}:${actualPort}/ (store ${options.db}, read-only)\n`,
    );
    process.stdout.write(
      token ? '  every request to /api needs the bearer token\n' : '  press Ctrl-C to stop\n',
    );
    if (options.warm) {
      process.stdout.write(
        "  computing the dashboard's opening view (every indicator, no filters) in the background\n",
      );
    }
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    process.stdout.write('patlas serve: stopped\n');
    return EXIT.ok;
  } finally {
    await app.close();
    await pool.close();
  }
}
