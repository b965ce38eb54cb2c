import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { makeServeStore } from '../helpers/serve-store.js';

const BIN = fileURLToPath(new URL('../../bin/patlas.js', import.meta.url));
let db: string;

beforeAll(async () => {
  db = await makeServeStore();
});

/** Start `patlas serve` on a free port; resolves with the URL it prints and a stop function. */
function startServer(
  args: string[],
): Promise<{ url: string; stop: () => Promise<{ code: number | null; stdout: string }> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<{ code: number | null; stdout: string }>((done) =>
      child.on('close', (code) => done({ code, stdout })),
    );
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const url = /http:\/\/\S+\//.exec(stdout)?.[0];
      if (url) {
        resolve({
          url,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then(({ code }) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
}

describe('patlas serve', () => {
  it('refuses a non-loopback host without a token (usage, exit 2)', async () => {
    const result = await runCli(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--host 0\.0\.0\.0 .*needs --token/);
  });

  it('refuses a token too short to be a secret', async () => {
    const result = await runCli(['serve', '--db', db, '--host', '0.0.0.0', '--token', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--token: must be at least 16 characters/);
  });

  it('refuses a missing store', async () => {
    const result = await runCli(['serve', '--db', `${db}.missing`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no such store/);
  });

  it('serves on loopback, answers the API, and stops cleanly on SIGTERM', async () => {
    const server = await startServer([]);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const list = await fetch(`${server.url}api/indicators`);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { id: string }[]).map((i) => i.id)).toContain('filing-trend');
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toMatch(/stopped/);
  });

  it('with --token, refuses the API without it', async () => {
    const token = 'serve-test-token-0123456789';
    const server = await startServer(['--token', token]);
    expect((await fetch(`${server.url}api/indicators`)).status).toBe(401);
    const ok = await fetch(`${server.url}api/indicators`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect((await fetch(server.url)).status).toBe(200);
    expect((await server.stop()).code).toBe(0);
  });
});
