// Emoji that change how a sentence reads (🙄, 😤): found with indexOf, which is linear and
// fast, and offered for removal, which is always a safe edit.
import type { Doc } from '../doc';
import type { RawFinding } from '../rule';

export function emojiFindings(doc: Doc, emoji: readonly string[], message: (emoji: string) => string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const e of emoji) {
    for (let at = doc.norm.indexOf(e); at !== -1; at = doc.norm.indexOf(e, at + e.length)) {
      // Take a following variation selector or skin tone along, so removal leaves nothing behind.
      let end = at + e.length;
      while (end < doc.norm.length && /[\uFE0F\u200D]|\uD83C[\uDFFB-\uDFFF]/.test(doc.norm.slice(end, end + 2))) {
        end += doc.norm.charCodeAt(end) === 0xd83c ? 2 : 1;
      }
      found.push({ start: at, end, message: message(e), suggestion: '' });
    }
  }
  return found;
}
