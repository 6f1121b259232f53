// Numbers found by the label before them ("member ID number is …", "S/N NG4417236H", "last
// four (6612)"), or stated later in the label's sentence or the next ("The one we have on file
// is 108 223 4419").
import type { Doc, Span, Word } from '../doc';
import { FILLERS, LABELS, PHONE_WORDS, SELF_MARKED_LABELS, STATING_WORDS, STRENGTHENERS, WEAK_LABELS } from './id-labels';
import type { IdHit } from './id-numbers';
import { collectNumber, looksLikeNumberStart } from './number-across-words';

/** Numbers that follow a label word, found word by word. */
export function labelledNumbers(doc: Doc): IdHit[] {
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

/** "Your member # is on the back of your card. The one we have on file is 108 223 4419.", "the
 *  claim # on the EOB: it reads 7702 1194 55": a label that no number follows, and a long number
 *  stated later in its sentence or in the next one. */
export function numbersAfterLabelSentence(doc: Doc): IdHit[] {
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
