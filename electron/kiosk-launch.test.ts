import { describe, expect, it } from 'vitest';
import { decideKiosk, kioskFlag, kioskFlagGiven, storedStartInKiosk } from './kiosk-launch.js';

const ELECTRON = '/work/main/node_modules/electron/dist/electron';
const save = (teacher: unknown) => JSON.stringify({ schema: 3, profiles: [], teacher });
const stored = (text: string | null) => async (): Promise<string | null> => text;

describe('kioskFlagGiven', () => {
  it.each<[string, string[], boolean]>([
    ['npm start -- --kiosk (electron . --kiosk)', [ELECTRON, '.', '--kiosk'], true],
    ['npm start -- -- --kiosk (a `--` before it)', [ELECTRON, '.', '--', '--kiosk'], true],
    ['the packaged app with --kiosk', ['/opt/PyLand Memory School/pyland-memory-school', '--kiosk'], true],
    ["between Playwright's own switches", [ELECTRON, '--inspect=0', '--remote-debugging-port=0', '.', '--kiosk', '--no-sandbox'], true],
    ['--kiosk=true', [ELECTRON, '.', '--kiosk=true'], true],
    ['npm start (electron .)', [ELECTRON, '.'], false],
    ['the packaged app alone', ['/opt/pyland/pyland-memory-school'], false],
    ['--kiosk=false', [ELECTRON, '.', '--kiosk=false'], false],
    ['--no-kiosk', [ELECTRON, '.', '--no-kiosk'], false],
    ['--kiosk then --no-kiosk (the last one wins)', [ELECTRON, '.', '--kiosk', '--no-kiosk'], false],
    ['--no-kiosk then --kiosk (the last one wins)', [ELECTRON, '.', '--no-kiosk', '--kiosk'], true],
    ['a similar flag', [ELECTRON, '.', '--kiosk-mode', '--kiosks', '-kiosk', 'kiosk'], false],
    ['an app installed in a folder called --kiosk (argv[0] is never a flag)', ['--kiosk'], false],
    ['no arguments at all', [], false],
  ])('%s', (_name, argv, expected) => {
    expect(kioskFlagGiven(argv)).toBe(expected);
  });
});

describe('kioskFlag', () => {
  it('tells on, off and not said apart', () => {
    expect(kioskFlag([ELECTRON, '.', '--kiosk'])).toBe(true);
    expect(kioskFlag([ELECTRON, '.', '--no-kiosk'])).toBe(false);
    expect(kioskFlag([ELECTRON, '.'])).toBeNull();
  });
});

describe('storedStartInKiosk', () => {
  it("is the console's start-as-kiosk option of the stored save", () => {
    expect(storedStartInKiosk(save({ kiosk: { startInKiosk: true, idleMinutes: 3, countdownSeconds: 30 } }))).toBe(true);
    expect(storedStartInKiosk(save({ kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 30 } }))).toBe(false);
  });

  it.each<[string, string | null]>([
    ['no save yet', null],
    ['a broken save', '{"schema":3,"teacher":'],
    ['not an object', '[1,2]'],
    ['no teacher section (schema 1)', '{"schema":1,"profiles":[]}'],
    ['a teacher section without kiosk options (schema 2)', save({ pin: null })],
    ['startInKiosk that is not true but truthy', save({ kiosk: { startInKiosk: 'yes' } })],
    ['startInKiosk 1', save({ kiosk: { startInKiosk: 1 } })],
  ])('means no kiosk for %s', (_name, text) => {
    expect(storedStartInKiosk(text)).toBe(false);
  });
});

describe('decideKiosk', () => {
  it('the flag decides without even reading the save', async () => {
    let loads = 0;
    const decision = await decideKiosk([ELECTRON, '.', '--kiosk'], async () => (loads++, null));
    expect(decision).toEqual({ kiosk: true, reason: 'flag' });
    expect(loads).toBe(0);
  });

  it('without the flag, the stored option decides', async () => {
    expect(await decideKiosk([ELECTRON, '.'], stored(save({ kiosk: { startInKiosk: true } })))).toEqual({
      kiosk: true,
      reason: 'stored-option',
    });
    expect(await decideKiosk([ELECTRON, '.'], stored(save({ kiosk: { startInKiosk: false } })))).toEqual({ kiosk: false, reason: 'none' });
  });

  it("--no-kiosk opens an ordinary window even when the stored option says kiosk (the host's way back to the console)", async () => {
    let reads = 0;
    const decision = await decideKiosk([ELECTRON, '.', '--no-kiosk'], async () => (reads++, save({ kiosk: { startInKiosk: true } })));
    expect(decision).toEqual({ kiosk: false, reason: 'no-kiosk-flag' });
    expect(reads).toBe(0);
  });

  it('a missing, broken or unreadable save is no kiosk, and the flag still works with it', async () => {
    expect(await decideKiosk([ELECTRON, '.'], stored(null))).toEqual({ kiosk: false, reason: 'none' });
    expect(await decideKiosk([ELECTRON, '.'], stored('garbage'))).toEqual({ kiosk: false, reason: 'none' });
    const failing = async (): Promise<string | null> => {
      throw new Error('EACCES');
    };
    expect(await decideKiosk([ELECTRON, '.'], failing)).toEqual({ kiosk: false, reason: 'none' });
    expect(await decideKiosk([ELECTRON, '.', '--kiosk'], failing)).toEqual({ kiosk: true, reason: 'flag' });
  });
});
