// "Apply": replace exactly the flagged words with the suggestion, through the editor's own
// input path. Findings may be a few keystrokes old, so the span is checked against the text
// as it is now, and found again if it moved.
import type { AnalyzeOptions, Finding } from '@/lib/checks/types';
import type { EditorDriver } from '@/lib/editors/types';
import type { AnalyzeFn } from './types';

export type ApplyOutcome = 'applied' | 'gone' | 'failed';

export async function applyFinding(
  element: HTMLElement,
  driver: EditorDriver,
  analyze: AnalyzeFn,
  options: AnalyzeOptions,
  finding: Finding,
  /** The text the finding was found in. */
  foundIn: string,
): Promise<ApplyOutcome> {
  if (finding.suggestion === undefined) return 'failed';
  const matched = foundIn.slice(finding.start, finding.end);
  const now = driver.read(element).text;
  let { start, end } = finding;
  if (now.slice(start, end) !== matched) {
    const moved = analyze(now, options).find(
      (f) => f.rule === finding.rule && now.slice(f.start, f.end) === matched,
    );
    if (!moved) return 'gone';
    ({ start, end } = moved);
  }
  return (await driver.replaceRange(element, start, end, finding.suggestion)) ? 'applied' : 'failed';
}
