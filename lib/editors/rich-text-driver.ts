// The shared writing procedure for contenteditable editors (Lexical, Draft.js, plain): select
// the span as a DOM Range, hand the text to the editor through an input path it handles,
// re-read, and compare with what was meant. A path that changed nothing lets the next one
// try; a path that changed the text wrongly is rolled back, so the person never keeps
// duplicated or half-inserted text. Each editor kind only chooses its paths.
import type { EditorKind } from '@/lib/sites/types';
import { readBlockText } from './block-text';
import { applySuggestion, isSpanWithin, sameEditorText, type TextSpan } from './edit';
import {
  hasFocusWithin,
  insertTextCommand,
  nextSelectionChange,
  nextTask,
  pasteText,
  selectionTarget,
  settle,
} from './input-path';
import type { EditorDriver, EditorSnapshot } from './types';

export type WritePath = 'insertText' | 'paste';

export interface RichTextPolicy {
  kind: EditorKind;
  /**
   * Input paths to try, in order, to put `text` over a selection (`collapsed` when nothing
   * is selected: a pure insertion).
   */
  pathsFor(text: string, collapsed: boolean): WritePath[];
}

export function readRichText(element: HTMLElement): EditorSnapshot {
  const read = readBlockText(element);
  return { text: read.text, rangeFor: read.rangeFor, offsetOf: read.offsetOf };
}

/** The selection inside `element` as text offsets, or null when it is elsewhere. */
export function readRichSelection(element: HTMLElement): TextSpan | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const read = readBlockText(element);
  const start = read.offsetOf(range.startContainer, range.startOffset);
  const end = read.offsetOf(range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}

function showRange(element: HTMLElement, range: Range): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Focuses the editor and selects [start, end), waiting until the editor has taken the
 * selection in (Draft restores its own selection on focus, and reads selections from
 * `selectionchange`). False when the span cannot be selected.
 */
async function selectSpan(element: HTMLElement, start: number, end: number): Promise<boolean> {
  if (!hasFocusWithin(element)) {
    element.focus({ preventScroll: true });
    await settle();
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    const range = readBlockText(element).rangeFor(start, end);
    if (!range) return false;
    const changed = nextSelectionChange(element.ownerDocument);
    showRange(element, range);
    await changed;
    await nextTask();
    const now = readRichSelection(element);
    if (now && now.start === start && now.end === end) return true;
  }
  return false;
}

async function writeWith(element: HTMLElement, path: WritePath, text: string): Promise<void> {
  if (path === 'paste') pasteText(selectionTarget(element), text);
  else insertTextCommand(element.ownerDocument, text);
  await settle();
}

/**
 * Puts the editor back to `original` after a write went wrong: the editor's own undo first
 * (keeps its history clean), else selecting everything and writing the original again.
 */
async function rollBack(element: HTMLElement, original: string, policy: RichTextPolicy): Promise<void> {
  element.ownerDocument.execCommand('undo', false);
  await settle();
  let current = readBlockText(element).text;
  if (sameEditorText(current, original)) return;
  for (const path of policy.pathsFor(original, false)) {
    if (!(await selectSpan(element, 0, current.length))) return;
    await writeWith(element, path, original);
    current = readBlockText(element).text;
    if (sameEditorText(current, original)) return;
  }
}

async function writeSpan(
  element: HTMLElement,
  start: number,
  end: number,
  replacement: string,
  policy: RichTextPolicy,
): Promise<boolean> {
  const original = readBlockText(element).text;
  if (!isSpanWithin({ start, end }, original.length)) return false;
  const expected = applySuggestion(original, { start, end }, replacement);
  if (expected === original) return true;
  for (const path of policy.pathsFor(replacement, start === end)) {
    if (!(await selectSpan(element, start, end))) return false;
    await writeWith(element, path, replacement);
    const after = readBlockText(element).text;
    if (sameEditorText(after, expected)) {
      placeCaretAt(element, start + replacement.length);
      return true;
    }
    if (!sameEditorText(after, original)) {
      await rollBack(element, original, policy);
      return false;
    }
    // This path changed nothing (the editor ignored it): the next one may work.
  }
  return false;
}

function placeCaretAt(element: HTMLElement, offset: number): void {
  const current = readRichSelection(element);
  if (current && current.start === offset && current.end === offset) return;
  const range = readBlockText(element).rangeFor(offset, offset);
  if (range) showRange(element, range);
}

export function createRichTextDriver(policy: RichTextPolicy): EditorDriver {
  return {
    kind: policy.kind,
    read: readRichText,
    readSelection: readRichSelection,
    replaceRange: (element, start, end, replacement) => writeSpan(element, start, end, replacement, policy),
    setText: (element, text) => writeSpan(element, 0, readBlockText(element).text.length, text, policy),
    placeCaret(element, offset) {
      const length = readBlockText(element).text.length;
      const target = Math.max(0, Math.min(offset, length));
      if (!hasFocusWithin(element)) element.focus({ preventScroll: true });
      placeCaretAt(element, target);
      // Editors that restore their own selection on focus (Draft) may move it once they
      // re-render: put it back after they settle.
      void settle().then(() => placeCaretAt(element, target));
    },
  };
}
