// Health information of an identifiable person: a condition, symptom, procedure, treatment,
// medication, result or pregnancy tied to them ("your root canal", "her diabetes", "Mr. Ruiz
// finished chemo"). The same words as general advice ("root canals don't hurt") are fine; the
// tie is what detectors/ties.ts works out.
import { sentenceAt } from '../../detectors/sentence-at';
import { memoByDoc } from '../../detectors/memo';
import { runPatternDetector, type PatternDetector } from '../../detectors/pattern';
import { findHealthTies, sentenceOwnerOf } from '../../detectors/ties';
import type { Doc } from '../../doc';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

// Results and pregnancy said in so many words; they need a person in the sentence too.
const RESULT_PATTERNS: PatternDetector = {
  lower: true,
  minScore: 0,
  patterns: [
    { name: 'result', score: 1, regex: /\b(?:test|tests|results?|labs?|biopsy|scan|x-?rays?|mammogram|pap|culture|screening|swab|panel|a1c|inr|ekg|levels?|bloodwork|blood work|sugar|pressure|reading|evaluation) (?:came back|read|was|were|is|are|showed|shows|returned|looked) (?:a little |slightly |very |really |totally |all )?(?:positive|negative|normal|abnormal|high|low|clear|elevated|fine|good|bad|concerning|inconclusive)\b/g },
    { name: 'tested', score: 1, regex: /\b(?:tested|screened|came back|test(?:ed)? came back) (?:positive|negative)\b/g },
    { name: 'pregnant', score: 1, regex: /\b(?:she|you|he|they|she's|you're)(?: is| are| was| were)? (?:expecting|pregnant|due in|due on|due next|having a baby)\b/g },
    { name: 'pregnancy-count', score: 1, regex: /\b\d(?:st|nd|rd|th) (?:pregnancy|baby|child|trimester)\b/g },
  ],
};

const findResultPhrases = memoByDoc((doc: Doc) => runPatternDetector(doc, RESULT_PATTERNS));

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A condition, treatment, medication or result of an identifiable person',
  help: 'Any health detail about a person you can identify — a diagnosis, a procedure, a medicine, a test result, a pregnancy — is PHI, even when the person mentioned it first. Reply without repeating it.',
};

export default defineRule({
  meta: {
    id: 'phi/health-info',
    category: 'phi',
    type: 'health_info',
    severity: 'block',
  },
  detect(doc) {
    const out: RawFinding[] = [];
    for (const t of findHealthTies(doc)) {
      const strong = t.possessive || t.owner === 'named';
      const finding: RawFinding = {
        start: t.ownerStart,
        end: t.end,
        severity: strong ? 'block' : 'warn',
        message: strong
          ? 'This is a health detail about a person who can be identified. Do not repeat a condition, treatment or result in public.'
          : 'This health detail is in a sentence about the person you are replying to. Check it does not describe their care.',
      };
      if (t.owner === 'you' && t.possessive) finding.suggestion = 'your experience with us';
      out.push(finding);
    }
    for (const h of findResultPhrases(doc)) {
      const owner = sentenceOwnerOf(doc, sentenceAt(doc, h.start));
      if (!owner) continue;
      out.push({
        start: h.start,
        end: h.end,
        message: 'This gives a person’s test result or pregnancy. Results are health information: never share them in public.',
      });
    }
    return out;
  },
});
