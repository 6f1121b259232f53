// Answers every message the background receives. Each answer is a MessageReply; nothing
// here throws, because an unhandled rejection would leave the sender without a reply.
import { failure, isMessage, OPTIONS_SECTIONS, type Message, type MessageReply } from '@/lib/messages';
import type { WriteResult } from '@/lib/storage/postLog';

export interface RouterDeps {
  recordPost(input: unknown): Promise<WriteResult>;
  recordAudit(input: unknown): Promise<WriteResult>;
  /** Opens an extension page (a path for runtime.getURL) in a new tab. */
  openExtensionPage(path: string): Promise<void>;
  /** Path of the options page at a rule's help entry. */
  helpPathForRule(rule: string): string;
  refreshBadge(): Promise<void>;
}

function replyFromWrite(result: WriteResult): MessageReply {
  if (result.ok) return { ok: true };
  return failure(result.reason);
}

const RULE_ID = /^[a-z]+\/[a-z0-9_-]+$/;

async function route(message: Message, deps: RouterDeps): Promise<MessageReply> {
  switch (message.type) {
    case 'post-recorded': {
      const reply = replyFromWrite(await deps.recordPost(message.post));
      if (reply.ok) await deps.refreshBadge();
      return reply;
    }
    case 'audit-recorded':
      return replyFromWrite(await deps.recordAudit(message.entry));
    case 'open-options':
      if (message.section !== undefined && !OPTIONS_SECTIONS.includes(message.section)) return failure('invalid');
      await deps.openExtensionPage(`/options.html${message.section ? `#${message.section}` : ''}`);
      return { ok: true };
    case 'open-help':
      if (typeof message.rule !== 'string' || !RULE_ID.test(message.rule)) return failure('invalid');
      await deps.openExtensionPage(deps.helpPathForRule(message.rule));
      return { ok: true };
    case 'log-changed':
      await deps.refreshBadge();
      return { ok: true };
  }
}

/** A runtime.onMessage listener: a promise of the reply for our messages, undefined otherwise. */
export function createMessageRouter(deps: RouterDeps): (message: unknown) => Promise<MessageReply> | undefined {
  return (message) => {
    if (!isMessage(message)) return undefined;
    return route(message, deps).catch(() => failure('failed'));
  };
}
