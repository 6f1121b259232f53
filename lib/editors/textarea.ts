// A React-controlled <textarea> (Yelp's replies and messages). Its value is the text, so
// offsets map directly and there is no Range to draw (the assistant mirrors it instead).
// Writing selects the span and types over it with the browser's insertText command: React
// sees a real `input` event and takes the new value into its state, and the browser's
// undo (Ctrl+Z) keeps working. Assigning `.value` would be reverted by React on its next
// render or submit.
import { applySuggestion, isSpanWithin, sameEditorText } from './edit';
import { hasFocusWithin, insertTextCommand, settle } from './input-path';
import type { EditorDriver, EditorSnapshot } from './types';

type TextField = HTMLTextAreaElement | HTMLInputElement;

function asTextField(element: HTMLElement): TextField | null {
  const tag = element.tagName.toUpperCase();
  return tag === 'TEXTAREA' || tag === 'INPUT' ? (element as TextField) : null;
}

/**
 * When the browser refuses the editing command (old engines): the value setter React
 * watches, plus the input event it listens to. Undo does not cover this path.
 */
function setValueLikeInput(field: TextField, value: string): void {
  const view = field.ownerDocument.defaultView;
  const prototype = field.tagName.toUpperCase() === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype : view?.HTMLInputElement.prototype;
  const setter = prototype ? Object.getOwnPropertyDescriptor(prototype, 'value')?.set : undefined;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

async function typeOver(field: TextField, start: number, end: number, text: string): Promise<void> {
  if (!hasFocusWithin(field)) field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  if (!insertTextCommand(field.ownerDocument, text)) {
    const value = field.value;
    setValueLikeInput(field, value.slice(0, start) + text + value.slice(end));
  }
  await settle();
}

async function replaceInField(element: HTMLElement, start: number, end: number, replacement: string): Promise<boolean> {
  const field = asTextField(element);
  if (!field) return false;
  const original = field.value;
  if (!isSpanWithin({ start, end }, original.length)) return false;
  const expected = applySuggestion(original, { start, end }, replacement);
  if (expected === original) return true;
  await typeOver(field, start, end, replacement);
  if (sameEditorText(field.value, expected)) {
    const caret = start + replacement.length;
    field.setSelectionRange(caret, caret);
    return true;
  }
  // Wrong result: undo it (the browser's history), else type the original back.
  if (!sameEditorText(field.value, original)) {
    field.ownerDocument.execCommand('undo', false);
    await settle();
    if (!sameEditorText(field.value, original)) await typeOver(field, 0, field.value.length, original);
  }
  return false;
}

export const textareaDriver: EditorDriver = {
  kind: 'textarea',
  read(element): EditorSnapshot {
    const field = asTextField(element);
    return { text: field?.value ?? '', rangeFor: () => null, offsetOf: () => null };
  },
  readSelection(element) {
    const field = asTextField(element);
    if (!field || !hasFocusWithin(field) || field.selectionStart === null || field.selectionEnd === null) return null;
    return { start: field.selectionStart, end: field.selectionEnd };
  },
  replaceRange: replaceInField,
  setText(element, text) {
    const field = asTextField(element);
    return field ? replaceInField(element, 0, field.value.length, text) : Promise.resolve(false);
  },
  placeCaret(element, offset) {
    const field = asTextField(element);
    if (!field) return;
    const target = Math.max(0, Math.min(offset, field.value.length));
    if (!hasFocusWithin(field)) field.focus({ preventScroll: true });
    field.setSelectionRange(target, target);
  },
};
