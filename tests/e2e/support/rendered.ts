// Waiting for the page to have drawn a change: an event (frames, finished animations, loaded
// fonts), never a while. What the checks then read is what the adviser sees.
import type { Page } from 'playwright-core';

/**
 * Resolves once the fonts are loaded, every finite animation has finished, and two frames have
 * passed: the style and layout of the last change, the ResizeObserver callbacks it caused and
 * what they rendered are on screen. Endless animations (a spinner) are not waited for.
 */
export async function afterRendered(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}
