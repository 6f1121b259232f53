import type { CustomTemplate, Settings } from '../types';
import { definedOnly, isPlainObject, readObject, readTextList, type ReadContext } from './fields';

// Ids become storage keys ('settings.template.<id>'), so they stay short and plain.
export const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const TEMPLATE_LIMITS = { title: 100, situation: 200, text: 4000, count: 50 };

/** One custom template, or undefined (with a problem) when any part is unusable. */
export function readCustomTemplate(raw: unknown, path: string, ctx: ReadContext): CustomTemplate | undefined {
  const ok =
    isPlainObject(raw) &&
    typeof raw.id === 'string' &&
    TEMPLATE_ID.test(raw.id) &&
    typeof raw.title === 'string' &&
    raw.title.trim().length > 0 &&
    raw.title.length <= TEMPLATE_LIMITS.title &&
    typeof raw.situation === 'string' &&
    raw.situation.length <= TEMPLATE_LIMITS.situation &&
    typeof raw.text === 'string' &&
    raw.text.trim().length > 0 &&
    raw.text.length <= TEMPLATE_LIMITS.text;
  if (ok) return { id: raw.id as string, title: (raw.title as string).trim(), situation: raw.situation as string, text: raw.text as string };
  const title = isPlainObject(raw) && typeof raw.title === 'string' && raw.title.trim() ? `"${raw.title.trim()}"` : 'A custom template';
  ctx.problems.push({ path, message: `${title} could not be read and was left out.`, source: ctx.source });
  return undefined;
}

export function readTemplates(raw: unknown, ctx: ReadContext): Partial<Settings['templates']> | undefined {
  const section = readObject(raw, 'templates', 'The templates settings', ctx);
  if (!section) return undefined;
  let custom: CustomTemplate[] | undefined;
  if (section.custom !== undefined) {
    if (!Array.isArray(section.custom)) {
      ctx.problems.push({ path: 'templates.custom', message: 'The custom templates could not be read.', source: ctx.source });
    } else {
      custom = [];
      for (const item of section.custom) {
        const template = readCustomTemplate(item, 'templates.custom', ctx);
        if (!template) continue;
        if (custom.some((t) => t.id === template.id)) continue; // a repeat of the same template
        custom.push(template);
      }
      if (custom.length > TEMPLATE_LIMITS.count) {
        ctx.problems.push({ path: 'templates.custom', message: `Only the first ${TEMPLATE_LIMITS.count} custom templates are kept.`, source: ctx.source });
        custom = custom.slice(0, TEMPLATE_LIMITS.count);
      }
    }
  }
  const order = readTextList(section.order, 'templates.order', 'template order', { maxItems: 200, maxLength: 64 }, ctx);
  return definedOnly({ custom, order });
}
