// A review reply that talks to the reviewer ("you", "your") but neither thanks them, nor
// acknowledges the concern, nor invites them to talk privately is arguing in public, whatever
// its words: it reads as defensive. (Measured on the project corpus: such replies were almost
// always labelled defensive, blaming or worse.) Only a reply that argues, though: plain service
// news told to the reviewer ("A copy of your records went to your new dentist Monday") is not
// defensive, however brief (see tone/reply-argues.ts). The two info rules give the gentler advice.
import type { Doc } from '../../doc';
import { replyArgues } from '../../tone/reply-argues';
import { toneWordSet } from '../../tone/tokens';
import { defineRule, type RuleHelpText } from '../../rule';
import { firstSentence } from './acknowledge';
import { hasPhoneOrEmail } from './offline-contact';

const WARM = [
  'thank', 'thanks', 'thankful', 'grateful', 'appreciate', 'appreciated', 'sorry', 'apologize', 'apologise', 'apologies',
  'apology', 'regret', 'understand', 'glad', 'love', 'loved', 'congrats', 'congratulations', 'welcome', 'happy', 'hope',
  // Warmth and sympathy count as acknowledgement too.
  'honored', 'honoured', 'miss', 'hate', 'sad', 'saddened', 'proud', 'pleasure', 'enjoyed', 'delighted', 'thrilled', 'sympathy',
  'condolences', 'wishes', 'caring', 'joy', 'thx', 'ty', 'waived', 'pleased', 'fair', 'valid', 'changed', 'fixing', 'improving', 'improve',
];
// A friendly exclamation ("See you Friday, Beth!") or a warm emoji is warmth too; a run of
// "!!!" is not (that is shouting).
const FRIENDLY_MARK = /(?:^|[^!])![^!]|(?:^|[^!])!$|[\u{1F600}-\u{1F60D}\u{1F642}\u{1F917}\u{1F970}\u{1F972}\u{1F979}\u{1F499}-\u{1F49F}\u2764\u{1F64F}\u{1F44B}\u{1F389}]/u;
const CONTACT = [
  'call', 'phone', 'email', 'message', 'dm', 'contact', 'reach', 'text', 'inbox', 'offline', 'privately', 'directly', 'talk',
  'speak', 'chat', 'connect',
];
const TO_THE_REVIEWER = ['you', 'your', 'youre', 'yours', 'yourself', 'u', 'ur', 'youve', 'youd', 'youll'];

function isCold(doc: Doc): boolean {
  const words = toneWordSet(doc);
  if (!TO_THE_REVIEWER.some((w) => words.has(w))) return false;
  if (WARM.some((w) => words.has(w)) || CONTACT.some((w) => words.has(w))) return false;
  if (FRIENDLY_MARK.test(doc.norm)) return false;
  return !hasPhoneOrEmail(doc.norm) && replyArgues(doc);
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A review reply that answers the reviewer without thanks, acknowledgement or an invitation to talk.',
  help: 'Flags a review reply that speaks to the reviewer but never thanks them, never acknowledges the concern and never ' +
      'invites them to call or message the office. However polite the words, that reads as arguing in public. ' +
      'Start with thanks or "We\'re sorry to hear this", and end by inviting them to call.',
};

export default defineRule({
  meta: {
    id: 'tone/cold-reply',
    category: 'tone',
    type: 'defensive',
    severity: 'warn',
  },
  detect(doc) {
    if (doc.context !== 'review-reply' || !isCold(doc)) return [];
    const first = firstSentence(doc);
    if (!first) return [];
    return [
      {
        ...first,
        message:
          'This reply answers the reviewer without thanking them, acknowledging the concern or inviting them to call. In public that reads as defensive.',
        suggestion: `Thank you for taking the time to share this. ${doc.norm.slice(first.start, first.end)}`,
      },
    ];
  },
});
