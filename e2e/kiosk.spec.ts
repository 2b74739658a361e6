import { expect, test, type Page } from '@playwright/test';
import { emptySave, type SaveData } from '../game/model/save-data.js';
import { hashPin } from '../game/model/teacher-pin.js';
import { LEVELS, levelsOfChapter } from '../python-runtime/levels/index.js';
import { fakeShell, installFakeDesktopShell } from './fake-desktop-shell.js';
import { castAndWait, snap, typeSpell } from './kid-actions.js';

/**
 * A workshop computer in kiosk mode (the browser build, `?kiosk=1`), with a short idle time from
 * the address (`idle=5`, a host can use it too) and a 5-second countdown from the console's
 * options in the save. A guest plays the first lesson without typing a name; left alone, the
 * "Still there?" countdown appears and "I'm still here" keeps the game; left alone again, the
 * kiosk goes back to the title for the next kid, with the guest's progress and spell gone and the
 * named kid's progress untouched; the attract loop plays until a key is pressed; the exit chord
 * opens the PIN prompt and the right PIN reaches the teacher's console.
 * Run with PYLAND_E2E_PORT=<port> when other checkouts run their end-to-end tests at the same time.
 */

const WHEN = '2026-01-01T10:00:00.000Z';
const PIN = '2468';
const FIRST = LEVELS[0]!;
const ADA_PASSED = levelsOfChapter('refcount')
  .slice(0, 2)
  .map((level) => level.id);

async function seededSave(): Promise<string> {
  const save = emptySave();
  const progress = {
    attempts: 2,
    hintsUsed: 1,
    seconds: 90,
    passed: true,
    firstPassedAt: WHEN,
    lastPlayedAt: WHEN,
    lastSpell: 'my_hat = hat',
    hintsBeforePass: 1,
    prediction: null,
  };
  const document: SaveData = {
    ...save,
    profiles: [
      {
        id: 'kid-ada',
        name: 'Ada',
        avatar: 'owl',
        createdAt: WHEN,
        guest: false,
        language: null,
        levels: Object.fromEntries(ADA_PASSED.map((id) => [id, progress])),
      },
      // a guest left behind by a crash: the kiosk removes it before anyone plays
      {
        id: 'guest-left-over',
        name: 'Guest wizard',
        avatar: 'mage',
        createdAt: WHEN,
        guest: true,
        language: null,
        levels: { [FIRST.id]: { ...progress, lastSpell: 'left over' } },
      },
    ],
    activeProfileId: 'guest-left-over',
    settings: { muted: true, language: null, computerId: 'pc-e2e-test' },
    teacher: {
      ...save.teacher,
      pin: await hashPin(PIN),
      kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 5, hideLab: false },
    },
  };
  return JSON.stringify(document);
}

async function storedSave(page: Page): Promise<SaveData> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('pyland.save') ?? 'null') as SaveData);
}

