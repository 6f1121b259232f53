// @vitest-environment jsdom
// Offset maps on the DOM shapes the real editors render (taken from Lexical 0.52 and
// Draft.js 0.11 output, and Chrome's plain contenteditable).
import { readBlockText } from '@/lib/editors/block-text';
import { h, mount } from './dom';

/** Lexical: one <p> per paragraph, text in spans, <br> for an empty paragraph or a line break. */
function lexicalRoot(...paragraphs: HTMLElement[]): HTMLElement {
  return mount(h('div', { contenteditable: 'true', role: 'textbox', 'data-lexical-editor': 'true' }, ...paragraphs));
}
const lexText = (text: string) => h('span', { 'data-lexical-text': 'true' }, text);

/** Draft: content > block > block-inner > leaf spans; an empty block holds <br data-text>. */
function draftRoot(...blocks: (string | null)[]): HTMLElement {
  const blockElements = blocks.map((text, i) => {
    const key = `k${i}-0-0`;
    const leaf = text === null ? h('span', { 'data-offset-key': key }, h('br', { 'data-text': 'true' })) : h('span', { 'data-offset-key': key }, h('span', { 'data-text': 'true' }, text));
    return h('div', { 'data-block': 'true', 'data-editor': 'e1', 'data-offset-key': key }, h('div', { class: 'public-DraftStyleDefault-block', 'data-offset-key': key }, leaf));
  });
  return mount(
    h('div', { class: 'public-DraftEditor-content', contenteditable: 'true', role: 'textbox', 'data-testid': 'tweetTextarea_0' }, h('div', { 'data-contents': 'true' }, ...blockElements)),
  );
}

describe('Lexical paragraphs', () => {
  test('reads paragraphs with one newline between them, an empty paragraph as an empty line', () => {
    const root = lexicalRoot(h('p', {}, lexText('Thanks '), h('strong', { 'data-lexical-text': 'true' }, 'Dana')), h('p', {}, h('br')), h('p', {}, lexText('See you')));
    expect(readBlockText(root).text).toBe('Thanks Dana\n\nSee you');
  });

  test('a finding in the middle of the text becomes a Range over exactly those characters', () => {
    const root = lexicalRoot(h('p', {}, lexText('Thanks '), h('strong', { 'data-lexical-text': 'true' }, 'Dana')), h('p', {}, h('br')), h('p', {}, lexText('See you Tuesday')));
    const read = readBlockText(root);
    const start = read.text.indexOf('Dana');
    expect(read.rangeFor(start, start + 4)!.toString()).toBe('Dana');
    const tuesday = read.text.indexOf('Tuesday');
    const range = read.rangeFor(tuesday, tuesday + 7)!;
    expect(range.startContainer.textContent).toBe('See you Tuesday');
    expect(range.startOffset).toBe(8);
    expect(range.toString()).toBe('Tuesday');
  });

  test('a range across paragraphs starts and ends inside the text nodes', () => {
    const root = lexicalRoot(h('p', {}, lexText('one two')), h('p', {}, lexText('three')));
    const range = readBlockText(root).rangeFor(4, 11)!;
    expect(range.startContainer.nodeValue).toBe('one two');
    expect(range.endContainer.nodeValue).toBe('three');
    expect(range.endOffset).toBe(3);
  });

  test('a line break inside a paragraph reads as a newline, the trailing placeholder <br> does not', () => {
    const root = lexicalRoot(h('p', {}, lexText('line'), h('br'), lexText('two')), h('p', {}, lexText('end'), h('br'), h('br')));
    const read = readBlockText(root);
    expect(read.text).toBe('line\ntwo\nend\n');
    expect(read.rangeFor(5, 8)!.toString()).toBe('two');
  });

  test('an empty editor reads as empty text with a caret point in its paragraph', () => {
    const paragraph = h('p', {}, h('br'));
    const root = lexicalRoot(paragraph);
    const read = readBlockText(root);
    expect(read.text).toBe('');
    expect(read.pointAt(0, 'forward')).toEqual({ node: paragraph, offset: 0 });
    expect(read.rangeFor(0, 0)!.collapsed).toBe(true);
    expect(read.rangeFor(0, 1)).toBeNull();
  });

  test('an editor with no children at all still gives a caret point', () => {
    const root = mount(h('div', { contenteditable: 'true' }));
    expect(readBlockText(root).text).toBe('');
    expect(readBlockText(root).pointAt(0, 'forward')).toEqual({ node: root, offset: 0 });
  });

  test('a decorator (a mention) is one atomic piece: ranges cover it whole, never inside', () => {
    const mention = h('span', { 'data-lexical-decorator': 'true', contenteditable: 'false' }, h('a', {}, '@Dana K.'));
    const root = lexicalRoot(h('p', {}, lexText('Hi '), mention, lexText(' thanks')));
    const read = readBlockText(root);
    expect(read.text).toBe('Hi @Dana K. thanks');
    expect(read.rangeFor(3, 11)!.toString()).toBe('@Dana K.');
    const inside = read.rangeFor(5, 7)!;
    expect(inside.toString()).toBe('@Dana K.');
    expect(read.rangeFor(0, 11)!.toString()).toBe('Hi @Dana K.');
  });

  test('emoji keep UTF-16 offsets, whether text or images with alt text', () => {
    const root = lexicalRoot(h('p', {}, lexText('We ❤️ you 😀 Dana'), h('img', { alt: '🎉', src: 'data:,' }), lexText(' yes')));
    const read = readBlockText(root);
    expect(read.text).toBe('We ❤️ you 😀 Dana🎉 yes');
    const dana = read.text.indexOf('Dana');
    expect(read.rangeFor(dana, dana + 4)!.toString()).toBe('Dana');
    const yes = read.text.indexOf('yes');
    expect(read.rangeFor(yes, yes + 3)!.toString()).toBe('yes');
  });
});

