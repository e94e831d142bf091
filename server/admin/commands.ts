// The admin commands (`npm run admin -- <command> [options]`): sites, accounts, the server epoch
// and retention.
// `runAdmin` is the whole behaviour, testable in-process; main.ts-style wiring lives in admin.ts.
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { renewServerEpoch } from '../db/meta';
import { AdminError, createOrganisation, createSite, createUser, moveSiteToOrganisation, setUserPassword } from './accounts';
import { applyRetention } from '../accounts/retention';
import { setSiteClosedOn } from './close-site';

const HELP = `Usage: npm run admin -- <command> [options]   (database: DATABASE_URL, default sqlite:data/vdc.sqlite)

  create-organisation --id ID --name NAME
      an organisation (a Mission Locale, a CPAS, an OISP…) that sites then join
  create-site --id ID --name NAME --kind KIND [--commune CODE] [--organisation ID]
      KIND: mission-locale, cpas, oisp, esmi, other; CODE: a Brussels commune code or hors-bruxelles;
      without --organisation the site is an organisation of its own (same id and name)
  move-site --id ID --organisation ID
      put a site in another existing organisation
  close-site --site ID --on YYYY-MM-DD   (or --reopen)
      the site left the programme that day: it stays, with its history, in every report of its years
  create-user --email E --password P --name N --role adviser|coordinator|reporter|admin [--sites ID1,ID2]
      advisers and coordinators need sites (a coordinator's all in one organisation); a network
      reporter has none (reads the network's report only); an administrator may have none
  set-password --email E --password P
  new-epoch      give a restored database a new server epoch (devices then re-send what it lacks)
  apply-retention  anonymise now the closed files past their site's retention period (the server
                   also does it at start and daily)
  help`;

const OPTIONS = {
  id: { type: 'string' },
  name: { type: 'string' },
  kind: { type: 'string' },
  commune: { type: 'string' },
  email: { type: 'string' },
  password: { type: 'string' },
  role: { type: 'string' },
  sites: { type: 'string' },
  organisation: { type: 'string' },
  site: { type: 'string' },
  on: { type: 'string' },
  reopen: { type: 'boolean' },
} as const;

type Values = Partial<Record<Exclude<keyof typeof OPTIONS, 'reopen'>, string>> & { reopen?: boolean };

function required(values: Values, name: Exclude<keyof typeof OPTIONS, 'reopen'>): string {
  const value = values[name];
  if (value === undefined || value.trim() === '') throw new AdminError(`Missing --${name}.`);
  return value;
}

async function run(argv: string[], databaseUrl: string | undefined): Promise<string> {
  const { positionals, values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const command = positionals[0] ?? 'help';
  if (command === 'help' || command === '--help') return HELP;

  const database = openDatabase(databaseUrl);
  try {
    await migrateToLatest(database.db);
    switch (command) {
      case 'create-site': {
        const id = required(values, 'id');
        await createSite(database.db, { id, name: required(values, 'name'), kind: required(values, 'kind'), communeCode: values.commune, organisationId: values.organisation });
        return `Site ${id} created${values.organisation ? ` in organisation ${values.organisation}` : ', an organisation of its own'}.`;
      }
      case 'create-organisation': {
        const id = required(values, 'id');
        await createOrganisation(database.db, { id, name: required(values, 'name') });
        return `Organisation ${id} created.`;
      }
      case 'move-site': {
        const id = required(values, 'id');
        const organisation = required(values, 'organisation');
        await moveSiteToOrganisation(database.db, id, organisation);
        return `Site ${id} is now in organisation ${organisation}.`;
      }
      case 'close-site': {
        const site = required(values, 'site');
        if (values.reopen) {
          await setSiteClosedOn(database.db, site, null);
          return `Site ${site} is open again.`;
        }
        const on = required(values, 'on');
        await setSiteClosedOn(database.db, site, on);
        return `Site ${site} closed on ${on}: its history stays in the reports of its years.`;
      }
      case 'create-user': {
        const userId = await createUser(database.db, {
          email: required(values, 'email'),
          password: required(values, 'password'),
          name: required(values, 'name'),
          role: required(values, 'role'),
          siteIds: (values.sites ?? '').split(','),
        });
        return `User ${values.email} created (id ${userId}).`;
      }
      case 'set-password':
        await setUserPassword(database.db, required(values, 'email'), required(values, 'password'));
        return `Password of ${values.email} changed.`;
      case 'new-epoch':
        return `New server epoch: ${await renewServerEpoch(database.db)}`;
      case 'apply-retention':
        return `Retention: ${await applyRetention(database)} closed file(s) anonymised.`;
      default:
        throw new AdminError(`Unknown command "${command}".\n\n${HELP}`);
    }
  } finally {
    await database.close();
  }
}

export interface AdminOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one admin command; bad arguments give a clear message on stderr and a non-zero code. */
export async function runAdmin(argv: string[], databaseUrl: string | undefined): Promise<AdminOutcome> {
  try {
    return { code: 0, stdout: await run(argv, databaseUrl), stderr: '' };
  } catch (error: unknown) {
    const known = error instanceof AdminError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    const message = `Error: ${error instanceof Error ? error.message : String(error)}`;
    return { code: 1, stdout: '', stderr: known ? message : `${message}\n${error instanceof Error ? error.stack : ''}` };
  }
}
