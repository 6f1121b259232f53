// Reads a contenteditable (Lexical, Draft.js or plain) as plain text — one '\n' between
// blocks, '\n' for a <br> — and keeps a map from every string offset back to a DOM point, so
// a finding's [start, end) becomes a Range without touching the editor's DOM.
//
// Blocks are the innermost block-level elements (Lexical's <p>, Draft's
// .public-DraftStyleDefault-block, a plain editor's <div>); inline content lying between
// blocks forms a block of its own. Non-editable islands (Lexical decorators, mentions drawn
// with contenteditable=false, emoji images) count as one atomic piece of text: a range can
// cover them whole but never point inside them.

/** A DOM boundary point, as taken by Range.setStart/setEnd. */
export interface DomPoint {
  node: Node;
  offset: number;
}

type Segment = (
  | { kind: 'text'; node: Text }
  | { kind: 'br'; node: Element }
  | { kind: 'atomic'; node: Element }
  /** A zero-length place to put the caret in an empty block. */
  | { kind: 'empty'; point: DomPoint }
) & { start: number; end: number; block: number };

interface Block {
  holder: Element;
  nodes: Node[];
  /** Inline content lying between blocks: `holder` holds other blocks too. */
  anonymous: boolean;
}

export interface BlockText {
  text: string;
  /**
   * The DOM point for a text offset. `forward` prefers the start of what follows (for a
   * range's start or a caret), `backward` the end of what precedes (for a range's end).
   */
  pointAt(offset: number, affinity: 'forward' | 'backward'): DomPoint | null;
  /** A Range over text[start, end), or null when the span is outside the text. */
  rangeFor(start: number, end: number): Range | null;
  /** The text offset of a DOM point inside the root, or null when it is outside. */
  offsetOf(node: Node, offset: number): number | null;
}

// Tag names that start a new line in the editors we read. Decided by tag, not computed
// style: reading must not force a style recalculation on every keystroke.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function isBlock(node: Node): boolean {
  return isElement(node) && BLOCK_TAGS.has(node.tagName.toUpperCase());
}

function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden');
}

/** Islands the editor treats as one unit (its own DOM inside is not text the user edits). */
function isAtomic(element: Element): boolean {
  return (
    element.tagName.toUpperCase() === 'IMG' ||
    element.getAttribute('contenteditable') === 'false' ||
    element.getAttribute('data-lexical-decorator') === 'true'
  );
}

function atomicText(element: Element): string {
  if (element.tagName.toUpperCase() === 'IMG') return element.getAttribute('alt') ?? '';
  return element.textContent ?? '';
}

/**
 * Whether a node lying between blocks is content. Whitespace with a line break there is
 * source formatting (pretty-printed markup), not text the person typed.
 */
function isContent(node: Node): boolean {
  if (node.nodeType === 3) return !/^\s*\n\s*$/.test(node.nodeValue ?? '');
  return isElement(node) && !isSkipped(node);
}

/** Groups the root's content into blocks: each a list of inline nodes and the element that holds them. */
function collectBlocks(container: Element, into: Block[]): void {
  const children = [...container.childNodes];
  if (!children.some(isBlock)) {
    into.push({ holder: container, nodes: children, anonymous: false });
    return;
  }
  let run: Node[] = [];
  const flushRun = () => {
    if (run.some(isContent)) into.push({ holder: container, nodes: run, anonymous: true });
    run = [];
  };
  for (const child of children) {
    if (isBlock(child)) {
      flushRun();
      collectBlocks(child as Element, into);
    } else {
      run.push(child);
    }
  }
  flushRun();
}

