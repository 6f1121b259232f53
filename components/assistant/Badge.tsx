// The small button beside the box: how many things to look at, coloured by the worst one,
// or a check mark when there is nothing. Opens the panel.
import { forwardRef } from 'react';
import type { Finding } from '@/lib/checks/types';
import type { CheckState } from '@/lib/assistant/types';
import { countSerious, worstSeverity } from '@/lib/assistant/visibleFindings';

interface BadgeProps {
  state: CheckState;
  findings: Finding[];
  panelOpen: boolean;
  panelId: string;
  onToggle(): void;
}

export function badgeLabel(state: CheckState, findings: Finding[]): string {
  const serious = countSerious(findings);
  const tips = findings.length - serious;
  const tipText = tips > 0 ? `, ${tips} ${tips === 1 ? 'tip' : 'tips'}` : '';
  const status =
    serious > 0 ? `${serious} ${serious === 1 ? 'thing' : 'things'} to look at${tipText}` : `no problems found${tipText}`;
  return `Posting assistant: ${state === 'checking' ? 'checking… ' : ''}${status}`;
}

export const Badge = forwardRef<HTMLButtonElement, BadgeProps>(function Badge(props, ref) {
  const serious = countSerious(props.findings);
  const worst = worstSeverity(props.findings.filter((f) => f.severity !== 'info'));
  return (
    <button
      ref={ref}
      type="button"
      className="pa-badge"
      data-severity={worst ?? 'ok'}
      aria-haspopup="dialog"
      aria-expanded={props.panelOpen}
      aria-controls={props.panelOpen ? props.panelId : undefined}
      aria-label={badgeLabel(props.state, props.findings)}
      onClick={props.onToggle}
    >
      <span aria-hidden="true">{serious > 0 ? serious : '✓'}</span>
    </button>
  );
});