test('a guest plays in a kiosk, the idle countdown resets it for the next kid, and the PIN chord reaches the console', async ({ page }) => {
  const seeded = await seededSave();
  await page.addInitScript((save) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
  }, seeded);
  const body = page.locator('body');

  await page.goto('/?kiosk=1&idle=5');
  await expect(body).toHaveAttribute('data-kiosk', '1');
  await expect(body).toHaveAttribute('data-title-ready', 'true');
  // the way in for a walk-up kid has focus; the Teacher button is gone (the chord replaces it)
  const playNow = page.getByRole('button', { name: 'Play now' });
  await expect(playNow).toBeFocused();
  await expect(page.getByRole('button', { name: 'Teacher' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play with my name' })).toBeVisible();
  await snap(page, 'kiosk-title');
  // the crash's guest is gone before anyone plays
  await expect.poll(async () => (await storedSave(page)).profiles.map((p) => p.id)).toEqual(['kid-ada']);

  // Python first: the idle timer runs while a kid is in a session, and waiting is not playing
  await expect(body).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });

  // a guest, without typing a name, lands in the first lesson and passes it
  await page.keyboard.press('Enter');
  await expect(body).toHaveAttribute('data-scene', 'level');
  await expect(page.locator('.player-chip')).toHaveText('Guest wizard');
  await typeSpell(page, FIRST.reference);
  await castAndWait(page);
  expect((await page.evaluate(() => window.__pyland?.lastResult()))?.passed).toBe(true);
  const during = await storedSave(page);
  const guest = during.profiles.find((p) => p.guest);
  expect(guest?.name).toBe('Guest wizard');
  expect(guest?.levels[FIRST.id]?.passed).toBe(true);
  expect(guest?.levels[FIRST.id]?.lastSpell).toBe(FIRST.reference);

  // nobody touches anything: "Still there?" with a countdown that goes down each second
  await expect(body).toHaveAttribute('data-still-there', '1', { timeout: 15_000 });
  const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
  await expect(dialog).toBeVisible();
  const stay = dialog.getByRole('button', { name: 'I’m still here' });
  await expect(stay).toBeFocused();
  const count = dialog.locator('.still-there-count');
  const first = Number(await count.textContent());
  expect(first).toBeGreaterThanOrEqual(4);
  expect(first).toBeLessThanOrEqual(5);
  await expect.poll(async () => Number(await count.textContent())).toBeLessThan(first);
  await snap(page, 'kiosk-still-there');

  // the kid is still here: the dialog goes, the lesson and the spell stay
  await page.keyboard.press('Enter');
  await expect(body).not.toHaveAttribute('data-still-there', '1');
  await expect(dialog).toBeHidden();
  await expect(body).toHaveAttribute('data-scene', 'level');
  await expect(page.locator('.cm-content')).toContainText('sys.getrefcount');

  // left alone again, the countdown runs out: the title is back, ready for the next kid
  await expect(body).toHaveAttribute('data-still-there', '1', { timeout: 15_000 });
  await expect(body).toHaveAttribute('data-scene', 'title', { timeout: 15_000 });
  await expect(body).not.toHaveAttribute('data-still-there', '1');
  await expect(body).toHaveAttribute('data-attract', '1');
  await page.waitForTimeout(1200);
  await snap(page, 'kiosk-attract');
  const after = await storedSave(page);
  expect(after.profiles.some((p) => p.guest)).toBe(false);
  expect(JSON.stringify(after)).not.toContain(FIRST.reference);
  expect(after.activeProfileId).toBeNull();
  const seededAda = (JSON.parse(seeded) as SaveData).profiles[0];
  expect(after.profiles).toEqual([seededAda]);

  // any key ends the attract loop and puts focus on Play now
  await page.keyboard.press('Shift');
  await expect(body).not.toHaveAttribute('data-attract', '1');
  await expect(playNow).toBeFocused();

  // the next guest starts fresh: the last one's spell is not in the editor
  await playNow.click();
  await expect(body).toHaveAttribute('data-scene', 'level');
  await expect(page.locator('.cm-content')).toContainText('sys.getrefcount');
  const guestLines = FIRST.reference.split('\n').filter((line) => line.trim() !== '' && !FIRST.starter.includes(line));
  expect(guestLines.length).toBeGreaterThan(0);
  const editorText = await page.locator('.cm-content').innerText();
  for (const line of guestLines) expect(editorText).not.toContain(line);

  // the exit chord opens the PIN prompt anywhere; Escape closes it
  await page.keyboard.press('Control+Alt+Shift+K');
  const prompt = page.getByRole('dialog', { name: 'Leave the kiosk' });
  await expect(prompt).toBeVisible();
  await expect(prompt.getByLabel('Teacher PIN')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();

  // a wrong PIN counts like the console's, the right one opens the teacher's console
  await page.keyboard.press('Control+Alt+Shift+K');
  await prompt.getByLabel('Teacher PIN').fill('0000');
  await prompt.getByRole('button', { name: 'Open the teacher’s console' }).click();
  await expect(prompt.getByTestId('kiosk-pin-feedback')).toHaveText('That PIN is not right. 4 tries left before the console locks.');
  expect((await storedSave(page)).teacher.failedTries).toBe(1);
  await prompt.getByLabel('Teacher PIN').fill(PIN);
  await page.keyboard.press('Enter');
  await expect(body).toHaveAttribute('data-scene', 'teacher');
  await expect(prompt).toBeHidden();
  // the PIN was just taken: the console opens without asking for it a second time
  await expect(page.getByRole('heading', { name: 'Teacher’s console' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Teacher PIN' })).toHaveCount(0);
  expect((await storedSave(page)).teacher.failedTries).toBe(0);
});

test('a kiosk without a teacher PIN asks the host for one before any kid can play', async ({ page }) => {
  await page.addInitScript(
    (save) => {
      if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
    },
    JSON.stringify({ ...emptySave(), settings: { muted: true, language: null } }),
  );
  const body = page.locator('body');
  await page.goto('/?kiosk=1');
  await expect(body).toHaveAttribute('data-title-ready', 'true');
  await expect(page.getByRole('heading', { name: 'Set up this kiosk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play now' })).toHaveCount(0);
  const first = page.getByLabel('New teacher PIN (4 to 8 digits)');
  await expect(first).toBeFocused();
  await snap(page, 'kiosk-setup');

  // the console's rules: two different PINs are refused, nothing is stored
  await first.fill(PIN);
  await page.getByLabel('The same PIN again').fill('1357');
  await page.getByRole('button', { name: 'Save the PIN and start the kiosk' }).click();
  await expect(page.getByText('The two PINs are not the same. Type them again.')).toBeVisible();
  expect((await storedSave(page)).teacher.pin).toBeNull();
  // nor is a PIN that is not 4 to 8 digits
  await first.fill('12a4');
  await page.getByLabel('The same PIN again').fill('12a4');
  await page.keyboard.press('Enter');
  await expect(page.getByText('The PIN must be 4 to 8 digits (0 to 9), nothing else.')).toBeVisible();

  await first.fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play now' })).toBeFocused();
  const pin = (await storedSave(page)).teacher.pin;
  expect(pin?.algorithm).toBe('PBKDF2-SHA-256');
  expect(JSON.stringify(pin)).not.toContain(PIN);

  // the chord now has a PIN to ask for
  await page.keyboard.press('Control+Alt+Shift+K');
  await expect(page.getByRole('dialog', { name: 'Leave the kiosk' })).toBeVisible();
});

/** The desktop path, with a stand-in for the shell's window.pyland (the real one is the preload's, see e2e/electron-kiosk.spec.ts). */
test('in the desktop app the shell says "kiosk", and the right PIN asks the shell to quit (its refusal is shown)', async ({ page }) => {
  await installFakeDesktopShell(page, {
    save: await seededSave(),
    kiosk: true,
    quitAnswers: [{ quitting: false, problem: 'kiosk.pin-locked' }, { quitting: true }],
  });
  const shell = () => fakeShell(page);
  const body = page.locator('body');
  // no ?kiosk=1: the shell's answer decides
  await page.goto('/');
  await expect(body).toHaveAttribute('data-kiosk', '1');
  await expect(page.getByRole('button', { name: 'Play now' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Teacher' })).toHaveCount(0);
  // the guest a crash left behind is removed from the shell's save too
  await expect.poll(async () => (JSON.parse((await shell()).stored ?? '{}') as SaveData).profiles.map((p) => p.id)).toEqual(['kid-ada']);

  await page.keyboard.press('Control+Alt+Shift+K');
  const prompt = page.getByRole('dialog', { name: 'Leave the kiosk' });
  const pinField = prompt.getByLabel('Teacher PIN');
  // a wrong PIN never reaches the shell: the game counts it, like the console
  await pinField.fill('1111');
  await prompt.getByRole('button', { name: 'Quit the kiosk' }).click();
  await expect(prompt.getByTestId('kiosk-pin-feedback')).toHaveText('That PIN is not right. 4 tries left before the console locks.');
  expect((await shell()).quitPins).toEqual([]);
  // the right PIN goes to the shell, which checks it again; its refusal is shown in words
  await pinField.fill(PIN);
  await page.keyboard.press('Enter');
  await expect(prompt.getByTestId('kiosk-pin-feedback')).toHaveText('Too many wrong PINs: wait a little, then try again.');
  await pinField.fill(PIN);
  await page.keyboard.press('Enter');
  await expect(prompt.getByTestId('kiosk-pin-feedback')).toHaveText('The kiosk is closing…');
  expect((await shell()).quitPins).toEqual([PIN, PIN]);
  // the right PIN cleared the wrong try, in the save the shell reads
  expect((JSON.parse((await shell()).stored ?? '{}') as SaveData).teacher.failedTries).toBe(0);
});

test('"Still there?" never opens over the PIN prompt or the teacher\'s console, and never resets under the host', async ({ page }) => {
  const seeded = await seededSave();
  await page.addInitScript((save) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
  }, seeded);
  const body = page.locator('body');
  await page.goto('/?kiosk=1&idle=3');
  await expect(body).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Play now' }).click();
  await expect(body).toHaveAttribute('data-scene', 'level');

  // the host opens the PIN prompt and takes their time: no countdown, no reset
  await page.keyboard.press('Control+Alt+Shift+K');
  const prompt = page.getByRole('dialog', { name: 'Leave the kiosk' });
  await expect(prompt).toBeVisible();
  await page.waitForTimeout(3000 + 5000 + 1500);
  await expect(body).not.toHaveAttribute('data-still-there', '1');
  await expect(body).toHaveAttribute('data-scene', 'level');
  await expect(prompt.getByLabel('Teacher PIN')).toBeFocused();

  // closed again, the kid's session counts idle time from then on
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();
  await expect(body).toHaveAttribute('data-still-there', '1', { timeout: 10_000 });
  await page.getByRole('button', { name: 'I’m still here' }).click();

  // in the teacher's console the host is not asked whether they are still there
  await page.keyboard.press('Control+Alt+Shift+K');
  await prompt.getByLabel('Teacher PIN').fill(PIN);
  await page.keyboard.press('Enter');
  await expect(body).toHaveAttribute('data-scene', 'teacher');
  await page.waitForTimeout(3000 + 5000 + 1500);
  await expect(body).not.toHaveAttribute('data-still-there', '1');
  await expect(body).toHaveAttribute('data-scene', 'teacher');
});
