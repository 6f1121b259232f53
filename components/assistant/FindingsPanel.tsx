// The list of findings, a dialog-like popover under the badge (in the top layer, see
// useTopLayerPanel). Esc or "Close" returns focus
// to the badge.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Finding } from '@/lib/checks/types';
import { MAX_DRAWN_FINDINGS, type SessionActions } from '@/lib/assistant/sessionStore';
import type { CheckState } from '@/lib/assistant/types';
import { FindingItem } from './FindingItem';
import { useTopLayerPanel } from './useTopLayerPanel';

interface FindingsPanelProps {
  id: string;
  state: CheckState;
  text: string;
  findings: Finding[];
  notice: string | null;
  actions: SessionActions;
  onClose(): void;
  /** The badge: the panel is placed by it, in the top layer. */
  anchor?: RefObject<HTMLElement>;
}

export function FindingsPanel(props: FindingsPanelProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useTopLayerPanel(dialog, props.anchor);
  useEffect(() => {
    dialog.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };
  const shown = props.findings.slice(0, MAX_DRAWN_FINDINGS);
  const headingId = `${props.id}-title`;
  return (
    <div
      ref={dialog}
      id={props.id}
      className="pa-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="pa-panel-head">
        <h2 id={headingId}>Post check</h2>
        <button type="button" aria-label="Close the post check" onClick={props.onClose}>
          Close
        </button>
      </div>
      {props.notice && (
        <p className="pa-note" role="status">
          {props.notice}
        </p>
      )}
      {props.state === 'checking' && <p className="pa-note">Checking…</p>}
      {props.findings.length === 0 ? (
        <p className="pa-message">Nothing to fix. This looks fine to post.</p>
      ) : (
        <ul className="pa-list" aria-label="Findings">
          {shown.map((finding) => (
            <FindingItem
              key={`${finding.rule}:${finding.start}:${finding.end}`}
              finding={finding}
              text={props.text}
              actions={props.actions}
            />
          ))}
        </ul>
      )}
      {props.findings.length > shown.length && (
        <p className="pa-note">
          Showing and underlining the first {shown.length} of {props.findings.length.toLocaleString()} findings. Fix
          these and check again to see the rest.
        </p>
      )}
    </div>
  );
}
