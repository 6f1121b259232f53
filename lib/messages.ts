// Typed messages between content scripts, extension pages and the background.
// Content scripts never open IndexedDB (it would belong to the site's origin, not ours):
// they send `post-recorded` / `audit-recorded` and the background writes the log.
import { browser } from 'wxt/browser';
import type { AuditInput, PostInput } from '@/lib/storage/types';

/** Sections of the options page, addressed as options.html#<section>. */
export const OPTIONS_SECTIONS = ['profile', 'checks', 'guard', 'templates', 'cadence', 'data', 'help'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

export type Message =
  /** A post, comment or review reply really went out. Metadata only: see PostInput. */
  | { type: 'post-recorded'; post: PostInput }
  /** The pre-post guard decided (sent clean, sent after a warning, stopped, approved). */
  | { type: 'audit-recorded'; entry: AuditInput }
  | { type: 'open-options'; section?: OptionsSection }
  /** Open the plain-words help of one rule, e.g. 'phi/relationship'. */
  | { type: 'open-help'; rule: string }
  /** A page changed the log (erase): the badge should follow. */
  | { type: 'log-changed' };

export type MessageType = Message['type'];

export type FailureReason = 'invalid' | 'storage-unavailable' | 'no-background' | 'failed';

export type MessageReply = { ok: true } | { ok: false; reason: FailureReason; message: string };

const TYPES: readonly string[] = ['post-recorded', 'audit-recorded', 'open-options', 'open-help', 'log-changed'] satisfies MessageType[];

/** Only the envelope is checked here; the background validates each payload field by field. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.includes((value as { type?: unknown }).type as string);
}

export const FAILURE_MESSAGES: Record<FailureReason, string> = {
  invalid: 'The extension could not record this (the details were not in the expected form).',
  'storage-unavailable': "The post log can't be saved right now (the browser's storage is unavailable). Posting still works.",
  'no-background': 'The extension is restarting; this post was not added to the log.',
  failed: 'Something went wrong there; try again.',
};

export function failure(reason: FailureReason): MessageReply {
  return { ok: false, reason, message: FAILURE_MESSAGES[reason] };
}

/**
 * Sends a message to the background and never throws: after an extension update a content
 * script loses its connection, and posting on the site must not break because of it.
 */
export async function sendMessage(message: Message): Promise<MessageReply> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean') return reply as MessageReply;
    return failure('no-background');
  } catch {
    return failure('no-background');
  }
}
