import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function admin(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'server/admin/cli.ts', ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('admin CLI', () => {
  it('creates sites and users, and refuses bad arguments with a clear message and a non-zero exit', async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'vdc-admin-')), 'admin.sqlite')}`;
    expect((await admin(url, 'create-site', '--id', 'ml-test', '--name', 'ML Test', '--kind', 'mission-locale', '--commune', 'ixelles')).code).toBe(0);

    const badKind = await admin(url, 'create-site', '--id', 'x-1', '--name', 'X', '--kind', 'castle');
    expect(badKind.code).not.toBe(0);
    expect(badKind.stderr).toContain('Unknown site kind "castle"');

    const badRole = await admin(url, 'create-user', '--email', 'a@b.be', '--password', 'long-enough', '--name', 'A', '--role', 'boss', '--sites', 'ml-test');
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('Unknown role "boss"');

    const unknownSite = await admin(url, 'create-user', '--email', 'a@b.be', '--password', 'long-enough', '--name', 'A', '--role', 'adviser', '--sites', 'ml-nowhere');
    expect(unknownSite.code).not.toBe(0);
    expect(unknownSite.stderr).toContain('Unknown site "ml-nowhere"');

    const shortPassword = await admin(url, 'create-user', '--email', 'a@b.be', '--password', 'short', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(shortPassword.stderr).toContain('at least 8 characters');

    const created = await admin(url, 'create-user', '--email', 'A@B.be', '--password', 'long-enough', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(created.code).toBe(0);
    const duplicate = await admin(url, 'create-user', '--email', 'a@b.be', '--password', 'long-enough', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(duplicate.stderr).toContain('already exists');

    expect((await admin(url, 'new-epoch')).stdout).toMatch(/New server epoch: [\w-]+/);
    expect((await admin(url, 'help')).stdout).toContain('create-user');
  });
});
