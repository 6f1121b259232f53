// The practice's own details are never PHI: its name, staff, phones, emails, addresses and
// website may appear in any post. This finds where they stand in the text so the engine can
// drop identifier findings that are really the practice talking about itself.
import type { Doc, Span } from './doc';

const digitsOnly = (s: string) => s.replace(/\D+/g, '');

export function findPracticeSpans(doc: Doc): Span[] {
  const p = doc.profile;
  const spans: Span[] = [];
  const phrases = [
    p.practiceName,
    p.website,
    ...(p.emails ?? []),
    ...(p.addresses ?? []),
    ...(p.staffNames ?? []),
  ];
  for (const phrase of phrases) {
    const needle = phrase?.trim().toLowerCase();
    if (!needle || needle.length < 3) continue;
    for (let i = doc.lower.indexOf(needle); i !== -1; i = doc.lower.indexOf(needle, i + needle.length)) {
      spans.push({ start: i, end: i + needle.length });
    }
  }
  const phones = (p.phones ?? []).map(digitsOnly).filter((d) => d.length >= 7);
  if (phones.length > 0) {
    // Phone numbers are written many ways: compare digit runs, allowing common separators.
    const re = /\+?\d[\d\s().-]{5,}\d/g;
    for (let m = re.exec(doc.norm); m; m = re.exec(doc.norm)) {
      const d = digitsOnly(m[0]);
      if (phones.some((ph) => d === ph || d.endsWith(ph) || ph.endsWith(d))) {
        spans.push({ start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return spans;
}

export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}
