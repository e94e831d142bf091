// The idle timer counts the adviser's activity in her other tabs (BroadcastChannel): an idle tab
// must not lock or sign out while she works in another one.
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleChannelName, useIdleTimer } from './use-idle-timer';

afterEach(() => vi.useRealTimers());

/** Lets a posted BroadcastChannel message reach every other channel of the name (not a timer). */
const delivered = (name: string) =>
  new Promise<void>((resolve) => {
    const listener = new BroadcastChannel(name);
    listener.onmessage = () => {
      listener.close();
      setImmediate(resolve);
    };
  });

describe('the idle timer across tabs', () => {
  it('does not fire while another tab of the same adviser is in use, and fires once all are quiet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const onIdle = vi.fn();
    const name = idleChannelName('user-1');
    const { unmount } = renderHook(() => useIdleTimer(1, true, onIdle, name));
    const otherTab = new BroadcastChannel(name);

    await vi.advanceTimersByTimeAsync(50_000);
    const arrived = delivered(name);
    otherTab.postMessage('activity');
    await arrived;
    await vi.advanceTimersByTimeAsync(20_000); // 70 s since this tab's last touch, 20 s since the other's
    expect(onIdle).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(41_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    otherTab.close();
    unmount();
  });

  it('is not kept open by another adviser’s tab', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const onIdle = vi.fn();
    const { unmount } = renderHook(() => useIdleTimer(1, true, onIdle, idleChannelName('user-1')));
    const otherAdviser = new BroadcastChannel(idleChannelName('user-2'));
    await vi.advanceTimersByTimeAsync(50_000);
    const arrived = delivered(idleChannelName('user-2'));
    otherAdviser.postMessage('activity');
    await arrived;
    await vi.advanceTimersByTimeAsync(11_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    otherAdviser.close();
    unmount();
  });
});
