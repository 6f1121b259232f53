// Numbers that identify one person: Social Security, medical record, member, policy, group,
// subscriber, account, claim, licence, plate, device serial numbers and the like. Their shapes
// vary by payer and state, so apart from the SSN (found by its shape too) they are found by the
// words that label them: a label word ("MRN", "member", "serial", "plate"), a few filler words
// ("ID", "number", "is", "ending in", "#") and then the number itself, in any disguise: dashes,
// dots, spaces between single digits, letters mixed in, digits spelled out ("zero seven eight").
import type { Doc, Span, Word } from '../doc';
import { memoByDoc } from './memo';
import { runPatternDetector, type PatternDetector } from './pattern';
import { spelledDigitCount } from './spelled-digits';

export type IdKind = 'ssn' | 'labelled' | 'card';

export interface IdHit extends Span {
  kind: IdKind;
}

// Words that label an identifier. Keyed by the word; the number may follow a few filler words.
const LABELS = new Set(
  `ssn ss ssa social mrn chart record member subscriber policy group grp account acct acc claim license licence dl lic
  plate tag serial sn s/n device rec imei vin udi lot id ids identifier medicare medicaid mbi hicn rx prescription invoice
  inv tracking authorization auth preauth preauthorization precert reference ref confirmation conf case ticket passport
  itin tin ein card visa mastercard amex discover hsa fsa carecredit routing insurance beneficiary enrollee patient
  checking savings check cheque`.split(/\s+/),
);
// Labels too common to stand alone: they need "number", "#", "ID" or a colon between them and the number.
const WEAK_LABELS = new Set(['record', 'rec', 'tag', 'lot', 'case', 'checking', 'savings', 'check', 'cheque', 'ticket', 'patient', 'insurance', 'reference', 'card', 'visa', 'discover', 'chart']);
// Words between a label and its number ("member ID number is", "card ending in", "last four of your social are").
const FILLERS = new Set(
  `number numbers no num nbr nos id is was are were of ending ends end in with last four 4 digits digit on file the your his her their
  its it's still as security plate license licence card account policy member subscriber group claim serial code
  pre authorization auth prior medical driver's drivers state identification ins insurance health plan dental vision
  new old correct right listed shows showing reads says i d`.split(/\s+/),
);
// Fillers that make a weak label strong ("record number", "card #", "group ID").
const STRENGTHENERS = new Set(['number', 'no', 'num', 'nbr', 'id', 'ending', 'ends', '#']);

