// Draft.js (X's posts, replies and quotes). Draft keeps its own ContentState and takes typed
// text from `beforeinput`/`textInput` with the selection it last saw. Typing a single line
// over a selection is handled entirely by Draft (it replaces the span in its state); but
// text inserted at a bare caret in an empty block is left to the browser and then
// reconciled, which is where X shows duplicated text, and several lines typed at once lose
// the earlier paragraphs. A plain-text paste always goes through Draft's own
// replaceWithFragment — one block per line, one undo step — so it is the path for those.
import { createRichTextDriver, type WritePath } from './rich-text-driver';

export const draftDriver = createRichTextDriver({
  kind: 'draft',
  pathsFor(text, collapsed): WritePath[] {
    if (text === '') return ['insertText'];
    if (!collapsed && !text.includes('\n')) return ['insertText', 'paste'];
    return ['paste'];
  },
});
