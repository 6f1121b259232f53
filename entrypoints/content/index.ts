// The in-page assistant on the three sites: wiring only. Everything stops with WXT's ctx
// (extension reloaded or updated while the page is open): UI, listeners, observers, timers.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { openRuleHelp } from '@/lib/assistant/openHelp';
import { startAssistant } from '@/lib/assistant/startAssistant';
import { warmUpChecks } from '@/lib/assistant/warmUpChecks';
import type { AssistantSettings } from '@/lib/assistant/types';
import { analyze } from '@/lib/checks';
import { observeComposers } from '@/lib/discovery/observe-composers';
import { driverFor } from '@/lib/editors';
import { guardFeature } from '@/lib/guard/feature';
import { sendMessage } from '@/lib/messages';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, verifyPin, type Settings } from '@/lib/settings';
import { adapterForHost } from '@/lib/sites';
import { SITE_MATCHES } from '@/lib/sites/matches';
import { templatesFeature } from '@/lib/templates/feature';

// Chrome does not tell an orphaned content script that its extension was reloaded; reading
// ctx.isValid (which WXT's ctx.setInterval does) notices it and aborts ctx.signal.
const INVALIDATION_POLL_MS = 2000;

const assistantSettings = ({ checks, profile }: Settings): AssistantSettings => ({ checks, profile });

export default defineContentScript({
  matches: [...SITE_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (!adapter) return;
    let settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
    if (ctx.isInvalid) return;

    const assistant = startAssistant({
      analyze,
      driverFor,
      openHelp: openRuleHelp,
      settings: assistantSettings(settings),
      signal: ctx.signal,
      features: [
        templatesFeature({ settings: () => settings, openOptions: (section) => void sendMessage({ type: 'open-options', section }) }),
        guardFeature({ guardSettings: () => settings.guard, verifyPin, send: sendMessage }),
      ],
    });
    // Only where checks will run: a site switched off in the settings costs the page nothing.
    if (settings.checks.sites[adapter.site]) warmUpChecks(analyze, { signal: ctx.signal });
    const stopWatchingSettings = onSettingsChanged((next) => {
      settings = next;
      assistant.setSettings(assistantSettings(next));
    });
    ctx.onInvalidated(() => {
      // The runtime may already be gone; removing a listener from it must not throw on the page.
      try {
        stopWatchingSettings();
      } catch {
        /* extension context invalidated */
      }
    });
    ctx.setInterval(() => undefined, INVALIDATION_POLL_MS);

    const boxes = observeComposers(
      adapter,
      { added: (composer) => assistant.add(composer), removed: (composer) => assistant.remove(composer.element) },
      { signal: ctx.signal },
    );
    // Single-page navigation: end what belonged to the old view, look for the new view's boxes.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      assistant.prune();
      boxes.rescan();
    });
  },
});
