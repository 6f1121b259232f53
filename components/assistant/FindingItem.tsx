// One finding in the panel: what it is in plain words, the words it is about, why, a safer
// wording, and what can be done. The matched words are page text: rendered as text only.
import type { Finding } from '@/lib/checks/types';
import type { SessionActions } from '@/lib/assistant/sessionStore';
import { categoryLabel, severityLabel, typeLabel } from './findingLabels';

const MAX_QUOTED = 120;

function quoted(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

export function FindingItem(props: { finding: Finding; text: string; actions: SessionActions }) {
  const { finding, actions } = props;
  const matched = props.text.slice(finding.start, finding.end);
  const label = typeLabel(finding);
  return (
    <li className="pa-item" data-severity={finding.severity} data-rule={finding.rule}>
      <div className="pa-type">
        {label} <span className="pa-muted">· {categoryLabel(finding)} · {severityLabel(finding)}</span>
      </div>
      <q className="pa-matched">
        <bdi>{quoted(matched)}</bdi>
      </q>
      <p className="pa-message">{finding.message}</p>
      {finding.suggestion !== undefined && (
        <p className="pa-suggestion">
          Try: <bdi>{finding.suggestion === '' ? '(remove it)' : finding.suggestion}</bdi>
        </p>
      )}
      <div className="pa-actions">
        {finding.suggestion !== undefined && (
          <button
            type="button"
            className="pa-primary"
            aria-label={`Apply: replace “${quoted(matched)}” with “${finding.suggestion}”`}
            onClick={() => actions.apply(finding)}
          >
            Apply
          </button>
        )}
        <button type="button" aria-label={`Ignore “${quoted(matched)}” in this text`} onClick={() => actions.ignore(finding)}>
          Ignore
        </button>
        <button type="button" aria-label={`Why? ${label}: explain this check`} onClick={() => actions.explain(finding)}>
          Why?
        </button>
      </div>
    </li>
  );
}