export function readBlockText(root: HTMLElement): BlockText {
  const blocks: Block[] = [];
  collectBlocks(root, blocks);

  const segments: Segment[] = [];
  let text = '';

  const walkInline = (node: Node, out: Segment[]) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) out.push({ kind: 'text', node: node as Text, start: 0, end: data.length, block: -1 });
      return;
    }
    if (!isElement(node) || isSkipped(node)) return;
    if (node.tagName.toUpperCase() === 'BR') {
      out.push({ kind: 'br', node, start: 0, end: 1, block: -1 });
      return;
    }
    if (isAtomic(node)) {
      const length = atomicText(node).length;
      if (length > 0) out.push({ kind: 'atomic', node, start: 0, end: length, block: -1 });
      return;
    }
    for (const child of node.childNodes) walkInline(child, out);
  };

  blocks.forEach((block, index) => {
    if (index > 0) text += '\n';
    const local: Segment[] = [];
    for (const node of block.nodes) walkInline(node, local);
    // A block's last <br> only keeps the line open (Lexical's empty paragraph, Draft's empty
    // block, Chrome after Shift+Enter at the end): browsers draw no line for it.
    const last = local[local.length - 1];
    let emptyPoint: DomPoint = { node: block.holder, offset: 0 };
    if (last?.kind === 'br') {
      local.pop();
      const parent = last.node.parentNode;
      if (parent) emptyPoint = { node: parent, offset: [...parent.childNodes].indexOf(last.node) };
    }
    if (local.length === 0) {
      segments.push({ kind: 'empty', point: emptyPoint, start: text.length, end: text.length, block: index });
      return;
    }
    for (const segment of local) {
      const length = segment.end - segment.start;
      segment.start = text.length;
      segment.end = text.length + length;
      segment.block = index;
      text += segmentText(segment);
      segments.push(segment);
    }
  });

  const pointAt = (offset: number, affinity: 'forward' | 'backward'): DomPoint | null => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return null;
    if (segments.length === 0) return { node: root, offset: 0 };
    const candidates = segments.filter((s) => s.start <= offset && offset <= s.end);
    const chosen = affinity === 'forward' ? candidates[candidates.length - 1] : candidates[0];
    if (!chosen) return null;
    switch (chosen.kind) {
      case 'text':
        return { node: chosen.node, offset: offset - chosen.start };
      case 'empty':
        return chosen.point;
      case 'br':
      case 'atomic': {
        const parent = chosen.node.parentNode;
        if (!parent) return null;
        const index = [...parent.childNodes].indexOf(chosen.node as ChildNode);
        const before = offset === chosen.start || (offset < chosen.end && affinity === 'forward');
        return { node: parent, offset: before ? index : index + 1 };
      }
    }
  };

  const rangeFor = (start: number, end: number): Range | null => {
    if (start > end) return null;
    const from = pointAt(start, 'forward');
    const to = start === end ? from : pointAt(end, 'backward');
    if (!from || !to) return null;
    const range = root.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    if (node !== root && !root.contains(node)) return null;
    for (const segment of segments) {
      if (segment.kind === 'text' && segment.node === node) return segment.start + Math.min(offset, segment.end - segment.start);
    }
    // An element point (between spans, by a <br>, in an empty block): find the pieces of
    // text on either side of it; between two blocks, the block holding the point decides.
    const probe = root.ownerDocument.createRange();
    probe.setStart(node, offset);
    let before: Segment | undefined;
    for (const segment of segments) {
      const start = startPointOf(segment);
      if (start && probe.comparePoint(start.node, start.offset) >= 0) {
        if (!before || before.block === segment.block) return segment.start;
        return blockContains(blocks[segment.block]!, node) ? segment.start : before.end;
      }
      before = segment;
    }
    return text.length;
  };

  return { text, pointAt, rangeFor, offsetOf };
}

function segmentText(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return segment.node.data;
    case 'br':
      return '\n';
    case 'atomic':
      return atomicText(segment.node);
    case 'empty':
      return '';
  }
}

function blockContains(block: Block, node: Node): boolean {
  if (!block.anonymous && node === block.holder) return true;
  return block.nodes.some((n) => n === node || n.contains(node));
}

function startPointOf(segment: Segment): DomPoint | null {
  switch (segment.kind) {
    case 'text':
      return { node: segment.node, offset: 0 };
    case 'empty':
      return segment.point;
    default: {
      const parent = segment.node.parentNode;
      return parent ? { node: parent, offset: [...parent.childNodes].indexOf(segment.node as ChildNode) } : null;
    }
  }
}
