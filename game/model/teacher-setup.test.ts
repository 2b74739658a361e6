import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import { emptySave, type SaveData } from './save-data.js';
import { setClassFolder } from './teacher-class-folder.js';
import { setClassChapter, setClassLab, setKidChapter } from './teacher-pace.js';
import { hashPin, pinMatches } from './teacher-pin.js';
import { applySetup, exportSetup, MAX_SETUP_BYTES, parseSetup, setupFileName } from './teacher-setup.js';
import { MIN_PIN_ITERATIONS } from './teacher-section.js';

const NOW = new Date('2026-11-25T10:00:00Z');

async function hostComputer(): Promise<SaveData> {
  let save = setClassChapter(setClassChapter(emptySave(), 'gc', 'open'), 'bytecode', 'locked');
  save = { ...save, teacher: { ...save.teacher, pin: await hashPin('8642', { iterations: MIN_PIN_ITERATIONS }) } };
  return save;
}

function refused(text: string): string {
  const result = parseSetup(text);
  if (result.ok) throw new Error('accepted');
  return result.problem;
}

const KIOSK = { startInKiosk: true, idleMinutes: 7, countdownSeconds: 20, hideLab: false };
const valid = (override: Record<string, unknown>) =>
  JSON.stringify({
    kind: 'pyland-class-setup',
    schema: 4,
    classChapters: {},
    pin: null,
    labOpenForClass: false,
    kiosk: KIOSK,
    classFolder: null,
    ...override,
  });
/** A setup file from before the class folder. */
const validV3 = (override: Record<string, unknown>) => {
  const { classFolder: _dropped, ...v3 } = JSON.parse(valid({}));
  return JSON.stringify({ ...v3, schema: 3, ...override });
};
/** A setup file from before the Memory Lab: no labOpenForClass, no kiosk.hideLab. */
const validV2 = (override: Record<string, unknown>) =>
  JSON.stringify({
    kind: 'pyland-class-setup',
    schema: 2,
    classChapters: {},
    pin: null,
    kiosk: { startInKiosk: true, idleMinutes: 7, countdownSeconds: 20 },
    ...override,
  });
const validV1 = (override: Record<string, unknown>) =>
  JSON.stringify({ kind: 'pyland-class-setup', schema: 1, classChapters: {}, pin: null, ...override });
const kioskWith = (override: Record<string, unknown>) => valid({ kiosk: { ...KIOSK, ...override } });

function refusedWith(text: string): { problem: string; params: Record<string, string | number> | undefined } {
  const result = parseSetup(text);
  if (result.ok) throw new Error('accepted');
  return { problem: result.problem, params: result.params };
}

