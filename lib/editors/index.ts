// One driver per editor kind; the site adapter says which kind a box uses.
import type { EditorKind } from '@/lib/sites/types';
import { contentEditableDriver } from './contenteditable';
import { draftDriver } from './draft';
import { lexicalDriver } from './lexical';
import { textareaDriver } from './textarea';
import type { EditorDriver } from './types';

const DRIVERS: Record<EditorKind, EditorDriver> = {
  textarea: textareaDriver,
  lexical: lexicalDriver,
  draft: draftDriver,
  contenteditable: contentEditableDriver,
};

export function driverFor(kind: EditorKind): EditorDriver {
  return DRIVERS[kind];
}

export { applySuggestion, isSpanWithin, sameEditorText, type TextSpan } from './edit';
export { readBlockText, type BlockText, type DomPoint } from './block-text';
export type { EditorDriver, EditorSnapshot } from './types';
