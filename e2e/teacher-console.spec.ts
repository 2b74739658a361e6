import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { LEVELS } from '../python-runtime/levels/index.js';
import { WHEN, snap, FIRST_LESSON, seededSave, seed, openTitle, openConsoleFirstTime, kidMap } from './teacher-console-actions.js';
import { parseCsv } from '../scripts/test-support/csv-reader.js';
import { answerNextSave, fakeShell, installFakeDesktopShell, type FakeShell } from './fake-desktop-shell.js';

/**
 * A teacher uses the console in the web build, through the real screens: chooses a PIN on first
 * use, opens the Garbage collection place for the whole class and locks it again for one kid,
 * and each kid's map shows it (with the reason for the closed one); downloads the class's CSV and
 * its rows are the kids' real numbers; and five wrong PINs lock the console, also after a reload.
 * Run with PYLAND_E2E_PORT=4367 when other checkouts run their end-to-end tests at the same time.
 */

test('a teacher sets a PIN, opens Garbage collection for the class, locks it for one kid, and exports the CSV', async ({ page }) => {
  await seed(page);
  await openTitle(page);

  // the Teacher button is reachable by keyboard: Tab from the way in
  await page.getByRole('button', { name: 'Enter the school' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Teacher' })).toBeFocused();

  await openConsoleFirstTime(page, '2468');

  // the class view: both kids, their numbers, and the stuck one said in words
  const zoe = page.locator('article[data-profile-id="kid-zoe"]');
  await expect(zoe).toContainText('Stuck on 1 lesson');
  await expect(zoe.locator(`tr[data-level-id="${FIRST_LESSON}"]`)).toContainText('STUCK: 6 casts, no pass yet');
  const ada = page.locator('article[data-profile-id="kid-ada"]');
  await expect(ada).toContainText('Not stuck anywhere');
  await expect(ada.locator(`tr[data-level-id="${FIRST_LESSON}"]`)).toContainText('Passed');
  await expect(ada.locator(`tr[data-level-id="${FIRST_LESSON}"] td`).nth(2)).toHaveText('3');
  // a pass from before the stars were kept: one star (its hints unknown), of three (the lesson asks a guess)
  await expect(ada.locator(`tr[data-level-id="${FIRST_LESSON}"] td`).nth(1)).toHaveText('1 of 3');
  // the class at a glance: a row per kid, a column per place, STUCK where a lesson is stuck;
  // a kid's name leads to their own table
  const overview = page.locator('.teacher-overview table');
  await expect(overview.locator('tbody tr')).toHaveCount(2);
  const zoeRow = overview.locator('tr[data-profile-id="kid-zoe"]');
  await expect(zoeRow.locator('td').first()).toHaveText(/^0 of \d+STUCK$/);
  await expect(overview.locator('tr[data-profile-id="kid-ada"] td').first()).toHaveText(/^1 of \d+$/);
  await zoeRow.getByRole('button', { name: '=Zoë 🦊' }).click();
  await expect(zoe.getByRole('heading', { name: '=Zoë 🦊' })).toBeFocused();
  // the kiosk guest is nobody's profile: not in the class view, not in the pace table
  await expect(page.locator('article[data-profile-id]')).toHaveCount(2);
  await expect(page.locator('article[data-profile-id="guest-1"]')).toHaveCount(0);
  await expect(page.getByLabel('Garbage collection for Guest wizard')).toHaveCount(0);

  // pace: open for the class, locked for Zoë (keyboard-usable selects with their own names)
  await page.getByLabel('Garbage collection for the whole class').selectOption('open');
  await expect(page.getByLabel('Garbage collection for the whole class')).toBeFocused();
  await page.getByLabel('Garbage collection for =Zoë 🦊').selectOption('locked');
  await expect(page.getByLabel('Garbage collection for =Zoë 🦊')).toHaveValue('locked');
  await expect(ada).toContainText('Garbage collection (open, 0 of');
  // a place after an opened one stays closed by the map's rule, and the console says why
  await expect(ada).toContainText(
    'The GIL (closed until “Garbage collection” is finished; open it in the pace table to let the kid in now)',
  );
  await expect(zoe).toContainText('Garbage collection (locked by you)');
  await snap(page, 'teacher-console');

  // the CSV export downloads, with a BOM, a header and one row per kid and level
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the class progress (CSV)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^pyland-class-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByTestId('export-result')).toHaveText(`The file ${download.suggestedFilename()} was downloaded.`);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1));
  // the console's own words (Casts, STUCK), and times that say they are UTC
  expect(rows[0]).toEqual([
    'Profile',
    'Chapter',
    'Level id',
    'Level title',
    'Status',
    'Casts',
    'Stuck',
    'Hints',
    'Seconds',
    'First passed (UTC)',
    'Last played (UTC)',
  ]);
  const adaRows = rows.filter((r) => r[0] === 'Ada');
  const zoeRows = rows.filter((r) => r[0] === "'=Zoë 🦊");
  expect(adaRows.length).toBeGreaterThanOrEqual(LEVELS.filter((l) => l.chapter === 'refcount').length);
  expect(zoeRows).toHaveLength(adaRows.length);
  expect(rows).toHaveLength(1 + adaRows.length + zoeRows.length);
  expect(rows.filter((r) => r[0] === 'Guest wizard')).toEqual([]);
  expect(adaRows[0]).toEqual(['Ada', 'Reference counting', FIRST_LESSON, adaRows[0]![3], 'passed', '3', '', '1', '95', WHEN, WHEN]);
  expect(adaRows[0]![3]!.length).toBeGreaterThan(0);
  expect(zoeRows[0]).toEqual([
    "'=Zoë 🦊",
    'Reference counting',
    FIRST_LESSON,
    adaRows[0]![3],
    'not passed yet',
    '6',
    'STUCK',
    '2',
    '400',
    '',
    WHEN,
  ]);

  // each kid's map: Ada finds Garbage collection open and playable, Zoë finds it locked and why
  await page.getByRole('button', { name: 'Close the console' }).click();
  await kidMap(page, /Ada/);
  const gc = page.locator('button[data-chapter="gc"]');
  await expect(gc).not.toHaveAttribute('aria-disabled', 'true');
  await gc.click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'chapter');
  await expect(page.getByRole('button', { name: /Lesson 1/ })).not.toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await page.getByRole('button', { name: 'Change wizard' }).click();
  await page.getByRole('button', { name: /Zoë/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await expect(gc).toHaveAttribute('aria-disabled', 'true');
  await expect(gc).toContainText('your teacher opens this next');
  await snap(page, 'teacher-kid-map');

  // after a restart the console asks for the PIN, and the pace is still set
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Teacher' }).click();
  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Teacher’s console' })).toBeVisible();
  await expect(page.getByLabel('Garbage collection for the whole class')).toHaveValue('open');
  await expect(page.getByLabel('Garbage collection for =Zoë 🦊')).toHaveValue('locked');
});

