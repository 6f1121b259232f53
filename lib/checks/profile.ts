// The practice's own details are never PHI: its name, staff, phones, emails, addresses and
// website may appear in any post. This finds where they stand in the text so the engine can
// drop identifier findings that are really the practice talking about itself.
import type { Doc, Span } from './doc';
import { memoByDoc } from './detectors/memo';
import type { PracticeProfile } from './types';

const digitsOnly = (s: string) => s.replace(/\D+/g, '');

const TITLES = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'prof', 'prof.', 'rn', 'np', 'pa', 'md', 'dds', 'dmd']);

const staffPartsCache = new WeakMap<PracticeProfile, ReadonlySet<string>>();

/** Lower-case words of the staff's names ("Dr. Alicia Ortiz" → alicia, ortiz): "Dr. Ortiz" and
 *  "Alicia" alone are staff too. */
export function staffNameParts(profile: PracticeProfile): ReadonlySet<string> {
  let parts = staffPartsCache.get(profile);
  if (!parts) {
    const set = new Set<string>();
    for (const name of profile.staffNames ?? []) {
      for (const word of name.toLowerCase().split(/[\s,]+/)) {
        if (word.length >= 2 && !TITLES.has(word)) set.add(word.replace(/\.$/, ''));
      }
    }
    staffPartsCache.set(profile, (parts = set));
  }
  return parts;
}

/**
 * Where the practice's own details stand in the text, sorted by start (worked out once per
 * document). Ask `contains` whether a finding lies within one of them.
 */
export const findPracticeSpans = memoByDoc((doc: Doc): PracticeSpans => new PracticeSpans(practiceSpansIn(doc)));

// What to look for depends on the profile alone: worked out once per profile object, not for
// every call (the address splitting and name parts were a per-call cost of every keystroke).
interface Needles {
  /** Lower-case phrases of 3+ characters. */
  phrases: string[];
  /** Digits of the practice's phones (7+). */
  phones: string[];
}
const needlesCache = new WeakMap<PracticeProfile, Needles>();

function needlesOf(p: PracticeProfile): Needles {
  let needles = needlesCache.get(p);
  if (!needles) {
    const phrases: string[] = [];
    for (const phrase of [
      p.practiceName,
      p.website,
      ...(p.website ? [`www.${p.website.replace(/^https?:\/\/(www\.)?/, '')}`] : []),
      ...(p.emails ?? []),
      ...(p.addresses ?? []),
      // An address is often written in part: "410 Mill Street", "Dayton, OH 45402".
      ...(p.addresses ?? []).flatMap(addressParts),
      ...(p.staffNames ?? []),
      ...[...staffNameParts(p)].filter((w) => w.length >= 3),
    ]) {
      const needle = phrase?.trim().toLowerCase();
      if (needle && needle.length >= 3) phrases.push(needle);
    }
    needles = { phrases, phones: (p.phones ?? []).map(digitsOnly).filter((d) => d.length >= 7) };
    needlesCache.set(p, needles);
  }
  return needles;
}

// Phone numbers are written many ways: compare digit runs, allowing common separators. The run
// is bounded ({5,20}) so a long stretch of digits cannot make the search quadratic.
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,20}\d/g;

function practiceSpansIn(doc: Doc): Span[] {
  const { phrases, phones } = needlesOf(doc.profile);
  const spans: Span[] = [];
  for (const needle of phrases) {
    for (let i = doc.lower.indexOf(needle); i !== -1; i = doc.lower.indexOf(needle, i + needle.length)) {
      spans.push({ start: i, end: i + needle.length });
    }
  }
  if (phones.length > 0) {
    PHONE_LIKE.lastIndex = 0;
    for (let m = PHONE_LIKE.exec(doc.norm); m; m = PHONE_LIKE.exec(doc.norm)) {
      const d = digitsOnly(m[0]);
      if (phones.some((ph) => d === ph || d.endsWith(ph) || ph.endsWith(d))) {
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return spans;
}

function addressParts(address: string): string[] {
  const parts = address.split(',').map((s) => s.trim()).filter((s) => s.length >= 4);
  const out = [...parts];
  for (let i = 0; i + 1 < parts.length; i++) out.push(`${parts[i]}, ${parts[i + 1]}`);
  return out;
}

/** Spans sorted by start, with the furthest end reached up to each: "is this finding inside
 *  one of them" is a binary search, not a scan (a long text repeating the practice's phone
 *  hundreds of times has hundreds of spans, and as many findings to test). */
export class PracticeSpans {
  private readonly starts: number[];
  private readonly reach: number[];

  constructor(spans: Span[]) {
    spans.sort((a, b) => a.start - b.start);
    this.starts = spans.map((s) => s.start);
    let furthest = -1;
    this.reach = spans.map((s) => (furthest = Math.max(furthest, s.end)));
  }

  /** Whether `span` lies within one of the spans. */
  contains(span: Span): boolean {
    // The last span starting at or before span.start; every later one starts after it.
    let lo = 0;
    let hi = this.starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= span.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && this.reach[at]! >= span.end;
  }
}
