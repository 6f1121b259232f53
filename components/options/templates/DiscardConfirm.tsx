// Asked before another template replaces an edited, unsaved one in the form.
import { useEffect, useId, useRef } from 'react';

export function DiscardConfirm({ title, onDiscard, onKeep }: { title: string; onDiscard(): void; onKeep(): void }) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  // Keeping the work is the safe choice, so it has the focus.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="tpl-confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{title ? `“${title}” has changes that are not saved.` : 'The new template is not saved.'} Discard them?</p>
      <button type="button" className="tpl-danger" onClick={onDiscard}>
        Discard changes
      </button>
      <button type="button" ref={keep} onClick={onKeep}>
        Keep editing
      </button>
    </div>
  );
}
