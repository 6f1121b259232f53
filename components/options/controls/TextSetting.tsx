// A one-line setting. Saves when the field is left or Enter is pressed, not per keystroke:
// storage.sync allows about two writes a second.
import { useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { FieldNotes, fieldIds } from './FieldFrame';

export interface TextSettingProps {
  id: string;
  label: string;
  value: string;
  hint?: string;
  type?: 'text' | 'url' | 'email' | 'tel' | 'number';
  min?: number;
  max?: number;
  locked: boolean;
  error: string | null;
  /** Saves the value; a returned promise keeps the field showing it until the save is done. */
  onCommit(value: string): void | Promise<unknown>;
}

export function TextSetting({ id, label, value, hint, type = 'text', min, max, locked, error, onCommit }: TextSettingProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  // The value being saved: shown until the save is done. Without it the field snapped back to
  // the old value the moment Enter was pressed, and leaving it then (a click on the next
  // setting) saved that old value over the new one.
  const [saving, setSaving] = useState<string | null>(null);
  // A change from elsewhere (another tab, a policy) shows unless the person is typing here.
  // A layout effect, run as the field is drawn: a deferred effect could run after the first
  // keystroke with the state from before it, and put the old value back under the person's
  // typing ("5" became "35" on a busy machine).
  useLayoutEffect(() => {
    if (!editing && saving === null) setDraft(value);
  }, [value, editing, saving]);

  const commit = () => {
    setEditing(false);
    const next = draft.trim();
    if (locked || next === value || next === saving) return;
    setSaving(next);
    void Promise.resolve(onCommit(next)).finally(() => setSaving(null));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      setDraft(value);
      setEditing(false);
    }
  };
  const ids = fieldIds(id, { hint: Boolean(hint), locked, error: Boolean(error) });
  return (
    <div className="field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type={type}
        min={min}
        max={max}
        value={draft}
        readOnly={locked}
        aria-readonly={locked || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(event) => {
          setEditing(true);
          setDraft(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </div>
  );
}
