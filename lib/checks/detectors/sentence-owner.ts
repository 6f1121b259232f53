// Who a sentence is about, when no owner stands right before a care word: a named patient, one
// singled-out person, "she" (a patient named before), or the person addressed. Hypothetical and
// advice sentences ("if you have swelling, call", "Just take two Advil") are about anyone.
import type { Doc } from '../doc';
import { RELATION_WORDS } from '../lexicons/relations';
import { addresseeIdentifiable, mentionSentences, pronounIsPatient, speaksToSomeone, YOU_WORDS } from './addressee';
import { memoByDoc } from './memo';
import { practiceChangeSentence } from './practice-change';
import { publicSentences } from './people';
import { sentenceWordsOf } from './sentence-words';
import { firstWordOfSentence } from './sentence-at';
import { sentenceSinglesOut } from './singled-out';
import { sentenceGivesAdvice, sentenceNarrates, sentenceSaysWhatAnyoneMay } from './specific-reference';

/**
 * Who a term belongs to:
 * - `you`: "your …" (the person addressed);
 * - `relation`: "your son's …", "her mom's …";
 * - `third`: "her …", "his …", "their …";
 * - `named`: a named patient ("Emma's …", or a name in the same sentence);
 * - `you-sentence`: "you"/"your" elsewhere in the sentence (weaker);
 * - `you-doc`: a reply or comment that speaks to someone, the term in another sentence (weaker still);
 * - `person`: one particular unnamed person with a time ("the senior … today with mono").
 */
export type OwnerKind = 'you' | 'relation' | 'third' | 'named' | 'you-sentence' | 'you-doc' | 'person';

const YOU_POSSESSIVE = new Set(['your', 'ur', 'yr']);
// A sentence with these speaks of anyone, even in a reply ("if you have swelling, call").
const HYPOTHETICAL_CUES = new Set(['if', 'whenever', 'anyone', 'everyone', 'most', 'many', 'people', 'anybody']);

/** Who a sentence is about, if anyone identifiable: a named patient, "you" (when identifiable) or
 *  one singled-out person. */
export function sentenceOwnerOf(doc: Doc, sentence: number): OwnerKind | undefined {
  return sentenceOwner(doc, sentence);
}

// Sentence owners are asked for once per term: cache them per sentence so a long sentence is
// read once, not once per term in it. The loose owner ignores hypothetical cues: in a reply,
// "enough for that second crown if you want to book" is still about the person.
const sentenceOwnerCache = memoByDoc(() => new Map<number, OwnerKind | undefined>());
const looseOwnerCache = memoByDoc(() => new Map<number, OwnerKind | undefined>());

export function sentenceOwner(doc: Doc, sentence: number, loose = false): OwnerKind | undefined {
  const cache = (loose ? looseOwnerCache : sentenceOwnerCache)(doc);
  if (cache.has(sentence)) return cache.get(sentence);
  const owner = computeSentenceOwner(doc, sentence, loose);
  cache.set(sentence, owner);
  return owner;
}

// "which one of you left a retainer", "all of you": a group, not the person replied to.
const GROUP_BEFORE_YOU = new Set(['of', 'whoever']);
const THIRD_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', "he's", "she's", 'hes', 'shes']);

