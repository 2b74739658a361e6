import { beforeAll, describe, expect, it } from 'vitest';
import { hashPin } from '../game/model/teacher-pin.js';
import type { PinRecord } from '../game/model/teacher-section.js';
import { createKioskQuit, KIOSK_QUIT_PROBLEMS, type KioskQuitDependencies } from './kiosk-quit.js';

// The smallest iteration count a stored PIN record may have (teacher-section.ts MIN_PIN_ITERATIONS).
let record: PinRecord;
beforeAll(async () => {
  record = await hashPin('2468', { iterations: 200_000 });
});

const NOW = new Date('2026-11-25T08:00:00.000Z');
const saveWith = (teacher: Record<string, unknown>) =>
  JSON.stringify({ schema: 3, profiles: [], teacher: { failedTries: 0, lockedUntil: null, ...teacher } });

function quitter(options: { kiosk?: boolean; text?: () => string | null; now?: () => Date } = {}) {
  const events: string[] = [];
  let clock = NOW;
  let derivations = 0;
  const subtle = globalThis.crypto.subtle;
  const counting = {
    importKey: subtle.importKey.bind(subtle),
    deriveBits: (...args: Parameters<SubtleCrypto['deriveBits']>) => ((derivations += 1), subtle.deriveBits(...args)),
  } as unknown as SubtleCrypto;
  const deps: KioskQuitDependencies = {
    isKiosk: () => options.kiosk ?? true,
    readSave: async () => (events.push('load'), options.text ? options.text() : saveWith({ pin: record })),
    now: options.now ?? (() => clock),
    allowQuit: () => events.push('allowQuit'),
    quitSoon: () => events.push('quitSoon'),
    subtle: counting,
  };
  return {
    quit: createKioskQuit(deps),
    events,
    derivations: () => derivations,
    advance: (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    },
  };
}

describe('quitKiosk in the main process', () => {
  it('with the right PIN opens the close guard, then quits, and says so', async () => {
    const q = quitter();
    expect(await q.quit('2468')).toEqual({ quitting: true });
    expect(q.events).toEqual(['load', 'allowQuit', 'quitSoon']);
  });

  it('with a wrong PIN keeps the kiosk', async () => {
    const q = quitter();
    expect(await q.quit('1357')).toEqual({ quitting: false, problem: KIOSK_QUIT_PROBLEMS.pinWrong });
    expect(q.events).toEqual(['load']);
  });

  it.each<[string, unknown]>([
    ['too short', '246'],
    ['too long', '246824682'],
    ['not digits', '24a8'],
    ['with spaces', ' 2468'],
    ['a number', 2468],
    ['nothing', undefined],
    ['an object', { toString: () => '2468' }],
  ])('refuses a PIN that is %s without hashing it', async (_name, pin) => {
    const q = quitter();
    expect(await q.quit(pin)).toEqual({ quitting: false, problem: KIOSK_QUIT_PROBLEMS.pinWrong });
    expect(q.derivations()).toBe(0);
    expect(q.events).not.toContain('allowQuit');
  });

  it('refuses outside a kiosk, without reading the save', async () => {
    const q = quitter({ kiosk: false });
    expect(await q.quit('2468')).toEqual({ quitting: false, problem: KIOSK_QUIT_PROBLEMS.notKiosk });
    expect(q.events).toEqual([]);
  });

  it('refuses even the right PIN while the save says the console is locked, and takes it once the lock is over', async () => {
    const lockedUntil = new Date(NOW.getTime() + 60_000).toISOString();
    const q = quitter({ text: () => saveWith({ pin: record, failedTries: 5, lockedUntil }) });
    expect(await q.quit('2468')).toEqual({ quitting: false, problem: KIOSK_QUIT_PROBLEMS.locked });
    expect(q.derivations()).toBe(0);
    q.advance(60_001);
    expect(await q.quit('2468')).toEqual({ quitting: true });
  });

  it.each<[string, string | null]>([
    ['no save', null],
    ['a broken save', '{"schema":3,'],
    ['a save without a PIN', saveWith({ pin: null })],
    [
      'a PIN record with too few iterations (not a slow hash)',
      saveWith({ pin: { algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'A'.repeat(44) } }),
    ],
  ])('refuses with %s: there is no PIN to check against', async (_name, text) => {
    const q = quitter({ text: () => text });
    expect(await q.quit('2468')).toEqual({ quitting: false, problem: KIOSK_QUIT_PROBLEMS.noPin });
    expect(q.events).not.toContain('allowQuit');
  });

  it('counts wrong PINs itself: after five it refuses even the right one for 30 s, whatever the save says', async () => {
    const q = quitter();
    for (let i = 0; i < 5; i += 1) expect((await q.quit('0000')).problem).toBe(KIOSK_QUIT_PROBLEMS.pinWrong);
    const derivations = q.derivations();
    expect(await q.quit('2468')).toEqual({ quitting: false, problem: KIOSK_QUIT_PROBLEMS.locked });
    expect(q.derivations()).toBe(derivations);
    q.advance(29_000);
    expect((await q.quit('2468')).problem).toBe(KIOSK_QUIT_PROBLEMS.locked);
    q.advance(1_001);
    expect(await q.quit('2468')).toEqual({ quitting: true });
  });

  it('checks one PIN at a time, so a burst of guesses cannot slip past the lockout', async () => {
    const q = quitter();
    const answers = await Promise.all(['0001', '0002', '0003', '0004', '0005', '2468', '0007'].map((pin) => q.quit(pin)));
    expect(answers.map((answer) => answer.problem ?? 'quitting')).toEqual([
      ...Array(5).fill(KIOSK_QUIT_PROBLEMS.pinWrong),
      KIOSK_QUIT_PROBLEMS.locked,
      KIOSK_QUIT_PROBLEMS.locked,
    ]);
    expect(q.derivations()).toBe(5);
  });
});
