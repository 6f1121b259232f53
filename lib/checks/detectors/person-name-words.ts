// What one word can be in a person's name: a listed given name or surname (with or without
// accents), a capitalised name-like word, a lower-case surname or initial after a title.
import type { Word } from '../doc';
import { COMMON_WORDS } from '../lexicons/common-words';
import { FIRST_NAMES } from '../lexicons/first-names';
import * as cues from '../lexicons/person-cues';
import { RELATION_WORDS } from '../lexicons/relations';
import { SURNAMES } from '../lexicons/surnames';

// Local bindings for the cue lists: the tests below run for every word, and a module namespace
// property (a getter once transpiled to CommonJS, as under tsx) costs more than a const.
const { DOCTOR_TITLES, FIRST_NAMES_OR_WORDS, PATIENT_TITLES, PERSONAL_THINGS } = cues;

/** "mrs. patel", "mr ruiz": a lower-case family name after a title, when it is on our list or no
 *  everyday word (letters only, at least two). */
export const isLowerSurname = (w: Word) => isSurname(w.base) || (!COMMON_WORDS.has(w.base) && LOWER_NAME.test(w.lower) && !FIRST_NAMES_OR_WORDS.has(w.base));
// Regexes used per word are module constants: a regex literal is a new RegExp object each time
// it is evaluated.
const LOWER_NAME = /^[a-z][a-z'-]+$/;
const DIGIT = /\d/;
/** "mrs k from the 9:40": one lower-case letter after a title is an initial (not "a", "i", "u"). */
export const isLowerInitial = (w: Word) => w.text.length === 1 && w.text >= 'b' && w.text <= 'z' && w.text !== 'i' && w.text !== 'u';
export const ownedThing = (w: Word) => RELATION_WORDS.has(w.base) || PERSONAL_THINGS.has(w.base);

/** Has a character outside ASCII. A loop, not a regex: it runs for most words of every text
 *  (every lower-case word that is no listed name), and a regex call costs several times more. */
function hasNonAscii(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return true;
  return false;
}
/** Without accents ("maría" → "maria"), so names written with or without them match the lists. */
const withoutAccents = (key: string) => key.normalize('NFD').replace(/\p{M}/gu, '');
export const isGivenName = (key: string) => FIRST_NAMES.has(key) || (hasNonAscii(key) && FIRST_NAMES.has(withoutAccents(key)));
export const isSurname = (key: string) => SURNAMES.has(key) || (hasNonAscii(key) && SURNAMES.has(withoutAccents(key)));

// `cap` already says the word starts with a cased letter. A contraction ("We're", "They'll") is
// a pronoun or verb with a capital, never a name ("O'Brien" keeps its apostrophe inside).
const CONTRACTION = /'(?:re|ve|ll|d|m|t)$/;
// Abbreviations written like initials: "U.S.", "P.M.", "E.R.", "I.D.".
export const NOT_INITIALS = new Set(
  'US UK EU UN AM PM PS DC LA NY ER OR ID MD DO RN NP PA BA BS MA MS PT OT DDS DMD RDH USA AKA ETA BC AD IV GP NB'.split(' '),
);
// Interjections, however many letters are drawn out: "Aw", "Awww", "Ohhh", "Yayyy", "Hahaha".
const INTERJECTION = /^(?:a+w+|a+h+|o+h+|o+o+h+|u+g+h+|w+o+w+|y+a+y+|w+o+o+(?:h+o+o+)?|h+a+(?:h+a+)*|h+e+(?:h+e+)*|l+o+l+|l+m+a+o+|o+m+g+|o+o+p+s+|y+i+k+e+s+|e+e+k+|m+m+h*|h+m+)$/;
export const isNameLike = (w: Word | undefined) =>
  !!w && w.cap && !COMMON_WORDS.has(w.base) && !DIGIT.test(w.lower) && !CONTRACTION.test(w.lower) && !INTERJECTION.test(w.lower) &&
  // ("Dear Mr. and Mrs. Lindqvist": a title is no name of its own)
  !PATIENT_TITLES.has(w.lower) && !DOCTOR_TITLES.has(w.lower);
