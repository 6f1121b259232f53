// "Why?": asks the background to open the options page at the rule's help section. The
// content script cannot open extension pages itself.
import { sendMessage } from '@/lib/messages';

export function openRuleHelp(rule: string): void {
  // sendMessage never throws; a background that is restarting is not the user's problem.
  void sendMessage({ type: 'open-help', rule });
}
