// Keyboard events as the sites see them.
export function key(keyName: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean } = {}): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ...modifiers });
}
