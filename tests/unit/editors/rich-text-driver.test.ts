// @vitest-environment jsdom
// The write-verify-roll-back procedure of the contenteditable drivers, against simulated
// editors: one that behaves, one that ignores typed text but takes a paste, one that doubles
// what it is given (the Draft.js failure other assistants ran into). jsdom has no editing
// commands, so `execCommand` is played by a small stand-in that edits the selected Range
// and keeps an undo history, as a browser does.
import { contentEditableDriver } from '@/lib/editors/contenteditable';
import { readBlockText } from '@/lib/editors/block-text';
import { h, mount } from './dom';

type Behaviour = 'normal' | 'ignores-typing' | 'doubles';

interface Simulated {
  root: HTMLElement;
  commands: string[];
}

/** A contenteditable whose "browser" edits as `behaviour` says; `pasteWorks` adds a paste handler. */
function simulatedEditor(text: string, behaviour: Behaviour, options: { pasteWorks?: boolean; undoWorks?: boolean } = {}): Simulated {
  const paragraphs = text.split('\n').map((line) => h('p', {}, ...(line ? [line] : [h('br')])));
  const root = mount(h('div', { contenteditable: 'true', role: 'textbox' }, ...paragraphs));
  const history: Node[][] = [];
  const commands: string[] = [];

  const insertAtSelection = (value: string) => {
    const range = document.getSelection()!.getRangeAt(0);
    history.push([...root.childNodes].map((n) => n.cloneNode(true)));
    // Like a browser, deleting across paragraphs joins the first and the last.
    const startBlock = (range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement)!.closest('p');
    const endBlock = (range.endContainer.nodeType === 1 ? (range.endContainer as Element) : range.endContainer.parentElement)!.closest('p');
    // A marker keeps the place where the selection started through the deletion.
    const marker = document.createTextNode('');
    range.insertNode(marker);
    range.setStartAfter(marker);
    range.deleteContents();
    if (startBlock && endBlock && startBlock !== endBlock && endBlock.isConnected) {
      startBlock.append(...endBlock.childNodes);
      endBlock.remove();
    }
    const node = document.createTextNode(value);
    marker.after(node);
    marker.remove();
    range.setStartAfter(node);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  };

  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string, _ui?: boolean, value?: string) => {
      commands.push(command);
      if (command === 'undo') {
        const previous = options.undoWorks === false ? undefined : history.pop();
        if (previous) root.replaceChildren(...previous);
        return Boolean(previous);
      }
      if (command === 'insertText' || command === 'delete') {
        if (behaviour === 'ignores-typing') return true;
        const inserted = command === 'delete' ? '' : (value ?? '');
        insertAtSelection(behaviour === 'doubles' ? inserted + inserted : inserted);
        return true;
      }
      return false;
    },
  });

  if (options.pasteWorks) {
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      commands.push('paste');
      insertAtSelection((event as ClipboardEvent).clipboardData!.getData('text/plain'));
    });
  }
  return { root, commands };
}

/** jsdom lacks DataTransfer and ClipboardEvent; the paste path needs both. */
class FakeDataTransfer {
  private readonly data = new Map<string, string>();
  setData(type: string, value: string) {
    this.data.set(type, value);
  }
  getData(type: string) {
    return this.data.get(type) ?? '';
  }
}
class FakeClipboardEvent extends Event {
  readonly clipboardData: FakeDataTransfer;
  constructor(type: string, init: EventInit & { clipboardData: FakeDataTransfer }) {
    super(type, init);
    this.clipboardData = init.clipboardData;
  }
}

beforeEach(() => {
  Object.assign(window, { DataTransfer: FakeDataTransfer, ClipboardEvent: FakeClipboardEvent });
});

const TEXT = 'Thanks for visiting\nHow is your root canal?';

test('a well-behaved editor gets the replacement once, with the caret after it', async () => {
  const { root, commands } = simulatedEditor(TEXT, 'normal');
  const start = TEXT.indexOf('root canal');
  expect(await contentEditableDriver.replaceRange(root, start, start + 10, 'visit')).toBe(true);
  expect(readBlockText(root).text).toBe('Thanks for visiting\nHow is your visit?');
  expect(contentEditableDriver.readSelection!(root)).toEqual({ start: start + 5, end: start + 5 });
  expect(commands).toEqual(['insertText']);
});

test('an editor that ignores typed text gets the text by paste instead', async () => {
  const { root, commands } = simulatedEditor(TEXT, 'ignores-typing', { pasteWorks: true });
  const start = TEXT.indexOf('root canal');
  expect(await contentEditableDriver.replaceRange(root, start, start + 10, 'visit')).toBe(true);
  expect(readBlockText(root).text).toBe('Thanks for visiting\nHow is your visit?');
  expect(commands).toEqual(['insertText', 'paste']);
});

test('an editor that takes nothing is left as it was, and the driver says so', async () => {
  const { root } = simulatedEditor(TEXT, 'ignores-typing');
  expect(await contentEditableDriver.replaceRange(root, 0, 6, 'Thank you')).toBe(false);
  expect(readBlockText(root).text).toBe(TEXT);
});

test('an editor that doubles the text is rolled back with its own undo: no duplicated text stays', async () => {
  const { root, commands } = simulatedEditor(TEXT, 'doubles');
  const start = TEXT.indexOf('root canal');
  expect(await contentEditableDriver.replaceRange(root, start, start + 10, 'visit')).toBe(false);
  expect(readBlockText(root).text).toBe(TEXT);
  expect(commands).toEqual(['insertText', 'undo']);
});

test('without a working undo, the original is written back through a path that works', async () => {
  // Typing doubles, undo does nothing, paste works: the rollback must end on the original.
  const { root } = simulatedEditor(TEXT, 'doubles', { undoWorks: false, pasteWorks: true });
  expect(await contentEditableDriver.replaceRange(root, 0, 6, 'Thank you')).toBe(false);
  expect(readBlockText(root).text).toBe(TEXT);
});

test('a span from an older, longer text is refused without touching the editor', async () => {
  const { root, commands } = simulatedEditor('short', 'normal');
  expect(await contentEditableDriver.replaceRange(root, 2, 40, 'x')).toBe(false);
  expect(commands).toEqual([]);
  expect(readBlockText(root).text).toBe('short');
});

test('setText replaces every paragraph and leaves the caret at the end', async () => {
  const { root } = simulatedEditor(TEXT, 'normal');
  expect(await contentEditableDriver.setText(root, 'Please call the office.')).toBe(true);
  expect(readBlockText(root).text).toBe('Please call the office.');
  expect(contentEditableDriver.readSelection!(root)).toEqual({ start: 23, end: 23 });
});
