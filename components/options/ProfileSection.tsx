// The practice's own details. The checks never flag them as patient information, and the
// reply templates use them to fill {practiceName}, {contactName} and the contact details.
import type { ProfileSettings } from '@/lib/settings';
import { ListSetting } from './controls/ListSetting';
import { SectionFrame } from './controls/SectionFrame';
import { TextSetting } from './controls/TextSetting';
import { useFieldSave } from './controls/useFieldSave';
import { useSettings } from './SettingsContext';

type TextKey = 'practiceName' | 'contactName' | 'website';
type ListKey = 'staffNames' | 'phones' | 'emails' | 'addresses';

function ProfileText({ field, label, hint, type }: { field: TextKey; label: string; hint?: string; type?: 'text' | 'url' }) {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <TextSetting
      id={`profile-${field}`}
      label={label}
      hint={hint}
      type={type}
      value={settings.profile[field] ?? ''}
      locked={isLocked(`profile.${field}`)}
      error={error}
      onCommit={(value) => saveField({ profile: { [field]: value } as Partial<ProfileSettings> })}
    />
  );
}

function ProfileList({ field, label, itemName, hint, type }: { field: ListKey; label: string; itemName: string; hint?: string; type?: 'text' | 'email' | 'tel' }) {
  const { settings, isLocked } = useSettings();
  const { saveField, error } = useFieldSave();
  return (
    <ListSetting
      id={`profile-${field}`}
      label={label}
      itemName={itemName}
      hint={hint}
      type={type}
      items={settings.profile[field] ?? []}
      locked={isLocked(`profile.${field}`)}
      error={error}
      onCommit={(items) => void saveField({ profile: { [field]: items } as Partial<ProfileSettings> })}
    />
  );
}

export default function ProfileSection() {
  return (
    <SectionFrame
      id="profile"
      title="Practice profile"
      intro="Your practice's own details. They are never flagged as patient information, and the reply templates use them."
    >
      <ProfileText field="practiceName" label="Practice name" />
      <ProfileText field="contactName" label="Contact name for replies" hint="Who reviewers should call or write to, for example “Dana, our office manager”." />
      <ProfileList field="staffNames" label="Staff names" itemName="Staff name" hint="Doctors and staff who may be named in posts." />
      <ProfileList field="phones" label="Phone numbers" itemName="Phone number" type="tel" />
      <ProfileList field="emails" label="Email addresses" itemName="Email address" type="email" />
      <ProfileList field="addresses" label="Addresses" itemName="Address" />
      <ProfileText field="website" label="Website" type="url" />
    </SectionFrame>
  );
}
