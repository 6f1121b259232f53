import { FieldNotes, fieldIds } from './FieldFrame';
import { usePendingValue } from './usePendingValue';

export interface ToggleSettingProps {
  id: string;
  label: string;
  checked: boolean;
  hint?: string;
  locked: boolean;
  error: string | null;
  /** Saves the change; while it is saving the box shows as clicked. */
  onChange(checked: boolean): void | Promise<unknown>;
}

// Checkboxes have no read-only state, so a locked one is disabled and says why.
export function ToggleSetting({ id, label, checked, hint, locked, error, onChange }: ToggleSettingProps) {
  const ids = fieldIds(id, { hint: Boolean(hint), locked, error: Boolean(error) });
  const [shown, toggle] = usePendingValue(checked, onChange);
  return (
    <div className="field field-toggle">
      <input
        id={ids.input}
        type="checkbox"
        checked={shown}
        disabled={locked}
        aria-describedby={ids.describedBy}
        onChange={(event) => toggle(event.target.checked)}
      />
      <label htmlFor={ids.input}>{label}</label>
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </div>
  );
}
