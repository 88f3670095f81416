import { describe, it, expect, vi } from 'vitest';
import { gateAutofill, AUTOFILL_DISABLED } from './policy-gate';

describe('autofillEnabled gate', () => {
  const inner = vi.fn((message: unknown) => (String((message as { type: string }).type).startsWith('autofill_') ? Promise.resolve('ok') : undefined));

  it('refuses capture, list, plan, start and resume when auto-fill is off', async () => {
    const gated = gateAutofill(inner, async () => false);
    for (const type of ['autofill_capture', 'autofill_list', 'autofill_plan', 'autofill_start', 'autofill_resume']) {
      await expect(gated({ type }, {})).rejects.toThrow(AUTOFILL_DISABLED);
    }
    expect(inner).not.toHaveBeenCalled();
  });

  it('still lets a running fill stop, report its state, send the result back and erase', async () => {
    const gated = gateAutofill(inner, async () => false);
    for (const type of ['autofill_stop', 'autofill_state_get', 'autofill_result', 'autofill_erase']) {
      await expect(gated({ type }, {})).resolves.toBe('ok');
    }
  });

  it('passes everything through when auto-fill is on, and declines messages that are not its own', async () => {
    const gated = gateAutofill(inner, async () => true);
    await expect(gated({ type: 'autofill_capture' }, {})).resolves.toBe('ok');
    expect(gated({ type: 'check-detail' }, {})).toBeUndefined();
  });
});
