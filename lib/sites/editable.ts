// What every adapter needs to know about an editable element, whatever the site: its root
// (the element the editor drives), its editor kind, its visible label, and whether it is a
// search or another input the assistant leaves alone.
import type { EditorKind } from './types';

/** Contenteditable in any of its editable forms ('true', '', 'plaintext-only'). */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"])';

function isEditableHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/**
 * The editable root `target` belongs to: a textarea itself, or the outermost contenteditable
 * around it (focus and mutations can land on a span inside the editor). Inputs and
 * disabled or read-only textareas are never composers.
 */
export function editableRootOf(target: Element): HTMLElement | null {
  if (target.tagName.toUpperCase() === 'TEXTAREA') {
    const area = target as HTMLTextAreaElement;
    return area.disabled || area.readOnly ? null : area;
  }
  let root: HTMLElement | null = target.closest<HTMLElement>(EDITABLE_SELECTOR);
  if (!root) return null;
  for (let above = root.parentElement?.closest<HTMLElement>(EDITABLE_SELECTOR); above; above = above.parentElement?.closest<HTMLElement>(EDITABLE_SELECTOR)) {
    root = above;
  }
  return root;
}

/** Whether `element` is an editable root itself (not a node inside one). */
export function isEditableRoot(element: Element): boolean {
  return editableRootOf(element) === element;
}

/** Which driver reads and writes this box; unknown editors fall back to the plain kinds. */
export function editorKindOf(root: HTMLElement): EditorKind {
  if (root.tagName.toUpperCase() === 'TEXTAREA') return 'textarea';
  // Lexical marks its root itself when the editor attaches.
  if (root.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  // Draft: the class on its contenteditable, its wrapper, or its block container.
  if (root.classList.contains('public-DraftEditor-content') || root.closest('.DraftEditor-root') || root.querySelector(':scope > [data-contents="true"]')) {
    return 'draft';
  }
  return isEditableHost(root) ? 'contenteditable' : 'textarea';
}

function textOfIds(element: Element, ids: string | null): string {
  if (!ids) return '';
  const doc = element.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id)?.textContent ?? '' : ''))
    .join(' ')
    .trim();
}

/**
 * The box's visible name and placeholder, as a person or a screen reader gets them:
 * aria-label, aria-labelledby, aria-placeholder, placeholder, and the text the box's
 * aria-describedby points to (Draft's placeholder sits in such an element).
 */
export function labelOf(element: Element): string {
  return [
    element.getAttribute('aria-label') ?? '',
    textOfIds(element, element.getAttribute('aria-labelledby')),
    element.getAttribute('aria-placeholder') ?? '',
    element.getAttribute('placeholder') ?? '',
    element.getAttribute('title') ?? '',
    textOfIds(element, element.getAttribute('aria-describedby')),
  ]
    .filter(Boolean)
    .join(' | ');
}

/** Searches, comboboxes and the like, which are never composers on any site. */
export function isSearchLike(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'searchbox' || role === 'search') return true;
  // Editors with mention typeaheads can carry combobox semantics too; only inputs count here.
  if (role === 'combobox' && element.tagName.toUpperCase() === 'INPUT') return true;
  if (element.getAttribute('type') === 'search') return true;
  if (element.closest('[role="search"], form[action*="search"]')) return true;
  return /\bsearch\b/i.test(labelOf(element));
}

/** The anchor for the assistant's UI: just outside the editor, never inside it. */
export function anchorFor(root: HTMLElement, editor: EditorKind): HTMLElement {
  // Draft draws its placeholder inside .DraftEditor-root; keep our UI out of Draft's tree.
  const outside = editor === 'draft' ? root.closest<HTMLElement>('.DraftEditor-root')?.parentElement : null;
  return outside ?? root.parentElement ?? root;
}

/** Whether `text` matches any of `patterns`. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(text));
}
