#!/usr/bin/env node
// `npm run dev`: the API with `tsx watch` on API_PORT (default 8081) and the vite dev server on
// PORT (default 5173), which proxies /api to it (vite.config.ts). Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

// The local binaries directly (not through npx), so that signals reach them.
const bin = (name) => join('node_modules', '.bin', name);

const apiPort = process.env.API_PORT ?? '8081';
const webPort = process.env.PORT ?? '5173';

const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, HOST: process.env.API_HOST ?? '127.0.0.1', STATIC_DIR: '.no-static' },
  }),
  spawn(bin('vite'), ['--port', webPort, '--strictPort'], { stdio: 'inherit', env: { ...process.env, API_PORT: apiPort } }),
];

let stopping = false;
function stopAll(signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stopAll(signal));
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) process.exitCode = code ?? 1;
    stopAll();
  });
}
