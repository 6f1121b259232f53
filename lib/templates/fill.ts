// Fills {placeholders} from the practice profile. A template is never inserted with a raw
// {placeholder} left in it: missing values are reported so the picker can point to the options.
import type { ProfileSettings } from '@/lib/settings/types';
import { PLACEHOLDERS, type Placeholder } from './types';

export interface FillResult {
  /** The filled text; only meaningful when `missing` is empty. */
  text: string;
  /** Placeholders the template uses that the profile has no value for. */
  missing: Placeholder[];
  /** Placeholders in braces that are not ours (a typo in a custom template: "{phone}"). */
  unknown: string[];
}

export function placeholderValues(profile: ProfileSettings): Record<Placeholder, string | undefined> {
  const first = (list: string[] | undefined) => list?.find((v) => v.trim() !== '')?.trim();
  return {
    practiceName: profile.practiceName?.trim() || undefined,
    contactName: profile.contactName?.trim() || undefined,
    contactPhone: first(profile.phones),
    contactEmail: first(profile.emails),
  };
}

const TOKEN = /\{([A-Za-z]+)\}/g;

export function fillTemplate(text: string, profile: ProfileSettings): FillResult {
  const values = placeholderValues(profile);
  const missing = new Set<Placeholder>();
  const unknown = new Set<string>();
  const filled = text.replace(TOKEN, (whole, name: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      unknown.add(whole);
      return whole;
    }
    const value = values[name as Placeholder];
    if (value === undefined) {
      missing.add(name as Placeholder);
      return whole;
    }
    return value;
  });
  return { text: filled, missing: [...missing], unknown: [...unknown] };
}

/** Plain-words names for the options page link ("Add a contact phone"). */
export const PLACEHOLDER_LABELS: Record<Placeholder, string> = {
  practiceName: 'practice name',
  contactName: 'contact name',
  contactPhone: 'contact phone',
  contactEmail: 'contact email',
};
