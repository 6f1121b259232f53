// "Why?": asks the background to open the options page at the rule's help section
// (#help/<rule id with "/" as "-">). The content script cannot open extension pages itself.
import { browser } from 'wxt/browser';

export interface OpenHelpMessage {
  type: 'open-help';
  rule: string;
}

export function openRuleHelp(rule: string): void {
  const message: OpenHelpMessage = { type: 'open-help', rule };
  // No answer is expected; a missing listener (background restarting) is not the user's problem.
  void browser.runtime.sendMessage(message).catch(() => undefined);
}

/** The options page anchor for a rule's help: 'phi/relationship' → 'help/phi-relationship'. */
export function helpAnchorFor(rule: string): string {
  return `help/${rule.replaceAll('/', '-')}`;
}
