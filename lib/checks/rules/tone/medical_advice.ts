// Specific medical advice to one person in public ("stop taking your metformin", "you need an
// MRI"). It is given without an exam or the chart, and in a reply it also tells everyone the
// person is a patient. General advice to everyone in a post ("wash your hands") is fine, so in
// a post only a sentence addressed to someone by name or @handle counts.
import { COMMON_WORDS } from '../../lexicons/common-words';
import { MEDICAL_ADVICE_PHRASES } from '../../lexicons/tone-medical-advice';
import type { Doc } from '../../doc';
import { definePhraseSet, type PhraseMatch } from '../../tone/phrase-set';
import { keptMatches, toFinding, NEGATIONS, type ToneEntry } from '../../tone/phrase-findings';
import { anyIn, precededBy, sentenceAround, toneTokens } from '../../tone/tokens';
import { defineRule, type RuleHelpText } from '../../rule';
import { adviceStructures, answersOneAsker } from '../../tone/advice-structures';

const phrases = definePhraseSet(MEDICAL_ADVICE_PHRASES);
const NEGATED = new Set(NEGATIONS);
// "Don't stop any medicine without talking to your doctor" is the safe, general kind.
const DEFERS = new Set(['without', 'before', 'ask', 'asking', 'consult', 'consulting', 'pharmacist', 'provider', 'physician']);
// Words that open a sentence with a comma but address everyone, not one person.
const EVERYONE = new Set([
  'friends', 'everyone', 'everybody', 'folks', 'parents', 'families', 'patients', 'reminder', 'hi', 'hello', 'hey', 'ok',
  'okay', 'yes', 'no', 'remember', 'also', 'note', 'psa', 'tip', 'today', 'tomorrow', 'so', 'well', 'now', 'and', 'but',
  'moms', 'dads', 'ladies', 'gentlemen', 'team', 'yall', 'all', 'seniors', 'kids', 'teens', 'athletes', 'again', 'thanks',
  'congrats', 'sorry', 'welcome', 'attention', 'update', 'important', 'fyi', 'good', 'great', 'happy', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'tonight', 'first', 'next', 'then', 'finally', 'plus',
  // Headings of a tip post ("Fact: …", "Myth: …", "Bonus: …") label the sentence, they name no one.
  'fact', 'facts', 'myth', 'myths', 'truth', 'question', 'answer', 'bonus', 'alert', 'warning', 'hack', 'step', 'rule',
  'challenge', 'recap', 'takeaway', 'lesson', 'hint', 'why', 'how', 'what', 'when', 'where', 'who', 'q', 'a',
]);

/** In a post, a sentence that opens with "@handle" or "Name," speaks to one person. */
function addressesOnePerson(doc: Doc, sentenceStart: number): boolean {
  const head = doc.norm.slice(sentenceStart, sentenceStart + 40);
  // "@Brianna Holt re: your question", "To the dad who messaged about…": one person, named or not.
  if (/^[\s"'(]*@\w/.test(head) || /^[\s"'(]*to the (?:dad|mom|mum|parent|patient|person|lady|guy|gentleman|woman|man|family|grandma|grandpa|reader|commenter) who\b/i.test(head)) return true;
  // Case matters for the name: with /i, "Avoid straws," would read as a name.
  const m = /^[\s"'(]*(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)\s+)?(@[\w.]+|[A-Z][a-z]+(?:\s[A-Z][a-z]*\.?)?)\s*[,:!]/.exec(head);
  if (!m) return false;
  const who = m[1]!;
  if (who.startsWith('@')) return true;
  // "Still, it can chip, so…" or "Also:" open a sentence; only a name speaks to someone.
  const first = who.split(/\s/)[0]!.toLowerCase();
  return !EVERYONE.has(first) && !COMMON_WORDS.has(first) && /^[A-Z]/.test(who);
}

function keep(doc: Doc, m: PhraseMatch<ToneEntry>): boolean {
  const tokens = toneTokens(doc);
  const { from, to } = sentenceAround(tokens, m.from);
  if (precededBy(tokens, m.from, NEGATED, 3) && anyIn(tokens, from, to, DEFERS)) return false;
  if (doc.context !== 'post') return true;
  return addressesOnePerson(doc, sentenceStartBefore(doc, tokens[from]!.start)) || answersOneAsker(doc);
}

/**
 * Offset where the sentence holding `offset` starts, in doc.norm (after the last . ! ? or line
 * break), looking back at most 300 characters: a name that far back addresses no one here.
 */
function sentenceStartBefore(doc: Doc, offset: number): number {
  for (let i = offset - 1; i >= 0 && i >= offset - 300; i--) {
    const c = doc.norm[i];
    if (c === '.' || c === '!' || c === '?' || c === '\n') return i + 1;
  }
  return offset > 300 ? offset : 0;
}

// What the options page says about this rule (tree-shaken out of the content script).
export const help: RuleHelpText = {
  description: 'Specific medical advice to one person in public.',
  help: 'Flags advice aimed at one person: "stop taking your metformin", "double your dose", "you need an MRI", ' +
      '"sounds like strep". Advice needs an exam and the chart, and giving it in public also confirms the person is a patient. ' +
      'General tips for everyone in a post are fine. Ask the person to call the office instead.',
};

export default defineRule({
  meta: {
    id: 'tone/medical_advice',
    category: 'tone',
    type: 'medical_advice',
    severity: 'warn',
  },
  detect: (doc) => [
    ...keptMatches(doc, phrases)
      .filter((m) => keep(doc, m))
      .map((m) =>
        toFinding(doc, m, 'This is medical advice to one person in public. Ask them to call the office so a clinician can help.'),
      ),
    // In a post, a structure counts only in a sentence (or the post's opening) that speaks to one person.
    // A post that answers one person's question ("A dad asked us about…") speaks to that person.
    ...adviceStructures(doc).filter(
      (f) =>
        doc.context !== 'post' ||
        addressesOnePerson(doc, sentenceStartBefore(doc, f.start)) ||
        addressesOnePerson(doc, 0) ||
        answersOneAsker(doc),
    ),
  ],
});
