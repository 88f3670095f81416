// `autofillEnabled: false` (policy or officer) turns auto-fill off: messages that start new work
// (capture, list, plan, start, resume) are refused with a clear reason. Stopping a fill, reading
// its state, carrying a result back and erasing stay allowed, so nothing is left half-done or
// impossible to delete.
export const GATED_AUTOFILL_MESSAGES: ReadonlySet<string> = new Set([
  'autofill_capture',
  'autofill_list',
  'autofill_plan',
  'autofill_start',
  'autofill_resume',
]);

export const AUTOFILL_DISABLED = 'Tự động điền đã bị tắt trong cài đặt / Auto-fill is turned off in the settings';

type Handler<S> = (message: unknown, sender: S) => Promise<unknown> | undefined;

export function gateAutofill<S>(handler: Handler<S>, isEnabled: () => Promise<boolean>): Handler<S> {
  return (message, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !GATED_AUTOFILL_MESSAGES.has(type)) return handler(message, sender);
    return isEnabled().then((enabled) => {
      if (!enabled) throw new Error(AUTOFILL_DISABLED);
      return handler(message, sender);
    });
  };
}
