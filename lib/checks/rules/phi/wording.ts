// The learned fallback behind the PHI rules: when no other PHI rule found anything, a stretch
// of text worded like the corpus's posts and replies that revealed someone's care
// (learned/wording-score.ts) is shown at the sentence that weighs most. The rules name what they
// find; this one only says "read it again", so it speaks only when they are silent
// (`fallback`: the engine runs it after the others and keeps it only then).
import { isSpace } from '../../detectors/regex-atoms';
import { phiWordingStretches } from '../../learned/wording-score';
import { defineRule, type RawFinding, type RuleHelpText } from '../../rule';

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Worded like a post that reveals someone is a patient',
  help: 'No single phrase named a patient, but the wording is like posts and replies that told readers who came in or what they were treated for. Read it as a stranger would: could they tell who was seen, or why? Speak about your practice in general instead.',
};

export default defineRule({
  meta: {
    id: 'phi/wording',
    category: 'phi',
    type: 'relationship',
    severity: 'warn',
    fallback: true,
  },
  detect(doc) {
    const out: RawFinding[] = [];
    for (const { sentence } of phiWordingStretches(doc)) {
      const span = trimmed(doc.norm, doc.sentences[sentence]!);
      if (span.end <= span.start) continue;
      out.push({
        ...span,
        message: 'This reads like a post that tells who came in or what they were treated for, though no one phrase gives it away. Read it again as a stranger would.',
      });
    }
    return out;
  },
});

/** The sentence without the spaces around it. */
function trimmed(norm: string, span: { start: number; end: number }) {
  let { start, end } = span;
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return { start, end };
}
