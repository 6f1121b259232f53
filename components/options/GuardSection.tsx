// What happens when someone sends a post the checks flagged, and the practice's shared PIN
// for two-person sign-off (only its salted hash is stored).
import { useState, type FormEvent } from 'react';
import { hashPin, isValidPin, type GuardMode, type Settings } from '@/lib/settings';
import { ChoiceSetting, type Choice } from './controls/ChoiceSetting';
import { FieldNotes } from './controls/FieldFrame';
import { SectionFrame } from './controls/SectionFrame';
import { useFieldSave } from './controls/useFieldSave';
import { useSettings } from './SettingsContext';

const MODE_CHOICES: Choice<GuardMode>[] = [
  { value: 'off', label: 'Off', hint: 'Findings are shown, but nothing stops a post.' },
  { value: 'warn', label: 'Warn', hint: 'A post with findings is stopped with a list of them; you can edit it or post anyway.' },
  { value: 'strict', label: 'Strict', hint: 'A post that must not go out cannot be sent; likely problems need a confirmation.' },
  { value: 'two-person', label: 'Two-person sign-off', hint: 'A second staff member reads the post and approves it with their initials.' },
];

const SCOPE_CHOICES: Choice<Settings['guard']['twoPersonScope']>[] = [
  { value: 'all', label: 'Every post' },
  { value: 'flagged', label: 'Only posts with findings' },
];

function GuardModeChoice() {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ChoiceSetting
      id="guard-mode"
      legend="Before a post goes out"
      value={settings.guard.mode}
      choices={MODE_CHOICES}
      locked={isLocked('guard.mode')}
      error={error}
      onChange={(mode) => saveField({ guard: { mode } })}
    />
  );
}

function TwoPersonScope() {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ChoiceSetting
      id="guard-scope"
      legend="In two-person sign-off, a second person checks"
      value={settings.guard.twoPersonScope}
      choices={SCOPE_CHOICES}
      hint={settings.guard.mode === 'two-person' ? undefined : 'Used when the guard is set to two-person sign-off.'}
      locked={isLocked('guard.twoPersonScope')}
      error={error}
      onChange={(twoPersonScope) => saveField({ guard: { twoPersonScope } })}
    />
  );
}

function SharedPin() {
  const { settings, isLocked } = useSettings();
  const { saveField, error: saveError } = useFieldSave();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const locked = isLocked('guard.pin');
  const isSet = settings.guard.pin !== null;
  const error = formError ?? saveError;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidPin(pin)) return setFormError('A PIN is 4 to 12 digits.');
    if (pin !== repeat) return setFormError('The two PINs are not the same.');
    setFormError(null);
    if (await saveField({ guard: { pin: await hashPin(pin) } })) {
      setPin('');
      setRepeat('');
    }
  };

  return (
    <fieldset className="field field-pin" aria-describedby="guard-pin-status">
      <legend>Shared PIN for sign-off</legend>
      <p id="guard-pin-status" className="hint">
        {isSet
          ? 'A PIN is set: the second person enters it with their initials.'
          : 'No PIN is set: initials alone approve a post.'}{' '}
        Only a scrambled (hashed) form of the PIN is kept.
      </p>
      {!locked && (
        <form onSubmit={(event) => void submit(event)} className="pin-form">
          <label htmlFor="guard-pin-new">{isSet ? 'New PIN' : 'PIN'}</label>
          <input id="guard-pin-new" type="password" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(e.target.value)} />
          <label htmlFor="guard-pin-repeat">Repeat the PIN</label>
          <input id="guard-pin-repeat" type="password" inputMode="numeric" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          <button type="submit">{isSet ? 'Change PIN' : 'Set PIN'}</button>
          {isSet && (
            <button type="button" onClick={() => void saveField({ guard: { pin: null } })}>
              Remove PIN
            </button>
          )}
        </form>
      )}
      <FieldNotes id="guard-pin" locked={locked} error={error} />
    </fieldset>
  );
}

export default function GuardSection() {
  return (
    <SectionFrame id="guard" title="Guard" intro="What happens when a post with findings is about to be sent.">
      <GuardModeChoice />
      <TwoPersonScope />
      <SharedPin />
    </SectionFrame>
  );
}
