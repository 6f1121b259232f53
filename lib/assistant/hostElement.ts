// The element beside each box that carries the assistant's UI and the data-* hooks outside
// tests rely on (DESIGN.md, "Stable hooks"): data-posting-assistant, data-state,
// data-findings, data-kind, data-site.
import type { Composer } from '@/lib/sites/types';
import { ASSISTANT_CSS } from '@/components/assistant/styles';

export const HOST_TAG = 'posting-assistant';

export interface HostParts {
  host: HTMLElement;
  shadowRoot: ShadowRoot;
  /** Absolutely placed layers (the textarea overlay), positioned against the host. */
  layer: HTMLElement;
  /** Where React renders the badge, the controls and the panel. */
  uiRoot: HTMLElement;
}

export function createHost(composer: Composer): HostParts {
  const doc = composer.element.ownerDocument;
  // A tag of our own, so the site's element selectors and styles do not reach it.
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-posting-assistant', '');
  host.setAttribute('data-site', composer.site);
  host.setAttribute('data-kind', composer.kind);
  host.setAttribute('data-state', 'checking');
  host.setAttribute('data-findings', '0');
  // In the page's flow right under the box, so the badge takes its own line and can never
  // sit on top of the site's buttons.
  host.style.cssText = 'all: initial; display: block; position: relative; z-index: 1;';
  const shadowRoot = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = ASSISTANT_CSS;
  const layer = doc.createElement('div');
  layer.className = 'pa-layer';
  const uiRoot = doc.createElement('div');
  uiRoot.className = 'pa-root';
  shadowRoot.append(style, layer, uiRoot);
  // Keys typed in our panel are ours: site-wide shortcuts (X's "n", "j", "k"…) must not fire.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  placeHost(composer, host);
  return { host, shadowRoot, layer, uiRoot };
}

/**
 * Puts the host by the adapter's anchor, never inside the editor: at the end of the anchor
 * when it is a container around the box, else right after it.
 */
export function placeHost(composer: Composer, host: HTMLElement): void {
  const { anchor, element } = composer;
  if (anchor !== element && anchor.contains(element)) {
    if (host.parentElement !== anchor) anchor.append(host);
  } else if (anchor.nextSibling !== host) {
    anchor.after(host);
  }
}
