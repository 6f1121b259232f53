// The shared work every rule relies on: build the document once, run the rules, drop what
// is the practice's own, map offsets back, merge overlaps, order the result.
import { buildDoc, type Doc } from './doc';
import { findPracticeSpans } from './profile';
import type { Rule } from './rule';
import type { AnalyzeOptions, Finding, Severity } from './types';

// Identifier findings that the practice's own details can explain away. Relationship or
// health findings stay: "you were seen by Dr. Ortiz" confirms care even though Dr. Ortiz is staff.
const PROFILE_EXPLAINS = new Set(['name', 'phone', 'email', 'address', 'url']);

const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

export function runRules(rules: readonly Rule[], text: string, options: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const doc = buildDoc(text, options);
  const findings: Finding[] = [];
  for (const rule of rules) if (!rule.meta.fallback) collect(rule, doc, findings);
  for (const rule of rules) {
    if (!rule.meta.fallback) continue;
    const category = rule.meta.category;
    if (!findings.some((f) => f.category === category && f.severity !== 'info')) collect(rule, doc, findings);
  }
  return mergeOverlaps(findings);
}

/** Runs one rule: drops what is the practice's own, maps offsets back to the original text. */
function collect(rule: Rule, doc: Doc, findings: Finding[]): void {
  for (const raw of rule.detect(doc)) {
    if (raw.end <= raw.start) continue;
    const type = raw.type ?? rule.meta.type;
    if (rule.meta.category === 'phi' && PROFILE_EXPLAINS.has(type)) {
      if (findPracticeSpans(doc).contains(raw)) continue;
    }
    const { start, end } = doc.toOriginal(raw);
    const finding: Finding = {
      rule: rule.meta.id,
      category: rule.meta.category,
      type,
      severity: raw.severity ?? rule.meta.severity,
      start,
      end,
      message: raw.message,
    };
    if (raw.suggestion !== undefined) finding.suggestion = raw.suggestion;
    findings.push(finding);
  }
}

/** Overlapping findings of one type say the same thing twice: keep the stronger, longer one. */
function mergeOverlaps(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  // Per category, type → index in `kept` (keyed by the type string itself: no key string to
  // build and hash for each finding).
  const lastByType = { phi: new Map<string, number>(), tone: new Map<string, number>() };
  for (const f of findings) {
    const byType = lastByType[f.category];
    const at = byType.get(f.type);
    const prev = at === undefined ? undefined : kept[at];
    if (at !== undefined && prev && f.start < prev.end) {
      kept[at] = f.category === 'phi' ? union(prev, f) : stronger(f, prev) ? f : prev;
      continue;
    }
    byType.set(f.type, kept.push(f) - 1);
  }
  return kept.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

/** PHI findings of one type that overlap ("Your balance" and "balance is $240") become one
 *  covering both, so the highlight shows all of it. The stronger one's words are kept; its
 *  suggestion only if it still fits the whole span. */
function union(a: Finding, b: Finding): Finding {
  const keep = stronger(b, a) ? b : a;
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  if (start === keep.start && end === keep.end) return keep;
  const merged: Finding = { ...keep, start, end };
  delete merged.suggestion;
  return merged;
}

function stronger(a: Finding, b: Finding): boolean {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity > 0;
  return a.end - a.start > b.end - b.start;
}
