// One document read for person names: what the scan knows of the whole text (is it a reply, is
// it written all in lower case, the practice's own place words) and the tests it makes around a
// word (said to someone, cued by a context word, pointed out, extended over a surname).
import type { Doc, Word } from '../doc';
import * as cues from '../lexicons/person-cues';
import { practicePlaceWords } from './name-lookalikes';
import { isGivenName, isNameLike, isSurname } from './person-name-words';

const { CONTEXT_CUES, INITIAL_FOLLOWERS, OPENING_VERBS, POINTING_WORDS } = cues;

export const sameSentence = (a: Word, b: Word | undefined) => !!b && a.sentence === b.sentence;

export class NameScan {
  readonly words: readonly Word[];
  readonly practicePlaces: ReadonlySet<string>;
  readonly addressee: boolean;
  /** Text written all in lower case ("congrats to maddie r on…"): its writer does not capitalise
   *  names either, so a listed given name counts as one on its own. */
  readonly lowerRegister: boolean;

  constructor(readonly doc: Doc) {
    this.words = doc.words;
    this.practicePlaces = practicePlaceWords(doc.profile);
    this.addressee = doc.context !== 'post';
    this.lowerRegister = !this.words.some((w) => w.cap && w.text !== 'I');
  }

  gapIs(a: Word, b: Word, re: RegExp): boolean {
    return re.test(this.doc.norm.slice(a.end, b.start));
  }

  /** A capitalised word said to the person replied to: "…, Sam." at a sentence end, or "Sam," opening the reply. */
  saidTo(i: number): boolean {
    if (!this.addressee) return false;
    const w = this.words[i]!;
    const prev = this.words[i - 1];
    if (i === 0) return /^,/.test(this.doc.norm.slice(w.end, w.end + 1));
    return !!prev && sameSentence(prev, w) && this.gapIs(prev, w, /^, $/) && /^(?:\s*[!.?,]|\s*$|\s+[^\s\w])/u.test(this.doc.norm.slice(w.end, w.end + 3));
  }

  /** "little Emma", "pt Lorenzo": a context word right before word i. A capitalised cue inside a
   *  sentence is part of a title ("under 'Patient Forms'"), and cues only a listed name there. */
  cuedAt(i: number): boolean {
    const words = this.words;
    const prev = words[i - 1];
    if (!prev || !CONTEXT_CUES.has(prev.lower) || !sameSentence(prev, words[i]!)) return false;
    const titleCase = prev.cap && words[i - 2]?.sentence === prev.sentence;
    return !titleCase || isGivenName(words[i]!.lower);
  }

  /** "That's Sam from the 2pm slot", "Is this Jordan from…": someone pointed out by name. */
  pointedOut(i: number): boolean {
    const words = this.words;
    const w = words[i]!;
    const next = words[i + 1];
    const p1 = words[i - 1];
    const p2 = words[i - 2];
    if (!next || next.lower !== 'from' || !sameSentence(w, next) || !p1 || !sameSentence(p1, w)) return false;
    if (POINTING_WORDS.has(p1.lower)) return true;
    return !!p2 && sameSentence(p2, p1) && (p1.lower === 'this' || p1.lower === 'that') && (p2.lower === 'is' || p2.lower === 'was');
  }

  /** After a lower-case initial: punctuation or a word that starts what is said of the person. */
  afterInitial(k: number): boolean {
    const w = this.words[k]!;
    const next = this.words[k + 1];
    if (!next || !sameSentence(w, next)) return true;
    return !this.gapIs(w, next, /^ $/) || INITIAL_FOLLOWERS.has(next.lower);
  }

  /** A single capital letter followed by a full stop: "J." in "J.R.". */
  isInitialAt(k: number): boolean {
    const w = this.words[k];
    return !!w && w.text.length === 1 && w.text >= 'A' && w.text <= 'Z' && this.doc.norm[w.end] === '.';
  }

  /** "JR" for "J.R.", to tell initials from abbreviations ("U.S.", "P.M."). */
  initialsAt(k: number): string {
    const words = this.words;
    return words[k]!.text + words[k + 1]!.text + (this.isInitialAt(k + 2) ? words[k + 2]!.text : '');
  }

  /** Extend a name at word i over a surname or an initial that follows it. */
  extend(i: number): { last: number; kind: 'full' | 'initial' | null } {
    const words = this.words;
    const doc = this.doc;
    const w = words[i]!;
    const next = words[i + 1];
    if (!next || !sameSentence(w, next) || !this.gapIs(w, next, /^[ \t]{1,3}$/)) return { last: i, kind: null };
    // "Lorenzo F." / "pt lorenzo f." — a first name and an initial
    if (next.text.length === 1 && /\p{L}/u.test(next.text) && (next.cap && next.text !== 'I' || doc.norm[next.end] === '.')) {
      return { last: i + 1, kind: 'initial' };
    }
    // "maddie r on her…": an initial in lower case, where nothing is capitalised
    if (this.lowerRegister && next.text.length === 1 && !'aiu'.includes(next.text) && /[a-z]/.test(next.text) && this.afterInitial(i + 1)) {
      return { last: i + 1, kind: 'initial' };
    }
    // "Hope Istanbul is treating you well", "Will Denver be…": a wish or a question opening
    // the sentence, not a name, unless a listed surname follows.
    if (OPENING_VERBS.has(w.lower) && (i === 0 || !sameSentence(words[i - 1]!, w)) && !isSurname(next.base)) return { last: i, kind: null };
    // Capitalised: any name-like word follows ("Dimitra Papadakis"); lower-case: only a
    // listed surname ("ramona villalobos"), since any word can follow a lower-case name.
    if (w.cap ? isNameLike(next) : isSurname(next.base) && !next.cap) return { last: i + 1, kind: 'full' };
    return { last: i, kind: null };
  }
}
