import { expect, test } from '@playwright/test';
import { levelById } from '../python-runtime/levels/index.js';
import { CHEATS } from '../python-runtime/harness/red-team-spells.js';
import type { CastRequest, CastResult } from '../contracts/cast-protocol.js';
import { translatorFor } from '../game/messages/translator.js';

/** The runtime sends keys only: each must be a sentence of the catalogue. */
const english = translatorFor('en');

/**
 * The red team's roads, tried in the browser build where kids' spells really run: one cheat of
 * each family (red-team-spells.ts), each written to pass a lesson it did not do or to reach the
 * worker's JavaScript and post a forged verdict. Each is cast with the spell policy and, where
 * the layers under it must hold on their own (the spell gate, the builtins a spell lacks, the
 * state guard), without it. None may pass, each comes back as a result with a kind message, and
 * the lesson's reference still passes right after it, on the fresh worker the game gives it.
 */

/** One cheat of every family (python-runtime/harness/red-team-spells.ts; the Node test casts them all). */
const ATTACKS = [...new Map(CHEATS.map((cheat) => [cheat.family, cheat])).values()];

async function castInPage(page: import('@playwright/test').Page, request: CastRequest): Promise<CastResult> {
  return page.evaluate(
    (sent) => (window as unknown as { __pylandBench: { cast(r: CastRequest): Promise<CastResult> } }).__pylandBench.cast(sent),
    request,
  );
}

test('no red-team road passes a lesson in the browser build, with the policy or without it, and each is only a result', async ({
  page,
}) => {
  // about 60 casts through the real runtime, each a fresh worker after an attack: 2-3 min on this
  // machine's Chromium alone, more beside a second worker
  test.setTimeout(420_000);
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  for (const { family, what, level, source, holds } of ATTACKS) {
    // a door no audit event reports is the policy's to refuse: that one is cast with it only
    for (const withoutPolicy of holds === 'both' ? [false, true] : [false]) {
      const mode = `${family}: ${what} (${withoutPolicy ? 'the policy off' : 'the policy on'})`;
      const result = await castInPage(page, { level, source, ...(withoutPolicy ? { withoutPolicy } : {}) });
      expect(result.passed, mode).toBe(false);
      expect(result.messages.length, mode).toBeGreaterThan(0);
      for (const message of result.messages) expect(english.say(message.key, message.params), mode).toMatch(/^(?!\[)\w+ \w+/);
      const honest = await castInPage(page, { level, source: levelById(level)!.reference });
      expect(honest.passed, `the reference right after ${mode}`).toBe(true);
    }
  }
});
