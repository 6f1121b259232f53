// Facebook: Lexical boxes everywhere. The post composer lives in a "Create post" dialog;
// comment and reply boxes sit under each post (Enter sends there, Shift+Enter is a new line).
// Kind comes from the box's own label first, and from where it sits when the label is
// missing or reworded.
import { buildComposer } from './composer';
import { editableRootOf, isSearchLike, labelOf, matchesAny } from './editable';
import {
  FACEBOOK_CANDIDATES,
  FACEBOOK_COMMENT_LABELS,
  FACEBOOK_COMMENT_SUBMIT,
  FACEBOOK_IGNORED_LABELS,
  FACEBOOK_POST_CONTAINER,
  FACEBOOK_POST_DIALOG_LABELS,
  FACEBOOK_POST_LABELS,
  FACEBOOK_POST_SUBMIT,
} from './facebook-selectors';
import { nearestMatches } from './nearby';
import { isModEnter, isPlainEnter } from './send-keys';
import type { Composer, SiteAdapter } from './types';

type Placement = { kind: 'post' | 'comment'; variant: string };

function placementOf(root: HTMLElement): Placement | null {
  const label = labelOf(root);
  if (matchesAny(label, FACEBOOK_IGNORED_LABELS)) return null;
  if (/write a reply|reply as /i.test(label)) return { kind: 'comment', variant: 'facebook-reply' };
  if (matchesAny(label, FACEBOOK_COMMENT_LABELS)) return { kind: 'comment', variant: 'facebook-comment' };
  if (matchesAny(label, FACEBOOK_POST_LABELS)) return { kind: 'post', variant: 'facebook-post' };
  // No known label: the composer dialog, else a box inside a post is a comment.
  const dialog = root.closest('[role="dialog"]');
  if (dialog && matchesAny(labelOf(dialog), FACEBOOK_POST_DIALOG_LABELS)) return { kind: 'post', variant: 'facebook-post' };
  if (root.closest(FACEBOOK_POST_CONTAINER)) return { kind: 'comment', variant: 'facebook-comment' };
  if (dialog && nearestMatches(root, FACEBOOK_POST_SUBMIT, { maxDepth: 12, stopAt: '[role="dialog"]' }).length > 0) {
    return { kind: 'post', variant: 'facebook-post' };
  }
  return nearestMatches(root, FACEBOOK_COMMENT_SUBMIT, { maxDepth: 4 }).length > 0
    ? { kind: 'comment', variant: 'facebook-comment' }
    : { kind: 'post', variant: 'facebook-post' };
}

function composerFor(element: Element): Composer | null {
  const root = editableRootOf(element);
  if (!root || isSearchLike(root)) return null;
  const placement = placementOf(root);
  if (!placement) return null;
  const isPost = placement.kind === 'post';
  return buildComposer({
    site: 'facebook',
    kind: placement.kind,
    variant: placement.variant,
    element: root,
    submitControls: () =>
      isPost
        ? nearestMatches(root, FACEBOOK_POST_SUBMIT, { maxDepth: 12, stopAt: '[role="dialog"]' })
        : nearestMatches(root, FACEBOOK_COMMENT_SUBMIT, { maxDepth: 6, stopAt: FACEBOOK_POST_CONTAINER }),
    // The composer sends on Ctrl/Cmd+Enter; comments on Enter, unless a mention list is open
    // (Enter then picks the name).
    isSendShortcut: (event) => (isPost ? isModEnter(event) : isPlainEnter(event) && root.getAttribute('aria-expanded') !== 'true'),
  });
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  matchesHost: (hostname) => hostname === 'facebook.com' || hostname.endsWith('.facebook.com'),
  composerFor,
  candidateSelector: FACEBOOK_CANDIDATES,
};
