// The normalised text every rule reads: invisible characters removed, look-alikes folded to
// ASCII (fold-chars.ts), lower-cased in step, with a map back to the original (offset-map.ts).
import { INVISIBLE, astralDigitOf, foldChar, isLetterAt, isRaisedOrLoweredDigit } from './fold-chars';
import { OffsetMap } from './offset-map';

export interface Normalised {
  readonly norm: string;
  /** `norm` lower-cased, same length as `norm`. */
  readonly lower: string;
  readonly map: OffsetMap;
}

// Characters normalise may change: invisible ones, look-alikes to fold, surrogates to check, the
// keycap mark (U+20E3). Text without any of them (most posts) is used as is, with no
// per-character work or allocation.
const SPECIAL =
  /[\u00A0\u00AD\u00B2\u00B3\u00B9\u02BC\u0660-\u0669\u06F0-\u06F9\u180E\u2000-\u2089\u20E3\u2212\u2460-\u24FF\u2776-\u2793\u3000\uD800-\uDFFF\uFEFF\uFF01-\uFF5E]/g;

export function normalise(text: string): Normalised {
  // A removed invisible character is no part of its neighbours (the previous character ends
  // where it starts); the variation selector and keycap mark of "5️⃣" and the second half of a
  // surrogate pair are part of the digit they fold into, so a finding covers the whole disguised
  // digit (see offset-map.ts).
  const map = new OffsetMap();
  const parts: string[] = [];
  let last = 0; // original index up to which text is copied into `parts`
  let n = 0; // norm length so far, up to `last`
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        SPECIAL.lastIndex = i + 2;
        const digit = astralDigitOf(((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
        if (digit === -1) continue; // emoji, rare scripts: kept as is
        parts.push(text.slice(last, i), String.fromCharCode(48 + digit));
        n += i - last + 1;
        last = i + 2;
        map.startSegment(n, last, last);
        continue;
      }
      // a lone high surrogate: U+FFFD below
    } else if (code === 0x20e3) {
      // A keycap digit: 0-9, an optional variation selector, U+20E3. "#️⃣" and "*️⃣" stay.
      let d = i - 1;
      const vs = text.charCodeAt(d);
      if (vs === 0xfe0f || vs === 0xfe0e) d--;
      const digit = text.charCodeAt(d);
      if (d < last || digit < 48 || digit > 57) continue;
      parts.push(text.slice(last, d + 1));
      n += d + 1 - last;
      last = i + 1;
      map.startSegment(n, last, last);
      continue;
    } else if (isRaisedOrLoweredDigit(code) && isLetterAt(text, i - 1)) {
      // One or two small digits right after a letter are a footnote ("Dr. Lee¹"), a unit
      // ("m²") or a formula ("H₂O"), kept as written so the word stays what it was; a longer run
      // ("XJH⁴⁴⁸¹²⁰") is a number written small, and folds.
      let j = i + 1;
      while (j < text.length && isRaisedOrLoweredDigit(text.charCodeAt(j))) j++;
      if (j - i <= 2) {
        SPECIAL.lastIndex = j;
        continue;
      }
    }
    let replacement: string | null;
    if (code >= 0xd800 && code <= 0xdfff) replacement = '\uFFFD'; // a lone surrogate
    else if (INVISIBLE.test(m[0])) replacement = '';
    else {
      replacement = foldChar(code);
      if (replacement === null) continue;
    }
    parts.push(text.slice(last, i), replacement);
    n += i - last + replacement.length;
    last = i + 1;
    if (replacement.length === 0) map.startSegment(n, last, i);
  }
  const norm = last === 0 ? text : (parts.push(text.slice(last)), parts.join(''));
  const lowered = norm.toLowerCase();
  const lower = lowered.length === norm.length ? lowered : lowerAligned(norm);
  return { norm, lower, map };
}

/** Lower-case one character at a time, keeping any that would grow (İ → i̇) as they are, so
 *  index i of the result is index i of `norm`. */
function lowerAligned(norm: string): string {
  let out = '';
  for (let i = 0; i < norm.length; i++) {
    const c = norm[i]!;
    const low = c.toLowerCase();
    out += low.length === 1 ? low : c;
  }
  return out;
}
