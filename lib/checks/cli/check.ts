// `npm run --silent check -- [--jsonl] [--profile FILE] [--context post|comment|review-reply] [FILE...]`
// Staff or IT check a batch of drafted posts before loading them into a scheduler. Everything
// outside (files, stdin, output) comes through `io`, so this is tested in-process.
import type { AnalyzeOptions, Context, Finding, PracticeProfile, Site } from '../types';
import type { AnalyzeFn } from './eval';

export interface CheckIO {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  readStdin(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export const CHECK_USAGE = `usage: npm run --silent check -- [--jsonl] [--profile FILE] [--context post|comment|review-reply] [FILE...]

Checks drafts for PHI and tone. Reads the FILEs, or standard input when there are none.
  plain mode   every line is one draft; prints  file:line:col severity type message (suggestion)
  --jsonl      every line is {"id","text","context"?,"site"?}; prints {"id","findings":[...]} per line
  --profile    the practice profile (JSON: practiceName, staffNames, phones, emails, addresses, website)
  --context    where the drafts go (default post); a jsonl line's own "context" wins
Exit status: 1 when anything should be looked at (warn or block), 0 when not, 2 when the command is wrong.`;

const CONTEXTS: readonly Context[] = ['post', 'comment', 'review-reply'];
const SITES: readonly Site[] = ['facebook', 'x', 'yelp'];

interface CheckArgs {
  jsonl: boolean;
  profilePath?: string;
  context: Context;
  files: string[];
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): CheckArgs {
  const args: CheckArgs = { jsonl: false, context: 'post', files: [], help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value.`);
      return v;
    };
    switch (name) {
      case '--':
        onlyFiles = true;
        break;
      case '--jsonl':
        args.jsonl = true;
        break;
      case '--profile':
        args.profilePath = value();
        break;
      case '--context': {
        const v = value();
        if (!CONTEXTS.includes(v as Context)) throw new UsageError(`--context must be one of ${CONTEXTS.join(', ')} (got "${v}").`);
        args.context = v as Context;
        break;
      }
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        throw new UsageError(`unknown option ${name}.`);
    }
  }
  return args;
}

function readProfile(io: CheckIO, path: string): PracticeProfile {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new UsageError(`cannot read the profile ${path}.`);
  }
  let profile: unknown;
  try {
    profile = JSON.parse(text);
  } catch {
    throw new UsageError(`the profile ${path} is not valid JSON.`);
  }
  if (typeof profile !== 'object' || profile === null || Array.isArray(profile)) {
    throw new UsageError(`the profile ${path} must be a JSON object.`);
  }
  return profile as PracticeProfile;
}

const counts = (f: Finding) => f.severity === 'warn' || f.severity === 'block';

/** 1-based column in characters (code points) of `line` before `offset`. */
function columnOf(line: string, offset: number): number {
  let col = 1;
  for (let i = 0; i < offset; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    col++;
  }
  return col;
}

export function formatFinding(name: string, lineNo: number, line: string, f: Finding): string {
  const suggestion =
    f.suggestion === undefined ? '' : f.suggestion === '' ? ' (suggestion: remove it)' : ` (suggestion: "${f.suggestion}")`;
  return `${name}:${lineNo}:${columnOf(line, f.start)} ${f.severity} ${f.type} ${f.message}${suggestion}`;
}

function checkPlain(name: string, text: string, options: AnalyzeOptions, analyze: AnalyzeFn, io: CheckIO): boolean {
  let flagged = false;
  text.split(/\r?\n/).forEach((line, i) => {
    for (const f of analyze(line, options)) {
      io.out(formatFinding(name, i + 1, line, f));
      if (counts(f)) flagged = true;
    }
  });
  return flagged;
}

function checkJsonl(text: string, base: AnalyzeOptions, analyze: AnalyzeFn, io: CheckIO): boolean {
  let flagged = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      io.out(JSON.stringify({ id: null, error: 'not valid JSON' }));
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      io.out(JSON.stringify({ id: null, error: 'each line must be a JSON object with "id" and "text"' }));
      continue;
    }
    const { id, text: draft, context, site } = item as Record<string, unknown>;
    const knownId = typeof id === 'string' || typeof id === 'number' ? id : null;
    const problem =
      knownId === null
        ? '"id" must be a string or a number'
        : typeof draft !== 'string'
          ? '"text" must be a string'
          : context !== undefined && !CONTEXTS.includes(context as Context)
            ? `"context" must be one of ${CONTEXTS.join(', ')}`
            : site !== undefined && !SITES.includes(site as Site)
              ? `"site" must be one of ${SITES.join(', ')}`
              : undefined;
    if (problem) {
      io.out(JSON.stringify({ id: knownId, error: problem }));
      continue;
    }
    const options: AnalyzeOptions = { ...base };
    if (context !== undefined) options.context = context as Context;
    if (site !== undefined) options.site = site as Site;
    const findings = analyze(draft as string, options);
    if (findings.some(counts)) flagged = true;
    io.out(JSON.stringify({ id: knownId, findings }));
  }
  return flagged;
}

export async function runCheck(argv: readonly string[], io: CheckIO, analyze: AnalyzeFn): Promise<number> {
  let args: CheckArgs;
  const inputs: Array<{ name: string; text: string }> = [];
  const options: AnalyzeOptions = {};
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.out(CHECK_USAGE);
      return 0;
    }
    options.context = args.context;
    if (args.profilePath) options.profile = readProfile(io, args.profilePath);
    for (const file of args.files) {
      if (file === '-') continue;
      try {
        inputs.push({ name: file, text: io.readFile(file) });
      } catch {
        throw new UsageError(`cannot read ${file}.`);
      }
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`check: ${e.message}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (args.files.length === 0 || args.files.includes('-')) {
    const stdin = { name: '-', text: await io.readStdin() };
    const at = args.files.indexOf('-');
    inputs.splice(at === -1 ? 0 : at, 0, stdin);
  }
  let flagged = false;
  for (const input of inputs) {
    const found = args.jsonl ? checkJsonl(input.text, options, analyze, io) : checkPlain(input.name, input.text, options, analyze, io);
    flagged ||= found;
  }
  return flagged ? 1 : 0;
}