const SSN_AFTER = /^[^.!?\n]{0,22}\b(?:ssn|social|ss#|ss #)/;

const SSN_DETECTOR: PatternDetector = {
  minScore: 0.4,
  context: ['ssn', 'social security', 'social', 'ss#', 'ss #', 'tax id', 'tin', 'itin'],
  contextWindow: 50,
  contextBoost: 0.5,
  patterns: [
    { name: 'ssn-dashed', score: 0.6, regex: /\b\d{3}-\d{2}-\d{4}\b(?!-\d)/g },
    { name: 'ssn-spaced', score: 0.4, regex: /\b\d{3}(?: ?[-./_] ?| {1,2})\d{2}(?: ?[-./_] ?| {1,2})\d{4}\b(?![ .-]?\d)/g },
    { name: 'ssn-bare', score: 0.1, regex: /\b\d{9}\b/g },
    // masked but for the last four: "***-**-4471", "XXX-XX-4471"
    { name: 'ssn-masked', score: 0.6, regex: /(?:\*{3}|\b[xX]{3})[- ]?(?:\*{2}|[xX]{2})[- ]?\d{4}\b/g },
    // each digit of a group spaced apart, groups split by a dash: "5 1 2-44-0981", "5 1 2 - 4 4 - 0 9 8 1"
    { name: 'ssn-digit-spaced', score: 0.4, regex: /\b\d(?: \d){2} ?- ?\d ?\d ?- ?\d(?: ?\d){3}\b(?![ .-]?\d)/g },
  ],
  // SSA never issues area 000, 666 or 900–999, group 00 or serial 0000; all-same digits and the
  // textbook 123-45-6789 are placeholders.
  invalidate(match) {
    const d = match.replace(/\D/g, '');
    if (d.length === 4) return d === '0000'; // masked but for the last four
    const area = d.slice(0, 3);
    return area === '000' || area === '666' || area[0] === '9' || d.slice(3, 5) === '00' || d.slice(5) === '0000' ||
      /^(\d)\1{8}$/.test(d) || d === '123456789';
  },
};

// Card numbers: 13–19 digits that pass the Luhn checksum.
const CARD_DETECTOR: PatternDetector = {
  minScore: 0,
  patterns: [{ name: 'card', score: 1, regex: /\b(?:\d[ -]?){12,18}\d\b/g }],
  validate: (match) => luhn(match.replace(/\D/g, '')),
};

// Words before "#123456" that number things: orders, parts, models, issues, routes.
const THING_NUMBER_WORDS = /\b(?:order|orders|po|item|sku|model|part|episode|issue|version|batch|route|bus|flight|pr|bug|room|table)\s*$/;
// "#MM-55091827", "(#A-12345)": a number marked with # and letters, with no label word.
const HASH_ID = /(?:^|[\s(])(#[a-z]{0,4}-?\d{5,14})\b/gi;

export const findIdNumbers = memoByDoc((doc: Doc): IdHit[] => {
  const out: IdHit[] = [];
  for (const h of runPatternDetector(doc, SSN_DETECTOR)) {
    // "078 05 1120 for his social": the label may come after the number.
    if (h.score >= 0.5 || (h.score >= 0.4 && SSN_AFTER.test(doc.lower.slice(h.end, h.end + 30)))) out.push({ start: h.start, end: h.end, kind: 'ssn' });
  }
  for (const h of labelledNumbers(doc)) out.push(h);
  for (const h of numbersAfterLabelSentence(doc)) if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  for (const h of runPatternDetector(doc, CARD_DETECTOR)) out.push({ start: h.start, end: h.end, kind: 'card' });
  if (doc.norm.includes('#')) {
    HASH_ID.lastIndex = 0;
    for (let m = HASH_ID.exec(doc.norm); m; m = HASH_ID.exec(doc.norm)) {
      const start = m.index + m[0].indexOf(m[1]!);
      // "Order #48812 of toothbrushes", "route #41": a number of things, not of a person
      if (THING_NUMBER_WORDS.test(doc.lower.slice(Math.max(0, start - 12), start))) continue;
      out.push({ start, end: start + m[1]!.length, kind: 'labelled' });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
});

/** Numbers that follow a label word, found word by word. */
function labelledNumbers(doc: Doc): IdHit[] {
  const words = doc.words;
  const out: IdHit[] = [];
  let skipTo = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i < skipTo) continue;
    // "last four (6612)", "the last 4 are 1120": a part of some number, named as such.
    const lastFour = w.lower === 'last' && (words[i + 1]?.lower === 'four' || words[i + 1]?.lower === '4') && words[i + 1]!.sentence === w.sentence;
    // "S/N NG4417236H": the label written with a slash.
    const slashLabel = w.lower === 's' && words[i + 1]?.lower === 'n' && doc.norm.slice(w.end, words[i + 1]!.start) === '/';
    if (!LABELS.has(w.base) && !lastFour && !slashLabel) continue;
    const hit = numberAfterLabel(doc, words, lastFour || slashLabel ? i + 1 : i);
    if (!hit) continue;
    out.push({ start: hit.start, end: hit.end, kind: w.base === 'ssn' || w.base === 'social' || w.base === 'ss' ? 'ssn' : 'labelled' });
    skipTo = hit.lastWord + 1;
  }
  return out;
}

// Labels that name an identifier on their own, with no "number" or "#" after them.
const SELF_MARKED_LABELS = new Set(['vin', 'mrn', 'ssn', 'imei', 'udi', 'mbi', 'hicn', 'itin', 'ein', 'dl', 'npi', 'plate']);
// Words in the sentence after a label that show its number is a phone after all.
const PHONE_WORDS = new Set(['call', 'text', 'phone', 'cell', 'mobile', 'fax', 'tel', 'reach', 'line', 'desk', 'office', 'ext', 'dial']);
// Words right before the number that state it: "the one we have on file is 108 223 4419".
const STATING_WORDS = new Set(['is', 'are', 'was', 'reads', 'says', 'shows', 'listed', 'ends', 'still', "it's", 'its', "that's"]);

/** "Your member # is on the back of your card. The one we have on file is 108 223 4419.", "the
 *  claim # on the EOB: it reads 7702 1194 55": a label that no number follows, and a long number
 *  stated later in its sentence or in the next one. */
function numbersAfterLabelSentence(doc: Doc): IdHit[] {
  const words = doc.words;
  const out: IdHit[] = [];
  let labelSentence = -1;
  // Plates mix letters and few digits ("8-ABC-123"); other IDs are long runs of digits.
  let plate = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (LABELS.has(w.base) && !WEAK_LABELS.has(w.base)) {
      const next = words[i + 1];
      const marked = SELF_MARKED_LABELS.has(w.base) ||
        (!!next && next.sentence === w.sentence && (STRENGTHENERS.has(next.base) || doc.norm.slice(w.end, next.start).includes('#')));
      if (marked) {
        labelSentence = w.sentence;
        plate = w.base === 'plate';
      }
      continue;
    }
    if (labelSentence === -1 || !/\d/.test(w.lower)) continue;
    if (w.sentence > labelSentence + 1) {
      labelSentence = -1;
      continue;
    }
    const prev = words[i - 1];
    const stated = !!prev && prev.sentence === w.sentence && (STATING_WORDS.has(prev.lower) || /:\s*$/.test(doc.norm.slice(prev.end, w.start)));
    labelSentence = -1;
    if (!stated || sentenceHasPhoneWord(words, i)) continue;
    const hit = collectNumber(doc, words, i, w.sentence);
    const long = hit && (plate ? hit.digits >= 2 && doc.norm.slice(hit.start, hit.end).replace(/[^A-Za-z0-9]/g, '').length >= 5 : hit.digits >= 6);
    if (hit && long) out.push({ start: hit.start, end: hit.end, kind: 'labelled' });
  }
  return out;
}

function sentenceHasPhoneWord(words: readonly Word[], i: number): boolean {
  const s = words[i]!.sentence;
  for (let k = i - 1; k >= 0 && words[k]!.sentence === s; k--) if (PHONE_WORDS.has(words[k]!.lower)) return true;
  return false;
}

const GAP_LABEL = /^[\s:#.=\-/()]{0,4}$/; // between label, fillers and the number
const GAP_INSIDE = /^(?:[ \t]{1,2}|[ \t]?[-./][ \t]?|[-./]{1,2})$/; // inside a number: "0 0 7 - 4 4 1", "CLM-2024", "S/N"

/** The identifier after the label at word `i`, if one follows within a few words of the same sentence. */
function numberAfterLabel(doc: Doc, words: readonly Word[], i: number): (Span & { lastWord: number }) | undefined {
  const label = words[i]!;
  let sentence = label.sentence;
  let strong = !WEAK_LABELS.has(label.base);
  let k = i + 1;
  let prev = label;
  // Skip fillers: "member ID number is", "card ending in", "last four of your social are".
  for (let steps = 0; k < words.length && steps < 7; steps++, k++) {
    const w = words[k]!;
    const gap = doc.norm.slice(prev.end, w.start);
    // "Lic. # D1234567", "member I.D. is …": an abbreviation's full stop was read as a sentence end
    if (w.sentence === sentence + 1 && prev.text.length <= 4 && /^\. ?#? ?$/.test(gap)) sentence = w.sentence;
    if (w.sentence !== sentence || !GAP_LABEL.test(gap)) return undefined;
    if (gap.includes('#') || gap.includes(':')) strong = true;
    if (!FILLERS.has(w.base) || looksLikeNumberStart(doc, words, k)) break;
    if (STRENGTHENERS.has(w.base) || LABELS.has(w.base)) strong = true;
    prev = w;
  }
  if (k >= words.length || !strong) return undefined;
  const gap = doc.norm.slice(prev.end, words[k]!.start);
  if (words[k]!.sentence !== sentence || !GAP_LABEL.test(gap)) return undefined;
  if (gap.includes('#') || gap.includes(':')) strong = true;
  const hit = collectNumber(doc, words, k, sentence);
  if (!hit || hit.digits < 3) return undefined;
  const text = doc.norm.slice(hit.start, hit.end);
  // A year or a small count after a label is no identifier: "member since 2019", "group of 120".
  if (/^(?:19|20)\d\d$/.test(text) || /^\d{1,3}(?:,\d{3})*$/.test(text) && hit.digits < 4) return undefined;
  // A dose, weight or percentage: "Rx 500mg".
  if (/^\d+(?:[.,]\d+)?\s?(?:am|pm|mg|mcg|ml|g|kg|lbs?|oz|%)$/i.test(text)) return undefined;
  return hit;
}

/** The number starting at word k: words with digits (or spelled digits) and short capital
 *  prefixes ("OR DL", "PA", "CLM"), joined by spaces, dashes, dots or slashes. */
function collectNumber(doc: Doc, words: readonly Word[], k: number, sentence: number): (Span & { lastWord: number; digits: number }) | undefined {
  let digits = 0;
  let first = -1;
  let last = -1;
  for (let j = k; j < words.length && j < k + 24; j++) {
    const w = words[j]!;
    if (j > k) {
      const inner = doc.norm.slice(words[j - 1]!.end, w.start);
      // A comma only joins digits spelled as words: "zero seven eight, zero five, …".
      const spelledPair = /^, ?$/.test(inner) && /^[a-z]+$/.test(words[j - 1]!.lower) && /^[a-z]+$/.test(w.lower);
      if (w.sentence !== sentence || !(GAP_INSIDE.test(inner) || spelledPair)) break;
    }
    const d = countDigits(w);
    if (d > 0) {
      digits += d;
      if (first === -1) first = j;
      last = j;
      continue;
    }
    // A short code in capitals before or between digits: "OR DL 4829173", "MMT-1780 S/N NG44…".
    if (w.text.length <= 4 && w.text === w.text.toUpperCase() && /^[A-Za-z]+$/.test(w.text) && j + 1 < words.length) {
      if (first === -1) first = j;
      continue;
    }
    break;
  }
  if (first === -1 || last === -1) return undefined;
  return { start: words[first]!.start, end: words[last]!.end, lastWord: last, digits };
}

/** Digits a word stands for: numerals and letters mixed ("XJK449", "4ZT991") or spelled digits. */
function countDigits(w: Word): number {
  let n = 0;
  for (let c = 0; c < w.lower.length; c++) {
    const code = w.lower.charCodeAt(c);
    if (code >= 48 && code <= 57) n++;
  }
  if (n > 0) return n;
  const spelled = spelledDigitCount(w.lower);
  // "one" or "four" alone is a count, not part of a number; a run of them is ("zero seven eight").
  return spelled > 1 || (spelled === 1 && w.lower !== 'o' && w.lower !== 'oh') ? spelled : 0;
}

/** Does word k start the number itself ("four" in "ending four four seven one")? */
function looksLikeNumberStart(doc: Doc, words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (/\d/.test(w.lower)) return true;
  const next = words[k + 1];
  return spelledDigitCount(w.lower) > 0 && !!next && spelledDigitCount(next.lower) > 0 && next.sentence === w.sentence &&
    /^[\s,.-]{1,3}$/.test(doc.norm.slice(w.end, next.start)) && !(w.lower === 'four' && words[k - 1]?.lower === 'last');
}

function luhn(digits: string): boolean {
  if (digits.length < 13 || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
