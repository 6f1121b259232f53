// Yelp: React-controlled textareas. On biz.yelp.com each review has a public comment form
// and a separate private message form; on www.yelp.com the owner can comment under a review.
//
// All three are `review-reply`. The public comment obviously is. The private message is
// too: it answers the same reviewer about the same review, the reviewer's identity is only
// what they chose to show Yelp, and Yelp messages are not a secure channel for health
// details — so confirming a visit or a treatment there is the same disclosure risk, and the
// checks must judge it as strictly. The `variant` keeps them apart for wording and logs.
import { buildComposer } from './composer';
import { editableRootOf, isSearchLike, labelOf, matchesAny } from './editable';
import { buttonsNamed, nearestMatches } from './nearby';
import type { Composer, ReviewContext, SiteAdapter } from './types';
import {
  YELP_CANDIDATES,
  YELP_IGNORED,
  YELP_OWNER_COMMENT,
  YELP_PRIVATE_MESSAGE,
  YELP_PUBLIC_REPLY,
  YELP_REVIEW_TEXT,
  YELP_STAR_RATING,
  YELP_SUBMIT_TEXT,
} from './yelp-selectors';

/** How far up from a form a review's container may be. */
const REVIEW_DEPTH = 8;

/**
 * The element holding the review this box answers: the nearest ancestor showing a rating,
 * if it shows exactly one (an ancestor holding several reviews is a list, not this box's).
 */
function reviewContainerOf(box: HTMLElement): Element | null {
  let container = box.parentElement;
  for (let depth = 0; container && depth < REVIEW_DEPTH; depth++) {
    if (container === container.ownerDocument.body) return null;
    const ratings = container.querySelectorAll(YELP_STAR_RATING).length;
    if (ratings === 1) return container;
    if (ratings > 1) return null;
    container = container.parentElement;
  }
  return null;
}

/** Everything a person reads as the box's name: its label, the form's, the button's. */
function wordsAround(box: HTMLElement): string[] {
  const form = box.closest('form');
  const buttons = form ? buttonsNamed(form, /\S/) : [];
  return [
    labelOf(box),
    box.getAttribute('name') ?? '',
    form ? labelOf(form) : '',
    form?.querySelector('h1, h2, h3, h4, h5, h6, legend, label')?.textContent ?? '',
    ...buttons.map((b) => b.textContent?.trim() ?? ''),
  ].filter(Boolean);
}

function variantOf(box: HTMLElement): string | null {
  const words = wordsAround(box);
  const any = (patterns: readonly RegExp[]) => words.some((w) => matchesAny(w, patterns));
  if (any(YELP_IGNORED)) return null;
  if (any(YELP_PRIVATE_MESSAGE)) return 'yelp-private-message';
  if (any(YELP_OWNER_COMMENT)) return 'yelp-owner-comment';
  if (any(YELP_PUBLIC_REPLY)) return 'yelp-public-reply';
  // Words reworded or missing: a form right under a review still answers it.
  return reviewContainerOf(box) ? 'yelp-review-reply' : null;
}

function starsIn(container: Element): number | undefined {
  const rating = container.querySelector(YELP_STAR_RATING);
  if (!rating) return undefined;
  const source = rating.getAttribute('data-stars') ?? rating.getAttribute('aria-label') ?? '';
  const value = Number.parseFloat(/\d+(\.\d+)?/.exec(source)?.[0] ?? '');
  return value >= 1 && value <= 5 ? Math.round(value) : undefined;
}

/**
 * The review's text: a known review-text element, else the longest paragraph shown before
 * the box that is not part of a form or of the owner's earlier comment.
 */
function reviewTextIn(container: Element, box: HTMLElement): string | undefined {
  const marked = container.querySelector(YELP_REVIEW_TEXT)?.textContent?.trim();
  if (marked) return marked;
  const paragraphs = [...container.querySelectorAll('p')]
    .filter((p) => !p.closest('form') && !p.closest('[class*="owner" i]'))
    .filter((p) => Boolean(p.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING))
    .map((p) => p.textContent?.trim() ?? '')
    .sort((a, b) => b.length - a.length);
  return paragraphs[0] || undefined;
}

function reviewFor(box: HTMLElement): ReviewContext | undefined {
  const container = reviewContainerOf(box);
  if (!container) return undefined;
  const review: ReviewContext = { text: reviewTextIn(container, box), stars: starsIn(container) };
  return review.text === undefined && review.stars === undefined ? undefined : review;
}

function submitControlsOf(box: HTMLElement): HTMLElement[] {
  const form = box.closest('form');
  if (form) {
    const submit = [...form.querySelectorAll<HTMLElement>('button[type="submit"], input[type="submit"]')];
    return submit.length > 0 ? submit : buttonsNamed(form, YELP_SUBMIT_TEXT);
  }
  return nearestMatches(box, 'button, [role="button"]', { maxDepth: 3 }).filter((b) => YELP_SUBMIT_TEXT.test(b.textContent?.trim() ?? ''));
}

function composerFor(element: Element): Composer | null {
  const box = editableRootOf(element);
  if (!box || isSearchLike(box)) return null;
  const variant = variantOf(box);
  if (!variant) return null;
  return buildComposer({
    site: 'yelp',
    kind: 'review-reply',
    variant,
    element: box,
    submitControls: () => submitControlsOf(box),
    // Enter is a new line in Yelp's textareas; only the buttons send.
    isSendShortcut: () => false,
    review: () => reviewFor(box),
  });
}

export const yelpAdapter: SiteAdapter = {
  site: 'yelp',
  matchesHost: (hostname) => hostname === 'yelp.com' || hostname.endsWith('.yelp.com'),
  composerFor,
  candidateSelector: YELP_CANDIDATES,
};
