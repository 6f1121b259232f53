// What a rule is. One rule per file under rules/<category>/<type-or-topic>.ts; its id is that
// path ('phi/relationship'), in the manner of ESLint's meta + create.
import type { Doc, Span } from './doc';
import type { Category, PhiType, Severity, ToneType } from './types';

export interface RuleMeta {
  /** 'phi/relationship' — equal to the file's path under rules/. */
  id: string;
  category: Category;
  /** The type its findings carry unless a finding says otherwise. */
  type: PhiType | ToneType;
  severity: Severity;
  /** Runs after the other rules and is kept only when no other rule of its category found
   *  anything that counts (warn or block): a learned second opinion, not a second finding. */
  fallback?: boolean;
}

/** A finding as a rule reports it: offsets into `doc.norm`; the engine maps them back. */
export interface RawFinding extends Span {
  type?: PhiType | ToneType;
  severity?: Severity;
  message: string;
  suggestion?: string;
}

/** A rule's words for people, exported by its file as `help` next to the rule (kept out of the
 *  rule itself so the content script, which never shows them, does not carry them). */
export interface RuleHelpText {
  /** One line, for lists. */
  description: string;
  /** A short paragraph in plain words for office staff: what it catches and why it matters. */
  help: string;
}

export interface Rule {
  meta: RuleMeta;
  detect(doc: Doc): RawFinding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
