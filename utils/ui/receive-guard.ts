// Holds a click on the host system's receive button while an error finding is open.
// "Held" means the event never reaches the page's own listeners: we listen on the window in the
// capture phase (registered at document_start, so before the page's own window listeners) and
// stop it there — preventDefault() alone is not enough, Angular ignores it.
import { foldKey } from '@/utils/vn/text';

/** The system's receive button reads "Tiếp nhận" or "Tiếp nhận hồ sơ" (an icon ligature may precede it). */
const RECEIVE_TEXTS = ['tiep nhan', 'tiep nhan ho so'];
const CLICKABLE = 'button, [role="button"], a, input[type="button"], input[type="submit"]';

export function isReceiveControl(el: Element): boolean {
  const text = foldKey(
    el instanceof HTMLInputElement ? el.value : (el.getAttribute('aria-label') ?? el.textContent ?? ''),
  );
  if (text.length > 40) return false;
  return RECEIVE_TEXTS.some((phrase) => text === phrase || text.endsWith(` ${phrase}`));
}

export function receiveControlOf(event: Event): HTMLElement | null {
  const path = event.composedPath().filter((node): node is Element => node instanceof Element);
  // Our own UI first: the guard's buttons read "Không tiếp nhận" / "Vẫn tiếp nhận" themselves.
  if (path.some((node) => node.tagName.toLowerCase() === 'motcua-assist')) return null;
  const control = path.find((node) => node.matches(CLICKABLE));
  return control && isReceiveControl(control) ? (control as HTMLElement) : null;
}

export interface ReceiveGuardOptions {
  /** True while an open (not overridden) error finding exists for the dossier on screen. */
  isBlocking(): boolean;
  /** Called with the held control and a function that lets the original action through once. */
  onHeld(control: HTMLElement, proceed: () => void): void;
}

/** Installs the guard; returns a function that removes it. */
export function installReceiveGuard(win: Window, options: ReceiveGuardOptions): () => void {
  let passing = false;
  const hold = (event: Event) => {
    if (passing) return;
    const control = receiveControlOf(event);
    if (!control || !options.isBlocking()) return;
    event.stopImmediatePropagation();
    // Key and pointer events are only hidden from the page: their default action still
    // produces the click that we hold below and that opens the guard dialog.
    if (event.type !== 'click') return;
    event.preventDefault();
    options.onHeld(control, () => {
      passing = true;
      try {
        control.click();
      } finally {
        passing = false;
      }
    });
  };
  // Enter/Space on a focused button become a click; the raw key and pointer events are stopped
  // too, so a page that acts on keydown/mouseup cannot go around the guard.
  const types = ['click', 'keydown', 'keyup', 'mouseup', 'pointerup'] as const;
  const keyHold = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    hold(event);
  };
  for (const type of types) win.addEventListener(type, type.startsWith('key') ? keyHold : hold, true);
  return () => {
    for (const type of types) win.removeEventListener(type, type.startsWith('key') ? keyHold : hold, true);
  };
}
