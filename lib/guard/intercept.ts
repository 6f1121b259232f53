// Catches a composer's sends — its site's buttons and keyboard shortcuts — in the capture
// phase on window, before the site's own handlers, so a risky post can be held. A send with
// nothing to flag is never touched (no preventDefault, no delay). An approved send is
// replayed exactly once: the replay runs synchronously under a flag that lets it through.
import type { Composer } from '@/lib/sites/types';

export interface SendAttempt {
  trigger: 'click' | 'key';
  /** The control that was clicked, for click sends. */
  control?: HTMLElement;
}

export interface InterceptOptions {
  composer: Composer;
  /** Decides at the moment of sending whether to hold it (runs synchronously). */
  shouldHold(attempt: SendAttempt): boolean;
  /** A held send: resolve true to let it go (replayed once), false to keep it stopped. */
  onHeld(attempt: SendAttempt): Promise<boolean>;
  /** The send went through, straight away or replayed after approval. */
  onSent?(attempt: SendAttempt, replayed: boolean): void;
  signal: AbortSignal;
}

export function interceptSends({ composer, shouldHold, onHeld, onSent, signal }: InterceptOptions): void {
  let replaying = false;
  let holding = false;

  const handle = (event: Event, attempt: SendAttempt) => {
    if (replaying) {
      onSent?.(attempt, true);
      return;
    }
    if (holding) {
      // The dialog is open: a second press must neither send nor open a second dialog.
      stop(event);
      return;
    }
    if (!shouldHold(attempt)) {
      onSent?.(attempt, false);
      return;
    }
    stop(event);
    holding = true;
    const key = event instanceof KeyboardEvent ? event : undefined;
    const target = event.target instanceof HTMLElement ? event.target : composer.element;
    onHeld(attempt)
      .catch(() => false)
      .then((send) => {
        holding = false;
        if (!send || signal.aborted) return;
        replaying = true;
        try {
          replay(composer, attempt, key, target);
        } finally {
          replaying = false;
        }
      });
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target;
    if (!(target instanceof Node)) return;
    const control = composer.submitControls().find((c) => c.contains(target));
    if (!control || isDisabled(control)) return;
    handle(event, { trigger: 'click', control });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || !(event.target instanceof Node)) return;
    if (!composer.element.contains(event.target)) return;
    if (!composer.isSendShortcut(event)) return;
    handle(event, { trigger: 'key' });
  };

  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
}

function stop(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function isDisabled(control: HTMLElement): boolean {
  return control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled === true;
}

function replay(composer: Composer, attempt: SendAttempt, key: KeyboardEvent | undefined, target: HTMLElement) {
  if (attempt.trigger === 'click') {
    // The site may have re-rendered the button while the dialog was open: use the live one.
    const control = attempt.control?.isConnected ? attempt.control : composer.submitControls()[0];
    control?.click();
    return;
  }
  if (!key) return;
  const copy = new KeyboardEvent('keydown', {
    key: key.key,
    code: key.code,
    ctrlKey: key.ctrlKey,
    metaKey: key.metaKey,
    shiftKey: key.shiftKey,
    altKey: key.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Draft.js and React read the legacy keyCode/which, which a constructed event lacks.
  const legacy = key.keyCode || (key.key === 'Enter' ? 13 : 0);
  Object.defineProperty(copy, 'keyCode', { get: () => legacy });
  Object.defineProperty(copy, 'which', { get: () => legacy });
  (target.isConnected ? target : composer.element).dispatchEvent(copy);
}
