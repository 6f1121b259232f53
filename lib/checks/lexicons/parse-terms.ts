// Lexicon source strings list terms separated by commas or new lines; a term may have several
// words. Hyphens become spaces because words are matched one at a time ("pre-op" → "pre op").
export function parseTerms(source: string): string[] {
  return source
    .split(/[,\n]/)
    .map((t) => t.trim().toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' '))
    .filter((t) => t.length > 0);
}
