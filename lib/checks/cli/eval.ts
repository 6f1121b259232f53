// Measuring the engine on a labelled corpus, with the definitions of ../shared/corpus/README.md:
// a case is flagged for a category when analyze() returns a finding of that category with
// severity warn or block (info never counts); recall is over the positive cases, the
// false-positive rate over the negative ones. Per type, a positive case of type T is caught
// when a finding of type T (warn or block) comes back.
import { PHI_TYPES, TONE_TYPES, type AnalyzeOptions, type Category, type Finding, type PracticeProfile } from '../types';
import type { CorpusCase } from './corpus';

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Finding[];

export interface Rate {
  hits: number;
  total: number;
}

export interface TypeScore {
  type: string;
  /** Positive cases of this type that got a finding of this type. */
  recall: Rate;
  /** Cases negative for the category that got a finding of this type anyway. */
  falsePositives: Rate;
}

export interface CategoryScore {
  category: Category;
  recall: Rate;
  falsePositives: Rate;
  types: TypeScore[];
}

export interface CaseOutcome {
  case: CorpusCase;
  /** Types found (warn/block) per category. */
  found: Record<Category, Set<string>>;
}

export interface EvalResult {
  cases: number;
  phi: CategoryScore;
  tone: CategoryScore;
  outcomes: CaseOutcome[];
}

const counts = (f: Finding) => f.severity === 'warn' || f.severity === 'block';

export function evaluate(cases: readonly CorpusCase[], analyze: AnalyzeFn, profile?: PracticeProfile): EvalResult {
  const outcomes: CaseOutcome[] = cases.map((c) => {
    const found: Record<Category, Set<string>> = { phi: new Set(), tone: new Set() };
    const options: AnalyzeOptions = { context: c.context };
    if (c.site) options.site = c.site;
    if (profile) options.profile = profile;
    for (const f of analyze(c.text, options)) if (counts(f)) found[f.category].add(f.type);
    return { case: c, found };
  });
  return {
    cases: cases.length,
    phi: score('phi', outcomes, PHI_TYPES, (c) => c.phi, (c) => c.phi_types),
    tone: score('tone', outcomes, TONE_TYPES, (c) => c.tone.length > 0, (c) => c.tone),
    outcomes,
  };
}

function score(
  category: Category,
  outcomes: readonly CaseOutcome[],
  vocabulary: readonly string[],
  positive: (c: CorpusCase) => boolean,
  labels: (c: CorpusCase) => readonly string[],
): CategoryScore {
  const recall: Rate = { hits: 0, total: 0 };
  const falsePositives: Rate = { hits: 0, total: 0 };
  const types = vocabulary.map((type) => ({ type, recall: { hits: 0, total: 0 }, falsePositives: { hits: 0, total: 0 } }));
  for (const o of outcomes) {
    const flagged = o.found[category].size > 0;
    if (positive(o.case)) {
      recall.total++;
      if (flagged) recall.hits++;
    } else {
      falsePositives.total++;
      if (flagged) falsePositives.hits++;
    }
    for (const t of types) {
      if (labels(o.case).includes(t.type)) {
        t.recall.total++;
        if (o.found[category].has(t.type)) t.recall.hits++;
      } else if (!positive(o.case)) {
        t.falsePositives.total++;
        if (o.found[category].has(t.type)) t.falsePositives.hits++;
      }
    }
  }
  return { category, recall, falsePositives, types };
}

export const ratio = (r: Rate): number => (r.total === 0 ? NaN : r.hits / r.total);

function cell(r: Rate): string {
  if (r.total === 0) return '   –'.padEnd(17);
  return `${ratio(r).toFixed(3)} (${r.hits}/${r.total})`.padEnd(17);
}

/** A plain-text table: overall and per type, recall and false-positive rate. */
export function formatEval(title: string, result: EvalResult): string {
  const lines = [`${title} — ${result.cases} cases`, `  ${'category / type'.padEnd(18)}${'recall'.padEnd(17)}false positives`];
  for (const cat of [result.phi, result.tone]) {
    lines.push(`  ${cat.category.toUpperCase().padEnd(18)}${cell(cat.recall)}${cell(cat.falsePositives)}`);
    for (const t of cat.types) {
      if (t.recall.total === 0 && t.falsePositives.hits === 0) continue;
      lines.push(`    ${t.type.padEnd(16)}${cell(t.recall)}${cell(t.falsePositives)}`);
    }
  }
  return lines.join('\n');
}

/** Missed positives and false alarms, one case a line, for development (never for the holdout). */
export function formatMisses(result: EvalResult): string {
  const lines: string[] = [];
  for (const o of result.outcomes) {
    const c = o.case;
    const problems: string[] = [];
    if (c.phi && o.found.phi.size === 0) problems.push(`PHI missed (${c.phi_types.join(',')})`);
    if (!c.phi && o.found.phi.size > 0) problems.push(`PHI false alarm (${[...o.found.phi].join(',')})`);
    const missedPhiTypes = c.phi_types.filter((t) => !o.found.phi.has(t));
    if (c.phi && o.found.phi.size > 0 && missedPhiTypes.length > 0) problems.push(`PHI types missed: ${missedPhiTypes.join(',')}`);
    if (c.tone.length > 0 && o.found.tone.size === 0) problems.push(`tone missed (${c.tone.join(',')})`);
    if (c.tone.length === 0 && o.found.tone.size > 0) problems.push(`tone false alarm (${[...o.found.tone].join(',')})`);
    const missedTone = c.tone.filter((t) => !o.found.tone.has(t));
    if (c.tone.length > 0 && o.found.tone.size > 0 && missedTone.length > 0) problems.push(`tone types missed: ${missedTone.join(',')}`);
    if (problems.length === 0) continue;
    const text = c.text.replace(/\s+/g, ' ');
    lines.push(`${c.id} [${c.context}] ${problems.join('; ')}\n    ${text.length > 200 ? `${text.slice(0, 197)}…` : text}`);
  }
  return lines.join('\n');
}
