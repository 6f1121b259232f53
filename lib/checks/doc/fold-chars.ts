// What one character folds to: look-alike digits, spaces, quotes and dashes to ASCII, and which
// characters are invisible. Which characters are looked at, and how the text is rebuilt with a
// map back to the original, is normalise.ts.
// Characters that render as nothing but break up words and digits: zero-width space/joiners,
// word joiner, BOM, soft hyphen, Mongolian vowel separator, bidi marks and embeddings.
export const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

// Digits in other Unicode forms, which read as digits but slip past a search for 0-9:
// superscript ⁵⁴¹, subscript ₅₄₁, circled ⑤④①, parenthesised ⑸, double-circled ⓹, and the
// dingbat (negative) circled ❺ ➄ ➎. The value of the digit, or -1.
function digitOf(code: number): number {
  if (code < 0xb2) return -1;
  if (code >= 0x2080 && code <= 0x2089) return code - 0x2080;
  if (code >= 0x2074 && code <= 0x2079) return code - 0x2070;
  if (code >= 0x2460 && code <= 0x2468) return code - 0x245f;
  if (code >= 0x2474 && code <= 0x247c) return code - 0x2473;
  if (code >= 0x24f5 && code <= 0x24fd) return code - 0x24f4;
  if (code >= 0x2776 && code <= 0x277e) return code - 0x2775;
  if (code >= 0x2780 && code <= 0x2788) return code - 0x277f;
  if (code >= 0x278a && code <= 0x2792) return code - 0x2789;
  switch (code) {
    case 0x2070: // ⁰
    case 0x24ea: // ⓪
    case 0x24ff: // ⓿
      return 0;
    case 0xb9:
      return 1;
    case 0xb2:
      return 2;
    case 0xb3:
      return 3;
    default:
      return -1;
  }
}

// Digits outside the BMP (a surrogate pair each): mathematical bold, double-struck, sans-serif,
// sans-serif bold and monospace 𝟎–𝟿 (ten of each from U+1D7CE), and segmented 🯰–🯹.
export function astralDigitOf(cp: number): number {
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return (cp - 0x1d7ce) % 10;
  if (cp >= 0x1fbf0 && cp <= 0x1fbf9) return cp - 0x1fbf0;
  return -1;
}

/** A superscript or subscript digit. */
export const isRaisedOrLoweredDigit = (c: number) =>
  (c >= 0x2080 && c <= 0x2089) || (c >= 0x2074 && c <= 0x2079) || c === 0x2070 || c === 0xb2 || c === 0xb3 || c === 0xb9;

const NON_ASCII_LETTER = /\p{L}/u;

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i >= 0 && c < 0xd800 && NON_ASCII_LETTER.test(text[i]!);
}

export function foldChar(code: number): string | null {
  // Fullwidth ASCII forms (Ｊｏｈｎ, ５５５) → ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  // Arabic-Indic and extended Arabic-Indic digits → ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  const digit = digitOf(code);
  if (digit !== -1) return String.fromCharCode(48 + digit);
  switch (code) {
    case 0x00a0: // no-break space
    case 0x2007:
    case 0x202f:
    case 0x3000: // ideographic space
    case 0x2002:
    case 0x2003:
    case 0x2009:
      return ' ';
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0xff07:
      return "'";
    case 0x201c:
    case 0x201d:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return '-';
    case 0x2024: // one dot leader
      return '.';
    default:
      return null;
  }
}
