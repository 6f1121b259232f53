// Which kind of person mention, if any, starts at one word: initials ("J.R.", "initials KT"), a
// title and family name ("Mrs. Patel"), a tag with a display name, a given name (cued, greeted,
// extended over a surname), a possessive before a relative ("Luca's mom"), a name said to the
// reader, a given name before a listed surname, or a family ("the Nakamura kids").
import { COMMON_WORDS } from '../lexicons/common-words';
import { AMBIGUOUS_FIRST_NAMES } from '../lexicons/first-names';
import * as cues from '../lexicons/person-cues';
import { RELATION_WORDS } from '../lexicons/relations';
import { WORD_SURNAMES } from '../lexicons/surnames';
import type { Doc } from '../doc';
import { isPastForm } from '../lexicons/care-verbs';
import { findHealthTerms } from './care-terms';
import { memoByDoc } from './memo';
import { isPlaceName, isShouted } from './name-lookalikes';
import { sameSentence, type NameScan } from './name-scan';
import type { PersonMention } from './people';
import { isGivenName, isLowerInitial, isLowerSurname, isNameLike, isSurname, NOT_INITIALS, ownedThing } from './person-name-words';

// Local bindings for the cue lists: read for every candidate word, and a module namespace
// property (a getter once transpiled to CommonJS, as under tsx) costs more than a const.
const {
  AMBIGUOUS_PLACES, DOCTOR_TITLES, FAMILY_NOUNS, GREETING_CUES, LOWER_CASE_WORDS, LOWER_OK_TITLES, ORG_FOLLOWERS,
  PATIENT_TITLES, POSSESSIVE_NOT_PERSON, SAID_TO_FOLLOWERS, VOCATIVE_FOLLOWERS,
} = cues;

// What follows a name said to someone at the start of a reply: "Connor, …", "Connor — thank you".
// (a dash with a space on either side, as an em dash is normalised: "Kiona — you really need…";
// not the hyphen inside "Jae-won")
const OPENING_VOCATIVE_GAP = /^(?:,| [-–—]| ?[-–—] )/;

const HIS_HER = new Set(['her', 'his']);
// "Our patient from Creswell drove 2 hours for her root canal": after these, a place.
const PLACE_PREPOSITIONS = new Set(['from', 'in', 'at', 'near', 'outside', 'around', 'into', 'across', 'toward', 'towards', 'via', 'between', 'visiting']);
// What follows a person named as a subject or an object: "Aiyana had", "Mere for getting",
// "Leo finally got" (not "Portland traffic").
const AFTER_A_NAMED_PERSON = new Set(['for', 'in', 'had', 'has', 'was', 'is', 'got', 'did', 'just', 'finally', 'really', 'still', 'and', 'after', 'through', 'during', 'with', "didn't", "wasn't", "isn't"]);

/** "her sealants", "his first filling" within eight words after word `i`, in its sentence. */
function theirCareFollows(scan: NameScan, i: number): boolean {
  const words = scan.words;
  const starts = healthTermStarts(scan.doc);
  const sentence = words[i]!.sentence;
  for (let k = i + 2; k <= i + 8 && words[k]?.sentence === sentence; k++) {
    if (!HIS_HER.has(words[k]!.lower)) continue;
    for (let t = k + 1; t <= k + 3 && words[t]?.sentence === sentence; t++) if (starts[t]) return true;
  }
  return false;
}

const healthTermStarts = memoByDoc((doc: Doc): Uint8Array => {
  const marks = new Uint8Array(doc.words.length);
  for (const m of findHealthTerms(doc)) marks[m.first] = 1;
  return marks;
});

export type MentionSpan = Pick<PersonMention, 'firstWord' | 'lastWord' | 'kind'>;

