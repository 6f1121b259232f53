// The rules explained for people: what the options page shows under "What the checks look for".
// Each rule file exports its words as `help`, next to the rule they describe.
import { phiRuleHelp } from './rules/phi';
import { toneRuleHelp } from './rules/tone';
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
  return [...phiRuleHelp(), ...toneRuleHelp()].map(([{ meta }, words]) => ({
    id: meta.id,
    category: meta.category,
    type: meta.type,
    severity: meta.severity,
    description: words.description,
    help: words.help,
  }));
}
