// The production server (server/main.ts serving dist/ and /api) as a child process that can be
// stopped and restarted on the same SQLite file: stopping it is how the tests prove "offline"
// (setOffline does not cover the service worker's own fetches).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureProductionBuild } from './build';
import { ROOT } from './paths';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its temporary database. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Waits for the server's own word that it listens (server/main.ts prints its address after
 * `listen`), or for its exit: events, not polling. `hangMs` only bounds a server that never does
 * either. Then one health request proves it answers.
 */
async function untilListening(url: string, child: ChildProcess, log: () => string, hangMs = 90_000): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(hang);
      child.stdout?.off('data', onOutput);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onOutput = () => {
      if (log().includes(`VDC server on ${url}`)) done();
    };
    const onExit = (code: number | null) => done(new Error(`server exited with ${code}:\n${log()}`));
    const hang = setTimeout(() => done(new Error(`server neither listening nor exited after ${hangMs} ms:\n${log()}`)), hangMs);
    child.stdout?.on('data', onOutput);
    child.once('exit', onExit);
    onOutput();
  });
  const response = await fetch(`${url}/api/health`);
  if (!response.ok) throw new Error(`server listening but unhealthy (${response.status}):\n${log()}`);
}

/** `staticDir` serves another folder than the build (update.spec.ts deploys a new version into it). */
export async function startTestServer(options: { staticDir?: string } = {}): Promise<TestServer> {
  const staticDir = options.staticDir ?? ensureProductionBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'vdc-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';

  async function start() {
    output = '';
    // Its own process group, so stop() ends tsx and the node process it runs together.
    child = spawn('npx', ['tsx', 'server/main.ts'], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        STATIC_DIR: staticDir,
        DATABASE_URL: `sqlite:${join(dataDir, 'e2e.sqlite')}`,
        DEMO: '1',
        LOG: '0',
      },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await untilListening(url, child, () => output);
  }

  async function stop() {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.pid === undefined) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    process.kill(-running.pid, 'SIGTERM');
    const timer = setTimeout(() => running.pid !== undefined && process.kill(-running.pid, 'SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  await start();
  return {
    url,
    start,
    stop,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
