// The dialog the guard shows when a send is held: what was found, and the way forward the
// practice's guard mode allows. Page text is rendered only as text.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Finding } from '@/lib/checks/types';
import type { GuardAction } from '@/lib/guard/decide';
import { severityLabel, typeLabel } from '@/components/assistant/findingLabels';

export type HeldAction = Exclude<GuardAction, { kind: 'send' }>;

export interface GuardDialogProps {
  action: HeldAction;
  /** The text as it would be sent (shown to the second person in two-person mode). */
  text: string;
  findings: readonly Finding[];
  /** Back to the box, text intact, caret at the first finding. */
  onEdit(): void;
  onPostAnyway(): void;
  /** Resolves null when approved, or a calm message saying what is wrong. */
  onApprove(initials: string, pin: string): Promise<string | null>;
}

const TITLES: Record<HeldAction['kind'], string> = {
  confirm: 'Check this before it goes out',
  blocked: 'This cannot be posted as written',
  approval: 'A second person needs to look at this',
};

const INTROS: Record<HeldAction['kind'], string> = {
  confirm: 'The assistant found something that may not belong in a public post.',
  blocked: 'Your practice does not allow posts with patient information. Edit the highlighted parts, then post again.',
  approval: 'Your practice asks a second staff member to read posts before they go out.',
};

export function GuardDialog({ action, text, findings, onEdit, onPostAnyway, onApprove }: GuardDialogProps) {
  const titleId = useId();
  const introId = useId();
  const editRef = useRef<HTMLButtonElement>(null);
  const [initials, setInitials] = useState('');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = findings.filter((f) => f.severity !== 'info');

  const dialogRef = useRef<HTMLDialogElement>(null);

  // A modal <dialog> sits in the browser's top layer: above every stacking context of the
  // site (Facebook's composer dialog, other boxes' hosts, each a `z-index: 1` context), and
  // the page behind it is inert, so its send button cannot be pressed again meanwhile.
  // Where showModal is missing (jsdom), the dialog is simply shown open.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    editRef.current?.focus();
  }, []);

  async function approve(e: FormEvent) {
    e.preventDefault();
    if (!/^[A-Za-z]{2,4}$/.test(initials.trim())) {
      setError('Enter the initials of the person approving (2 to 4 letters).');
      return;
    }
    setBusy(true);
    setError(await onApprove(initials.trim().toUpperCase(), pin));
    setBusy(false);
  }

  return (
    <dialog
      ref={dialogRef}
      className="pa-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Ours, not the browser's close request: the caller decides what Escape means (Edit).
          e.preventDefault();
          e.stopPropagation();
          onEdit();
        }
      }}
      onCancel={(e) => {
        e.preventDefault();
        onEdit();
      }}
    >
      <h2 id={titleId}>{TITLES[action.kind]}</h2>
      <p id={introId}>{INTROS[action.kind]}</p>
      {action.kind === 'approval' && (
        <section aria-label="Post to review" className="pa-guard-text">
          {text}
        </section>
      )}
      {shown.length > 0 && (
        <ul className="pa-guard-findings" aria-label="What was found">
          {shown.map((f, i) => (
            <li key={`${f.rule}:${f.start}:${i}`} data-severity={f.severity}>
              <strong>{typeLabel(f)}</strong> <span className="pa-muted">({severityLabel(f)})</span>
              <q className="pa-matched">{text.slice(f.start, f.end)}</q>
              <span>{f.message}</span>
            </li>
          ))}
        </ul>
      )}
      {action.kind === 'approval' ? (
        <form onSubmit={(e) => void approve(e)} className="pa-guard-approve">
          <label>
            Approver's initials
            <input value={initials} onChange={(e) => setInitials(e.target.value)} autoComplete="off" maxLength={4} required />
          </label>
          {action.pinRequired && (
            <label>
              Practice PIN
              <input
                type="password"
                inputMode="numeric"
                value={pin}
                onChange={(e) => setPin(e.target.value)}
                autoComplete="off"
                required
              />
            </label>
          )}
          {error && (
            <p role="alert" className="pa-guard-error">
              {error}
            </p>
          )}
          <div className="pa-guard-actions">
            <button type="button" ref={editRef} onClick={onEdit}>
              Edit
            </button>
            <button type="submit" className="pa-primary" disabled={busy}>
              Approve and post
            </button>
          </div>
        </form>
      ) : (
        <div className="pa-guard-actions">
          <button type="button" ref={editRef} className="pa-primary" onClick={onEdit}>
            Edit
          </button>
          {action.kind === 'confirm' && (
            <button type="button" onClick={onPostAnyway}>
              Post anyway
            </button>
          )}
        </div>
      )}
    </dialog>
  );
}

export const GUARD_CSS = `
.pa-guard::backdrop { background: rgba(0,0,0,.35); }
.pa-guard { box-sizing: border-box; width: min(460px, 94vw); max-width: 94vw; max-height: 86vh; overflow: auto; margin: auto; padding: 16px; border: 0; border-radius: 10px;
  background: var(--pa-bg, #fff); color: var(--pa-fg, #1f2328); box-shadow: 0 10px 40px rgba(0,0,0,.3);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.pa-guard h2 { font-size: 16px; margin: 0 0 6px; }
.pa-guard-text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--pa-border, #d0d7de); border-radius: 6px; padding: 8px; margin: 8px 0; max-height: 30vh; overflow: auto; }
.pa-guard-findings { padding-left: 18px; margin: 8px 0; }
.pa-guard-findings li { margin: 6px 0; }
.pa-guard-findings .pa-matched { display: block; font-style: italic; overflow-wrap: anywhere; }
.pa-guard-approve label { display: flex; flex-direction: column; gap: 2px; margin: 6px 0; }
.pa-guard-approve input { font: inherit; padding: 4px 6px; }
.pa-guard-error { color: var(--pa-block, #c5221f); }
.pa-guard-actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.pa-guard button { font: inherit; padding: 4px 12px; border-radius: 4px; border: 1px solid var(--pa-border, #d0d7de); background: transparent; color: inherit; cursor: pointer; }
.pa-guard button.pa-primary { background: var(--pa-focus, #0b57d0); border-color: var(--pa-focus, #0b57d0); color: var(--pa-bg, #fff); }
.pa-guard button:focus-visible, .pa-guard input:focus-visible { outline: 2px solid var(--pa-focus, #0b57d0); outline-offset: 2px; }
`;
