// "Does this span overlap one already kept?" for detectors that keep the first of overlapping
// hits. Scanning the kept list for each new hit made a long text of many hits quadratic; marking
// the kept characters makes each question cost the span's own length (hits are a few words).
import type { Span } from '../doc';

export class TakenSpans {
  private taken: Uint8Array | undefined;

  /** `length`: the text's length; spans are offsets into it. */
  constructor(private readonly length: number) {}

  /** Whether `span` shares a character with a span added before (empty spans share none). */
  overlaps(span: Span): boolean {
    const taken = this.taken;
    if (!taken) return false;
    const end = Math.min(span.end, this.length);
    for (let i = Math.max(0, span.start); i < end; i++) if (taken[i] === 1) return true;
    return false;
  }

  add(span: Span): void {
    this.taken ??= new Uint8Array(this.length);
    this.taken.fill(1, Math.max(0, span.start), Math.min(span.end, this.length));
  }
}
