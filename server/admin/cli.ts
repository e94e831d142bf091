// `npm run admin -- <command> [options]`, on DATABASE_URL (default sqlite:data/vdc.sqlite).
import { runAdmin } from './commands';

const outcome = await runAdmin(process.argv.slice(2), process.env.DATABASE_URL);
if (outcome.stdout) console.log(outcome.stdout);
if (outcome.stderr) console.error(outcome.stderr);
process.exitCode = outcome.code;
