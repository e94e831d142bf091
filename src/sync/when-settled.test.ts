// The first sync waits for the opening screen to settle: a second of idle periods with nothing
// waiting, one after the other; activity starts the wait again; never longer than its timeout.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLED_AFTER_MS, whenSettled } from './when-settled';

type IdleCallback = (deadline: IdleDeadline) => void;

/** A browser whose idle periods the test hands out, each `remaining` ms long, at `now`. */
class FakeIdleBrowser {
  private pending: { callback: IdleCallback; timeout: number; requestedAt: number } | undefined;
  now = 0;

  install() {
    vi.stubGlobal('requestIdleCallback', (callback: IdleCallback, options: { timeout: number }) => {
      this.pending = { callback, timeout: options.timeout, requestedAt: this.now };
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => {
      this.pending = undefined;
    });
    vi.spyOn(performance, 'now').mockImplementation(() => this.now);
  }

  /** Advances the clock by `after` ms, then gives an idle period of `remaining` ms. */
  idle(after: number, remaining: number) {
    this.now += after;
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const didTimeout = this.now - pending.requestedAt >= pending.timeout;
    pending.callback({ didTimeout, timeRemaining: () => remaining });
  }

  /** Quiet idle periods, back to back, for `ms`. */
  quietFor(ms: number) {
    for (let spent = 0; spent < ms; spent += 50) this.idle(50, 50);
  }
}

describe('waiting for the page to settle', () => {
  let browser: FakeIdleBrowser;
  beforeEach(() => {
    browser = new FakeIdleBrowser();
    browser.install();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('runs after a second of quiet idle periods, not at the first idle moment', () => {
    const work = vi.fn();
    whenSettled(work, 5_000);
    browser.idle(10, 50);
    expect(work).not.toHaveBeenCalled();
    browser.quietFor(SETTLED_AFTER_MS - 100);
    expect(work).not.toHaveBeenCalled();
    browser.quietFor(150);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('starts the quiet period again after short idle periods or a gap where something ran', () => {
    const work = vi.fn();
    whenSettled(work, 5_000);
    browser.quietFor(800);
    browser.idle(10, 5); // a frame was waiting
    browser.quietFor(800);
    expect(work).not.toHaveBeenCalled();
    browser.idle(300, 50); // a long task ran between two idle periods
    browser.quietFor(800);
    expect(work).not.toHaveBeenCalled();
    browser.quietFor(300);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs at its timeout on a page that never settles', () => {
    const work = vi.fn();
    whenSettled(work, 5_000);
    for (let i = 0; i < 60 && work.mock.calls.length === 0; i++) browser.idle(100, 5);
    expect(work).toHaveBeenCalledTimes(1);
    expect(browser.now).toBeLessThanOrEqual(5_100);
  });

  it('runs nothing once cancelled', () => {
    const work = vi.fn();
    const cancel = whenSettled(work, 5_000);
    browser.quietFor(500);
    cancel();
    browser.quietFor(2_000);
    expect(work).not.toHaveBeenCalled();
  });

  it('runs at once where the browser has no idle callback', () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('requestIdleCallback', undefined);
    const work = vi.fn();
    whenSettled(work, 5_000);
    expect(work).toHaveBeenCalledTimes(1);
  });
});
