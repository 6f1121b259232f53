// Reading and writing one kind of editor. Sites are apart from editors: X uses Draft.js,
// Facebook Lexical, Yelp a React textarea, and an unknown box falls back to plain kinds.
import type { EditorKind } from '@/lib/sites/types';

export interface EditorSnapshot {
  /** Plain text, paragraphs joined with '\n'. */
  text: string;
  /** A DOM Range for [start, end) of `text`, or null when it cannot be mapped (textarea). */
  rangeFor(start: number, end: number): Range | null;
  /**
   * The text offset of a DOM point inside the editor (e.g. the caret), or null when it is
   * outside or cannot be mapped (textarea). Added for the assistant's caret checks.
   */
  offsetOf?(node: Node, offset: number): number | null;
}

export interface EditorDriver {
  kind: EditorKind;
  read(element: HTMLElement): EditorSnapshot;
  /**
   * Replaces text[start, end) through the editor's own input path (so the site's state and
   * undo follow), then re-reads to verify; false (and the text left as it was) on failure.
   */
  replaceRange(element: HTMLElement, start: number, end: number, replacement: string): Promise<boolean>;
  /** Replaces the whole content (templates) — multi-paragraph included — caret at the end. */
  setText(element: HTMLElement, text: string): Promise<boolean>;
  /** Puts the caret at a text offset (the guard's "Edit" goes to the first finding). */
  placeCaret(element: HTMLElement, offset: number): void;
  /**
   * The current selection in the box as text offsets ({start, end}, equal for a caret), or
   * null when the selection is not in this box. Added: lets the assistant avoid underlining
   * the word being typed and lets tests check where the caret ended.
   */
  readSelection?(element: HTMLElement): { start: number; end: number } | null;
}
