// Plain words for each finding type and severity, as office staff would say them. The one
// source of these words: the in-page panel, the guard, the options' live checks and the
// options' help all show the same label for the same thing.
import type { Finding } from '@/lib/checks/types';

export const TYPE_LABELS: Record<Finding['type'], string> = {
  name: 'A person’s name',
  date: 'A date tied to a person',
  phone: 'A phone number',
  email: 'An email address',
  address: 'An address',
  identifier: 'An ID or account number',
  age_over_89: 'An age over 89',
  url: 'A web address',
  relationship: 'Says they are a patient',
  health_info: 'Health details',
  billing: 'Billing or insurance details',
  defensive: 'Sounds defensive',
  blaming: 'Blames the reviewer',
  sarcastic: 'Sounds sarcastic',
  hostile: 'Sounds hostile',
  shouting: 'Shouting (all capitals)',
  medical_advice: 'Medical advice in public',
  guarantee: 'Promises an outcome',
  unprofessional: 'Unprofessional wording',
};

export const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  block: 'Do not post as written',
  warn: 'Look again',
  info: 'Tip',
};

export function typeLabel(finding: Finding): string {
  return TYPE_LABELS[finding.type] ?? finding.type;
}

export function severityLabel(finding: Finding): string {
  return SEVERITY_LABELS[finding.severity];
}

export function categoryLabel(finding: Finding): string {
  return finding.category === 'phi' ? 'Patient privacy' : 'Tone';
}
