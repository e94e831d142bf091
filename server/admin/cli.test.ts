import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAdmin } from './commands';

const execFileAsync = promisify(execFile);

function freshDatabaseUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'vdc-admin-')), 'admin.sqlite')}`;
}

describe('admin commands', () => {
  it('creates sites and users, and refuses bad arguments with a clear message and a non-zero code', async () => {
    const url = freshDatabaseUrl();
    const admin = (...args: string[]) => runAdmin(args, url);
    expect((await admin('create-site', '--id', 'ml-test', '--name', 'ML Test', '--kind', 'mission-locale', '--commune', 'ixelles')).code).toBe(0);

    const badKind = await admin('create-site', '--id', 'x-1', '--name', 'X', '--kind', 'castle');
    expect(badKind.code).not.toBe(0);
    expect(badKind.stderr).toContain('Unknown site kind "castle"');

    const badRole = await admin('create-user', '--email', 'a@b.be', '--password', 'long-enough-pw', '--name', 'A', '--role', 'boss', '--sites', 'ml-test');
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain('Unknown role "boss"');

    const unknownSite = await admin('create-user', '--email', 'a@b.be', '--password', 'long-enough-pw', '--name', 'A', '--role', 'adviser', '--sites', 'ml-nowhere');
    expect(unknownSite.code).not.toBe(0);
    expect(unknownSite.stderr).toContain('Unknown site "ml-nowhere"');

    const shortPassword = await admin('create-user', '--email', 'a@b.be', '--password', 'short', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(shortPassword.code).not.toBe(0);
    expect(shortPassword.stderr).toContain('at least 12 characters');
    const commonPassword = await admin('create-user', '--email', 'a@b.be', '--password', 'Password2026!', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(commonPassword.code).not.toBe(0);
    expect(commonPassword.stderr).toContain('one of the most common');
    const repeated = await admin('create-user', '--email', 'a@b.be', '--password', 'abcabcabcabc', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(repeated.stderr).toContain('the same few characters repeated');

    const unknownOption = await admin('create-site', '--colour', 'blue');
    expect(unknownOption.code).not.toBe(0);
    expect(unknownOption.stderr).toMatch(/^Error: .*--colour/);

    const created = await admin('create-user', '--email', 'A@B.be', '--password', 'long-enough-pw', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(created.code).toBe(0);
    const duplicate = await admin('create-user', '--email', 'a@b.be', '--password', 'long-enough-pw', '--name', 'A', '--role', 'adviser', '--sites', 'ml-test');
    expect(duplicate.code).not.toBe(0);
    expect(duplicate.stderr).toContain('already exists');
    expect((await admin('set-password', '--email', 'a@b.be', '--password', 'qwertyuiop123')).stderr).toContain('one of the most common');
    expect((await admin('set-password', '--email', 'a@b.be', '--password', 'a much better one')).code).toBe(0);

    expect((await admin('new-epoch')).stdout).toMatch(/New server epoch: [\w-]+/);
    expect((await admin('help')).stdout).toContain('create-user');
  });

  it('manages organisations: a site of its own by default, --organisation to join one, and the roles of issue 20', async () => {
    const url = freshDatabaseUrl();
    const admin = (...args: string[]) => runAdmin(args, url);
    const ok = async (...args: string[]) => {
      const outcome = await admin(...args);
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
      return outcome.stdout;
    };
    expect(await ok('create-site', '--id', 'ml-forest', '--name', 'ML Forest', '--kind', 'mission-locale')).toContain('an organisation of its own');
    expect(await ok('create-organisation', '--id', 'cpas-bxl', '--name', 'CPAS de Bruxelles')).toContain('cpas-bxl');
    expect(await ok('create-site', '--id', 'cpas-nord', '--name', 'CPAS Nord', '--kind', 'cpas', '--organisation', 'cpas-bxl')).toContain('in organisation cpas-bxl');
    await ok('create-site', '--id', 'cpas-sud', '--name', 'CPAS Sud', '--kind', 'cpas');

    const unknown = await admin('create-site', '--id', 'x-site', '--name', 'X', '--kind', 'other', '--organisation', 'nowhere');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown organisation "nowhere"');
    const twice = await admin('create-organisation', '--id', 'cpas-bxl', '--name', 'Again');
    expect(twice.stderr).toContain('already exists');

    for (const role of ['adviser', 'coordinator']) await ok('create-user', '--email', `${role}@b.be`, '--password', 'long-enough-for-12', '--name', role, '--role', role, '--sites', 'cpas-nord');
    await ok('create-user', '--email', 'reseau@b.be', '--password', 'long-enough-for-12', '--name', 'Réseau', '--role', 'reporter');
    await ok('create-user', '--email', 'root@b.be', '--password', 'long-enough-for-12', '--name', 'Root', '--role', 'admin');
    const reporterWithSites = await admin('create-user', '--email', 'r2@b.be', '--password', 'long-enough-for-12', '--name', 'R', '--role', 'reporter', '--sites', 'ml-forest');
    expect(reporterWithSites.stderr).toContain('A network reporter has no site');
    const split = await admin('create-user', '--email', 'c2@b.be', '--password', 'long-enough-for-12', '--name', 'C', '--role', 'coordinator', '--sites', 'cpas-nord,ml-forest');
    expect(split.stderr).toContain('must all belong to one organisation');
    const noSites = await admin('create-user', '--email', 'a2@b.be', '--password', 'long-enough-for-12', '--name', 'A', '--role', 'adviser');
    expect(noSites.stderr).toContain('need at least one site');

    // A site made an organisation of its own can join its real organisation later.
    expect(await ok('move-site', '--id', 'cpas-sud', '--organisation', 'cpas-bxl')).toContain('now in organisation cpas-bxl');
    await ok('create-user', '--email', 'c3@b.be', '--password', 'long-enough-for-12', '--name', 'C3', '--role', 'coordinator', '--sites', 'cpas-nord,cpas-sud');
    // …but not while a coordinator would then span two organisations.
    const strands = await admin('move-site', '--id', 'cpas-sud', '--organisation', 'ml-forest');
    expect(strands.stderr).toContain('would then hold sites of several organisations');
    expect((await admin('help')).stdout).toContain('create-organisation');
  });

  it('closes a site that left the programme on a day, refuses a malformed day or an unknown site, and reopens it', async () => {
    const url = freshDatabaseUrl();
    const admin = (...args: string[]) => runAdmin(args, url);
    expect((await admin('create-site', '--id', 'ml-molenbeek', '--name', 'ML Molenbeek', '--kind', 'mission-locale')).code).toBe(0);
    const closed = await admin('close-site', '--site', 'ml-molenbeek', '--on', '2024-06-30');
    expect(closed).toMatchObject({ code: 0, stderr: '' });
    expect(closed.stdout).toContain('closed on 2024-06-30');
    const badDay = await admin('close-site', '--site', 'ml-molenbeek', '--on', '30/06/2024');
    expect(badDay.code).toBe(1);
    expect(badDay.stderr).toContain('write it as YYYY-MM-DD');
    expect((await admin('close-site', '--site', 'ml-nowhere', '--on', '2024-06-30')).stderr).toContain('Unknown site "ml-nowhere"');
    expect((await admin('close-site', '--site', 'ml-molenbeek')).stderr).toContain('Missing --on');
    const { openDatabase } = await import('../db/connect');
    const { closedSiteDays } = await import('./close-site');
    const read = async () => {
      const database = openDatabase(url);
      try {
        return await closedSiteDays(database.db);
      } finally {
        await database.close();
      }
    };
    expect(await read()).toEqual({ 'ml-molenbeek': '2024-06-30' });
    expect((await admin('close-site', '--site', 'ml-molenbeek', '--reopen')).stdout).toContain('open again');
    expect(await read()).toEqual({});
  });

  it('exits non-zero from the command line, as `npm run admin` runs it', async () => {
    const failure = await execFileAsync('npx', ['tsx', 'server/admin/cli.ts', 'create-site', '--id', 'x-1', '--name', 'X', '--kind', 'castle'], {
      env: { ...process.env, DATABASE_URL: freshDatabaseUrl() },
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('Unknown site kind "castle"');
  });
});
