// The preparation of the kept copies after a sync (preparation-after-sync.ts): it waits for the page to
// settle, never runs twice at once, runs again after a later sync, and a failure ends it quietly.
import { describe, expect, it } from 'vitest';
import { preparationAfterSync, type Scheduler } from './preparation-after-sync';

/** A scheduler the test releases by hand: the page "settles" when the test says so. */
function heldScheduler() {
  const waiting: (() => void)[] = [];
  const schedule: Scheduler = (work) => waiting.push(work);
  return { schedule, settle: () => waiting.splice(0).forEach((work) => work()), waiting };
}

describe('the kept copies prepared after a sync', () => {
  it('runs only once the page has settled, and once for syncs that ask meanwhile', async () => {
    const page = heldScheduler();
    let runs = 0;
    const preparation = preparationAfterSync(async () => void (runs += 1), page.schedule);
    const first = preparation.afterSync();
    const second = preparation.afterSync();
    expect(runs).toBe(0);
    expect(page.waiting).toHaveLength(1);
    page.settle();
    await Promise.all([first, second]);
    expect(runs).toBe(1);

    const later = preparation.afterSync();
    page.settle();
    await later;
    expect(runs).toBe(2);
  });

  it('ends quietly when the preparation fails (the session closed its database), and can run again', async () => {
    const page = heldScheduler();
    let fail = true;
    let done = 0;
    const preparation = preparationAfterSync(async () => {
      if (fail) throw new Error('DatabaseClosedError');
      done += 1;
    }, page.schedule);
    const failed = preparation.afterSync();
    page.settle();
    await expect(failed).resolves.toBeUndefined();
    fail = false;
    const again = preparation.afterSync();
    page.settle();
    await again;
    expect(done).toBe(1);
  });
});
