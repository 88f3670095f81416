// @vitest-environment happy-dom
import { describe, it, expect, vi, beforeEach } from 'vitest';
import { installReceiveGuard, isReceiveControl } from './receive-guard';

let hostHandler: ReturnType<typeof vi.fn<() => void>>;
let button: HTMLButtonElement;

beforeEach(() => {
  document.body.innerHTML = '<button class="mat-raised-button"><mat-icon>check</mat-icon> <span>Tiếp nhận</span></button><button id="other">Từ chối</button>';
  button = document.querySelector('button')!;
  hostHandler = vi.fn<() => void>();
  button.addEventListener('click', hostHandler); // the page's own (bubbling) handler
});

describe('receive guard', () => {
  it('recognises the receive button by its text, with or without "hồ sơ" and icon ligatures', () => {
    expect(isReceiveControl(button)).toBe(true);
    const b = document.createElement('button');
    b.textContent = ' TIẾP NHẬN HỒ SƠ ';
    expect(isReceiveControl(b)).toBe(true);
    expect(isReceiveControl(document.querySelector('#other')!)).toBe(false);
  });

  it('holds the click before the page sees it, and lets it through exactly once on proceed', () => {
    let proceed: (() => void) | undefined;
    const dispose = installReceiveGuard(window, { isBlocking: () => true, onHeld: (_c, go) => (proceed = go) });
    button.click();
    expect(hostHandler).not.toHaveBeenCalled();
    expect(proceed).toBeDefined();
    proceed!();
    expect(hostHandler).toHaveBeenCalledTimes(1);
    button.click(); // still blocking: held again
    expect(hostHandler).toHaveBeenCalledTimes(1);
    dispose();
    button.click();
    expect(hostHandler).toHaveBeenCalledTimes(2);
  });

  it('does nothing when no error is open, or for other buttons', () => {
    const onHeld = vi.fn();
    installReceiveGuard(window, { isBlocking: () => false, onHeld })();
    const dispose = installReceiveGuard(window, { isBlocking: () => true, onHeld });
    const other = vi.fn<() => void>();
    document.querySelector('#other')!.addEventListener('click', other);
    (document.querySelector('#other') as HTMLButtonElement).click();
    expect(other).toHaveBeenCalledTimes(1);
    expect(onHeld).not.toHaveBeenCalled();
    dispose();
  });

  it('never holds the buttons of its own dialog, whose labels also say "tiếp nhận"', () => {
    const host = document.createElement('motcua-assist');
    document.body.append(host);
    const cancel = document.createElement('button');
    cancel.textContent = 'Không tiếp nhận';
    host.attachShadow({ mode: 'open' }).append(cancel);
    const onCancel = vi.fn<() => void>();
    cancel.addEventListener('click', onCancel);
    const onHeld = vi.fn();
    const dispose = installReceiveGuard(window, { isBlocking: () => true, onHeld });
    cancel.click();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onHeld).not.toHaveBeenCalled();
    dispose();
  });

  it('hides Enter keydown from the page without cancelling it', () => {
    const keyHandler = vi.fn<() => void>();
    button.addEventListener('keydown', keyHandler);
    const dispose = installReceiveGuard(window, { isBlocking: () => true, onHeld: () => {} });
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    button.dispatchEvent(event);
    expect(keyHandler).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
    dispose();
  });
});
