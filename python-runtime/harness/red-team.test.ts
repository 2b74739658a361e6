import { describe, expect, it } from 'vitest';
import { levelById } from '../levels/index.js';
import { useRealRuntime } from '../levels/real-runtime.js';
import type { CastResult } from '../../contracts/cast-protocol.js';
import { CHEATS, DOOR_WORDS, HONEST_LESSONS } from './red-team-spells.js';

/*
 * The red team's spells through the real runtime (red-team-spells.ts says what each one aims at).
 * One worker serves every cast here on purpose: after each cheat, the lesson's reference must
 * still pass and its first wrong spell still fail on the same worker, so nothing a cheat did
 * outlived its cast even where the game would have thrown the worker away.
 */

const { cast, castWithoutPolicy } = useRealRuntime();

function expectKind(result: CastResult, what: string): void {
  expect(result.passed, `${what}: ${JSON.stringify(result.messages)}`).toBe(false);
  expect(result.messages.length, what).toBeGreaterThan(0);
  for (const message of result.messages) expect(message.text ?? '', what).toMatch(/\w+ \w+/);
}

async function expectNothingOutlived(level: string, what: string): Promise<void> {
  const lesson = levelById(level)!;
  const reference = await cast(level, lesson.reference);
  expect(reference.passed, `the reference after ${what}: ${JSON.stringify(reference.messages)}`).toBe(true);
  const wrong = await cast(level, lesson.wrong[0]!.source);
  expect(wrong.passed, `the first wrong spell after ${what}`).toBe(false);
}

describe('a cheating spell, with the spell policy on', () => {
  it.each(CHEATS.map((cheat) => [`${cheat.family}: ${cheat.what}`, cheat] as const))(
    'fails kindly and leaves nothing behind: %s',
    async (what, cheat) => {
      expectKind(await cast(cheat.level, cheat.source), what);
      await expectNothingOutlived(cheat.level, what);
    },
  );
});

describe('a cheating spell, with the policy off: the layers under it hold on their own', () => {
  const runtimeLayers = CHEATS.filter((cheat) => cheat.holds === 'both');
  it.each(runtimeLayers.map((cheat) => [`${cheat.family}: ${cheat.what}`, cheat] as const))(
    'fails kindly and leaves nothing behind: %s',
    async (what, cheat) => {
      expectKind(await castWithoutPolicy(cheat.level, cheat.source), what);
      await expectNothingOutlived(cheat.level, what);
    },
  );

  it('covers every family but the written doors no audit event reports', () => {
    expect(CHEATS.length).toBeGreaterThanOrEqual(40);
    expect(runtimeLayers.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CHEATS.map((cheat) => cheat.family)).size).toBeGreaterThanOrEqual(10);
  });
});

describe('an honest spell full of door words', () => {
  const honest = HONEST_LESSONS.flatMap((level) => DOOR_WORDS.map(([words, lines]) => [`${level} with ${words}`, level, lines] as const));

  it.each(honest)('is judged on what it did: %s', async (_what, level, lines) => {
    const lesson = levelById(level)!;
    const right = await cast(level, lines + lesson.reference);
    expect(right.error, JSON.stringify(right.error)).toBeNull();
    expect(right.passed, JSON.stringify(right.messages)).toBe(true);
  });

  it.each(
    HONEST_LESSONS.flatMap((level) => DOOR_WORDS.slice(0, 3).map(([words, lines]) => [`${level} with ${words}`, level, lines] as const)),
  )('a wrong spell with door words still fails for its own reason: %s', async (_what, level, lines) => {
    const lesson = levelById(level)!;
    const plain = await cast(level, lesson.wrong[0]!.source);
    const worded = await cast(level, lines + lesson.wrong[0]!.source);
    expect(worded.passed).toBe(false);
    expect(worded.messages.map((message) => message.key)).toEqual(plain.messages.map((message) => message.key));
  });

  it('there are enough of them', () => {
    expect(honest.length).toBeGreaterThanOrEqual(40);
  });
});
