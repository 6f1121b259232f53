// The rules explained for people: what the options page shows under "What the checks look for".
// Read from each rule's meta, so the words live next to the rule they describe.
import { RULES } from './rules';
import type { Category, PhiType, Severity, ToneType } from './types';

export interface RuleHelp {
  id: string;
  category: Category;
  type: PhiType | ToneType;
  severity: Severity;
  description: string;
  help: string;
}

/** Every rule's help, PHI first, in registry order. */
export function ruleHelp(): RuleHelp[] {
  return RULES.map(({ meta }) => ({
    id: meta.id,
    category: meta.category,
    type: meta.type,
    severity: meta.severity,
    description: meta.description,
    help: meta.help,
  }));
}
