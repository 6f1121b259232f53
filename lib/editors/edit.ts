// The pure string side of an edit: what the text should be after replacing one span. The
// drivers compare the editor's text with this after writing, so a site that swallowed,
// doubled or reverted the edit is caught instead of trusted.

export interface TextSpan {
  /** UTF-16 offset of the first replaced character. */
  start: number;
  /** UTF-16 offset just past the last replaced character (end exclusive). */
  end: number;
}

/** Whether [start, end) is a valid span of a text this long. */
export function isSpanWithin(span: TextSpan, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start <= span.end &&
    span.end <= length
  );
}

/**
 * `text` with [span.start, span.end) replaced by `replacement`. Throws a RangeError for a
 * span outside the text: a finding computed on an older text must not be applied blindly.
 */
export function applySuggestion(text: string, span: TextSpan, replacement: string): string {
  if (!isSpanWithin(span, text.length)) {
    throw new RangeError(`span [${span.start}, ${span.end}) is outside a text of length ${text.length}`);
  }
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

/**
 * Compares what an editor shows with what was meant. Browsers put U+00A0 where a plain
 * contenteditable needs a visible space (runs of spaces, a trailing space), and textareas
 * may report '\r\n'; neither is a difference the person could see.
 */
export function sameEditorText(actual: string, expected: string): boolean {
  return normaliseForComparison(actual) === normaliseForComparison(expected);
}

function normaliseForComparison(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}
