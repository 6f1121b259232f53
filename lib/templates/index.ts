// Built-in review-reply templates, one per file; custom ones come from settings.
import billing from './builtin/billing';
import general from './builtin/general';
import notFound from './builtin/not-found';
import outcome from './builtin/outcome';
import scheduling from './builtin/scheduling';
import staffAttitude from './builtin/staff-attitude';
import suspectedFake from './builtin/suspected-fake';
import thanksLong from './builtin/thanks-long';
import thanksShort from './builtin/thanks-short';
import waitTime from './builtin/wait-time';
import type { CustomTemplate } from '@/lib/settings/types';
import type { ReplyTemplate } from './types';

export type { ReplyTemplate, Placeholder, Situation } from './types';
export { PLACEHOLDERS } from './types';

export const BUILT_IN_TEMPLATES: readonly ReplyTemplate[] = [
  waitTime,
  billing,
  staffAttitude,
  outcome,
  scheduling,
  notFound,
  suspectedFake,
  thanksShort,
  thanksLong,
  general,
];

/** Built-in and custom templates in the practice's chosen order; unknown ids are skipped. */
export function allTemplates(custom: readonly CustomTemplate[], order: readonly string[]): ReplyTemplate[] {
  const all = [...BUILT_IN_TEMPLATES, ...custom.map((c) => ({ ...c, builtIn: false }))];
  const rank = new Map(order.map((id, i) => [id, i]));
  // Stable sort: templates missing from `order` keep their place after the ordered ones.
  return all
    .map((t, i) => ({ t, key: rank.get(t.id) ?? order.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ t }) => t);
}
