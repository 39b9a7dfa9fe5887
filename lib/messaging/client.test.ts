import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { send } from './client';

const REPORT = { findings: [], stats: { ms: 1, words: 2 } };
const CHECK = { composerId: 'c1', seq: 3, draft: { text: 'Hallo daar', platform: 'facebook' as const } };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('send', () => {
  it('sends again when the service worker went away before it answered', async () => {
    const lost = new Error('The message port closed before a response was received.');
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(lost)
      .mockResolvedValueOnce({ composerId: 'c1', seq: 3, report: REPORT });
    await expect(send('check', CHECK)).resolves.toEqual({ composerId: 'c1', seq: 3, report: REPORT });
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(sendMessage.mock.calls[1][0]).toEqual(sendMessage.mock.calls[0][0]);
  });

  it('gives up after three tries with the last error', async () => {
    const sendMessage = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(send('check', CHECK)).rejects.toThrow(/Receiving end does not exist/);
    expect(sendMessage).toHaveBeenCalledTimes(3);
  });

  it('does not ask again what the background refused, nor once the extension is gone', async () => {
    const refused = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ error: 'invalid check' });
    await expect(send('check', CHECK)).rejects.toThrow('invalid check');
    expect(refused).toHaveBeenCalledTimes(1);

    refused.mockClear().mockRejectedValue(new Error('Extension context invalidated.'));
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    await expect(send('check', CHECK)).rejects.toThrow('Extension context invalidated.');
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
