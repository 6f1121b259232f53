// A wording model as it ships, as small as it can be: each weight rounded to a tenth and
// written as one character after its feature, one feature a line.
export interface WordingModel {
  /** The bias, in tenths. */
  bias: number;
  /** Lines of a feature followed by its weight's character (weightChar), sorted by feature. */
  weights: string;
}

// 91 printable ASCII characters that need no escaping in a JSON or TypeScript string:
// index i stands for the weight (i - 45) / 10, from -4.5 to 4.5.
const ALPHABET = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\' && c !== '`')
  .join('');
const ZERO = 45;

/** The character for a weight (clipped to ±4.5; nothing learnt here comes near). */
export function weightChar(weight: number): string {
  const tenths = Math.max(-ZERO, Math.min(ZERO, Math.round(weight * 10)));
  return ALPHABET[tenths + ZERO]!;
}

/** The weight a line's last character stands for. */
export function weightOf(char: string): number {
  return (ALPHABET.indexOf(char) - ZERO) / 10;
}
