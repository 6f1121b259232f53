// Who is mentioned: person names found from name lists (US Census/SSA), titles ("Mrs. Patel"),
// context words ("little Emma", "pt Lorenzo F."), greetings in replies ("Hi Sunita,") and
// tags ("@Zainab Qureshi"). Each mention says whether it is staff or a public figure, because
// staff and public figures in the news are not patients. Word-based and linear: compromise's
// people() took 26 ms on 2,000 characters, this takes a few microseconds per word.
import type { Doc, Word } from '../doc';
import { COMMON_WORDS } from '../lexicons/common-words';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from '../lexicons/first-names';
import * as cues from '../lexicons/person-cues';
import { RELATION_WORDS } from '../lexicons/relations';
import { SURNAMES, WORD_SURNAMES } from '../lexicons/surnames';
import { staffNameParts } from '../profile';
import { memoByDoc } from './memo';
import { colleagueByContext, publicSentences } from './people-roles';

// Who is staff or a public figure is decided in people-roles.ts; callers still import it from here.
export { publicSentences } from './people-roles';

// Local bindings for the cue lists: the loop below reads them for every word, and a module
// namespace property (a getter once transpiled to CommonJS, as under tsx) costs more than a const.
const {
  AMBIGUOUS_PLACES, CONTEXT_CUES, DOCTOR_TITLES, FAMILY_NOUNS, FIRST_NAMES_OR_WORDS, GREETING_CUES,
  INITIAL_FOLLOWERS, LOWER_CASE_WORDS, LOWER_OK_TITLES, OPENING_VERBS, ORG_FOLLOWERS, PATIENT_TITLES,
  PERSONAL_THINGS, POINTING_WORDS, PET_DETERMINERS, PET_NOUNS, POSSESSIVE_NOT_PERSON, SAID_TO_FOLLOWERS,
  VOCATIVE_FOLLOWERS,
} = cues;

export type MentionKind = 'full' | 'title' | 'initial' | 'context' | 'greeting' | 'first' | 'doctor';

export interface PersonMention {
  start: number;
  end: number;
  /** Word indices, inclusive. */
  firstWord: number;
  lastWord: number;
  kind: MentionKind;
  /** A colleague (after a staff role word, in the profile's staff list, or a doctor). */
  staff: boolean;
  /** Named in a news or public-figure sentence ("pitcher", "reported"). */
  public: boolean;
  sentence: number;
}

/** "mrs. patel", "mr ruiz": a lower-case family name after a title, when it is on our list or no
 *  everyday word (letters only, at least two). */