/** The mention that starts at word i, or undefined when none does. */
export function mentionAt(scan: NameScan, i: number): MentionSpan | undefined {
  const { doc, words, addressee, lowerRegister, practicePlaces } = scan;
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  let mention: MentionSpan | undefined;

  // (A title's full stop may have been read as a sentence end: "Sgt. Miller".)
  if (prev && sameSentence(prev, w) && (prev.lower === 'initials' || prev.lower === 'initial') && /^[A-Z]{1,3}$/.test(w.text)) {
    // "initials K.T.", "initials KT": a person named by initials
    let last = i;
    while (words[last + 1] && sameSentence(words[last]!, words[last + 1]) && /^[A-Z]$/.test(words[last + 1]!.text) && scan.gapIs(words[last]!, words[last + 1]!, /^\.? ?$/)) last++;
    mention = { firstWord: i, lastWord: last, kind: 'initial' };
  } else if (scan.isInitialAt(i) && next && scan.isInitialAt(i + 1) && sameSentence(w, next) && !NOT_INITIALS.has(scan.initialsAt(i)) &&
    !(prev && scan.isInitialAt(i - 1) && scan.gapIs(prev, w, /^\.$/))) {
    // "J.R. from the 3:30", "K.T.": a person named by initials with full stops
    mention = { firstWord: i, lastWord: scan.isInitialAt(i + 2) && sameSentence(next, words[i + 2]) ? i + 2 : i + 1, kind: 'initial' };
  } else if (w.text.length === 1 && w.text >= 'A' && w.text <= 'Z' && doc.norm[w.end] === '.' && next && scan.gapIs(w, next, /^\. $/) &&
    next.cap && isSurname(next.base) && !WORD_SURNAMES.has(next.base)) {
    // "J. Alvarez", "S. Patel": an initial and a listed family name
    mention = { firstWord: i, lastWord: i + 1, kind: 'full' };
  } else if (doc.norm.charCodeAt(w.start - 1) === 64 /* @ */) {
    // A handle ("@OregonDental thanks", "@Maria") is the url rule's to judge; only a tag
    // followed by a display name names a person here: "@Zainab Qureshi".
    if (!(isNameLike(w) && next && sameSentence(w, next) && scan.gapIs(w, next, /^ $/) && isNameLike(next))) return undefined;
    mention = { firstWord: i, lastWord: i + 1, kind: 'full' };
  } else if ((PATIENT_TITLES.has(w.lower) || DOCTOR_TITLES.has(w.lower)) && next && (sameSentence(w, next) || scan.gapIs(w, next, /^\. $/)) &&
    (next.cap || (LOWER_OK_TITLES.has(w.lower) && (isLowerSurname(next) || isLowerInitial(next)))) && scan.gapIs(w, next, /^\.?[ \t]{1,3}$/) &&
    (!COMMON_WORDS.has(next.base) || (next.cap && isSurname(next.base) && !DOCTOR_TITLES.has(w.lower)))) {
    // ("Mr. Park", "Mrs. King": a family name that is also an everyday word, after a title)
    // "Mrs. Patel", "Mrs. Q", "Dr. Samuel Greene"
    let last = i + 1;
    const after = words[i + 2];
    if (after && sameSentence(next, after) && scan.gapIs(next, after, /^\.?[ \t]{1,3}$/) && isNameLike(after)) last = i + 2;
    mention = { firstWord: i, lastWord: last, kind: DOCTOR_TITLES.has(w.lower) ? 'doctor' : 'title' };
  } else if (isPlaceName(doc, w) || (practicePlaces.has(w.lower) && !scan.extend(i).kind) || isShouted(w, next) || (next?.cap && ORG_FOLLOWERS.has(next.lower) && next.sentence === w.sentence)) {
    return undefined;
  } else if (w.lower === w.base && (isGivenName(w.lower) || (scan.cuedAt(i) && isNameLike(w)))) {
    const ambiguous = AMBIGUOUS_FIRST_NAMES.has(w.lower);
    const cued = scan.cuedAt(i);
    // "Hi maria", or a reply that opens with the name: "jackie, we got…", "jackie we got…"
    const greeted = addressee && ((!!prev && sameSentence(prev, w) && GREETING_CUES.has(prev.lower)) ||
      (i === 0 && !!next && (scan.gapIs(w, next, OPENING_VOCATIVE_GAP) || (scan.gapIs(w, next, /^ $/) && VOCATIVE_FOLLOWERS.has(next.lower)))));
    const { last, kind } = scan.extend(i);
    if (!w.cap && ambiguous) return undefined; // "will love", "may young": words, not names
    // a lower-case word with no surname is no name, unless the whole text is in lower case
    if (!w.cap && !kind && !cued && !greeted && !(lowerRegister && w.lower.length >= 4 && !LOWER_CASE_WORDS.has(w.lower))) return undefined;
    // "Will", "Grace" alone are words, unless said to someone: "Thanks, Grace!", "so sorry, Sam."
    if (ambiguous && kind !== 'full' && !cued && !(w.cap && (greeted || scan.saidTo(i) || scan.pointedOut(i)))) return undefined;
    if (w.cap && !kind && !cued && !greeted && !isGivenName(w.lower)) return undefined;
    mention = { firstWord: i, lastWord: last, kind: kind ?? (cued ? 'context' : greeted ? 'greeting' : 'first') };
  } else if (isGivenName(w.base) && w.cap && w.lower !== w.base && !AMBIGUOUS_FIRST_NAMES.has(w.base)) {
    // "Emma's" — a possessive first name
    mention = { firstWord: i, lastWord: i, kind: 'first' };
  } else if (!w.cap && w.lower !== w.base && isGivenName(w.base) && !AMBIGUOUS_FIRST_NAMES.has(w.base) && next &&
    sameSentence(w, next) && RELATION_WORDS.has(next.base)) {
    // "theo's mom": a lower-case name owning a relative
    mention = { firstWord: i, lastWord: i, kind: 'first' };
  } else if (w.cap && w.lower !== w.base && isNameLike(w) && !RELATION_WORDS.has(w.base) && !POSSESSIVE_NOT_PERSON.has(next?.lower ?? '') &&
    !(prev && sameSentence(prev, w) && (prev.cap || PATIENT_TITLES.has(prev.lower) || DOCTOR_TITLES.has(prev.lower))) &&
    next && sameSentence(w, next) && (ownedThing(next) || (!!words[i + 2] && sameSentence(next, words[i + 2]) && !next.cap && ownedThing(words[i + 2]!)))) {
    // "Luca's mom", "Ama's GoFundMe", "Grace's emergency root canal": a capitalised possessive
    // before a relative or a personal record (one word may come between) names a person,
    // listed or not
    mention = { firstWord: i, lastWord: i, kind: 'first' };
  } else if (addressee && isNameLike(w) && prev && sameSentence(prev, w) && GREETING_CUES.has(prev.lower) &&
    scan.gapIs(prev, w, /^,?[ \t]{1,3}$/)) {
    // "Hi Jae-won," — a greeting names the person even when the name is not on our lists
    mention = { firstWord: i, lastWord: scan.extend(i).last, kind: 'greeting' };
  } else if (!addressee && isNameLike(w) && isGivenName(w.lower) && next && (!prev || !sameSentence(prev, w)) && sameSentence(w, next) &&
    scan.gapIs(w, next, /^, $/) && SAID_TO_FOLLOWERS.has(next.lower) && !AMBIGUOUS_PLACES.has(w.lower)) {
    // A post speaking to one person: "Grace, you were a rock star!"
    mention = { firstWord: i, lastWord: i, kind: 'greeting' };
  } else if (addressee && i === 0 && isNameLike(w) && (scan.gapIs(w, next ?? w, OPENING_VOCATIVE_GAP) ||
    // ("Saw your TikTok", "Loved your post": an unlisted word before "you"/"your" is a verb)
    (!!next && scan.gapIs(w, next, /^ $/) && VOCATIVE_FOLLOWERS.has(next.lower) && next.lower !== 'you' && next.lower !== 'your'))) {
    // A reply that opens with a name: "Beatriz, we went back…", "Maxine we're so sorry…"
    mention = { firstWord: i, lastWord: i, kind: 'greeting' };
  } else if (addressee && isNameLike(w) && prev && sameSentence(prev, w) && scan.gapIs(prev, w, /^, $/) &&
    /^(?:\s*[!.?]|\s*$|\s+[^\s\w])/u.test(doc.norm.slice(w.end, w.end + 3))) {
    // A name said to the person at the end of a sentence: "See you Friday, Beth!"
    mention = { firstWord: i, lastWord: i, kind: 'greeting' };
  } else if (isNameLike(w) && next && next.cap && isSurname(next.base) && !WORD_SURNAMES.has(next.base) && sameSentence(w, next) && scan.gapIs(w, next, /^ $/) &&
    !(words[i + 2]?.cap && ORG_FOLLOWERS.has(words[i + 2]!.lower) && scan.gapIs(next, words[i + 2]!, /^ $/))) {
    // "Wen Zhao", "Kanoa Kahale": a given name not on our lists, followed by a listed surname
    mention = { firstWord: i, lastWord: i + 1, kind: 'full' };
  } else if (isNameLike(w) && next && prev?.lower === 'the' && sameSentence(w, next) &&
    (FAMILY_NOUNS.has(next.lower) || (scan.gapIs(w, next, /^-$/) && isNameLike(next) && FAMILY_NOUNS.has(words[i + 2]?.lower ?? '') && sameSentence(next, words[i + 2])))) {
    // "the Nakamura kids", "the Abernathy-Cho crew": a family named by its surname
    const last = FAMILY_NOUNS.has(next.lower) ? i + 1 : i + 2;
    mention = { firstWord: i, lastWord: last, kind: 'full' };  } else if (w.lower === w.base && isNameLike(w) && prev && sameSentence(prev, w) && !prev.cap && next && sameSentence(w, next) && !next.cap &&
    scan.gapIs(w, next, /^ $/) && scan.gapIs(prev, w, /^ $/) && !AMBIGUOUS_PLACES.has(w.lower) && !PLACE_PREPOSITIONS.has(prev.lower) &&
    (AFTER_A_NAMED_PERSON.has(next.lower) || isPastForm(next.lower)) && theirCareFollows(scan, i)) {
    // "sorry Aiyana had such a hard time with her sealants", "proud of Mere for getting
    // through her first filling": a capitalised word inside a sentence whose "her"/"his" care
    // follows is the person the care belongs to, listed or not
    mention = { firstWord: i, lastWord: i, kind: 'first' };
  }
  return mention;
}
