// Long texts (a 100,000-character paste) are checked in pieces: paragraphs (or sentences of
// an endless paragraph) of a few thousand characters, each analysed once and remembered, so
// an edit re-checks only its own piece, and the page gets the main thread back between
// pieces. Short texts — nearly every post — are analysed whole, as the rules expect.
import type { AnalyzeOptions, Finding } from '@/lib/checks/types';
import type { AnalyzeFn } from './types';

/** Texts longer than this are checked in pieces. */
export const LONG_TEXT_CHARS = 6000;
const PIECE_CHARS = 3000;
/** Pieces remembered per composer (in memory only, dropped with the session). */
const REMEMBERED_PIECES = 400;
/** Work this long without a break before letting the page run (typing, painting). */
const SLICE_MS = 8;

export interface TextPiece {
  start: number;
  text: string;
}

/** Splits at line breaks, else at sentence ends, else at spaces; never inside a word. */
export function splitIntoPieces(text: string, maxChars = PIECE_CHARS): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = [window.lastIndexOf('\n'), sentenceEnd(window), window.lastIndexOf(' ')].find((i) => i > maxChars / 4);
      if (cut !== undefined) end = start + cut + 1;
    }
    pieces.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return pieces;
}

function sentenceEnd(window: string): number {
  const match = /[.!?]\s(?!.*[.!?]\s)/s.exec(window);
  return match ? match.index + 1 : -1;
}

export interface PieceAnalyzer {
  /** Everything at once (the guard at send time). */
  analyzeNow(text: string, options: AnalyzeOptions): Finding[];
  /** Piece by piece with breaks; resolves null when `stale()` turns true (a newer edit). */
  analyzeInSlices(text: string, options: AnalyzeOptions, stale: () => boolean): Promise<Finding[] | null>;
}

export function createPieceAnalyzer(analyze: AnalyzeFn): PieceAnalyzer {
  const remembered = new Map<string, Finding[]>();
  let rememberedFor: AnalyzeOptions | null = null;
  const piecesOf = (text: string, options: AnalyzeOptions) => {
    if (rememberedFor !== options) remembered.clear();
    rememberedFor = options;
    return splitIntoPieces(text);
  };
  const analyzePiece = (piece: TextPiece, options: AnalyzeOptions): Finding[] => {
    let found = remembered.get(piece.text);
    if (!found) {
      found = analyze(piece.text, options);
      if (remembered.size >= REMEMBERED_PIECES) remembered.delete(remembered.keys().next().value!);
      remembered.set(piece.text, found);
    }
    return found.map((f) => ({ ...f, start: f.start + piece.start, end: f.end + piece.start }));
  };
  return {
    analyzeNow(text, options) {
      return piecesOf(text, options).flatMap((piece) => analyzePiece(piece, options));
    },
    async analyzeInSlices(text, options, stale) {
      const findings: Finding[] = [];
      let sliceStart = performance.now();
      for (const piece of piecesOf(text, options)) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (stale()) return null;
          sliceStart = performance.now();
        }
        findings.push(...analyzePiece(piece, options));
      }
      return findings;
    },
  };
}
