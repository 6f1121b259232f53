// Where a panel opened from a badge goes on screen. The panels live in the browser's top layer
// (popover), above the site's own dialogs and outside any overflow: hidden box that would clip
// them, so they are placed against the viewport: under the badge, right edges aligned, or above
// it when there is more room there, always inside the viewport horizontally.

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The panel scrolls inside this height, so it never runs off the screen. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Keeps this far from the viewport's edges. */
export const EDGE = 8;
/** Between the badge and the panel. */
export const GAP = 4;

export function placePanel(anchor: Rect, panel: Size, viewport: Size): Placement {
  const maxLeft = Math.max(EDGE, viewport.width - panel.width - EDGE);
  const left = Math.min(Math.max(anchor.right - panel.width, EDGE), maxLeft);
  const roomBelow = viewport.height - anchor.bottom - GAP - EDGE;
  const roomAbove = anchor.top - GAP - EDGE;
  if (panel.height <= roomBelow || roomBelow >= roomAbove) {
    return { top: anchor.bottom + GAP, left, maxHeight: Math.max(roomBelow, 0), side: 'below' };
  }
  const height = Math.min(panel.height, roomAbove);
  return { top: anchor.top - GAP - height, left, maxHeight: Math.max(roomAbove, 0), side: 'above' };
}
