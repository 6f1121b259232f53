// Thin entry for `npm run eval`: the logic is in lib/checks/cli/eval-main.ts. Paths are relative
// to the repository root, which is where npm runs scripts.
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../lib/checks';
import { runEval } from '../lib/checks/cli/eval-main';

process.exitCode = runEval(
  process.argv.slice(2),
  {
    readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  analyze,
);
