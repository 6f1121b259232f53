// Reading and writing one kind of editor. Sites are apart from editors: X uses Draft.js,
// Facebook Lexical, Yelp a React textarea, and an unknown box falls back to plain kinds.
import type { EditorKind } from '@/lib/sites/types';

export interface EditorSnapshot {
  /** Plain text, paragraphs joined with '\n'. */
  text: string;
  /** A DOM Range for [start, end) of `text`, or null when it cannot be mapped (textarea). */
  rangeFor(start: number, end: number): Range | null;
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
}
