// A suggestion replaces the words staff wrote, so it starts the way they did: capitalised at
// the start of a sentence, lower-case in the middle of one.
export function inCaseOf(original: string, replacement: string): string {
  const first = original.charAt(0);
  if (!replacement) return replacement;
  if (first >= 'A' && first <= 'Z') return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  if (first >= 'a' && first <= 'z' && !/^I\b/.test(replacement)) {
    return replacement.charAt(0).toLowerCase() + replacement.slice(1);
  }
  return replacement;
}
