// Shows a panel in the browser's top layer, placed by its anchor (the badge, the templates
// button). In the page's flow, a parent with overflow: hidden (Facebook's and X's dialogs have
// them) clipped the panel, and a site's stacking contexts could cover it; the top layer is above
// both. Where popovers are missing (jsdom) the panel stays where CSS puts it, under the anchor.
import { useLayoutEffect, type RefObject } from 'react';
import { placePanel } from '@/lib/assistant/placePanel';

export function useTopLayerPanel(panelRef: RefObject<HTMLElement>, anchorRef: RefObject<HTMLElement> | undefined): void {
  useLayoutEffect(() => {
    const panel = panelRef.current;
    const anchor = anchorRef?.current;
    const win = panel?.ownerDocument.defaultView;
    if (!panel || !anchor || !win || typeof panel.showPopover !== 'function') return;
    panel.setAttribute('popover', 'manual');
    panel.showPopover();
    panel.dataset.layer = 'top';
    const place = () => {
      const at = placePanel(anchor.getBoundingClientRect(), { width: panel.offsetWidth, height: panel.scrollHeight }, { width: win.innerWidth, height: win.innerHeight });
      panel.style.top = `${at.top}px`;
      panel.style.left = `${at.left}px`;
      panel.style.maxHeight = `${at.maxHeight}px`;
      panel.dataset.side = at.side;
    };
    place();
    // Follow the anchor when any scrolling box moves it, and when the panel's content grows.
    const options = { capture: true, passive: true } as const;
    win.addEventListener('scroll', place, options);
    win.addEventListener('resize', place, options);
    const resize = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(place) : undefined;
    resize?.observe(panel);
    return () => {
      win.removeEventListener('scroll', place, options);
      win.removeEventListener('resize', place, options);
      resize?.disconnect();
      if (panel.isConnected && panel.matches(':popover-open')) panel.hidePopover();
    };
  }, [panelRef, anchorRef]);
}
