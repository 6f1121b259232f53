// Which findings the user sees: the settings' lowest severity per category, minus the ones
// they chose to ignore for this text.
import type { Finding, Severity } from '@/lib/checks/types';
import type { AssistantSettings } from './types';

export const SEVERITY_RANK: Record<Severity, number> = { block: 3, warn: 2, info: 1 };

/**
 * "Ignore" is remembered per rule and matched words, so it survives edits elsewhere in the
 * text but comes back if the same rule flags different words. Kept in memory only.
 */
export function ignoreKeyOf(finding: Finding, text: string): string {
  return `${finding.rule}\u0000${text.slice(finding.start, finding.end)}`;
}

export function visibleFindings(
  findings: readonly Finding[],
  text: string,
  minSeverity: AssistantSettings['checks']['minSeverity'],
  ignored: ReadonlySet<string>,
): Finding[] {
  return findings.filter(
    (f) =>
      SEVERITY_RANK[f.severity] >= SEVERITY_RANK[minSeverity[f.category]] &&
      (ignored.size === 0 || !ignored.has(ignoreKeyOf(f, text))),
  );
}

/** The number the badge and `data-findings` show: warn and block findings only. */
export function countSerious(findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) if (f.severity !== 'info') n++;
  return n;
}

export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst]) worst = f.severity;
  return worst;
}
