// One choice out of a few, as radio buttons so every option and its meaning is visible.
import { FieldNotes, fieldIds } from './FieldFrame';
import { usePendingValue } from './usePendingValue';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceSettingProps<T extends string> {
  id: string;
  legend: string;
  value: T;
  choices: readonly Choice<T>[];
  hint?: string;
  locked: boolean;
  error: string | null;
  /** Saves the choice; while it is saving the clicked option shows as chosen. */
  onChange(value: T): void | Promise<unknown>;
}

export function ChoiceSetting<T extends string>({ id, legend, value, choices, hint, locked, error, onChange }: ChoiceSettingProps<T>) {
  const ids = fieldIds(id, { hint: Boolean(hint), locked, error: Boolean(error) });
  const [shown, choose] = usePendingValue(value, onChange);
  return (
    <fieldset className="field field-choice" aria-describedby={ids.describedBy} disabled={locked}>
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const choiceId = `${id}-${choice.value}`;
        return (
          <div className="choice" key={choice.value}>
            <input
              id={choiceId}
              type="radio"
              name={id}
              value={choice.value}
              checked={shown === choice.value}
              aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
              onChange={() => choose(choice.value)}
            />
            <label htmlFor={choiceId}>{choice.label}</label>
            {choice.hint && (
              <span className="hint" id={`${choiceId}-hint`}>
                {choice.hint}
              </span>
            )}
          </div>
        );
      })}
      <FieldNotes id={id} hint={hint} locked={locked} error={error} />
    </fieldset>
  );
}
