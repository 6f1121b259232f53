// A one-line setting. Saves when the field is left or Enter is pressed, not per keystroke:
// storage.sync allows about two writes a second.
import { useEffect, useState, type KeyboardEvent } from 'react';
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
  onCommit(value: string): void;
}

export function TextSetting({ id, label, value, hint, type = 'text', min, max, locked, error, onCommit }: TextSettingProps) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  // A change from elsewhere (another tab, a policy) shows unless the person is typing here.
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  const commit = () => {
    setEditing(false);
    if (!locked && draft.trim() !== value) onCommit(draft.trim());
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
