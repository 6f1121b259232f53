// A review reply should start by thanking or acknowledging the reviewer: readers judge the
// practice by whether it listened, before anything else it says. Advice only (info).
import type { Doc, Span } from '../../doc';
import { toneWordSet } from '../../tone/tokens';
import { defineRule, type RuleHelpText } from '../../rule';

const ACKNOWLEDGING = [
  'thank', 'thanks', 'thankful', 'grateful', 'appreciate', 'appreciated', 'appreciates', 'sorry', 'apologize', 'apologise',
  'apologies', 'apology', 'apologizing', 'regret', 'hear', 'hearing', 'understand', 'understandable', 'value', 'valued',
  'glad', 'feedback', 'concern', 'concerns', 'frustrating', 'frustration', 'disappointing', 'disappointed',
];

/** The first sentence, without surrounding spaces. */
export function firstSentence(doc: Doc): Span | undefined {
  for (const s of doc.sentences) {
    const text = doc.norm.slice(s.start, s.end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (s.end - trail > s.start + lead) return { start: s.start + lead, end: s.end - trail };
  }
  return undefined;
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A review reply that neither thanks nor acknowledges the reviewer.',
  help: 'In a review reply, suggests opening with thanks or acknowledgement ("Thank you for your feedback", ' +
      '"We\'re sorry to hear about your experience"). Readers judge a practice first by whether it listened.',
};

export default defineRule({
  meta: {
    id: 'tone/acknowledge',
    category: 'tone',
    type: 'defensive',
    severity: 'info',
  },
  detect(doc) {
    if (doc.context !== 'review-reply') return [];
    const words = toneWordSet(doc);
    if (ACKNOWLEDGING.some((w) => words.has(w))) return [];
    const first = firstSentence(doc);
    if (!first) return [];
    return [
      {
        ...first,
        message: 'Start by thanking the reviewer or acknowledging their concern, for example "Thank you for your feedback."',
        suggestion: `Thank you for taking the time to share this. ${doc.norm.slice(first.start, first.end)}`,
      },
    ];
  },
});
