// How serious a contact detail (phone, email, address, handle) is. Tied to someone's care it
// must not go out (block). In a reply or comment it most likely belongs to the person replied
// to (warn). In a post with no tie it is usually a venue or a helpline (info).
import type { Doc } from '../doc';
import type { Severity } from '../types';
import { docTiesToCare } from './care-sentences';
import { findPatientMentions } from './people';

export function contactSeverity(doc: Doc): Severity {
  if (docTiesToCare(doc)) return 'block';
  if (doc.context !== 'post' || findPatientMentions(doc).length > 0) return 'warn';
  return 'info';
}

/** Words just before a number or address that say it is the practice's own ("call us at"). */
export const PRACTICE_CONTACT_CUES: readonly string[] = [
  'call us', 'text us', 'reach us', 'contact us', 'email us', 'message us', 'call our', 'text our', 'our office',
  'our number', 'our phone', 'our main', 'our fax', 'our line', 'the office', 'office at', 'office:', 'front desk',
  'billing office', 'billing team', 'our team', 'visit us', 'find us', 'located at', 'we are at', "we're at",
  'we have moved to', 'our new address', 'our address', 'office manager', 'call', 'phone:', 'tel:', 'fax:',
  'office is at', 'offices are at', 'clinic is at', 'location is at', 'our new location', 'our location', "we're located",
  'we are located', 'our other office', 'our second office', 'moved to', 'stop by', 'come see us',
];
