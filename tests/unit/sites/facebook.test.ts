// @vitest-environment jsdom
// Facebook boxes on fixture-like DOM: the composer dialog, comments, replies, Page comments,
// boxes whose markers are missing, and the inputs the assistant must leave alone.
import { facebookAdapter } from '@/lib/sites/facebook';
import { h } from '../editors/dom';
import { key } from './keys';

function lexicalBox(label: string | null, attributes: Record<string, string> = {}): HTMLElement {
  return h('div', {
    contenteditable: 'true',
    role: 'textbox',
    'data-lexical-editor': 'true',
    spellcheck: 'true',
    ...(label === null ? {} : { 'aria-label': label }),
    ...attributes,
  });
}

function composerDialog(box: HTMLElement): { dialog: HTMLElement; post: HTMLElement } {
  const post = h('div', { role: 'button', 'aria-label': 'Post', tabindex: '0' }, 'Post');
  const dialog = h('div', { role: 'dialog', 'aria-labelledby': 'dlg-title' }, h('h2', { id: 'dlg-title' }, 'Create post'), h('div', {}, h('div', { class: 'box' }, box)), post);
  document.body.append(dialog);
  return { dialog, post };
}

function postWithCommentBox(box: HTMLElement): { article: HTMLElement; send: HTMLElement; leaveComment: HTMLElement } {
  const send = h('div', { role: 'button', 'aria-label': 'Comment', 'aria-disabled': 'true' }, '➤');
  const leaveComment = h('div', { role: 'button', 'aria-label': 'Leave a comment' }, 'Comment');
  const article = h('div', { role: 'article' }, h('p', {}, 'We are open Saturday.'), h('div', {}, leaveComment), h('form', {}, h('div', {}, box), send));
  document.body.append(h('div', { role: 'feed' }, article));
  return { article, send, leaveComment };
}

beforeEach(() => document.body.replaceChildren());

describe('the post composer', () => {
  test('"What\'s on your mind?" in the Create post dialog is a Lexical post sent by its Post button or Ctrl+Enter', () => {
    const box = lexicalBox("What's on your mind, Riverbend?");
    const { post } = composerDialog(box);
    const composer = facebookAdapter.composerFor(box)!;
    expect(composer).toMatchObject({ site: 'facebook', kind: 'post', editor: 'lexical', variant: 'facebook-post', element: box });
    expect(composer.submitControls()).toEqual([post]);
    expect(composer.isSendShortcut(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(composer.isSendShortcut(key('Enter', { metaKey: true }))).toBe(true);
    expect(composer.isSendShortcut(key('Enter'))).toBe(false);
  });

  test('a Page\'s "Create a public post…" box is a post', () => {
    const box = lexicalBox('Create a public post…');
    document.body.append(box);
    expect(facebookAdapter.composerFor(box)?.kind).toBe('post');
  });

  test('without a label, a box in the Create post dialog is still the post composer', () => {
    const box = lexicalBox(null);
    composerDialog(box);
    expect(facebookAdapter.composerFor(box)).toMatchObject({ kind: 'post', variant: 'facebook-post' });
  });

  test('the anchor for the assistant is outside the editor', () => {
    const box = lexicalBox("What's on your mind?");
    composerDialog(box);
    const composer = facebookAdapter.composerFor(box)!;
    expect(composer.anchor).toBe(box.parentElement);
    expect(box.contains(composer.anchor)).toBe(false);
  });
});

describe('comments and replies', () => {
  test('"Write a comment…" under a post is a comment sent by Enter, Shift+Enter is a new line', () => {
    const box = lexicalBox('Write a comment…');
    const { send, leaveComment } = postWithCommentBox(box);
    const composer = facebookAdapter.composerFor(box)!;
    expect(composer).toMatchObject({ kind: 'comment', editor: 'lexical', variant: 'facebook-comment' });
    expect(composer.submitControls()).toEqual([send]);
    expect(composer.submitControls()).not.toContain(leaveComment);
    expect(composer.isSendShortcut(key('Enter'))).toBe(true);
    expect(composer.isSendShortcut(key('Enter', { shiftKey: true }))).toBe(false);
  });

  test('Enter picks a name while the mention list is open, so it does not count as sending', () => {
    const box = lexicalBox('Write a comment…', { 'aria-expanded': 'true' });
    postWithCommentBox(box);
    expect(facebookAdapter.composerFor(box)!.isSendShortcut(key('Enter'))).toBe(false);
  });

  test.each([
    ['Write a reply…', 'facebook-reply'],
    ['Reply as Riverbend Family Dental', 'facebook-reply'],
    ['Comment as Riverbend Family Dental', 'facebook-comment'],
    ['Write a public comment…', 'facebook-comment'],
  ])('"%s" is a comment (%s)', (label, variant) => {
    const box = lexicalBox(label);
    postWithCommentBox(box);
    expect(facebookAdapter.composerFor(box)).toMatchObject({ kind: 'comment', variant });
  });

  test('a comment box that lost both its label and the Lexical marker is a plain contenteditable comment', () => {
    const box = h('div', { contenteditable: 'true', role: 'textbox' });
    postWithCommentBox(box);
    expect(facebookAdapter.composerFor(box)).toMatchObject({ kind: 'comment', editor: 'contenteditable' });
  });

  test('focus on a span inside the editor resolves to the editor root', () => {
    const inner = h('span', { 'data-lexical-text': 'true' }, 'hi');
    const box = lexicalBox('Write a comment…');
    box.append(h('p', {}, inner));
    postWithCommentBox(box);
    expect(facebookAdapter.composerFor(inner)?.element).toBe(box);
  });
});

describe('inputs left alone', () => {
  test('the header search, Messenger and plain inputs are not composers', () => {
    const search = h('input', { type: 'search', 'aria-label': 'Search Facebook', placeholder: 'Search Facebook' });
    const messenger = lexicalBox('Message');
    const text = h('input', { type: 'text', 'aria-label': 'Write a comment…' });
    const readOnly = h('div', { contenteditable: 'false', role: 'textbox', 'aria-label': 'Write a comment…' });
    document.body.append(search, messenger, text, readOnly);
    for (const element of [search, messenger, text, readOnly]) expect(facebookAdapter.composerFor(element)).toBeNull();
    expect(search.matches(facebookAdapter.candidateSelector)).toBe(false);
  });
});
