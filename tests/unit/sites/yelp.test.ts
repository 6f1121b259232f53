// @vitest-environment jsdom
// Yelp boxes on fixture-like DOM: biz.yelp.com's public comment and private message under a
// review, www.yelp.com's owner comment, reworded forms, and what is not a reply.
import { yelpAdapter } from '@/lib/sites/yelp';
import { h } from '../editors/dom';
import { key } from './keys';

const REVIEW_TEXT = 'Waited over an hour past my appointment time and nobody at the front desk even apologized.';

function reviewBody(options: { textClass?: string } = {}): HTMLElement {
  return h(
    'div',
    {},
    h('p', {}, 'Dana K.'),
    h('div', { role: 'img', 'aria-label': '1 star rating', 'data-stars': '1' }, '★☆☆☆☆'),
    h('span', {}, '11/2/2026'),
    h('p', options.textClass ? { class: options.textClass } : {}, REVIEW_TEXT),
  );
}

function form(attributes: Record<string, string>, heading: string | null, button: string): { form: HTMLElement; box: HTMLTextAreaElement; submit: HTMLElement } {
  const box = h('textarea', attributes) as HTMLTextAreaElement;
  const submit = h('button', { type: 'submit' }, button);
  const element = h('form', {}, ...(heading ? [h('h4', {}, heading)] : []), box, submit);
  return { form: element, box, submit };
}

beforeEach(() => document.body.replaceChildren());

describe('biz.yelp.com', () => {
  test('the public comment under a review is a review reply with the review and its stars', () => {
    const pub = form({ name: 'public_comment', 'aria-label': 'Public comment', placeholder: 'Write a public comment' }, 'Public comment', 'Post public comment');
    document.body.append(h('section', {}, reviewBody({ textClass: 'yelp-review-text' }), h('div', {}, pub.form)));
    const composer = yelpAdapter.composerFor(pub.box)!;
    expect(composer).toMatchObject({ site: 'yelp', kind: 'review-reply', editor: 'textarea', variant: 'yelp-public-reply', anchor: pub.form });
    expect(composer.review?.()).toEqual({ text: REVIEW_TEXT, stars: 1 });
    expect(composer.submitControls()).toEqual([pub.submit]);
    expect(composer.isSendShortcut(key('Enter'))).toBe(false);
    expect(composer.isSendShortcut(key('Enter', { ctrlKey: true }))).toBe(false);
  });

  test('the private message to the reviewer is a review reply too, told apart by its variant', () => {
    const priv = form({ name: 'private_message', 'aria-label': 'Private message', placeholder: 'Write a private message to Dana K.' }, 'Private message', 'Send message');
    document.body.append(h('section', {}, reviewBody(), h('div', {}, priv.form)));
    const composer = yelpAdapter.composerFor(priv.box)!;
    expect(composer).toMatchObject({ kind: 'review-reply', variant: 'yelp-private-message' });
    expect(composer.submitControls()).toEqual([priv.submit]);
  });

  test('a reworded form with no known words still answers the review it sits under', () => {
    const plain = form({}, null, 'Go');
    document.body.append(h('section', {}, reviewBody(), plain.form));
    const composer = yelpAdapter.composerFor(plain.box)!;
    expect(composer).toMatchObject({ kind: 'review-reply', variant: 'yelp-review-reply' });
    // No review-text marker: the review is still read, and the reviewer's name is not taken for it.
    expect(composer.review?.()).toEqual({ text: REVIEW_TEXT, stars: 1 });
  });

  test("the owner's earlier comment shown under the review is not read as the review", () => {
    const pub = form({ 'aria-label': 'Public comment' }, null, 'Post public comment');
    const longOwnerComment = 'Thank you for your feedback. We take every concern seriously and would welcome a call to the office so we can talk.';
    document.body.append(h('section', {}, reviewBody(), h('div', { class: 'yelp-owner-comment' }, h('p', {}, longOwnerComment)), pub.form));
    expect(yelpAdapter.composerFor(pub.box)?.review?.()?.text).toBe(REVIEW_TEXT);
  });
});

describe('www.yelp.com', () => {
  test("the business owner's comment under a review is a review reply", () => {
    const owner = form({ name: 'owner_comment', 'aria-label': 'Business owner comment', placeholder: 'Add a public comment as the business owner' }, null, 'Post comment');
    document.body.append(h('section', {}, reviewBody(), owner.form));
    expect(yelpAdapter.composerFor(owner.box)).toMatchObject({ kind: 'review-reply', variant: 'yelp-owner-comment' });
  });

  test('search inputs, a textarea away from any review and writing one\'s own review are left alone', () => {
    const search = h('input', { type: 'text', name: 'find_desc', 'aria-label': 'Search Yelp' });
    const location = h('input', { type: 'text', name: 'find_loc', 'aria-label': 'Location' });
    const stray = h('textarea', { 'aria-label': 'Notes' });
    const ownReview = form({ 'aria-label': 'Write your review', placeholder: 'Start your review…' }, null, 'Post review');
    document.body.append(search, location, h('div', {}, stray), h('section', {}, reviewBody(), ownReview.form));
    for (const element of [search, location, stray, ownReview.box]) expect(yelpAdapter.composerFor(element)).toBeNull();
    expect(search.matches(yelpAdapter.candidateSelector)).toBe(false);
  });

  test('a reply form that moved to a rich editor degrades to a plain contenteditable', () => {
    const box = h('div', { contenteditable: 'true', role: 'textbox', 'aria-label': 'Business owner comment' });
    document.body.append(h('section', {}, reviewBody(), h('form', {}, box, h('button', { type: 'submit' }, 'Post comment'))));
    expect(yelpAdapter.composerFor(box)).toMatchObject({ kind: 'review-reply', editor: 'contenteditable', variant: 'yelp-owner-comment' });
  });

  test('a textarea under a list of several reviews belongs to none of them', () => {
    const stray = h('textarea', {});
    document.body.append(h('div', {}, h('section', {}, reviewBody()), h('section', {}, reviewBody()), h('div', {}, stray)));
    expect(yelpAdapter.composerFor(stray)).toBeNull();
  });

  test('a disabled textarea is not a box', () => {
    const owner = form({ 'aria-label': 'Business owner comment', disabled: '' }, null, 'Post comment');
    document.body.append(h('section', {}, reviewBody(), owner.form));
    expect(yelpAdapter.composerFor(owner.box)).toBeNull();
  });
});
