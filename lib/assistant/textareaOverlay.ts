// Underlines for textareas, which cannot hold highlights: a mirrored copy of the text with the
// textarea's font, padding and scroll, laid over it with pointer-events: none inside our
// shadow root. The copy's text is transparent; only the underlines show.
import type { Finding } from '@/lib/checks/types';

// Everything that decides where a character lands.
const MIRRORED_PROPERTIES = [
  'boxSizing',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
] as const;

export interface TextareaOverlay {
  /** Draws `findings` (offsets into `text`, the value they were found in). */
  draw(text: string, findings: readonly Finding[]): void;
  /** Puts the overlay back over the textarea (after scroll, resize or layout changes). */
  place(): void;
  readonly element: HTMLElement;
}

/**
 * `container` is an element in our shadow root whose offset parent is the host element
 * (position: relative), so the overlay moves with the page and its scrolling containers.
 */
export function createTextareaOverlay(
  textarea: HTMLTextAreaElement,
  container: HTMLElement,
  host: HTMLElement,
  signal: AbortSignal,
): TextareaOverlay {
  const doc = textarea.ownerDocument;
  const overlay = doc.createElement('div');
  overlay.className = 'pa-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  const mirror = doc.createElement('div');
  mirror.className = 'pa-mirror';
  overlay.append(mirror);
  container.append(overlay);

  let frame = 0;
  const place = () => {
    frame = 0;
    if (signal.aborted || !textarea.isConnected) return;
    const box = textarea.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    overlay.style.left = `${box.left - origin.left}px`;
    overlay.style.top = `${box.top - origin.top}px`;
    overlay.style.width = `${box.width}px`;
    overlay.style.height = `${box.height}px`;
    // The textarea's scrollbar narrows its text column; the mirror has none, so narrow it too.
    const scrollbar = textarea.offsetWidth - textarea.clientWidth - borderX(textarea);
    mirror.style.width = `${Math.max(0, box.width - Math.max(0, scrollbar))}px`;
    mirror.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
  };
  const placeSoon = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(place);
  };
  signal.addEventListener('abort', () => {
    if (frame) cancelAnimationFrame(frame);
    overlay.remove();
  });
  textarea.addEventListener('scroll', placeSoon, { passive: true, signal });
  doc.defaultView?.addEventListener('scroll', placeSoon, { passive: true, capture: true, signal });
  doc.defaultView?.addEventListener('resize', placeSoon, { passive: true, signal });
  if (typeof ResizeObserver === 'function') {
    const resized = new ResizeObserver(placeSoon);
    resized.observe(textarea);
    signal.addEventListener('abort', () => resized.disconnect());
  }

  // A check of an unchanged text (after a click, say) must not rebuild a long mirror.
  let drawnKey = '';
  return {
    element: overlay,
    place,
    draw(text, findings) {
      if (signal.aborted) return;
      const key = findings.map((f) => `${f.start}:${f.end}:${f.severity}`).join(',');
      if (mirror.firstChild && key === drawnKey && mirror.textContent === `${text}\u200b`) {
        place();
        return;
      }
      drawnKey = key;
      copyTextStyle(textarea, mirror);
      mirror.replaceChildren(...mirroredNodes(doc, text, findings));
      place();
    },
  };
}

function borderX(el: HTMLElement): number {
  const style = getComputedStyle(el);
  return (parseFloat(style.borderLeftWidth) || 0) + (parseFloat(style.borderRightWidth) || 0);
}

function copyTextStyle(from: HTMLElement, to: HTMLElement): void {
  const style = getComputedStyle(from);
  for (const prop of MIRRORED_PROPERTIES) to.style[prop] = style[prop];
  to.style.borderStyle = 'solid';
  to.style.borderColor = 'transparent';
}

/** Text nodes for the gaps and a <mark> per finding; page text only ever becomes text nodes. */
function mirroredNodes(doc: Document, text: string, findings: readonly Finding[]): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  // Sorted and non-overlapping: an overlap is drawn from where the previous mark ended.
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    const start = Math.max(f.start, at);
    if (f.end <= start || start >= text.length) continue;
    if (start > at) nodes.push(doc.createTextNode(text.slice(at, start)));
    const mark = doc.createElement('mark');
    mark.className = `pa-mark pa-mark-${f.severity}`;
    mark.textContent = text.slice(start, f.end);
    nodes.push(mark);
    at = f.end;
  }
  // A trailing newline needs a character after it to take up its line, as in the textarea.
  nodes.push(doc.createTextNode(text.slice(at) + '\u200b'));
  return nodes;
}
