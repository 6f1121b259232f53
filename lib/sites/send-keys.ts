// Keyboard sends on the sites. An IME composition's Enter confirms a word, never sends.

/** Ctrl+Enter or Cmd+Enter (X, Facebook's post composer). */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}

/** Enter alone, no Shift or other modifier (Facebook comments and replies). */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
}
