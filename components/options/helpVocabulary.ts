// Plain words for each kind of finding, shown in the options page's help. Keyed by the
// checks engine's type vocabulary (lib/checks/types.ts), so a new type fails the typecheck
// here until it is explained. Titles are the labels staff see on findings in the page
// (findingLabels.ts), so the help names things exactly as the panel does.
import { SEVERITY_LABELS as SEVERITY, TYPE_LABELS as LABEL } from '@/components/assistant/findingLabels';
import type { PhiType, Severity, ToneType } from '@/lib/checks/types';

export const PHI_TYPE_HELP: Record<PhiType, { title: string; text: string }> = {
  name: { title: LABEL.name, text: "A person's name. In a reply to a review, even the reviewer's own name ties them to your practice." },
  date: { title: LABEL.date, text: 'A date tied to a person, such as a visit, a birthday or a surgery date. "Your appointment on March 3" confirms a visit.' },
  phone: { title: LABEL.phone, text: "A person's phone number. Your practice's own numbers (in the profile) are fine." },
  email: { title: LABEL.email, text: "A person's email address. Your practice's own addresses are fine." },
  address: { title: LABEL.address, text: "A street address or other place that could identify where a person lives." },
  identifier: { title: LABEL.identifier, text: 'Numbers that identify a person or their records: Social Security, chart, member, account, claim, licence, plate or device numbers.' },
  age_over_89: { title: LABEL.age_over_89, text: 'Ages of 90 and over are rare enough to help identify someone, so HIPAA treats them as identifying.' },
  url: { title: LABEL.url, text: "A link that could lead to a person, such as their profile or a page about them." },
  relationship: {
    title: LABEL.relationship,
    text: 'Saying or implying that a person is or was your patient ("your visit", "when we saw you", "as your dentist") is itself a disclosure, even with no other detail.',
  },
  health_info: { title: LABEL.health_info, text: "A person's condition, symptom, procedure, treatment, medication, test result or pregnancy." },
  billing: { title: LABEL.billing, text: "A person's insurance, claim, balance or payment details." },
};

export const TONE_TYPE_HELP: Record<ToneType, { title: string; text: string }> = {
  defensive: { title: LABEL.defensive, text: 'Arguing with the reviewer or explaining why they are wrong. Readers side with the reviewer.' },
  blaming: { title: LABEL.blaming, text: 'Putting the fault on the reviewer or on another person.' },
  sarcastic: { title: LABEL.sarcastic, text: 'Sarcasm reads as contempt in writing, even when meant lightly.' },
  hostile: { title: LABEL.hostile, text: 'Threats, anger or demands, including threats of legal action.' },
  shouting: { title: LABEL.shouting, text: 'Long runs of capital letters or exclamation marks.' },
  medical_advice: { title: LABEL.medical_advice, text: 'Specific advice to one person belongs in a private conversation, not a public reply.' },
  guarantee: { title: LABEL.guarantee, text: 'Promised outcomes ("guaranteed results", "painless") that the practice cannot stand behind.' },
  unprofessional: { title: LABEL.unprofessional, text: 'Profanity, slang, insults or gossip.' },
};

export const SEVERITY_HELP: Record<Severity, { title: string; text: string }> = {
  block: { title: SEVERITY.block, text: 'Must be changed before posting: patient information, or wording that could get the practice into trouble.' },
  warn: { title: SEVERITY.warn, text: 'Probably a problem: read it again, and change it unless you are sure it is fine.' },
  info: { title: SEVERITY.info, text: 'A suggestion, for example to invite the person to call the office.' },
};
