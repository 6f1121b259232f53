// The PHI rules, one per file (id = 'phi/' + file name). Adding a rule is adding a file and a
// line here; a meta-test checks that every rule file is listed.
import type { Rule } from '../../rule';
import address from './address';
import age from './age';
import billing from './billing';
import date from './date';
import email from './email';
import healthInfo from './health-info';
import identifier from './identifier';
import name from './name';
import phone from './phone';
import relationship from './relationship';
import url from './url';
import wording from './wording';

export const PHI_RULES: readonly Rule[] = [
  relationship,
  healthInfo,
  billing,
  name,
  date,
  phone,
  email,
  address,
  identifier,
  age,
  url,
  wording,
];
