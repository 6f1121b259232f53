// The labelled corpus format (see tests/corpus and ../shared/corpus/README.md): one JSON object
// a line with the text, where it is posted, and which PHI and tone types it holds.
import { PHI_TYPES, TONE_TYPES, type Context, type PhiType, type Site, type ToneType } from '../types';

export interface CorpusCase {
  id: string;
  context: Context;
  site?: Site;
  text: string;
  phi: boolean;
  phi_types: PhiType[];
  tone: ToneType[];
  note?: string;
}

const CONTEXTS = new Set(['post', 'comment', 'review-reply']);
const PHI = new Set<string>(PHI_TYPES);
const TONE = new Set<string>(TONE_TYPES);

/** Parses a corpus file; a line that does not fit the format is an error naming its line. */
export function parseCorpus(jsonl: string, name = 'corpus'): CorpusCase[] {
  const cases: CorpusCase[] = [];
  jsonl.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not valid JSON`);
    }
    const c = raw as Partial<CorpusCase>;
    if (typeof c.id !== 'string' || typeof c.text !== 'string' || typeof c.phi !== 'boolean') {
      throw new Error(`${where}: needs "id", "text" and "phi"`);
    }
    if (!CONTEXTS.has(c.context as string)) throw new Error(`${where}: unknown context ${JSON.stringify(c.context)}`);
    const phiTypes = c.phi_types ?? [];
    const tone = c.tone ?? [];
    for (const t of phiTypes) if (!PHI.has(t)) throw new Error(`${where}: unknown PHI type ${JSON.stringify(t)}`);
    for (const t of tone) if (!TONE.has(t)) throw new Error(`${where}: unknown tone type ${JSON.stringify(t)}`);
    cases.push({ ...c, phi_types: phiTypes, tone } as CorpusCase);
  });
  return cases;
}
