// When Chrome stops the service worker while a message is in flight, the answer is lost. Checks
// and reads are sent again (they are idempotent); writes that must happen once are not; an answer
// that is an error is never retried.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { send } from '@/utils/service/send';

const portClosed = () => Promise.reject(new Error('The message port closed before a response was received.'));
const NO_WAIT = [0, 0, 0];

afterEach(() => vi.restoreAllMocks());

describe('send: lost answers', () => {
  it('a check whose answer was lost is sent again and completes', async () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementationOnce(portClosed).mockImplementationOnce(() => Promise.resolve(undefined)).mockResolvedValueOnce({ ok: true, value: { findings: [] } } as never);
    await expect(send({ type: 'check-detail', snapshot: {} }, NO_WAIT)).resolves.toEqual({ findings: [] });
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it("a fill's state write (the whole state of the tab, so idempotent) is sent again", async () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementationOnce(portClosed).mockResolvedValueOnce({ ok: true, value: null } as never);
    await expect(send({ type: 'autofill_state_put', state: {} }, NO_WAIT)).resolves.toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('gives up after the last retry with the transport error', async () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(portClosed);
    await expect(send({ type: 'check-list', snapshot: {} }, NO_WAIT)).rejects.toThrow(/port closed/);
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('an override or a capture (written once) is not sent twice', async () => {
    for (const request of [{ type: 'override', dossierCode: 'D', reason: 'lý do đủ dài để ghi' }, { type: 'autofill_capture' }, { type: 'erase-citizen-data', confirm: true }]) {
      const spy = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(portClosed);
      await expect(send(request, NO_WAIT)).rejects.toThrow();
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();
    }
  });

  it('an error answer is final', async () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'invalid message' } as never);
    await expect(send({ type: 'check-detail', snapshot: {} }, NO_WAIT)).rejects.toThrow('invalid message');
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
