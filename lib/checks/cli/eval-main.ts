// `npm run eval`: the engine's recall and false-positive rate on the project's corpus, the
// holdout (text nobody tuned to) and, when ../shared is present, the shared sample. The files
// are read through `io`, so this runs in tests without touching the disk.
import type { PracticeProfile } from '../types';
import { parseCorpus } from './corpus';
import { evaluate, formatEval, formatMisses, ratio, type AnalyzeFn, type EvalResult } from './eval';

export interface EvalIO {
  /** The file's text, or undefined when it does not exist. */
  readFile(path: string): string | undefined;
  out(text: string): void;
  err(text: string): void;
}

export interface CorpusSource {
  title: string;
  cases: string;
  profile: string;
  /** Text nobody may tune to: never listed case by case. */
  holdout?: boolean;
  optional?: boolean;
  /** The learned wording score was trained on these cases, so they are scored by the rules
   *  alone: the score would only show how well it remembers them. */
  trainsTheModel?: boolean;
}

export const DEFAULT_SOURCES: readonly CorpusSource[] = [
  { title: 'project corpus (tests/corpus/corpus.jsonl), rules alone (the learned score was trained on it)', cases: 'tests/corpus/corpus.jsonl', profile: 'tests/corpus/profile.json', trainsTheModel: true },
  { title: 'holdout (tests/corpus/holdout.jsonl)', cases: 'tests/corpus/holdout.jsonl', profile: 'tests/corpus/profile.json', holdout: true, optional: true },
  { title: 'shared sample (../shared/corpus/sample.jsonl)', cases: '../shared/corpus/sample.jsonl', profile: '../shared/corpus/profile.json', optional: true },
];

const TARGETS = { phiRecall: 0.97, phiFp: 0.05, toneRecall: 0.9, toneFp: 0.1 };

const USAGE =
  'usage: npm run eval [-- --misses] [--no-holdout]\n  --misses      list missed and falsely flagged cases (never for the holdout)\n  --no-holdout  leave the holdout out entirely: while tuning rules, not even its totals are seen';

function targetLine(r: EvalResult): string {
  const mark = (ok: boolean) => (ok ? 'ok' : 'BELOW TARGET');
  const phi = ratio(r.phi.recall) >= TARGETS.phiRecall && !(ratio(r.phi.falsePositives) > TARGETS.phiFp);
  const tone = ratio(r.tone.recall) >= TARGETS.toneRecall && !(ratio(r.tone.falsePositives) > TARGETS.toneFp);
  return `  targets: PHI recall ≥ ${TARGETS.phiRecall}, FP ≤ ${TARGETS.phiFp}: ${mark(phi)}; tone recall ≥ ${TARGETS.toneRecall}, FP ≤ ${TARGETS.toneFp}: ${mark(tone)}`;
}

export function runEval(argv: readonly string[], io: EvalIO, analyze: AnalyzeFn, sources = DEFAULT_SOURCES, rulesAlone: AnalyzeFn = analyze): number {
  let misses = false;
  let holdout = true;
  for (const arg of argv) {
    if (arg === '--misses') misses = true;
    else if (arg === '--no-holdout') holdout = false;
    else if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    } else {
      io.err(`eval: unknown option ${arg}\n${USAGE}`);
      return 2;
    }
  }
  let ran = 0;
  for (const source of sources) {
    if (source.holdout && !holdout) continue;
    const text = io.readFile(source.cases);
    if (text === undefined) {
      if (!source.optional) {
        io.err(`eval: ${source.cases} not found`);
        return 2;
      }
      continue;
    }
    let profile: PracticeProfile | undefined;
    const profileText = io.readFile(source.profile);
    try {
      if (profileText !== undefined) profile = JSON.parse(profileText) as PracticeProfile;
      const result = evaluate(parseCorpus(text, source.cases), source.trainsTheModel ? rulesAlone : analyze, profile);
      io.out(`${formatEval(source.title, result)}\n${targetLine(result)}\n`);
      if (misses && !source.holdout) {
        const list = formatMisses(result);
        io.out(list ? `  misses:\n${list.replace(/^/gm, '  ')}\n` : '  no misses\n');
      }
      ran++;
    } catch (e) {
      io.err(`eval: ${(e as Error).message}`);
      return 2;
    }
  }
  return ran > 0 ? 0 : 2;
}
