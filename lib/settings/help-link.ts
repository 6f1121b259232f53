// Where a rule's plain-words help lives in the options page. The in-page "Why?" link opens
// `options.html#help/<rule id>`, e.g. options.html#help/phi/relationship.

export const HELP_HASH_PREFIX = '#help/';

/** Path (for browser.runtime.getURL) of the options page scrolled to a rule's help. */
export function helpPathForRule(ruleId: string): string {
  return `/options.html${HELP_HASH_PREFIX}${ruleId}`;
}

/** The element id of a rule's help entry ('phi/relationship' → 'help-phi-relationship'). */
export function helpAnchorForRule(ruleId: string): string {
  return `help-${ruleId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** The rule id a location hash asks for, or null ('#help/phi/relationship' → 'phi/relationship'). */
export function ruleIdFromHash(hash: string): string | null {
  if (!hash.startsWith(HELP_HASH_PREFIX)) return null;
  const id = decodeURIComponent(hash.slice(HELP_HASH_PREFIX.length));
  return id.length > 0 ? id : null;
}
