// Plain words for each kind of finding, shown in the options page's help. Keyed by the
// checks engine's type vocabulary (lib/checks/types.ts), so a new type fails the typecheck
// here until it is explained.
import type { PhiType, Severity, ToneType } from '@/lib/checks/types';

export const PHI_TYPE_HELP: Record<PhiType, { title: string; text: string }> = {
  name: { title: 'Names', text: "A person's name. In a reply to a review, even the reviewer's own name ties them to your practice." },
  date: { title: 'Dates', text: 'A date tied to a person, such as a visit, a birthday or a surgery date. "Your appointment on March 3" confirms a visit.' },
  phone: { title: 'Phone numbers', text: "A person's phone number. Your practice's own numbers (in the profile) are fine." },
  email: { title: 'Email addresses', text: "A person's email address. Your practice's own addresses are fine." },
  address: { title: 'Addresses', text: "A street address or other place that could identify where a person lives." },
  identifier: { title: 'Record and ID numbers', text: 'Numbers that identify a person or their records: Social Security, chart, member, account, claim, licence, plate or device numbers.' },
  age_over_89: { title: 'Ages over 89', text: 'Ages of 90 and over are rare enough to help identify someone, so HIPAA treats them as identifying.' },
  url: { title: 'Web links', text: "A link that could lead to a person, such as their profile or a page about them." },
  relationship: {
    title: 'Confirming someone is a patient',
    text: 'Saying or implying that a person is or was your patient ("your visit", "when we saw you", "as your dentist") is itself a disclosure, even with no other detail.',
  },
  health_info: { title: 'Health details', text: "A person's condition, symptom, procedure, treatment, medication, test result or pregnancy." },
  billing: { title: 'Billing and insurance', text: "A person's insurance, claim, balance or payment details." },
};

export const TONE_TYPE_HELP: Record<ToneType, { title: string; text: string }> = {
  defensive: { title: 'Defensive', text: 'Arguing with the reviewer or explaining why they are wrong. Readers side with the reviewer.' },
  blaming: { title: 'Blaming', text: 'Putting the fault on the reviewer or on another person.' },
  sarcastic: { title: 'Sarcastic', text: 'Sarcasm reads as contempt in writing, even when meant lightly.' },
  hostile: { title: 'Hostile', text: 'Threats, anger or demands, including threats of legal action.' },
  shouting: { title: 'Shouting', text: 'Long runs of capital letters or exclamation marks.' },
  medical_advice: { title: 'Medical advice in public', text: 'Specific advice to one person belongs in a private conversation, not a public reply.' },
  guarantee: { title: 'Promises and absolute claims', text: 'Promised outcomes ("guaranteed results", "painless") that the practice cannot stand behind.' },
  unprofessional: { title: 'Unprofessional', text: 'Profanity, slang, insults or gossip.' },
};

export const SEVERITY_HELP: Record<Severity, { title: string; text: string }> = {
  block: { title: 'Must not be posted', text: 'This should not be posted as written.' },
  warn: { title: 'Likely a problem', text: 'Look again before posting.' },
  info: { title: 'Advice', text: 'A suggestion, for example to invite the person to call the office.' },
};
