// @vitest-environment jsdom
// X boxes on fixture-like DOM (Draft.js markup with X's test ids): the home composer, the
// reply on a status page, the reply and quote dialogs, missing markers, and ignored inputs.
import { xAdapter } from '@/lib/sites/x';
import { h } from '../editors/dom';
import { key } from './keys';

/** Draft's markup around X's box; `placeholder` is drawn only while the box is empty. */
function draftBox(placeholder: string | null, testId = 'tweetTextarea_0'): { wrapper: HTMLElement; box: HTMLElement } {
  const box = h(
    'div',
    { class: 'notranslate public-DraftEditor-content', contenteditable: 'true', role: 'textbox', 'aria-label': 'Post text', 'data-testid': testId },
    h('div', { 'data-contents': 'true' }),
  );
  const root = h(
    'div',
    { class: 'DraftEditor-root' },
    ...(placeholder === null ? [] : [h('div', { class: 'public-DraftEditorPlaceholder-root' }, h('div', { class: 'public-DraftEditorPlaceholder-inner' }, placeholder))]),
    h('div', { class: 'DraftEditor-editorContainer' }, box),
  );
  return { wrapper: h('div', { class: 'compose' }, root), box };
}

function withButton(wrapper: HTMLElement, testId: string, text: string): HTMLElement {
  const button = h('button', { type: 'button', 'data-testid': testId }, text);
  wrapper.append(button);
  return button;
}

beforeEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', '/home');
});

test('the home composer is a Draft post, sent by tweetButtonInline or Ctrl/Cmd+Enter', () => {
  const { wrapper, box } = draftBox('What is happening?!');
  const send = withButton(wrapper, 'tweetButtonInline', 'Post');
  document.body.append(wrapper);
  const composer = xAdapter.composerFor(box)!;
  expect(composer).toMatchObject({ site: 'x', kind: 'post', editor: 'draft', variant: 'x-post', element: box, anchor: wrapper });
  expect(composer.submitControls()).toEqual([send]);
  expect(composer.isSendShortcut(key('Enter', { ctrlKey: true }))).toBe(true);
  expect(composer.isSendShortcut(key('Enter', { metaKey: true }))).toBe(true);
  expect(composer.isSendShortcut(key('Enter'))).toBe(false);
});

test('the box on a status page with a "Reply" button and "Post your reply" is a comment', () => {
  history.replaceState(null, '', '/springfieldnews/status/1001');
  const { wrapper, box } = draftBox('Post your reply');
  const send = withButton(wrapper, 'tweetButton', 'Reply');
  document.body.append(wrapper);
  const composer = xAdapter.composerFor(box)!;
  expect(composer).toMatchObject({ kind: 'comment', variant: 'x-reply' });
  expect(composer.submitControls()).toEqual([send]);
});

test.each([
  ['the Reply button alone', null, 'Reply', '/home'],
  ['the placeholder alone', 'Post your reply', '', '/home'],
  ['the status page URL alone', null, '', '/taylorm/status/1003'],
])('a reply is recognised by %s', (_, placeholder, buttonText, path) => {
  history.replaceState(null, '', path);
  const { wrapper, box } = draftBox(placeholder);
  withButton(wrapper, 'tweetButton', buttonText);
  document.body.append(wrapper);
  expect(xAdapter.composerFor(box)?.kind).toBe('comment');
});

test('a box in a "Replying to @name" dialog is a comment; the home composer behind it stays a post', () => {
  const home = draftBox('What is happening?!');
  const homeSend = withButton(home.wrapper, 'tweetButtonInline', 'Post');
  const reply = draftBox(null);
  const replySend = withButton(reply.wrapper, 'tweetButton', 'Post');
  document.body.append(home.wrapper, h('div', { role: 'dialog' }, h('div', {}, 'Replying to ', h('a', {}, '@springfieldnews')), reply.wrapper));
  expect(xAdapter.composerFor(reply.box)?.kind).toBe('comment');
  expect(xAdapter.composerFor(reply.box)?.submitControls()).toEqual([replySend]);
  expect(xAdapter.composerFor(home.box)?.kind).toBe('post');
  expect(xAdapter.composerFor(home.box)?.submitControls()).toEqual([homeSend]);
});

test('a quote ("Add a comment" over an embedded post) is a new post', () => {
  history.replaceState(null, '', '/springfieldnews/status/1001');
  const { wrapper, box } = draftBox('Add a comment');
  withButton(wrapper, 'tweetButton', 'Post');
  document.body.append(h('div', { role: 'dialog' }, wrapper, h('article', {}, 'Which local dentists are open on Saturdays?')));
  expect(xAdapter.composerFor(box)).toMatchObject({ kind: 'post', variant: 'x-quote' });
});

test('a thread item (tweetTextarea_1) is found by the candidate selector', () => {
  const { wrapper, box } = draftBox('Add another post', 'tweetTextarea_1');
  document.body.append(wrapper);
  expect(box.matches(xAdapter.candidateSelector)).toBe(true);
  expect(xAdapter.composerFor(box)?.kind).toBe('post');
});

test('a box without the Draft markup degrades to a plain contenteditable', () => {
  const box = h('div', { contenteditable: 'true', role: 'textbox', 'data-testid': 'tweetTextarea_0' });
  document.body.append(h('div', {}, box));
  expect(xAdapter.composerFor(box)).toMatchObject({ kind: 'post', editor: 'contenteditable' });
});

test('search, direct messages and the test id on a label are left alone', () => {
  const search = h('input', { 'data-testid': 'SearchBox_Search_Input', type: 'text', role: 'combobox', 'aria-label': 'Search query' });
  const dm = h('div', { contenteditable: 'true', role: 'textbox', 'data-testid': 'dmComposerTextInput' });
  const label = h('label', { 'data-testid': 'tweetTextarea_0_label' }, 'Post text');
  document.body.append(search, dm, label);
  for (const element of [search, dm, label]) expect(xAdapter.composerFor(element)).toBeNull();
  expect(search.matches(xAdapter.candidateSelector)).toBe(false);
  expect(label.matches(xAdapter.candidateSelector)).toBe(false);
});
