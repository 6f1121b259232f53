// Any other contenteditable (a site that dropped its editor's marker, or an editor we do not
// know). A site's own editor, if any, gets the first chance at multi-line text through a
// paste; when nobody takes the paste, the browser's insertText does the work and its
// paragraphs read back as lines.
import { createRichTextDriver, type WritePath } from './rich-text-driver';

export const contentEditableDriver = createRichTextDriver({
  kind: 'contenteditable',
  pathsFor(text): WritePath[] {
    if (text === '') return ['insertText'];
    return text.includes('\n') ? ['paste', 'insertText'] : ['insertText', 'paste'];
  },
});
