// Which element a location hash points at: '#guard' a section, '#help/phi/relationship' a
// rule's help entry — or, while that rule has no entry, the entry for its type, or else the
// help section, so a "Why?" link never lands nowhere.
import { helpAnchorForRule, ruleIdFromHash } from '@/lib/settings';

export function elementForHash(hash: string, doc: Document): HTMLElement | null {
  const ruleId = ruleIdFromHash(hash);
  if (ruleId) {
    const [category, ...rest] = ruleId.split('/');
    const type = rest.join('-');
    const candidates = [helpAnchorForRule(ruleId), `help-type-${category}-${type}`, `help-type-${category}-${type.replace(/-/g, '_')}`, 'help'];
    for (const id of candidates) {
      const element = doc.getElementById(id);
      if (element) return element;
    }
    return null;
  }
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id ? doc.getElementById(id) : null;
}
