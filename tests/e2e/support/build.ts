// The orchestrator builds dist/ before e2e; when run alone, build it here once.
// E2E_DIST=/some/dir builds and serves another folder, so that several people (or agents) working
// in one checkout do not overwrite each other's build; delete the folder to force a rebuild.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths';

export function ensureProductionBuild(): string {
  const dist = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, 'dist');
  if (existsSync(join(dist, 'index.html')) && existsSync(join(dist, 'sw.js'))) return dist;
  // A production build even from inside vitest (which sets NODE_ENV=test): the service worker needs it.
  const result = spawnSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error('vite build failed');
  return dist;
}