describe('Draft.js blocks', () => {
  test('reads nested block wrappers as one line each, an empty block as an empty line', () => {
    expect(readBlockText(draftRoot('First line', null, 'Third')).text).toBe('First line\n\nThird');
  });

  test('maps a span in the last block and a caret in the empty block', () => {
    const root = draftRoot('First line', null, 'Third one');
    const read = readBlockText(root);
    expect(read.rangeFor(12, 17)!.toString()).toBe('Third');
    const caret = read.pointAt(11, 'forward')!;
    expect((caret.node as Element).getAttribute('data-offset-key')).toBe('k1-0-0');
    expect(caret.offset).toBe(0);
  });

  test('soft newlines inside a block stay in the text', () => {
    expect(readBlockText(draftRoot('a\nb', 'c')).text).toBe('a\nb\nc');
  });

  test('offsets of DOM points come back to the same text offsets', () => {
    const root = draftRoot('First line', null, 'Third');
    const read = readBlockText(root);
    for (let offset = 0; offset <= read.text.length; offset++) {
      const point = read.pointAt(offset, 'forward')!;
      expect(read.offsetOf(point.node, point.offset)).toBe(offset);
    }
  });
});

describe('plain contenteditable', () => {
  test("reads Chrome's shape: first line as text, later lines as divs, <div><br></div> as an empty line", () => {
    const root = mount(h('div', { contenteditable: 'true' }, 'abc', h('div', {}, 'def'), h('div', {}, h('br')), h('div', {}, 'ghi')));
    const read = readBlockText(root);
    expect(read.text).toBe('abc\ndef\n\nghi');
    expect(read.rangeFor(4, 7)!.toString()).toBe('def');
    expect(read.rangeFor(0, 3)!.toString()).toBe('abc');
  });

  test('source formatting whitespace between blocks is not text', () => {
    const root = mount(h('div', { contenteditable: 'true' }, '\n  ', h('p', {}, 'one'), '\n  ', h('p', {}, 'two'), '\n'));
    expect(readBlockText(root).text).toBe('one\ntwo');
  });

  test('lines separated by <br> only', () => {
    const root = mount(h('div', { contenteditable: 'true' }, 'one', h('br'), 'two', h('br'), h('br')));
    const read = readBlockText(root);
    expect(read.text).toBe('one\ntwo\n');
    expect(read.rangeFor(4, 7)!.toString()).toBe('two');
  });
});

describe('offsetOf', () => {
  test('element points between paragraphs belong to the paragraph that holds them', () => {
    const first = h('p', {}, lexText('one'));
    const second = h('p', {}, lexText('two'));
    const root = lexicalRoot(first, second);
    const read = readBlockText(root);
    expect(read.offsetOf(first, 1)).toBe(3);
    expect(read.offsetOf(second, 0)).toBe(4);
    expect(read.offsetOf(root, 2)).toBe(7);
    expect(read.offsetOf(document.body, 0)).toBeNull();
  });

  test('a point after a <br> is the start of the next line', () => {
    const paragraph = h('p', {}, lexText('line'), h('br'), lexText('two'));
    const read = readBlockText(lexicalRoot(paragraph));
    expect(read.offsetOf(paragraph, 2)).toBe(5);
    expect(read.offsetOf(paragraph, 1)).toBe(4);
  });
});
