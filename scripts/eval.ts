// Thin entry for `npm run eval`: the logic is in lib/checks/cli/eval-main.ts. Paths are relative
// to the repository root, which is where npm runs scripts.
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../lib/checks';
import { DEFAULT_SOURCES, runEval } from '../lib/checks/cli/eval-main';
import { runRules } from '../lib/checks/engine';
import { RULES } from '../lib/checks/rules';

// The development corpus trained the learned fallback, so it is scored without it.
const RULES_ALONE = RULES.filter((rule) => !rule.meta.fallback);

process.exitCode = runEval(
  process.argv.slice(2),
  {
    readFile: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  analyze,
  DEFAULT_SOURCES,
  (text, options) => runRules(RULES_ALONE, text, options),
);
