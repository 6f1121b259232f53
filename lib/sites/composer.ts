// Builds the Composer an adapter returns: the site-specific traits plus what follows from
// the element itself (editor kind, where the assistant's UI goes).
import { anchorFor, editorKindOf } from './editable';
import type { Composer } from './types';

export type ComposerTraits = Omit<Composer, 'editor' | 'anchor'>;

export function buildComposer(traits: ComposerTraits): Composer {
  const editor = editorKindOf(traits.element);
  return { ...traits, editor, anchor: anchorFor(traits.element, editor) };
}
