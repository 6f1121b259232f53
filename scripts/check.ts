// Thin entry for `npm run --silent check`: the logic is in lib/checks/cli/check.ts.
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/checks';
import { runCheck } from '../lib/checks/cli/check';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await runCheck(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path, 'utf8'),
    readStdin,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  },
  analyze,
);