test('five wrong PINs lock the console, also after a restart, and a bad new PIN is refused', async ({ page }) => {
  await seed(page);
  await openTitle(page);
  await page.getByRole('button', { name: 'Teacher' }).click();
  // a PIN that is too short, then two that differ, are refused with a reason
  await page.getByLabel('New PIN (4 to 8 digits)').fill('12');
  await page.getByLabel('The same PIN again').fill('12');
  await page.getByRole('button', { name: 'Save the PIN and open the console' }).click();
  await expect(page.getByText('The PIN must be 4 to 8 digits')).toBeVisible();
  await expect(page.getByLabel('New PIN (4 to 8 digits)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('New PIN (4 to 8 digits)').fill('1357');
  await page.getByLabel('The same PIN again').fill('1358');
  await page.getByRole('button', { name: 'Save the PIN and open the console' }).click();
  await expect(page.getByText('The two PINs are not the same')).toBeVisible();
  await page.getByLabel('New PIN (4 to 8 digits)').fill('1357');
  await page.getByLabel('The same PIN again').fill('1357');
  await page.getByRole('button', { name: 'Save the PIN and open the console' }).click();
  await expect(page.getByRole('heading', { name: 'Teacher’s console' })).toBeVisible();
  await page.getByRole('button', { name: 'Close the console' }).click();

  // the PIN itself is nowhere in the save
  const stored = await page.evaluate(() => localStorage.getItem('pyland.save') ?? '');
  expect(stored).not.toContain('1357');
  expect(JSON.parse(stored).teacher.pin).toMatchObject({ algorithm: 'PBKDF2-SHA-256' });

  await page.getByRole('button', { name: 'Teacher' }).click();
  const pin = page.getByLabel('PIN', { exact: true });
  const feedback = page.getByTestId('pin-feedback');
  for (let tries = 1; tries <= 4; tries += 1) {
    await pin.fill(`000${tries}`);
    await page.keyboard.press('Enter');
    // one wrong PIN from the lock it says "1 try left", never "1 tries left"
    await expect(feedback).toHaveText(
      `That PIN is not right. ${5 - tries} ${tries === 4 ? 'try' : 'tries'} left before the console locks.`,
    );
    await expect(pin).toHaveAttribute('aria-invalid', 'true');
  }
  await pin.fill('0005');
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('Too many wrong PINs: the console is locked. Try again in');
  await expect(pin).toBeDisabled();
  await snap(page, 'teacher-locked');

  // a restart does not undo the lockout, and even the right PIN cannot be tried
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Teacher' }).click();
  await expect(page.getByTestId('pin-feedback')).toContainText('Too many wrong PINs');
  await expect(page.getByLabel('PIN', { exact: true })).toBeDisabled();
  const teacher = await page.evaluate(() => JSON.parse(localStorage.getItem('pyland.save') ?? '{}').teacher);
  expect(teacher.failedTries).toBe(5);
  expect(Date.parse(teacher.lockedUntil) - Date.now()).toBeGreaterThan(10_000);
});

test('a teacher renames a kid, resets and deletes profiles after confirming, and restores them from the backups', async ({ page }) => {
  await seed(page);
  await openTitle(page);
  await openConsoleFirstTime(page, '97531');
  const ada = page.locator('article[data-profile-id="kid-ada"]');
  const zoe = page.locator('article[data-profile-id="kid-zoe"]');

  // rename: a name another kid has is refused, then a new one is taken
  await ada.getByRole('button', { name: 'Rename' }).click();
  const nameField = page.getByLabel('New name for Ada');
  await expect(nameField).toBeFocused();
  await nameField.fill('=zoë 🦊');
  await page.keyboard.press('Enter');
  await expect(ada.getByText('Another wizard already has that name')).toBeVisible();
  await nameField.fill('Ada Lovelace');
  await page.keyboard.press('Enter');
  await expect(ada.getByRole('heading', { name: 'Ada Lovelace' })).toBeVisible();

  // reset asks first; Cancel changes nothing
  await zoe.getByRole('button', { name: 'Reset progress' }).click();
  await expect(zoe.getByRole('alert')).toContainText('Reset all of =Zoë 🦊’s progress?');
  await zoe.getByRole('button', { name: 'Cancel' }).click();
  await expect(zoe.locator(`tr[data-level-id="${FIRST_LESSON}"] td`).nth(2)).toHaveText('6');
  await zoe.getByRole('button', { name: 'Reset progress' }).click();
  await zoe.getByRole('button', { name: 'Yes, reset =Zoë 🦊' }).click();
  await expect(zoe.locator(`tr[data-level-id="${FIRST_LESSON}"]`)).toContainText('Not started');
  await expect(zoe).toContainText('Not stuck anywhere');

  // delete asks first, then the kid is gone from the console and from the profile list
  await ada.getByRole('button', { name: 'Delete profile' }).click();
  await page.getByRole('button', { name: 'Yes, delete Ada Lovelace' }).click();
  await expect(ada).toHaveCount(0);
  await expect(page.getByText('Ada Lovelace: deleted on')).toBeVisible();
  await expect(page.getByText('=Zoë 🦊: progress reset on')).toBeVisible();

  // both come back from the backups, as they were (also after a restart)
  await page.getByRole('button', { name: 'Restore Ada Lovelace' }).click();
  await page.getByRole('button', { name: 'Restore =Zoë 🦊' }).click();
  await expect(page.getByText('No backups yet.')).toBeVisible();
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Teacher' }).click();
  await page.getByLabel('PIN', { exact: true }).fill('97531');
  await page.keyboard.press('Enter');
  await expect(ada.locator(`tr[data-level-id="${FIRST_LESSON}"]`)).toContainText('Passed');
  await expect(zoe.locator(`tr[data-level-id="${FIRST_LESSON}"] td`).nth(2)).toHaveText('6');
  await page.getByRole('button', { name: 'Close the console' }).click();
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await expect(page.getByRole('button', { name: /Ada Lovelace/ })).toBeVisible();
});

test('a host sets the kiosk options (0 and 61 minutes refused), carries them in the class setup, and a hostile setup file is refused and changes nothing', async ({
  page,
  baseURL,
}) => {
  await seed(page);
  await openTitle(page);
  await openConsoleFirstTime(page, '2468');
  const classGc = page.getByLabel('Garbage collection for the whole class');
  await classGc.selectOption('open');

  // the kiosk panel: in a browser it gives the kiosk address instead of "start as a kiosk next time"
  const kiosk = page.locator('section.teacher-section', { has: page.getByRole('heading', { name: 'Workshop kiosk' }) });
  await expect(kiosk.getByLabel('Start as a kiosk next time')).toHaveCount(0);
  await expect(kiosk.getByLabel('Kiosk address')).toHaveValue(`${baseURL}?kiosk=1`);
  const minutes = kiosk.getByLabel('Minutes without play before “Still there?” (1 to 60)');
  const seconds = kiosk.getByLabel('Seconds of the countdown (5 to 120)');
  await expect(minutes).toHaveValue('3');
  await expect(seconds).toHaveValue('30');
  const result = page.getByTestId('kiosk-result');

  // out of range is refused with a message next to the field, focus goes back to it, nothing is stored
  for (const wrong of ['0', '61']) {
    await minutes.fill(wrong);
    await minutes.press('Enter');
    await expect(kiosk.getByText('Minutes without play must be a whole number from 1 to 60.')).toBeVisible();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toBeFocused();
    await expect(result).toHaveText('Nothing was saved. Fix what is marked and save again.');
  }
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('pyland.save') ?? '{}').teacher.kiosk)).toEqual({
    startInKiosk: false,
    idleMinutes: 3,
    countdownSeconds: 30,
    hideLab: false,
  });
  await minutes.fill('7');
  await seconds.fill('45');
  await kiosk.getByRole('button', { name: 'Save the kiosk options' }).click();
  await expect(result).toHaveText('Kiosk options saved: “Still there?” after 7 min without play, then 45 s to answer.');
  await expect(minutes).not.toHaveAttribute('aria-invalid', 'true');
  await expect(kiosk.getByText('Minutes without play must be')).toHaveCount(0);
  await snap(page, 'teacher-kiosk-panel');

  // the setup file is schema 4 and carries the minutes the host set (and the Lab's two switches, and no class folder in a browser)
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the class setup' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^pyland-class-setup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByTestId('setup-result')).toHaveText(`The file ${download.suggestedFilename()} was downloaded.`);
  const setupText = await readFile((await download.path())!, 'utf8');
  const setup = JSON.parse(setupText);
  expect(setup).toMatchObject({
    kind: 'pyland-class-setup',
    schema: 4,
    classChapters: { gc: 'open' },
    labOpenForClass: false,
    classFolder: null,
    pin: { algorithm: 'PBKDF2-SHA-256' },
    kiosk: { startInKiosk: false, idleMinutes: 7, countdownSeconds: 45, hideLab: false },
  });
  expect(setupText).not.toContain('2468');

  // this computer changes; hostile files are refused and change nothing
  await classGc.selectOption('locked');
  await minutes.fill('12');
  await kiosk.getByRole('button', { name: 'Save the kiosk options' }).click();
  await expect(result).toContainText('after 12 min');
  const fileInput = page.getByLabel('Load a class setup file');
  const load = (name: string, content: unknown) =>
    fileInput.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
    });
  await load('evil.json', { ...setup, classChapters: { gc: 'open', secret: 'open' } });
  await expect(page.getByTestId('setup-result')).toHaveText(
    'This class setup names a place the school does not have (“secret”). Nothing was changed.',
  );
  await load('newer.json', { ...setup, schema: 9 });
  await expect(page.getByTestId('setup-result')).toContainText('comes from a newer version of the game');
  await load('zero.json', { ...setup, kiosk: { ...setup.kiosk, idleMinutes: 0 } });
  await expect(page.getByTestId('setup-result')).toHaveText(
    'The kiosk option “idleMinutes” in this class setup must be a whole number from 1 to 60. Nothing was changed.',
  );
  await load('extra.json', { ...setup, kiosk: { ...setup.kiosk, exitPin: '0000' } });
  await expect(page.getByTestId('setup-result')).toHaveText(
    'This class setup has something this game does not know (“kiosk.exitPin”). Nothing was changed.',
  );
  await expect(classGc).toHaveValue('locked');
  await expect(minutes).toHaveValue('12');

  // the real file brings back the class's places and the kiosk minutes it carries
  await load('setup.json', setupText);
  await expect(page.getByText('The class setup was loaded: the places, the kiosk options and the PIN now match that file.')).toBeVisible();
  await expect(classGc).toHaveValue('open');
  await expect(minutes).toHaveValue('7');
  await expect(seconds).toHaveValue('45');

  // a schema 1 file (from before kiosk mode) still loads, and keeps this computer's kiosk options
  const { kiosk: _kiosk, labOpenForClass: _lab, classFolder: _folder, ...older } = { ...setup, schema: 1, classChapters: { gc: 'locked' } };
  await load('older.json', older);
  await expect(page.getByText('It comes from an older version without kiosk options')).toBeVisible();
  await expect(classGc).toHaveValue('locked');
  await expect(minutes).toHaveValue('7');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('pyland.save') ?? '{}').teacher.kiosk);
  expect(stored).toEqual({ startInKiosk: false, idleMinutes: 7, countdownSeconds: 45, hideLab: false });
});