const isLowerSurname = (w: Word) => isSurname(w.base) || (!COMMON_WORDS.has(w.base) && /^[a-z][a-z'-]+$/.test(w.lower) && !FIRST_NAMES_OR_WORDS.has(w.base));
/** "mrs k from the 9:40": one lower-case letter after a title is an initial (not "a", "i", "u"). */
const isLowerInitial = (w: Word) => w.text.length === 1 && w.text >= 'b' && w.text <= 'z' && w.text !== 'i' && w.text !== 'u';
const ownedThing = (w: Word) => RELATION_WORDS.has(w.base) || PERSONAL_THINGS.has(w.base);

const NON_ASCII = /[^\x00-\x7f]/;
/** Without accents ("maría" → "maria"), so names written with or without them match the lists. */
const withoutAccents = (key: string) => key.normalize('NFD').replace(/\p{M}/gu, '');
const isGivenName = (key: string) => FIRST_NAMES.has(key) || (NON_ASCII.test(key) && FIRST_NAMES.has(withoutAccents(key)));
const isSurname = (key: string) => SURNAMES.has(key) || (NON_ASCII.test(key) && SURNAMES.has(withoutAccents(key)));

// `cap` already says the word starts with a cased letter. A contraction ("We're", "They'll") is
// a pronoun or verb with a capital, never a name ("O'Brien" keeps its apostrophe inside).
const CONTRACTION = /'(?:re|ve|ll|d|m|t)$/;
// Abbreviations written like initials: "U.S.", "P.M.", "E.R.", "I.D.".
const NOT_INITIALS = new Set(
  'US UK EU UN AM PM PS DC LA NY ER OR ID MD DO RN NP PA BA BS MA MS PT OT DDS DMD RDH USA AKA ETA BC AD IV GP NB'.split(' '),
);
// Interjections, however many letters are drawn out: "Aw", "Awww", "Ohhh", "Yayyy", "Hahaha".
const INTERJECTION = /^(?:a+w+|a+h+|o+h+|o+o+h+|u+g+h+|w+o+w+|y+a+y+|w+o+o+(?:h+o+o+)?|h+a+(?:h+a+)*|h+e+(?:h+e+)*|l+o+l+|l+m+a+o+|o+m+g+|o+o+p+s+|y+i+k+e+s+|e+e+k+|m+m+h*|h+m+)$/;
const isNameLike = (w: Word | undefined) =>
  !!w && w.cap && !COMMON_WORDS.has(w.base) && !/\d/.test(w.text) && !CONTRACTION.test(w.lower) && !INTERJECTION.test(w.lower) &&
  // ("Dear Mr. and Mrs. Lindqvist": a title is no name of its own)
  !PATIENT_TITLES.has(w.lower) && !DOCTOR_TITLES.has(w.lower);
// What follows a name said to someone at the start of a reply: "Connor, …", "Connor — thank you".
const OPENING_VOCATIVE_GAP = /^(?:,| ?- ?(?=\S))/;

export const findPeople = memoByDoc((doc: Doc): PersonMention[] => {
  const words = doc.words;
  const staffParts = staffNameParts(doc.profile);
  const practicePlaces = practicePlaceWords(doc.profile);
  const addressee = doc.context !== 'post';
  // Text written all in lower case ("congrats to maddie r on…"): its writer does not capitalise
  // names either, so a listed given name counts as one on its own.
  const lowerRegister = !words.some((w) => w.cap && w.text !== 'I');
  const mentions: PersonMention[] = [];
  const gapIs = (a: Word, b: Word, re: RegExp) => re.test(doc.norm.slice(a.end, b.start));
  const sameSentence = (a: Word, b: Word | undefined) => !!b && a.sentence === b.sentence;

  /** A capitalised word said to the person replied to: "…, Sam." at a sentence end, or "Sam," opening the reply. */
  const saidTo = (i: number): boolean => {
    if (!addressee) return false;
    const w = words[i]!;
    const prev = words[i - 1];
    if (i === 0) return /^,/.test(doc.norm.slice(w.end, w.end + 1));
    return !!prev && sameSentence(prev, w) && gapIs(prev, w, /^, $/) && /^(?:\s*[!.?,]|\s*$|\s+[^\s\w])/u.test(doc.norm.slice(w.end, w.end + 3));
  };

  /** "little Emma", "pt Lorenzo": a context word right before word i. A capitalised cue inside a
   *  sentence is part of a title ("under 'Patient Forms'"), and cues only a listed name there. */
  const cuedAt = (i: number): boolean => {
    const prev = words[i - 1];
    if (!prev || !CONTEXT_CUES.has(prev.lower) || !sameSentence(prev, words[i]!)) return false;
    const titleCase = prev.cap && words[i - 2]?.sentence === prev.sentence;
    return !titleCase || isGivenName(words[i]!.lower);
  };

  /** "That's Sam from the 2pm slot", "Is this Jordan from…": someone pointed out by name. */
  const pointedOut = (i: number): boolean => {
    const w = words[i]!;
    const next = words[i + 1];
    const p1 = words[i - 1];
    const p2 = words[i - 2];
    if (!next || next.lower !== 'from' || !sameSentence(w, next) || !p1 || !sameSentence(p1, w)) return false;
    if (POINTING_WORDS.has(p1.lower)) return true;
    return !!p2 && sameSentence(p2, p1) && (p1.lower === 'this' || p1.lower === 'that') && (p2.lower === 'is' || p2.lower === 'was');
  };

  /** After a lower-case initial: punctuation or a word that starts what is said of the person. */
  const afterInitial = (k: number): boolean => {
    const w = words[k]!;
    const next = words[k + 1];
    if (!next || !sameSentence(w, next)) return true;
    return !gapIs(w, next, /^ $/) || INITIAL_FOLLOWERS.has(next.lower);
  };

  /** A single capital letter followed by a full stop: "J." in "J.R.". */
  const isInitialAt = (k: number): boolean => {
    const w = words[k];
    return !!w && w.text.length === 1 && w.text >= 'A' && w.text <= 'Z' && doc.norm[w.end] === '.';
  };
  /** "JR" for "J.R.", to tell initials from abbreviations ("U.S.", "P.M."). */
  const initialsAt = (k: number): string => words[k]!.text + words[k + 1]!.text + (isInitialAt(k + 2) ? words[k + 2]!.text : '');

  /** Extend a name at word i over a surname or an initial that follows it. */
  const extend = (i: number): { last: number; kind: 'full' | 'initial' | null } => {
    const w = words[i]!;
    const next = words[i + 1];
    if (!next || !sameSentence(w, next) || !gapIs(w, next, /^[ \t]{1,3}$/)) return { last: i, kind: null };
    // "Lorenzo F." / "pt lorenzo f." — a first name and an initial
    if (next.text.length === 1 && /\p{L}/u.test(next.text) && (next.cap && next.text !== 'I' || doc.norm[next.end] === '.')) {
      return { last: i + 1, kind: 'initial' };
    }
    // "maddie r on her…": an initial in lower case, where nothing is capitalised
    if (lowerRegister && next.text.length === 1 && !'aiu'.includes(next.text) && /[a-z]/.test(next.text) && afterInitial(i + 1)) {
      return { last: i + 1, kind: 'initial' };
    }
    // "Hope Istanbul is treating you well", "Will Denver be…": a wish or a question opening
    // the sentence, not a name, unless a listed surname follows.
    if (OPENING_VERBS.has(w.lower) && (i === 0 || !sameSentence(words[i - 1]!, w)) && !isSurname(next.base)) return { last: i, kind: null };
    // Capitalised: any name-like word follows ("Dimitra Papadakis"); lower-case: only a
    // listed surname ("ramona villalobos"), since any word can follow a lower-case name.
    if (w.cap ? isNameLike(next) : isSurname(next.base) && !next.cap) return { last: i + 1, kind: 'full' };
    return { last: i, kind: null };
  };

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Most words are neither capitalised nor a listed name nor a title: skip them cheaply.
    if (!w.cap && !isGivenName(w.base) && !PATIENT_TITLES.has(w.lower) && !DOCTOR_TITLES.has(w.lower)) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    let mention: Omit<PersonMention, 'staff' | 'public' | 'sentence' | 'start' | 'end'> | undefined;

    // (A title's full stop may have been read as a sentence end: "Sgt. Miller".)
    if (prev && sameSentence(prev, w) && (prev.lower === 'initials' || prev.lower === 'initial') && /^[A-Z]{1,3}$/.test(w.text)) {
      // "initials K.T.", "initials KT": a person named by initials
      let last = i;
      while (words[last + 1] && sameSentence(words[last]!, words[last + 1]) && /^[A-Z]$/.test(words[last + 1]!.text) && gapIs(words[last]!, words[last + 1]!, /^\.? ?$/)) last++;
      mention = { firstWord: i, lastWord: last, kind: 'initial' };
    } else if (isInitialAt(i) && next && isInitialAt(i + 1) && sameSentence(w, next) && !NOT_INITIALS.has(initialsAt(i)) &&
      !(prev && isInitialAt(i - 1) && gapIs(prev, w, /^\.$/))) {
      // "J.R. from the 3:30", "K.T.": a person named by initials with full stops
      mention = { firstWord: i, lastWord: isInitialAt(i + 2) && sameSentence(next, words[i + 2]) ? i + 2 : i + 1, kind: 'initial' };
    } else if (w.text.length === 1 && w.text >= 'A' && w.text <= 'Z' && doc.norm[w.end] === '.' && next && gapIs(w, next, /^\. $/) &&
      next.cap && isSurname(next.base) && !WORD_SURNAMES.has(next.base)) {
      // "J. Alvarez", "S. Patel": an initial and a listed family name
      mention = { firstWord: i, lastWord: i + 1, kind: 'full' };
    } else if (doc.norm.charCodeAt(w.start - 1) === 64 /* @ */) {
      // A handle ("@OregonDental thanks", "@Maria") is the url rule's to judge; only a tag
      // followed by a display name names a person here: "@Zainab Qureshi".
      if (!(isNameLike(w) && next && sameSentence(w, next) && gapIs(w, next, /^ $/) && isNameLike(next))) continue;
      mention = { firstWord: i, lastWord: i + 1, kind: 'full' };
    } else if ((PATIENT_TITLES.has(w.lower) || DOCTOR_TITLES.has(w.lower)) && next && (sameSentence(w, next) || gapIs(w, next, /^\. $/)) &&
      (next.cap || (LOWER_OK_TITLES.has(w.lower) && (isLowerSurname(next) || isLowerInitial(next)))) && gapIs(w, next, /^\.?[ \t]{1,3}$/) &&
      (!COMMON_WORDS.has(next.base) || (next.cap && isSurname(next.base) && !DOCTOR_TITLES.has(w.lower)))) {
      // ("Mr. Park", "Mrs. King": a family name that is also an everyday word, after a title)
      // "Mrs. Patel", "Mrs. Q", "Dr. Samuel Greene"
      let last = i + 1;
      const after = words[i + 2];
      if (after && sameSentence(next, after) && gapIs(next, after, /^\.?[ \t]{1,3}$/) && isNameLike(after)) last = i + 2;
      mention = { firstWord: i, lastWord: last, kind: DOCTOR_TITLES.has(w.lower) ? 'doctor' : 'title' };
    } else if (isPlaceName(doc, w) || (practicePlaces.has(w.lower) && !extend(i).kind) || isShouted(w, next) || (next?.cap && ORG_FOLLOWERS.has(next.lower) && next.sentence === w.sentence)) {
      continue;
    } else if (w.lower === w.base && (isGivenName(w.lower) || (cuedAt(i) && isNameLike(w)))) {
      const ambiguous = AMBIGUOUS_FIRST_NAMES.has(w.lower);
      const cued = cuedAt(i);
      // "Hi maria", or a reply that opens with the name: "jackie, we got…", "jackie we got…"
      const greeted = addressee && ((!!prev && sameSentence(prev, w) && GREETING_CUES.has(prev.lower)) ||
        (i === 0 && !!next && (gapIs(w, next, OPENING_VOCATIVE_GAP) || (gapIs(w, next, /^ $/) && VOCATIVE_FOLLOWERS.has(next.lower)))));
      const { last, kind } = extend(i);
      if (!w.cap && ambiguous) continue; // "will love", "may young": words, not names
      // a lower-case word with no surname is no name, unless the whole text is in lower case
      if (!w.cap && !kind && !cued && !greeted && !(lowerRegister && w.lower.length >= 4 && !LOWER_CASE_WORDS.has(w.lower))) continue;
      // "Will", "Grace" alone are words, unless said to someone: "Thanks, Grace!", "so sorry, Sam."
      if (ambiguous && kind !== 'full' && !cued && !(w.cap && (greeted || saidTo(i) || pointedOut(i)))) continue;
      if (w.cap && !kind && !cued && !greeted && !isGivenName(w.lower)) continue;
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
      gapIs(prev, w, /^,?[ \t]{1,3}$/)) {
      // "Hi Jae-won," — a greeting names the person even when the name is not on our lists
      mention = { firstWord: i, lastWord: extend(i).last, kind: 'greeting' };
    } else if (!addressee && isNameLike(w) && isGivenName(w.lower) && next && (!prev || !sameSentence(prev, w)) && sameSentence(w, next) &&
      gapIs(w, next, /^, $/) && SAID_TO_FOLLOWERS.has(next.lower) && !AMBIGUOUS_PLACES.has(w.lower)) {
      // A post speaking to one person: "Grace, you were a rock star!"
      mention = { firstWord: i, lastWord: i, kind: 'greeting' };
    } else if (addressee && i === 0 && isNameLike(w) && (gapIs(w, next ?? w, OPENING_VOCATIVE_GAP) ||
      // ("Saw your TikTok", "Loved your post": an unlisted word before "you"/"your" is a verb)
      (!!next && gapIs(w, next, /^ $/) && VOCATIVE_FOLLOWERS.has(next.lower) && next.lower !== 'you' && next.lower !== 'your'))) {
      // A reply that opens with a name: "Beatriz, we went back…", "Maxine we're so sorry…"
      mention = { firstWord: i, lastWord: i, kind: 'greeting' };
    } else if (addressee && isNameLike(w) && prev && sameSentence(prev, w) && gapIs(prev, w, /^, $/) &&
      /^(?:\s*[!.?]|\s*$|\s+[^\s\w])/u.test(doc.norm.slice(w.end, w.end + 3))) {
      // A name said to the person at the end of a sentence: "See you Friday, Beth!"
      mention = { firstWord: i, lastWord: i, kind: 'greeting' };
    } else if (isNameLike(w) && next && next.cap && isSurname(next.base) && !WORD_SURNAMES.has(next.base) && sameSentence(w, next) && gapIs(w, next, /^ $/) &&
      !(words[i + 2]?.cap && ORG_FOLLOWERS.has(words[i + 2]!.lower) && gapIs(next, words[i + 2]!, /^ $/))) {
      // "Wen Zhao", "Kanoa Kahale": a given name not on our lists, followed by a listed surname
      mention = { firstWord: i, lastWord: i + 1, kind: 'full' };
    } else if (isNameLike(w) && next && prev?.lower === 'the' && sameSentence(w, next) &&
      (FAMILY_NOUNS.has(next.lower) || (gapIs(w, next, /^-$/) && isNameLike(next) && FAMILY_NOUNS.has(words[i + 2]?.lower ?? '') && sameSentence(next, words[i + 2])))) {
      // "the Nakamura kids", "the Abernathy-Cho crew": a family named by its surname
      const last = FAMILY_NOUNS.has(next.lower) ? i + 1 : i + 2;
      mention = { firstWord: i, lastWord: last, kind: 'full' };
    }
    if (!mention) continue;
    if (namesAPet(words, mention.firstWord, mention.lastWord)) continue;
    // "Sunny Meadows Elementary", "Rosa Parks Middle School": a name that starts a place's name
    const following = words[mention.lastWord + 1];
    if (following?.cap && ORG_FOLLOWERS.has(following.lower) && sameSentence(words[mention.lastWord]!, following) &&
      gapIs(words[mention.lastWord]!, following, /^ $/)) continue;

    // "Mrs. O'Neil-Baptiste", "Mr. Nguyen-Tran": the rest of a hyphenated family name
    while (mention.kind !== 'initial' && words[mention.lastWord + 1]?.cap && gapIs(words[mention.lastWord]!, words[mention.lastWord + 1]!, /^-$/) &&
      sameSentence(words[mention.lastWord]!, words[mention.lastWord + 1]) && isNameLike(words[mention.lastWord + 1])) mention.lastWord++;
    const first = words[mention.firstWord]!;
    const lastW = words[mention.lastWord]!;
    const end = lastW.start + lastW.base.length;
    const nameParts = words.slice(mention.firstWord, mention.lastWord + 1).map((x) => x.base);
    const staff =
      mention.kind === 'doctor' ||
      colleagueByContext(doc, mention.firstWord, mention.kind === 'title' || mention.kind === 'context') ||
      // ("Sofia Reyes" is not our Sofia Marchetti: a family name given must be a colleague's too)
      (mention.kind === 'full' && nameParts.length >= 2 && !FAMILY_NOUNS.has(nameParts[nameParts.length - 1]!)
        ? staffParts.has(nameParts[nameParts.length - 1]!)
        : nameParts.some((p) => staffParts.has(p)));
    const isPublic = publicSentences(doc).has(first.sentence);
    mentions.push({
      start: first.start,
      end,
      firstWord: mention.firstWord,
      lastWord: mention.lastWord,
      kind: mention.kind,
      staff,
      public: isPublic,
      sentence: first.sentence,
    });
    i = mention.lastWord;
  }
  // "Our hygienists Sofia, Jen and Marisol": names listed after a colleague are colleagues too.
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (a.staff && !b.staff && a.sentence === b.sentence && /^(?:(?:,? and |, ?|,? & )[A-Z][a-z'-]{1,20}){0,4}(?:,? and |, ?|,? & )$/.test(doc.norm.slice(a.end, b.start))) b.staff = true;
  }
  // "Our hygienist Maria … Happy birthday Maria!": a given name a colleague bears is the colleague's.
  const staffFirstNames = new Set(mentions.filter((m) => m.staff && (m.kind === 'first' || m.kind === 'full' || m.kind === 'greeting')).map((m) => words[m.firstWord]!.base));
  if (staffFirstNames.size > 0) {
    for (const m of mentions) if ((m.kind === 'first' || m.kind === 'greeting') && staffFirstNames.has(words[m.firstWord]!.base)) m.staff = true;
  }
  // "Congratulations to Noor Hassan … Dr. Hassan": a name that a doctor also bears is staff.
  const doctorNames = new Set(mentions.filter((m) => m.kind === 'doctor').map((m) => words[m.lastWord]!.base));
  if (doctorNames.size > 0) {
    for (const m of mentions) if (doctorNames.has(words[m.lastWord]!.base)) m.staff = true;
  }
  return mentions;
});

/** "Stella the therapy dog", "our office pup Biscuit", "my dog Max": an animal's name. */
function namesAPet(words: readonly Word[], first: number, last: number): boolean {
  const s = words[first]!.sentence;
  for (let k = first - 1; k >= 0 && k >= first - 2 && words[k]!.sentence === s; k--) if (PET_NOUNS.has(words[k]!.base)) return true;
  const det = words[last + 1];
  if (!det || det.sentence !== s || !PET_DETERMINERS.has(det.lower)) return false;
  for (let k = last + 2; k < words.length && k <= last + 4 && words[k]!.sentence === s; k++) if (PET_NOUNS.has(words[k]!.base)) return true;
  return false;
}

const placeWordsCache = new WeakMap<object, ReadonlySet<string>>();
/** Words of the practice's own addresses ("Eugene", "Cedar"): its town is a place, not a person. */
function practicePlaceWords(profile: Doc['profile']): ReadonlySet<string> {
  let set = placeWordsCache.get(profile);
  if (!set) {
    set = new Set((profile.addresses ?? []).flatMap((a) => a.toLowerCase().split(/[^a-z'-]+/)).filter((w) => w.length >= 3));
    placeWordsCache.set(profile, set);
  }
  return set;
}

/** "Eugene, OR", "Austin, TX": a city that is also a first name. */
function isPlaceName(doc: Doc, w: Word): boolean {
  return /^, ?[A-Z]{2}\b/.test(doc.norm.slice(w.end, w.end + 4));
}

/** "JADA", "EMMA" in capitals: an acronym or shouting, not a name, unless a surname in capitals follows. */
function isShouted(w: Word, next: Word | undefined): boolean {
  // ("ADA's": the possessive ending does not make an acronym a name)
  const text = w.lower === w.base ? w.text : w.text.slice(0, w.base.length);
  return text.length > 1 && text === text.toUpperCase() && !(next && next.text.length > 1 && next.text === next.text.toUpperCase() && next.sentence === w.sentence);
}

/** Patients: mentions that are neither staff nor public figures. */
export const findPatientMentions = memoByDoc((doc: Doc) => findPeople(doc).filter((m) => !m.staff && !m.public));

/** Index of the first word of each sentence (words are in order, so a sentence is a range). */
const sentenceFirstWord = memoByDoc((doc: Doc) => {
  const first = new Int32Array(doc.sentences.length + 1).fill(-1);
  const words = doc.words;
  for (let i = words.length - 1; i >= 0; i--) first[words[i]!.sentence] = i;
  first[doc.sentences.length] = words.length;
  for (let s = doc.sentences.length - 1; s >= 0; s--) if (first[s] === -1) first[s] = first[s + 1]!;
  return first;
});

export function sentenceWordsOf(doc: Doc, sentence: number): readonly Word[] {
  const first = sentenceFirstWord(doc);
  if (sentence < 0 || sentence >= first.length - 1) return [];
  return doc.words.slice(first[sentence]!, first[sentence + 1]!);
}
