// Lexical (Facebook's posts, comments and replies). Lexical reads the DOM selection when it
// handles `beforeinput`, so typing over a selected Range with the browser's insertText
// command goes through Lexical's own update and history. Several lines go in as a paste:
// Lexical makes one paragraph per line of a plain-text paste, as when a person pastes, while
// insertText would turn them into line breaks inside one paragraph.
import { createRichTextDriver, type WritePath } from './rich-text-driver';

export const lexicalDriver = createRichTextDriver({
  kind: 'lexical',
  pathsFor(text): WritePath[] {
    if (text === '') return ['insertText'];
    return text.includes('\n') ? ['paste', 'insertText'] : ['insertText', 'paste'];
  },
});
