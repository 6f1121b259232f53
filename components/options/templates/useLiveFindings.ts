// Checks a template while it is typed, as a review reply, the way the in-page assistant
// would check the filled text. Debounced so a long template does not run the rules on
// every keystroke.
import { useEffect, useMemo, useState } from 'react';
import type { analyze as realAnalyze, Finding } from '@/lib/checks';
import type { ProfileSettings } from '@/lib/settings';
import { fillTemplate } from '@/lib/templates/fill';

export type Analyze = typeof realAnalyze;

export const LIVE_CHECK_DELAY_MS = 200;

/** The text the checks read: the template filled with the practice's own details. */
export function textToCheck(template: string, profile: ProfileSettings): string {
  return fillTemplate(template, profile).text;
}

export function checkAsReviewReply(template: string, profile: ProfileSettings, analyze: Analyze): { text: string; findings: Finding[] } {
  const text = textToCheck(template, profile);
  return { text, findings: text.trim() ? analyze(text, { context: 'review-reply', profile }) : [] };
}

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export interface LiveFindings {
  /** The filled text the findings' offsets point into. */
  text: string;
  findings: Finding[];
  /** True while the latest typing has not been checked yet. */
  checking: boolean;
}

export function useLiveFindings(template: string, profile: ProfileSettings, analyze: Analyze): LiveFindings {
  const settled = useDebouncedValue(template, LIVE_CHECK_DELAY_MS);
  const result = useMemo(() => checkAsReviewReply(settled, profile, analyze), [settled, profile, analyze]);
  return { ...result, checking: settled !== template };
}

/** Block findings, in a form that changes only when what they are about changes. */
export function blockSignature(text: string, findings: readonly Finding[]): string {
  return findings
    .filter((f) => f.severity === 'block')
    .map((f) => `${f.type}:${text.slice(f.start, f.end)}`)
    .join('|');
}
