// A review reply should invite the reviewer to call, email or message the office, so the
// details are sorted out in private, where they can be discussed safely. Advice only (info).
import type { Doc, Span } from '../../doc';
import { toneWordSet } from '../../tone/tokens';
import { defineRule, type RuleHelpText } from '../../rule';

const CONTACT_WORDS = [
  'call', 'calling', 'phone', 'email', 'emailing', 'mail', 'message', 'messaging', 'dm', 'pm', 'contact', 'contacting', 'reach',
  'text', 'inbox', 'ring', 'offline', 'privately', 'directly', 'talk', 'speak', 'chat', 'connect', 'visit', 'stop',
];
const PHONE = /\d{3}\D{0,3}\d{3}\D{0,2}\d{4}/;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;

/** A phone number or an email address anywhere; emails are looked for only around each "@". */
export function hasPhoneOrEmail(text: string): boolean {
  if (PHONE.test(text)) return true;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    if (EMAIL.test(text.slice(Math.max(0, at - 64), at + 64))) return true;
  }
  return false;
}

/**
 * The last word of the text with its closing punctuation: where the invitation goes. (Not the
 * whole last sentence, which in a one-sentence reply would overlap the acknowledgement advice.)
 */
export function closingWord(doc: Doc): Span | undefined {
  const end = doc.norm.trimEnd().length;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && !/\s/.test(doc.norm[start - 1]!)) start--;
  return { start, end };
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'A review reply that does not invite the reviewer to contact the office privately.',
  help: 'In a review reply, suggests inviting the reviewer to call, email or message the office. Details belong in a private ' +
      'conversation, where staff can talk about them safely.',
};

export default defineRule({
  meta: {
    id: 'tone/offline-contact',
    category: 'tone',
    type: 'defensive',
    severity: 'info',
  },
  detect(doc) {
    if (doc.context !== 'review-reply') return [];
    const words = toneWordSet(doc);
    if (CONTACT_WORDS.some((w) => words.has(w)) || hasPhoneOrEmail(doc.norm)) return [];
    const last = closingWord(doc);
    if (!last) return [];
    const phone = doc.profile.phones?.[0];
    const invite = phone
      ? `Please call our office at ${phone} so we can talk this through privately.`
      : 'Please call our office so we can talk this through privately.';
    const text = doc.norm.slice(last.start, last.end);
    return [
      {
        ...last,
        message: 'Invite the reviewer to call, email or message the office, so the details stay private.',
        suggestion: `${text}${/[.!?]$/.test(text) ? '' : '.'} ${invite}`,
      },
    ];
  },
});