describe('class setup export and import', () => {
  it('carries the class overrides and the PIN hash to another computer', async () => {
    const text = exportSetup(await hostComputer());
    let other = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;
    other = setKidChapter(setClassChapter(other, 'gil', 'open'), 'ada', 'gc', 'locked');
    other = { ...other, teacher: { ...other.teacher, failedTries: 3 } };
    const parsed = parseSetup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    const next = applySetup(other, parsed.setup);
    expect(next.teacher.classChapters).toEqual({ gc: 'open', bytecode: 'locked' });
    expect(next.teacher.profileChapters).toEqual({ ada: { gc: 'locked' } });
    expect(next.teacher.failedTries).toBe(0);
    expect(await pinMatches('8642', next.teacher.pin!)).toBe(true);
    expect(next.profiles).toBe(other.profiles);
    expect(text).not.toContain('8642');
  });

  it("keeps this computer's PIN when the setup has none", async () => {
    const here = await hostComputer();
    const parsed = parseSetup(valid({ classChapters: { gc: 'locked' } }));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(applySetup(here, parsed.setup).teacher.pin).toEqual(here.teacher.pin);
  });

  it('refuses files that are not a setup, are broken, or come from a newer game', () => {
    expect(refused('{"kind": "pyland-class-setup", "schema": 1,')).toBe('teacher.setup-not-json');
    expect(refused('[]')).toBe('teacher.setup-wrong-kind');
    expect(refused('null')).toBe('teacher.setup-wrong-kind');
    expect(refused(JSON.stringify({ schema: 2, profiles: [] }))).toBe('teacher.setup-wrong-kind');
    expect(refused(valid({ schema: '1' }))).toBe('teacher.setup-wrong-kind');
    expect(refused(valid({ schema: 5 }))).toBe('teacher.setup-newer');
    expect(refused(valid({ schema: 1.5 }))).toBe('teacher.setup-wrong-kind');
  });

  it('refuses hostile files: huge, wrong types, unknown chapters or fields, a fast or broken PIN hash', () => {
    expect(refused(valid({ padding: 'x'.repeat(MAX_SETUP_BYTES) }))).toBe('teacher.setup-too-big');
    expect(refused(valid({ classChapters: ['gc'] }))).toBe('teacher.setup-bad-chapters');
    expect(refused(valid({ classChapters: { gc: true } }))).toBe('teacher.setup-bad-chapters');
    expect(refused(valid({ classChapters: { gc: 'open', wizardry: 'open' } }))).toBe('teacher.setup-unknown-chapter');
    expect(refused('{"kind":"pyland-class-setup","schema":1,"classChapters":{"__proto__":{"gc":"open"}},"pin":null}')).toBe(
      'teacher.setup-unknown-chapter',
    );
    expect(refused(valid({ admin: true }))).toBe('teacher.setup-unknown-field');
    expect(refused(valid({ pin: '1234' }))).toBe('teacher.setup-bad-pin');
    expect(
      refused(
        valid({
          pin: {
            algorithm: 'PBKDF2-SHA-256',
            iterations: 1,
            salt: 'AAECAwQFBgcICQoLDA0ODw==',
            hash: 'AAECAwQFBgcICQoLDA0ODwABAgMEBQYHCAkKCwwNDg8=',
          },
        }),
      ),
    ).toBe('teacher.setup-bad-pin');
  });

  it("writes schema 4 with this computer's kiosk options, and carries them to another computer", async () => {
    let host = await hostComputer();
    host = { ...host, teacher: { ...host.teacher, kiosk: { startInKiosk: true, idleMinutes: 12, countdownSeconds: 45, hideLab: true } } };
    const text = exportSetup(host);
    expect(JSON.parse(text)).toMatchObject({
      schema: 4,
      kiosk: { startInKiosk: true, idleMinutes: 12, countdownSeconds: 45, hideLab: true },
    });
    const parsed = parseSetup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    const other = applySetup(emptySave(), parsed.setup);
    expect(other.teacher.kiosk).toEqual({ startInKiosk: true, idleMinutes: 12, countdownSeconds: 45, hideLab: true });
  });

  it('carries "Open the Memory Lab for everyone" to another computer, and closing it too', async () => {
    const host = setClassLab(await hostComputer(), true);
    const text = exportSetup(host);
    expect(JSON.parse(text)).toMatchObject({ schema: 4, labOpenForClass: true });
    const parsed = parseSetup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(applySetup(emptySave(), parsed.setup).teacher.labOpenForClass).toBe(true);
    // a host who closed it again closes it on a computer where it was open
    const closed = parseSetup(exportSetup(setClassLab(host, false)));
    if (!closed.ok) throw new Error(closed.problem);
    expect(applySetup(setClassLab(emptySave(), true), closed.setup).teacher.labOpenForClass).toBe(false);
  });

  it("still loads a schema 2 file (older than the Memory Lab), keeping this computer's two Lab choices", () => {
    let here = setClassLab(emptySave(), true);
    here = { ...here, teacher: { ...here.teacher, kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 30, hideLab: true } } };
    const parsed = parseSetup(validV2({ classChapters: { gc: 'open' } }));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.setup.labOpenForClass).toBeNull();
    const next = applySetup(here, parsed.setup);
    expect(next.teacher.labOpenForClass).toBe(true);
    expect(next.teacher.kiosk).toEqual({ startInKiosk: true, idleMinutes: 7, countdownSeconds: 20, hideLab: true });
    expect(next.teacher.classChapters).toEqual({ gc: 'open' });
    // and on a computer that never chose: the Lab stays closed to its rule, and shown
    const fresh = applySetup(emptySave(), parsed.setup);
    expect(fresh.teacher.labOpenForClass).toBe(false);
    expect(fresh.teacher.kiosk.hideLab).toBe(false);
    // a schema 2 file never had the Lab's choices: one that has them was not written by this game
    expect(refused(validV2({ labOpenForClass: true }))).toBe('teacher.setup-unknown-field');
    expect(refusedWith(validV2({ kiosk: KIOSK }))).toEqual({ problem: 'teacher.setup-unknown-field', params: { field: 'kiosk.hideLab' } });
  });

  it('carries the class folder to another computer, and "no folder" too', async () => {
    const host = setClassFolder(await hostComputer(), '\\\\school\\class-5b');
    const text = exportSetup(host);
    expect(JSON.parse(text)).toMatchObject({ schema: 4, classFolder: '\\\\school\\class-5b' });
    const parsed = parseSetup(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(applySetup(emptySave(), parsed.setup).teacher.classFolder).toBe('\\\\school\\class-5b');
    // a host without a folder stops the other computers using theirs
    const none = parseSetup(exportSetup(setClassFolder(host, null)));
    if (!none.ok) throw new Error(none.problem);
    expect(JSON.parse(exportSetup(setClassFolder(host, null)))).toHaveProperty('classFolder', null);
    expect(applySetup(setClassFolder(emptySave(), '/media/usb/class'), none.setup).teacher.classFolder).toBeNull();
  });

  it("still loads a schema 3 file (older than the class folder), keeping this computer's folder", () => {
    const here = setClassFolder(emptySave(), '/media/usb/class');
    const parsed = parseSetup(validV3({ classChapters: { gc: 'open' }, labOpenForClass: true }));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.setup.classFolder).toBeNull();
    const next = applySetup(here, parsed.setup);
    expect(next.teacher.classFolder).toBe('/media/usb/class');
    expect(next.teacher.labOpenForClass).toBe(true);
    expect(next.teacher.classChapters).toEqual({ gc: 'open' });
    // a schema 3 file never had a folder: one that names it was not written by this game
    expect(refusedWith(validV3({ classFolder: null }))).toEqual({
      problem: 'teacher.setup-unknown-field',
      params: { field: 'classFolder' },
    });
  });

  it('refuses a schema 4 file whose class folder is missing, relative, or not a path', () => {
    const { classFolder: _dropped, ...withoutFolder } = JSON.parse(valid({}));
    expect(refused(JSON.stringify(withoutFolder))).toBe('teacher.setup-bad-folder');
    for (const classFolder of ['class-5b', '', 'C:', '/media/usb\nclass', 42, true, ['/media'], { path: '/media' }]) {
      expect(refused(valid({ classFolder })), String(classFolder)).toBe('teacher.setup-bad-folder');
    }
    for (const classFolder of ['/media/usb/class', 'Z:\\class-5b', '\\\\server\\share\\5b']) {
      const parsed = parseSetup(valid({ classFolder }));
      expect(parsed.ok && parsed.setup.classFolder).toEqual({ folder: classFolder });
    }
  });

  it('refuses a schema 3 or 4 file whose Lab choices are missing or not true/false', () => {
    const { labOpenForClass: _dropped, ...withoutLab } = JSON.parse(valid({}));
    expect(refused(JSON.stringify(withoutLab))).toBe('teacher.setup-bad-lab');
    for (const labOpenForClass of ['yes', 1, null]) expect(refused(valid({ labOpenForClass }))).toBe('teacher.setup-bad-lab');
    const { hideLab: _h, ...noHide } = KIOSK;
    expect(refused(valid({ kiosk: noHide }))).toBe('teacher.setup-bad-kiosk');
    expect(refused(kioskWith({ hideLab: 'true' }))).toBe('teacher.setup-bad-kiosk');
  });

  it("still loads a schema 1 file (older than kiosk mode), keeping this computer's kiosk options", () => {
    const here: SaveData = {
      ...emptySave(),
      teacher: { ...emptySave().teacher, kiosk: { startInKiosk: true, idleMinutes: 9, countdownSeconds: 15, hideLab: false } },
    };
    const parsed = parseSetup(validV1({ classChapters: { gc: 'open' } }));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.setup.kiosk).toBeNull();
    const next = applySetup(here, parsed.setup);
    expect(next.teacher.kiosk).toEqual({ startInKiosk: true, idleMinutes: 9, countdownSeconds: 15, hideLab: false });
    expect(next.teacher.classChapters).toEqual({ gc: 'open' });
    // a schema 1 file never had kiosk options: one that has them was not written by this game
    expect(refused(validV1({ kiosk: KIOSK }))).toBe('teacher.setup-unknown-field');
  });

  it('refuses kiosk options that are missing, of the wrong types, out of range or unknown, and names the field', () => {
    const { kiosk: _dropped, ...withoutKiosk } = JSON.parse(valid({}));
    expect(refused(JSON.stringify(withoutKiosk))).toBe('teacher.setup-bad-kiosk');
    expect(refused(valid({ kiosk: null }))).toBe('teacher.setup-bad-kiosk');
    expect(refused(valid({ kiosk: [true, 3, 30] }))).toBe('teacher.setup-bad-kiosk');
    expect(refused(valid({ kiosk: 'on' }))).toBe('teacher.setup-bad-kiosk');
    expect(refused(kioskWith({ startInKiosk: 'yes' }))).toBe('teacher.setup-bad-kiosk');
    expect(refused(kioskWith({ startInKiosk: 1 }))).toBe('teacher.setup-bad-kiosk');
    const { startInKiosk: _s, ...noStart } = KIOSK;
    expect(refused(valid({ kiosk: noStart }))).toBe('teacher.setup-bad-kiosk');
    expect(refusedWith(kioskWith({ idleMinutes: '3' }))).toEqual({
      problem: 'teacher.setup-kiosk-range',
      params: { field: 'idleMinutes', min: 1, max: 60 },
    });
    for (const idleMinutes of [0, 61, -3, 2.5, 1e9, null]) {
      expect(refusedWith(kioskWith({ idleMinutes })).params).toEqual({ field: 'idleMinutes', min: 1, max: 60 });
    }
    for (const countdownSeconds of [4, 121, '30', true]) {
      expect(refusedWith(kioskWith({ countdownSeconds })).params).toEqual({ field: 'countdownSeconds', min: 5, max: 120 });
    }
    const { countdownSeconds: _c, ...noCountdown } = KIOSK;
    expect(refusedWith(valid({ kiosk: noCountdown })).params).toEqual({ field: 'countdownSeconds', min: 5, max: 120 });
    expect(refusedWith(kioskWith({ attractVideo: 'x.mp4' }))).toEqual({
      problem: 'teacher.setup-unknown-field',
      params: { field: 'kiosk.attractVideo' },
    });
    expect(refusedWith(kioskWith({ ['z'.repeat(500)]: 1 })).params?.['field']).toHaveLength('kiosk.'.length + 40);
    expect(refused(valid({ kiosk: { ...KIOSK, padding: 'x'.repeat(MAX_SETUP_BYTES) } }))).toBe('teacher.setup-too-big');
  });

  it('accepts a setup with a byte order mark, and names the file by date', () => {
    expect(parseSetup(`\uFEFF${valid({ classChapters: { gil: 'open' } })}`).ok).toBe(true);
    expect(setupFileName(NOW)).toBe('pyland-class-setup-2026-11-25.json');
  });
});
