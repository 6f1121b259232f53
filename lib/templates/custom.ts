// Pure helpers for the practice's own review-reply templates: ids, copies, order and the
// checks a template passes before it is saved. No storage and no React here, so the options
// page and its tests share one definition of "a template we can save".
import type { CustomTemplate } from '@/lib/settings/types';
import { templateKey } from '@/lib/settings/layout';
import { TEMPLATE_ID, TEMPLATE_LIMITS } from '@/lib/settings/read/templates';
import { itemBytes, SYNC_QUOTA_BYTES_PER_ITEM } from '@/lib/settings/quota';
import { PLACEHOLDERS } from './types';

export { TEMPLATE_LIMITS };

/** The guidance for review replies: sincere and brief. Longer is allowed, with a warning. */
export const ADVISED_MAX_WORDS = 80;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A fresh id for a custom template, unlike any in `taken`. Ids become storage keys
 * ('settings.template.<id>'), so they are short and use only letters, digits and dashes.
 */
export function newTemplateId(taken: Iterable<string>, random: () => number = Math.random): string {
  const used = new Set(taken);
  for (;;) {
    const id = `custom-${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, '0')}`;
    if (!used.has(id) && TEMPLATE_ID.test(id)) return id;
  }
}

/** The title of a copy: "Long wait (copy)", kept within the title limit. */
export function copyTitle(title: string): string {
  const suffix = ' (copy)';
  const base = title.trim().slice(0, TEMPLATE_LIMITS.title - suffix.length).trimEnd();
  return `${base}${suffix}`;
}

/** An editable copy of any template, built-in or custom, under a new id. */
export function duplicateTemplate(
  source: { title: string; situation: string; text: string },
  taken: Iterable<string>,
  random?: () => number,
): CustomTemplate {
  return { id: newTemplateId(taken, random), title: copyTitle(source.title), situation: source.situation, text: source.text };
}

/** `ids` with `id` moved to `index` (clamped to the list); unchanged when `id` is absent. */
export function moveToIndex(ids: readonly string[], id: string, index: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const next = ids.filter((x) => x !== id);
  next.splice(Math.max(0, Math.min(index, next.length)), 0, id);
  return next;
}

/** `ids` with `id` placed right after `afterId` (at the end when `afterId` is absent). */
export function insertAfter(ids: readonly string[], afterId: string | undefined, id: string): string[] {
  const next = ids.filter((x) => x !== id);
  const at = afterId === undefined ? -1 : next.indexOf(afterId);
  if (at < 0) next.push(id);
  else next.splice(at + 1, 0, id);
  return next;
}

/** The custom list with `template` replacing the one with its id, or added at the end. */
export function upsertTemplate(custom: readonly CustomTemplate[], template: CustomTemplate): CustomTemplate[] {
  const at = custom.findIndex((t) => t.id === template.id);
  if (at < 0) return [...custom, template];
  return custom.map((t, i) => (i === at ? template : t));
}

export type TemplateField = 'title' | 'situation' | 'text';

export interface TemplateProblem {
  field: TemplateField;
  message: string;
}

export interface TemplateCheck {
  /** Must be fixed before saving. */
  errors: TemplateProblem[];
  /** Worth a second look; saving is still allowed. */
  warnings: TemplateProblem[];
}

const PLACEHOLDER_TOKEN = /\{([^{}\s]*)\}/g;

/** Braced names in the text that are not ours ("{phone}"), each once, in order. */
export function unknownPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const [whole, name] of text.matchAll(PLACEHOLDER_TOKEN)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name!) && !found.includes(whole)) found.push(whole);
  }
  return found;
}

function listInWords(items: readonly string[], last: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * Whether a template can be saved as is. Mirrors what lib/settings will accept (so a save
 * never fails on a rule staff could not see) and adds the writing guidance.
 */
export function checkTemplate(template: CustomTemplate): TemplateCheck {
  const errors: TemplateProblem[] = [];
  const warnings: TemplateProblem[] = [];
  const title = template.title.trim();
  if (!title) errors.push({ field: 'title', message: 'Give the template a title.' });
  else if (title.length > TEMPLATE_LIMITS.title) {
    errors.push({ field: 'title', message: `Shorten the title to ${TEMPLATE_LIMITS.title} characters or fewer.` });
  }
  if (template.situation.length > TEMPLATE_LIMITS.situation) {
    errors.push({ field: 'situation', message: `Shorten the situation to ${TEMPLATE_LIMITS.situation} characters or fewer.` });
  }

  const text = template.text;
  if (!text.trim()) errors.push({ field: 'text', message: 'Write the reply text.' });
  else if (text.length > TEMPLATE_LIMITS.text) {
    errors.push({ field: 'text', message: `Shorten the text to ${TEMPLATE_LIMITS.text} characters or fewer (it has ${text.length}).` });
  }
  const unknown = unknownPlaceholders(text);
  if (unknown.length) {
    const ours = listInWords(PLACEHOLDERS.map((p) => `{${p}}`), 'or');
    const what = unknown.length === 1 ? `${unknown[0]} is not a placeholder` : `${listInWords(unknown, 'and')} are not placeholders`;
    errors.push({ field: 'text', message: `${what} we can fill. Use ${ours}.` });
  }
  // storage.sync refuses any single item over 8 KB; each template is its own item.
  const bytes = itemBytes(templateKey(template.id), template);
  if (bytes > SYNC_QUOTA_BYTES_PER_ITEM && text.length <= TEMPLATE_LIMITS.text) {
    errors.push({ field: 'text', message: `This template is too large for your browser's sync storage (${bytes} of ${SYNC_QUOTA_BYTES_PER_ITEM} bytes). Shorten it.` });
  }
  const words = wordCount(text);
  if (words > ADVISED_MAX_WORDS) {
    warnings.push({ field: 'text', message: `${words} words. Replies of ${ADVISED_MAX_WORDS} words or fewer read as sincere and brief.` });
  }
  return { errors, warnings };
}

/** Whether another custom template can be added (lib/settings keeps only the first 50). */
export function canAddTemplate(custom: readonly CustomTemplate[]): boolean {
  return custom.length < TEMPLATE_LIMITS.count;
}
