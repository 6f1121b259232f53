// Whether a review reply argues with the reviewer, rather than only reporting facts to them.
// A reply without thanks or an invitation to talk reads as defensive when it contests what the
// reviewer said or did: it denies ("you were never scheduled"), cites evidence ("our records
// show", "per your file", "the agreement you signed"), says they were told ("we explained
// this"), insists ("already", "clearly", "was correct"), or recounts the reviewer's own acts
// ("the same day you asked", "because you kept smoking"), talks about the review rather than to
// its writer, or challenges with a question ("Really?"). Plain service news does none of
// that: "A copy of your records went to your new dentist Monday", "Your secondary, Cigna,
// still hasn't paid the 3/7 claim", "the claim was denied because the crown was replaced
// within 5 years. You owe $612." Readers take those as information, not as a fight.
import { NEGATION_WORDS, SECOND_PERSON } from '../lexicons/tone-shared-classes';
import type { Doc } from '../doc';
import { memoByDoc } from '../detectors/memo';
import { toneTokens, type ToneToken } from './tokens';

const NEGATION = new Set([...NEGATION_WORDS, 'hasnt', 'havent', 'hadnt', 'none', 'aint']);

// Words that contest by their sense alone: evidence cited, the reviewer told, certainty insisted on.
const CONTESTING = new Set([
  // evidence
  'per', 'show', 'shows', 'showed', 'showing', 'signed', 'documented', 'documents',
  // having told them
  'explained', 'told', 'informed', 'warned', 'advised', 'reminded', 'notified',
  // insisting on being right
  'already', 'clearly', 'actually', 'literally', 'obviously', 'course', 'fact', 'simply', 'correct', 'correctly',
  'accurate', 'accurately', 'respect', 'stands', 'stand', 'confident', 'certain', 'certainly', 'definitely', 'absolutely',
  'exactly', 'must',
  // talking about the review itself rather than to its writer
  'review', 'blog', 'complaint', 'complaints', 'accusation', 'accusations',
]);

// "no" that is friendly rather than a denial: "no problem", "no worries", "no rush". ("At no
// charge" in a reply that argues is part of the case: "your crown was adjusted twice at no charge".)
const FRIENDLY_AFTER_NO = new Set(['problem', 'worries', 'rush']);

// Adverbs between the reviewer and their verb: "you've ever gotten", "you never even came".
const BETWEEN_SUBJECT_AND_VERB = new Set(['ever', 'also', 'just', 'even', 'then', 'only', 'both', 'all', 'really', 'originally', 'first']);

// A negation after "still" or before "yet" reports something pending ("Cigna still hasn't paid",
// "the lab hasn't sent it yet"); it contests only when its subject is the reviewer or the
// practice ("you still haven't paid", "we still haven't received your payment").
const PERSON_SUBJECT = new Set(['you', 'u', 'we', 'i', 'they', 'he', 'she', 'were', 'youre', 'youve', 'weve']);

// The reviewer as the subject of a past act: "you asked", "you were seen", "you've been told".
const REVIEWER = new Set(SECOND_PERSON);
const PAST_NOT_ED = new Set([
  'was', 'were', 'had', 'did', 'came', 'went', 'got', 'said', 'left', 'made', 'saw', 'knew', 'chose', 'gave', 'took', 'brought',
  'paid', 'kept', 'forgot', 'sent', 'wrote', 'thought', 'heard', 'spoke', 'met', 'ran', 'fell', 'felt', 'found', 'bought', 'ate',
  'drove', 'began', 'quit', 'let', 'put', 'sat', 'stood', 'told', 'been', 'seen', 'done', 'gone', 'given', 'taken', 'written',
  'known', 'shown', 'spoken', 'forgotten', 'gotten', 'chosen', 'eaten', 'driven', 'fallen',
]);

const isPast = (w: string) => PAST_NOT_ED.has(w) || (w.length > 3 && w.endsWith('ed') && !w.endsWith('eed'));

function isPendingStatus(tokens: readonly ToneToken[], i: number): boolean {
  let subject = i - 1;
  const still = subject >= 0 && tokens[subject]!.text === 'still' && !tokens[i]!.clauseBefore;
  if (still) subject--;
  let yet = false;
  for (let k = i + 1; k < tokens.length && k <= i + 6 && !tokens[k]!.clauseBefore; k++) {
    if (tokens[k]!.text === 'yet') yet = true;
  }
  if (!still && !yet) return false;
  return subject < 0 || !PERSON_SUBJECT.has(tokens[subject]!.text);
}

/** The word after token i in the same clause, or ''. */
function wordAfter(tokens: readonly ToneToken[], i: number): string {
  const next = tokens[i + 1];
  return next && !next.clauseBefore ? next.text : '';
}

/** Whether the reviewer (token i) is the subject of a past act: "you asked", "you've ever gotten". */
function recountsReviewersAct(tokens: readonly ToneToken[], i: number): boolean {
  let verb = wordAfter(tokens, i);
  if (BETWEEN_SUBJECT_AND_VERB.has(verb)) verb = wordAfter(tokens, i + 1);
  return isPast(verb);
}

// A question put to the reviewer ("Really?", "Are you sure you have the right practice?") or a
// run of "!!" is arguing too, whatever the words.
const CHALLENGING_MARK = /\?|!!/;

export const replyArgues = memoByDoc((doc: Doc): boolean => {
  if (CHALLENGING_MARK.test(doc.norm)) return true;
  const tokens = toneTokens(doc);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (CONTESTING.has(w)) return true;
    if (NEGATION.has(w)) {
      if (w === 'no' && FRIENDLY_AFTER_NO.has(wordAfter(tokens, i))) continue;
      if (!isPendingStatus(tokens, i)) return true;
      continue;
    }
    if (REVIEWER.has(w) && recountsReviewersAct(tokens, i)) return true;
    if ((w === 'because' || w === 'since') && REVIEWER.has(wordAfter(tokens, i))) return true;
  }
  return false;
});
