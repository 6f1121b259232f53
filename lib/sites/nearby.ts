// Finding a box's own controls: climb from the box until an ancestor holds a match, so the
// nearest form wins over the page's other boxes (a feed has many comment forms).

export interface NearbyOptions {
  /** How many ancestors to climb at most. */
  maxDepth: number;
  /** Stop climbing at an ancestor matching this (a post's article, a dialog). */
  stopAt?: string;
}

/** Elements matching `selector` in the nearest ancestor of `from` that has any. */
export function nearestMatches(from: Element, selector: string, options: NearbyOptions): HTMLElement[] {
  let container = from.parentElement;
  for (let depth = 0; container && depth < options.maxDepth; depth++) {
    const found = [...container.querySelectorAll<HTMLElement>(selector)].filter((el) => !from.contains(el));
    if (found.length > 0) return found;
    if (options.stopAt && container.matches(options.stopAt)) break;
    container = container.parentElement;
  }
  return [];
}

/** Buttons (or role=button) in `scope` whose visible text or aria-label matches. */
export function buttonsNamed(scope: ParentNode, pattern: RegExp): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]')].filter((button) =>
    pattern.test((button.getAttribute('aria-label') ?? button.textContent ?? (button as HTMLInputElement).value ?? '').trim()),
  );
}
