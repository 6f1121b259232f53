// Writes the badge look to the toolbar button.
import { browser } from 'wxt/browser';
import { badgeFor, UNAVAILABLE_BADGE, type BadgeLook } from './badge';
import { currentCadence, type CadenceSources } from './cadenceNow';

// Firefox's Manifest V2 build has browserAction where Chrome's MV3 has action.
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

export async function updateBadge(sources: CadenceSources): Promise<BadgeLook> {
  let look: BadgeLook;
  try {
    look = badgeFor((await currentCadence(sources)).summary);
  } catch {
    look = UNAVAILABLE_BADGE;
  }
  try {
    const button = toolbarButton();
    await button.setBadgeText({ text: look.text });
    await button.setBadgeBackgroundColor({ color: look.color });
    await button.setTitle({ title: look.title });
  } catch {
    // A badge that cannot be drawn is not worth failing the caller (a post write) over.
  }
  return look;
}
