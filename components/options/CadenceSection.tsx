// How often the practice wants to post, and when the daily reminder looks at the pace.
// Saved through the options page's settings (lib/settings validates and checks locks).
import { useState } from 'react';
import type { WeekStart } from '@/lib/settings';
import { DAILY_MAX_RANGE, WEEKLY_TARGET_RANGE } from '@/lib/settings/read/cadence';
import { ChoiceSetting, type Choice } from './controls/ChoiceSetting';
import { FieldNotes, fieldIds } from './controls/FieldFrame';
import { SectionFrame } from './controls/SectionFrame';
import { TextSetting } from './controls/TextSetting';
import { ToggleSetting } from './controls/ToggleSetting';
import { useFieldSave } from './controls/useFieldSave';
import { useSettings } from './SettingsContext';

const WEEK_START_CHOICES: Choice<WeekStart>[] = [
  { value: 'monday', label: 'Monday' },
  { value: 'sunday', label: 'Sunday' },
];

function hourLabel(hour: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}:00 ${hour < 12 ? 'AM' : 'PM'}`;
}

/** A whole-number field; the range check speaks here, before anything is saved. */
function WholeNumberSetting(props: { id: string; label: string; hint: string; value: number; min: number; max: number; path: 'weeklyTarget' | 'dailyMax' }) {
  const { isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  const [rangeError, setRangeError] = useState<string | null>(null);
  return (
    <TextSetting
      id={props.id}
      label={props.label}
      hint={props.hint}
      type="number"
      min={props.min}
      max={props.max}
      value={String(props.value)}
      locked={isLocked(`cadence.${props.path}`)}
      error={rangeError ?? error}
      onCommit={(text) => {
        const n = Number(text);
        if (!Number.isInteger(n) || n < props.min || n > props.max) {
          setRangeError(`Enter a whole number from ${props.min} to ${props.max}.`);
          return;
        }
        setRangeError(null);
        return saveField({ cadence: { [props.path]: n } });
      }}
    />
  );
}

function ReminderHour() {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  const locked = isLocked('cadence.reminderHour');
  const hint = settings.cadence.reminders ? undefined : 'Used when daily reminders are on.';
  const ids = fieldIds('cadence-hour', { hint: Boolean(hint), locked, error: Boolean(error) });
  return (
    <div className="field">
      <label htmlFor={ids.input}>Reminder time</label>
      <select
        id={ids.input}
        value={settings.cadence.reminderHour}
        disabled={locked}
        aria-describedby={ids.describedBy}
        onChange={(event) => void saveField({ cadence: { reminderHour: Number(event.target.value) } })}
      >
        {Array.from({ length: 24 }, (_, hour) => (
          <option key={hour} value={hour}>
            {hourLabel(hour)}
          </option>
        ))}
      </select>
      <FieldNotes id="cadence-hour" hint={hint} locked={locked} error={error} />
    </div>
  );
}

function WeekStartChoice() {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ChoiceSetting
      id="cadence-week-start"
      legend="Weeks start on"
      value={settings.cadence.weekStart}
      choices={WEEK_START_CHOICES}
      locked={isLocked('cadence.weekStart')}
      error={error}
      onChange={(weekStart) => saveField({ cadence: { weekStart } })}
    />
  );
}

function CadenceToggle({ id, label, hint, path }: { id: string; label: string; hint?: string; path: 'reminders' | 'weekdaysOnly' }) {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ToggleSetting
      id={id}
      label={label}
      hint={hint}
      checked={settings.cadence[path]}
      locked={isLocked(`cadence.${path}`)}
      error={error}
      onChange={(checked) => saveField({ cadence: { [path]: checked } })}
    />
  );
}

export default function CadenceSection() {
  const { settings } = useSettings();
  return (
    <SectionFrame
      id="cadence"
      title="Cadence"
      intro="Posting regularly keeps people engaged; posting too often makes them tune out. The toolbar popup tracks both."
    >
      <WholeNumberSetting
        id="cadence-weekly-target"
        label="Posts per week"
        hint="A week that reaches this keeps the streak going. Review replies and comments are counted apart."
        value={settings.cadence.weeklyTarget}
        min={WEEKLY_TARGET_RANGE.min}
        max={WEEKLY_TARGET_RANGE.max}
        path="weeklyTarget"
      />
      <WholeNumberSetting
        id="cadence-daily-max"
        label="Most posts in one day"
        hint="After this many, the popup suggests spacing posts out."
        value={settings.cadence.dailyMax}
        min={DAILY_MAX_RANGE.min}
        max={DAILY_MAX_RANGE.max}
        path="dailyMax"
      />
      <WeekStartChoice />
      <CadenceToggle
        id="cadence-reminders"
        label="Daily reminder when the week is behind pace or nothing has gone out for 5 days"
        path="reminders"
      />
      <ReminderHour />
      <CadenceToggle id="cadence-weekdays-only" label="Remind on weekdays only" path="weekdaysOnly" />
    </SectionFrame>
  );
}