/**
 * The desktop app's side of the console, in the web build with a stand-in for the shell's
 * window.pyland (the real one is the preload's; e2e/electron specs run it where Electron exists):
 * the save goes through loadSave/writeSave, exports through saveFile, answered as the dialog would.
 */
test('in the desktop app, exports go through the save dialog and the console says where they went; "start as a kiosk next time" is saved', async ({
  page,
}) => {
  await installFakeDesktopShell(page, { save: seededSave(), kiosk: false });
  const shell = () => fakeShell(page);
  const answerNext = (answer: FakeShell['answers'][number]) => answerNextSave(page, answer);
  await openTitle(page);
  await openConsoleFirstTime(page, '2468');

  // the desktop can start as a kiosk next time; there is no browser address to show
  const kiosk = page.locator('section.teacher-section', { has: page.getByRole('heading', { name: 'Workshop kiosk' }) });
  await expect(kiosk.getByLabel('Kiosk address')).toHaveCount(0);
  const startNextTime = kiosk.getByLabel('Start as a kiosk next time');
  await expect(startNextTime).not.toBeChecked();
  await startNextTime.focus();
  await page.keyboard.press('Space');
  await kiosk.getByLabel(/Minutes without play/).fill('5');
  await kiosk.getByRole('button', { name: 'Save the kiosk options' }).click();
  await expect(page.getByTestId('kiosk-result')).toHaveText(
    'Kiosk options saved: “Still there?” after 5 min without play, then 30 s to answer. The app starts as a kiosk next time.',
  );
  await expect
    .poll(async () => JSON.parse((await shell()).stored ?? '{}').teacher.kiosk)
    .toEqual({ startInKiosk: true, idleMinutes: 5, countdownSeconds: 30, hideLab: false });
  await snap(page, 'teacher-kiosk-panel-desktop');

  // the CSV: saved where the teacher chose (no browser download), and the console says so
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await answerNext({ outcome: 'saved', fileName: 'class 5B.csv' });
  await page.getByRole('button', { name: 'Download the class progress (CSV)' }).click();
  await expect(page.getByTestId('export-result')).toHaveText('Saved as class 5B.csv.');
  const csvRequest = (await shell()).requests[0]!;
  expect(csvRequest.kind).toBe('class-csv');
  expect(csvRequest.suggestedName).toMatch(/^pyland-class-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(parseCsv(csvRequest.text.slice(1)).map((row) => row[0])).toContain("'=Zoë 🦊");
  expect(csvRequest.text).not.toContain('Guest wizard');

  // the class setup: the dialog closed, then a failure, each said in words
  const setupResult = page.getByTestId('setup-result');
  await answerNext({ outcome: 'cancelled' });
  await page.getByRole('button', { name: 'Download the class setup' }).click();
  await expect(setupResult).toHaveText('Not saved: the save dialog was closed.');
  await answerNext({ outcome: 'failed', problem: 'files.save-failed' });
  await page.getByRole('button', { name: 'Download the class setup' }).click();
  await expect(setupResult).toHaveText('The file could not be saved there. Try another folder, or check that the disk is not full.');
  const setupRequest = (await shell()).requests[2]!;
  expect(setupRequest.kind).toBe('class-setup');
  expect(JSON.parse(setupRequest.text)).toMatchObject({
    schema: 4,
    kiosk: { startInKiosk: true, idleMinutes: 5, countdownSeconds: 30, hideLab: false },
  });
  expect(downloads).toBe(0);
});

test('after a lockout runs out, the next wrong PIN locks for twice as long, as the README says', async ({ page }) => {
  await page.clock.install();
  await seed(page);
  await openTitle(page);
  await openConsoleFirstTime(page, '2468');
  await page.getByRole('button', { name: 'Close the console' }).click();
  await page.getByRole('button', { name: 'Teacher' }).click();
  const pin = page.getByLabel('PIN', { exact: true });
  const feedback = page.getByTestId('pin-feedback');
  for (let tries = 1; tries <= 5; tries += 1) {
    await pin.fill(`100${tries}`);
    await page.keyboard.press('Enter');
    if (tries < 5) await expect(feedback).toContainText('That PIN is not right.');
  }
  await expect(feedback).toContainText('Try again in 30 seconds');
  // the 30 seconds run out (a fake clock): the field opens again
  await page.clock.fastForward(31_000);
  await expect(pin).toBeEnabled();
  await pin.fill('1006');
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('Try again in 1 minute');
  await page.clock.fastForward(61_000);
  await expect(pin).toBeEnabled();
  await pin.fill('1007');
  await page.keyboard.press('Enter');
  await expect(feedback).toContainText('Try again in 2 minutes');
  const teacher = await page.evaluate(() => JSON.parse(localStorage.getItem('pyland.save') ?? '{}').teacher);
  expect(teacher.failedTries).toBe(7);
});
