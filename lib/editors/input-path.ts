// The ways text gets into a site's editor so that the editor's own state (Lexical's editor
// state, Draft's ContentState, React's value) follows: the browser's editing commands and a
// synthetic paste, both of which the editors handle as if the person had typed or pasted.
// Setting the DOM or `.value` directly is never used: React and the editors revert it.

/** Lets the page's handlers run (React flushes, Lexical reconciles, Draft re-renders). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function settle(): Promise<void> {
  await nextTask();
  await nextTask();
}

/**
 * Resolves on the next `selectionchange` (editors learn about a new selection from it; Draft
 * ignores a keystroke's selection until then) or after `timeoutMs`.
 */
export function nextSelectionChange(doc: Document, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

/** Whether focus is in `element` (the editor root or something inside it). */
export function hasFocusWithin(element: HTMLElement): boolean {
  const active = element.ownerDocument.activeElement;
  return active !== null && (active === element || element.contains(active));
}

/**
 * Types `text` over the current selection the way the browser's own typing does: one
 * `beforeinput`/`input` pair the editors handle, and one entry in the undo history. An empty
 * `text` deletes the selection. False when the browser refused the command.
 */
export function insertTextCommand(doc: Document, text: string): boolean {
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Pastes `text` as plain text at the current selection by dispatching a `paste` event with
 * a DataTransfer. Editors (Lexical, Draft) handle it as a real paste — one undo step, one
 * paragraph per line. Returns whether an editor took it (it cancels the default); the
 * browser itself does nothing for a synthetic paste.
 */
export function pasteText(target: Element, text: string): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** The element the selection's focus is in: where a real keystroke or paste would land. */
export function selectionTarget(fallback: HTMLElement): Element {
  const selection = fallback.ownerDocument.getSelection();
  const node = selection?.focusNode;
  const element = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  return element && (element === fallback || fallback.contains(element)) ? element : fallback;
}
