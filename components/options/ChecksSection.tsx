// Where the checks run, how much they show, and the practice's own words to watch for.
import type { Severity, Site } from '@/lib/checks/types';
import { ChoiceSetting, type Choice } from './controls/ChoiceSetting';
import { ListSetting } from './controls/ListSetting';
import { SectionFrame } from './controls/SectionFrame';
import { ToggleSetting } from './controls/ToggleSetting';
import { useFieldSave } from './controls/useFieldSave';
import { useSettings } from './SettingsContext';

const SITES: { site: Site; label: string }[] = [
  { site: 'facebook', label: 'Facebook' },
  { site: 'x', label: 'X (Twitter)' },
  { site: 'yelp', label: 'Yelp' },
];

const SEVERITY_CHOICES: Choice<Severity>[] = [
  { value: 'info', label: 'Everything', hint: 'Problems, likely problems and advice.' },
  { value: 'warn', label: 'Likely problems and worse', hint: 'Hides advice.' },
  { value: 'block', label: 'Only what must not be posted' },
];

function SiteToggle({ site, label }: { site: Site; label: string }) {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ToggleSetting
      id={`checks-site-${site}`}
      label={label}
      checked={settings.checks.sites[site]}
      locked={isLocked(`checks.sites.${site}`)}
      error={error}
      onChange={(checked) => saveField({ checks: { sites: { [site]: checked } } })}
    />
  );
}

function MinSeverity({ category, legend }: { category: 'phi' | 'tone'; legend: string }) {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ChoiceSetting
      id={`checks-min-${category}`}
      legend={legend}
      value={settings.checks.minSeverity[category]}
      choices={SEVERITY_CHOICES}
      locked={isLocked(`checks.minSeverity.${category}`)}
      error={error}
      onChange={(value) => saveField({ checks: { minSeverity: { [category]: value } } })}
    />
  );
}

function WatchWords() {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ListSetting
      id="checks-watchWords"
      label="Watch words"
      itemName="Watch word"
      hint="Words that could identify a patient in your community, such as a local landmark or a rare condition you treat."
      items={settings.checks.watchWords}
      locked={isLocked('checks.watchWords')}
      error={error}
      onCommit={(watchWords) => void saveField({ checks: { watchWords } })}
    />
  );
}

export default function ChecksSection() {
  return (
    <SectionFrame id="checks" title="Checks" intro="Where the assistant checks what you write, and how much it shows.">
      <fieldset className="field-group">
        <legend>Check what I write on</legend>
        {SITES.map(({ site, label }) => (
          <SiteToggle key={site} site={site} label={label} />
        ))}
      </fieldset>
      <MinSeverity category="phi" legend="Patient information: show" />
      <MinSeverity category="tone" legend="Tone: show" />
      <WatchWords />
    </SectionFrame>
  );
}
