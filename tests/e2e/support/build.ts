// The orchestrator builds dist/ before e2e; when run alone, build it here once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

export function ensureProductionBuild(): string {
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'index.html')) && existsSync(join(dist, 'sw.js'))) return dist;
  const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
  return dist;
}
