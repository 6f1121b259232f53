// ESLint's RuleTester, in small: a rule's test is a table of texts that must not be found
// (`valid`) and texts that must be found with exact spans (`invalid`).
import { runRules } from '@/lib/checks/engine';
import type { Rule } from '@/lib/checks/rule';
import type { AnalyzeOptions, Finding, PhiType, Severity, ToneType } from '@/lib/checks/types';

type CaseOptions = Pick<AnalyzeOptions, 'context' | 'site' | 'profile' | 'watchWords'>;

export interface ValidCase extends CaseOptions {
  text: string;
  /** Why this must not be found (kept for false positives fixed later). */
  why?: string;
}

export interface ExpectedFinding {
  /** The exact text the finding covers; its first occurrence (or `occurrence`) fixes the span. */
  span: string;
  occurrence?: number;
  type?: PhiType | ToneType;
  severity?: Severity;
  suggestion?: string | null;
}

export interface InvalidCase extends CaseOptions {
  text: string;
  findings: ExpectedFinding[];
}

export interface RuleCases {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

const key = (c: { text: string; context?: string; site?: string }) => `${c.context ?? ''}|${c.site ?? ''}|${c.text}`;

function locate(text: string, span: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = text.indexOf(span, at + 1);
    if (at === -1) throw new Error(`case error: "${span}" (occurrence ${occurrence}) is not in "${text}"`);
  }
  return { start: at, end: at + span.length };
}

const show = (text: string, f: Finding) =>
  `${f.type}/${f.severity} "${text.slice(f.start, f.end)}" [${f.start},${f.end})${f.suggestion ? ` → "${f.suggestion}"` : ''}`;

export function ruleTester(rule: Rule, cases: RuleCases): void {
  const valid = cases.valid.map((c) => (typeof c === 'string' ? { text: c } : c));
  const seen = new Set<string>();
  for (const c of [...valid, ...cases.invalid]) {
    const k = key(c);
    if (seen.has(k)) throw new Error(`duplicate case in ${rule.meta.id}: ${JSON.stringify(c.text)}`);
    seen.add(k);
  }

  describe(rule.meta.id, () => {
    if (valid.length > 0) {
      test.each(valid.map((c) => [c.text.length > 70 ? `${c.text.slice(0, 67)}…` : c.text, c] as const))(
        'does not flag %j',
        (_name, c) => {
          const found = runRules([rule], c.text, c);
          expect(found.map((f) => show(c.text, f))).toEqual([]);
        },
      );
    }
    if (cases.invalid.length > 0) {
      test.each(cases.invalid.map((c) => [c.text.length > 70 ? `${c.text.slice(0, 67)}…` : c.text, c] as const))(
        'flags %j',
        (_name, c) => {
          if (c.findings.length === 0) throw new Error('an invalid case must expect at least one finding');
          const found = runRules([rule], c.text, c);
          const expected = c.findings.map((e) => {
            const { start, end } = locate(c.text, e.span, e.occurrence);
            return { start, end, e };
          });
          expect(found.map((f) => `[${f.start},${f.end}) ${c.text.slice(f.start, f.end)}`)).toEqual(
            expected.map(({ start, end }) => `[${start},${end}) ${c.text.slice(start, end)}`),
          );
          found.forEach((f, i) => {
            const { e } = expected[i]!;
            expect(f.rule).toBe(rule.meta.id);
            expect(f.category).toBe(rule.meta.category);
            expect(f.message.length).toBeGreaterThan(10);
            if (e.type) expect(f.type).toBe(e.type);
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.suggestion === null) expect(f.suggestion).toBeUndefined();
            else if (e.suggestion !== undefined) expect(f.suggestion).toBe(e.suggestion);
          });
        },
      );
    }
  });
}
