// Where each character of the normalised text came from in the original. Kept as segments:
// from norm index `normStarts[k]` on, norm index n is original index
// `origStarts[k] + (n - normStarts[k])`, and the norm character just before `normStarts[k]`
// ends (exclusive) at original `prevEnds[k]`. Only a character that changes width starts a
// segment, so the map stays tiny for ordinary text.
import type { Span } from '../doc';

export class OffsetMap {
  private readonly normStarts: number[] = [0];
  private readonly origStarts: number[] = [0];
  private readonly prevEnds: number[] = [0];

  /** From norm index `normAt` on, text continues at original `origAt`; the norm character
   *  before `normAt` ends at original `prevEnd`. */
  startSegment(normAt: number, origAt: number, prevEnd: number): void {
    const k = this.normStarts.length - 1;
    if (this.normStarts[k] === normAt) {
      this.origStarts[k] = origAt; // right after another change: the earlier character's end stands
      return;
    }
    this.normStarts.push(normAt);
    this.origStarts.push(origAt);
    this.prevEnds.push(prevEnd);
  }

  /** Original offsets of a span of a norm text `normLength` long made from `originalLength`. */
  toOriginal({ start, end }: Span, normLength: number, originalLength: number): Span {
    const s = start >= normLength ? originalLength : this.toOrig(Math.max(0, start));
    const e = end <= start ? s : this.toOrigEnd(Math.min(end, normLength));
    return { start: s, end: e };
  }

  /** Original index of norm index i. */
  private toOrig(i: number): number {
    const k = this.segmentOf(i);
    return this.origStarts[k]! + (i - this.normStarts[k]!);
  }

  /** Original end (exclusive) of the norm character before norm index e (e > 0). */
  private toOrigEnd(e: number): number {
    const k = this.segmentOf(e);
    const from = this.normStarts[k]!;
    return from === e && k > 0 ? this.prevEnds[k]! : this.origStarts[k]! + (e - from);
  }

  /** The last segment starting at or before norm index i. */
  private segmentOf(i: number): number {
    const { normStarts } = this;
    let lo = 0;
    let hi = normStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
