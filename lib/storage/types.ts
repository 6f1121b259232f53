// Records of the IndexedDB database `posting-assistant`. Metadata only: never any text.
import type { Context, PhiType, Site, ToneType } from '@/lib/checks/types';
import type { LocalDate } from '@/lib/cadence/calendarDate';

export const SITES = ['facebook', 'x', 'yelp'] as const satisfies readonly Site[];
export const KINDS = ['post', 'comment', 'review-reply'] as const satisfies readonly Context[];

/** How a sent post got out: clean, past a warning, or after a second person's sign-off. */
export const POST_DECISIONS = ['sent-clean', 'sent-after-warning', 'approved'] as const;
export type PostDecision = (typeof POST_DECISIONS)[number];

/** Every guard decision, including the ones where nothing was sent. */
export const AUDIT_DECISIONS = ['sent-clean', 'sent-after-warning', 'stopped', 'approved'] as const;
export type AuditDecision = (typeof AUDIT_DECISIONS)[number];

export type FindingType = PhiType | ToneType;

/** One submitted post, comment or review reply (store `posts`). */
export interface PostRecord {
  /** Epoch milliseconds when it was sent. */
  at: number;
  /** The date on the poster's calendar when it was sent, in `timeZone`. */
  localDate: LocalDate;
  /** IANA zone of the poster at the time. */
  timeZone: string;
  site: Site;
  kind: Context;
  /** Counts of PHI and tone findings at send. */
  phi: number;
  tone: number;
  decision: PostDecision;
}

/** One decision of the pre-post guard (store `audit`). */
export interface AuditEntry {
  at: number;
  localDate: LocalDate;
  timeZone: string;
  site: Site;
  kind: Context;
  /** Findings at the moment of the decision, by type (only types with a count above 0). */
  counts: Partial<Record<FindingType, number>>;
  decision: AuditDecision;
  /** Initials of the second person who approved (decision 'approved' only), 1–4 letters. */
  approvedBy?: string;
}

/** What a sender supplies: localDate is always worked out from `at` and `timeZone` on write. */
export type PostInput = Omit<PostRecord, 'localDate'>;
export type AuditInput = Omit<AuditEntry, 'localDate'>;

/** A stored record with its autoIncrement key. */
export type Stored<T> = T & { id: number };
