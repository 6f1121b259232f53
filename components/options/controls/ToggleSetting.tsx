import { FieldNotes, fieldIds } from './FieldFrame';

export interface ToggleSettingProps {
  id: string;
  label: string;
  checked: boolean;
  hint?: string;
  locked: boolean;
  error: string | null;
  onChange(checked: boolean): void;
}

// Checkboxes have no read-only state, so a locked one is disabled and says why.
export function ToggleSetting({ id, label, checked, hint, locked, error, onChange }: ToggleSettingProps) {
  const ids = fieldIds(id, { hint: Boolean(hint), locked, error: Boolean(error) });
  return (
    <div className="field field-toggle">
      <input
        id={ids.input}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-describedby={ids.describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={ids.input}>{label}</label>
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </div>
  );
}
