// X (x.com, twitter.com): Draft.js boxes for posts, replies and quotes. A reply is a
// `comment`; a quote is a new `post`. The reply traits are checked from the strongest to the
// weakest: the send button says "Reply", the placeholder says "Post your reply", a dialog
// says "Replying to", or the box sits inline on a status page.
import { buildComposer } from './composer';
import { editableRootOf, isSearchLike, labelOf, matchesAny } from './editable';
import { nearestMatches } from './nearby';
import { isModEnter } from './send-keys';
import type { Composer, SiteAdapter } from './types';
import {
  X_CANDIDATES,
  X_IGNORED,
  X_POST_LABELS,
  X_REPLYING_TO,
  X_REPLY_BUTTON_TEXT,
  X_REPLY_LABELS,
  X_STATUS_PATH,
  X_SUBMIT,
} from './x-selectors';

type Placement = { kind: 'post' | 'comment'; variant: string };

const REPLY: Placement = { kind: 'comment', variant: 'x-reply' };
const POST: Placement = { kind: 'post', variant: 'x-post' };

function submitControlsOf(root: HTMLElement): HTMLElement[] {
  // The nearest send button: a page can hold the home composer and a reply dialog at once.
  return nearestMatches(root, X_SUBMIT, { maxDepth: 14, stopAt: '[role="dialog"]' });
}

/** The box's placeholder: in Draft a sibling element, present while the box is empty. */
function placeholderOf(root: HTMLElement): string {
  const draftRoot = root.closest('.DraftEditor-root');
  return draftRoot?.querySelector('.public-DraftEditorPlaceholder-inner')?.textContent ?? '';
}

function placementOf(root: HTMLElement): Placement {
  const buttonText = submitControlsOf(root)
    .map((button) => button.textContent?.trim() ?? '')
    .join(' ');
  if (X_REPLY_BUTTON_TEXT.test(buttonText)) return REPLY;
  const label = `${labelOf(root)} | ${placeholderOf(root)}`;
  if (matchesAny(label, X_REPLY_LABELS)) return REPLY;
  const dialog = root.closest('[role="dialog"]');
  if (dialog && X_REPLYING_TO.test(dialog.textContent ?? '')) return REPLY;
  if (matchesAny(label, X_POST_LABELS)) return /add a comment/i.test(label) ? { kind: 'post', variant: 'x-quote' } : POST;
  const path = root.ownerDocument.defaultView?.location.pathname ?? '';
  if (!dialog && X_STATUS_PATH.test(path)) return REPLY;
  return POST;
}

function composerFor(element: Element): Composer | null {
  const root = editableRootOf(element);
  if (!root || root.tagName.toUpperCase() === 'TEXTAREA') return null;
  if (root.matches(X_IGNORED) || root.closest(X_IGNORED) || isSearchLike(root)) return null;
  const placement = placementOf(root);
  return buildComposer({
    site: 'x',
    kind: placement.kind,
    variant: placement.variant,
    element: root,
    submitControls: () => submitControlsOf(root),
    isSendShortcut: isModEnter,
  });
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  matchesHost: (hostname) => ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'].includes(hostname),
  composerFor,
  candidateSelector: X_CANDIDATES,
};