function computeSentenceOwner(doc: Doc, sentence: number, loose: boolean): OwnerKind | undefined {
  if (mentionSentences(doc).has(sentence)) return 'named';
  // News about a public figure; a review reply answers its reviewer ("the one star" is no celebrity).
  if (doc.context !== 'review-reply' && publicSentences(doc).has(sentence)) return undefined;
  if (sentenceSinglesOut(doc, sentence)) return 'person';
  const words = sentenceWordsOf(doc, sentence);
  const identifiable = addresseeIdentifiable(doc);
  // "If your son is still in pain": still about one person's son.
  if (identifiable && doc.context !== 'post' && words.some((w, i) => RELATION_WORDS.has(w.base) && YOU_POSSESSIVE.has(words[i - 1]?.lower ?? ''))) return 'you-sentence';
  if (!loose && words.some((w, i) => HYPOTHETICAL_CUES.has(w.lower) || (w.lower === 'you' && GROUP_BEFORE_YOU.has(words[i - 1]?.lower ?? '')))) return undefined;
  // "Today, after 3 fillings and a deep cleaning, she told us…": the patient named before.
  const first = firstWordOfSentence(doc, sentence);
  for (let k = 0; k < words.length; k++) {
    if (THIRD_PRONOUNS.has(words[k]!.lower) && pronounIsPatient(doc, first + k)) return 'third';
  }
  if (!identifiable) return undefined;
  // "Just take two Advil, you'll be fine": advice to anyone, not the person's history.
  if (sentenceGivesAdvice(doc, first) && !sentenceNarrates(doc, first)) return undefined;
  // "You can request a refill through the portal": what anyone may do.
  if (sentenceSaysWhatAnyoneMay(doc, sentence)) return undefined;
  // "We've updated our estimate forms to show the insurance portion": the practice's news to all.
  if (practiceChangeSentence(doc, sentence)) return undefined;
  if (words.some((w) => YOU_WORDS.has(w.lower))) return 'you-sentence';
  // A reply to someone that names back what they said ("Sending hugs, Lorraine. A broken tooth
  // before a wedding is the worst!"): the person is the one addressed.
  if (doc.context !== 'post' && speaksToSomeone(doc)) return 'you-doc';
  return undefined;
}


/** A question put to the person ("Which one for the biopsy callback?"). */
export function asks(doc: Doc, sentence: number): boolean {
  const span = doc.sentences[sentence]!;
  return doc.norm.slice(span.start, span.end).trimEnd().endsWith('?') && !rhetorical(doc, sentence);
}

/** "Did you know the first dental visit should be by age 1?": a question to everyone, which
 *  neither asks the person nor tells of anything that happened. */
function rhetorical(doc: Doc, sentence: number): boolean {
  const span = doc.sentences[sentence]!;
  return RHETORICAL_OPENING.test(doc.lower.slice(span.start, Math.min(span.end, span.start + 24)).trimStart());
}

const RHETORICAL_OPENING = /^(?:did you know|do you know|have you heard|ever wonder|ever wondered|did you ever|have you ever|guess what|who else|anyone else|quick question|fun fact)\b/;

/** Sentences that tell of something that happened, cached per sentence. */
const narratesCache = memoByDoc(() => new Map<number, boolean>());
export function narrates(doc: Doc, sentence: number): boolean {
  const cache = narratesCache(doc);
  let v = cache.get(sentence);
  if (v === undefined) cache.set(sentence, (v = !rhetorical(doc, sentence) && sentenceNarrates(doc, firstWordOfSentence(doc, sentence))));
  return v;
}


// Words that open a reaction to the person's news: "Glad the new retainer feels better", "So
// happy the swelling is down", "Hope the crown holds up".
const REACTIONS = new Set(['glad', 'happy', 'sorry', 'yay', 'congrats', 'congratulations', 'hope', 'hoping', 'thrilled', 'relieved', 'excited']);
const REACTION_LEAD_INS = new Set(['so', 'soo', 'sooo', 'very', 'really', 'we', "we're", 'were', 'im', "i'm", 'am', 'are', 'aw', 'aww', 'awww', 'oh', 'omg', 'and', 'just']);

/** Does the sentence open with a reaction to something of the person's? */
export function reacts(doc: Doc, sentence: number): boolean {
  const words = doc.words;
  let k = firstWordOfSentence(doc, sentence);
  for (let n = 0; n < 3 && words[k]?.sentence === sentence && REACTION_LEAD_INS.has(words[k]!.lower); n++) k++;
  return words[k]?.sentence === sentence && REACTIONS.has(words[k]!.lower);
}
