// What a site adapter tells the assistant about one compose/reply/comment box.
import type { Context, Site } from '@/lib/checks/types';

export type EditorKind = 'textarea' | 'lexical' | 'draft' | 'contenteditable';

export interface ReviewContext {
  /** The review being answered, read from the page (only ever rendered as text). */
  text?: string;
  /** 1–5 when the page shows it. */
  stars?: number;
}

export interface Composer {
  site: Site;
  kind: Context;
  editor: EditorKind;
  /** The editable element itself: a textarea or the contenteditable root. */
  element: HTMLElement;
  /** Where the assistant's host element goes (next to the box, never inside the editor). */
  anchor: HTMLElement;
  /** The site's send controls for this box (buttons), looked up fresh each time. */
  submitControls(): HTMLElement[];
  /** Whether a keydown in the box sends it on this site (Ctrl/Cmd+Enter on X, Enter in FB comments). */
  isSendShortcut(event: KeyboardEvent): boolean;
  /** For review replies: the review being answered, when it can be read. */
  review?(): ReviewContext | undefined;
  /**
   * Which of the site's boxes this is, e.g. 'facebook-comment', 'x-reply',
   * 'yelp-private-message' (added: for tests, logs and the assistant's wording; the checks
   * only need `kind`).
   */
  variant?: string;
}

export interface SiteAdapter {
  site: Site;
  /** Whether this adapter serves the page at this host name. */
  matchesHost(hostname: string): boolean;
  /** The composer an editable element belongs to, or null when it is not one (search boxes…). */
  composerFor(element: Element): Composer | null;
  /** Selector for candidate editable elements, to find boxes on load and after DOM changes. */
  readonly candidateSelector: string;
}
