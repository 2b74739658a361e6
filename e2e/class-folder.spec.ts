import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { levelsOfChapter } from '../python-runtime/levels/index.js';
import { connectFakeClassFolder } from './fake-class-folder.js';
import { parseCsv } from '../scripts/test-support/csv-reader.js';
import { answerNextSave, fakeShell, installFakeDesktopShell } from './fake-desktop-shell.js';
import { seededSave, snap } from './kid-actions.js';
import { openConsoleFirstTime, openTitle } from './teacher-console-actions.js';

/**
 * The desktop app's class folder (issue 14), two computers of a lab sharing one real folder. Each
 * computer is a page with the stand-in desktop shell, whose class folder calls reach the real
 * main-side service and folder store in this Node process (e2e/fake-class-folder.ts).
 */
const VERA = { id: 'p-vera-0001', name: 'Vera', avatar: 'fox' };
const REFCOUNT = levelsOfChapter('refcount').map((level) => level.id);

let root: string;
let folder: string;

test.beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'pyland-e2e-class-'));
  folder = path.join(root, 'class-5b');
  await mkdir(folder);
});

test.afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A save with the class folder chosen (as the console or the class setup file leaves it), and maybe a kid. */
function saveWithFolder(kid: typeof VERA | null, passed: string[]): string {
  const save = JSON.parse(seededSave(kid ?? VERA, passed)) as Record<string, unknown> & { teacher: Record<string, unknown> };
  if (kid === null) Object.assign(save, { profiles: [], activeProfileId: null });
  save.teacher = { ...save.teacher, classFolder: folder };
  return JSON.stringify(save);
}

async function computer(browser: Browser, save: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await installFakeDesktopShell(page, { save, kiosk: false });
  await connectFakeClassFolder(page);
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  return page;
}

async function kidFile(kidId: string): Promise<{ levels: Record<string, { passed: boolean }> } | null> {
  try {
    return JSON.parse(await readFile(path.join(folder, 'kids', `${kidId}.json`), 'utf8'));
  } catch {
    return null;
  }
}

test('a kid who played on one computer is listed on another, and brings every pass there', async ({ browser }) => {
  // computer A: Vera passed three lessons here; the game copies her to the folder by itself
  const a = await computer(browser, saveWithFolder(VERA, REFCOUNT.slice(0, 3)));
  await expect.poll(async () => Object.keys((await kidFile(VERA.id))?.levels ?? {}).length).toBe(3);

  // computer B has never seen her: the profile screen lists her under the class folder
  const b = await computer(browser, saveWithFolder(null, []));
  await b.getByRole('button', { name: 'Enter the school' }).click();
  await expect(b.locator('body')).toHaveAttribute('data-scene', 'profile');
  await expect(b.getByRole('heading', { name: 'From the class folder' })).toBeVisible();
  const vera = b.getByRole('button', { name: 'Vera' });
  await expect(vera).toHaveAccessibleDescription('Played on another computer. Pick to bring their wizard here.');
  // by keyboard: the list is reached with Tab, picked with Enter
  await vera.focus();
  await b.keyboard.press('Enter');
  await expect(b.locator('body')).toHaveAttribute('data-scene', 'map');
  await expect(b.locator('button[data-chapter="refcount"]')).toContainText(`3 of ${REFCOUNT.length} lessons done`);
  // she is a kid of B now: her save is here, and the folder keeps one file of her
  const stored = JSON.parse((await fakeShell(b)).stored!) as { profiles: { id: string; name: string }[] };
  expect(stored.profiles.map((p) => p.name)).toEqual(['Vera']);
  await a.context().close();
  await b.context().close();
});

test('the folder goes away in the middle of play: a small status line, nothing lost, and it catches up when back', async ({ browser }) => {
  const page = await computer(browser, saveWithFolder(VERA, REFCOUNT.slice(0, 1)));
  await expect.poll(async () => (await kidFile(VERA.id)) !== null).toBe(true);
  const chip = page.getByTestId('class-folder-chip');
  await expect(chip).toBeHidden();

  // the USB stick is pulled out; the kid comes to play (picking her asks the folder for her news)
  await rm(folder, { recursive: true, force: true });
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: 'Vera' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await expect(chip).toBeVisible();
  await expect(chip).toHaveText(/Class folder away/);
  await expect(chip).toHaveAttribute(
    'title',
    'The class folder cannot be reached right now. Progress is kept on this computer and copied there when the folder is back.',
  );
  // no dialog stopped the kid, and the save on this computer has her lesson
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('button[data-chapter="refcount"]')).toContainText(`1 of ${REFCOUNT.length} lessons done`);

  // the stick is back: within the retry the folder has her again, and the status line is gone
  await mkdir(folder);
  await expect(chip).toBeHidden({ timeout: 30_000 });
  expect(Object.keys((await kidFile(VERA.id))?.levels ?? {})).toEqual([REFCOUNT[0]]);
  await page.context().close();
});

test('the teacher chooses the class folder in the console and sees the whole class, in the class view and the CSV', async ({ browser }) => {
  // computer A: Vera plays there, and is in the folder
  const a = await computer(browser, saveWithFolder(VERA, REFCOUNT.slice(0, 3)));
  await expect.poll(async () => (await kidFile(VERA.id)) !== null).toBe(true);

  // the teacher's computer: Omar plays here; no class folder chosen yet
  const context = await browser.newContext();
  const page = await context.newPage();
  const omar = JSON.parse(seededSave({ id: 'p-omar-0002', name: 'Omar', avatar: 'dragon' }, REFCOUNT.slice(0, 1))) as object;
  await installFakeDesktopShell(page, { save: JSON.stringify(omar), kiosk: false });
  const dialog = await connectFakeClassFolder(page, { dialogAnswer: null });
  await openTitle(page);
  await openConsoleFirstTime(page, '2468');
  const panel = page.locator('section.teacher-section', { has: page.getByRole('heading', { name: 'Class folder', exact: true }) });
  await expect(panel.getByTestId('class-folder-now')).toHaveText(
    'No class folder is chosen. Each computer keeps its kids’ progress on its own.',
  );
  // the browser build's file import is not needed beside a class folder
  await expect(page.getByLabel('Import wizard files')).toHaveCount(0);

  // the dialog closed: nothing changes, and it says so
  const choose = panel.getByRole('button', { name: 'Choose the class folder' });
  await choose.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('class-folder-result')).toHaveText('Nothing changed: the folder dialog was closed.');

  // the folder chosen: Omar is copied there, Vera comes into the class view
  dialog.dialogAnswer = folder;
  await choose.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('class-folder-result')).toHaveText(
    `The class folder is now ${folder}. The kids of this computer are copied there.`,
  );
  await expect(panel.getByTestId('class-folder-kids')).toHaveText('The folder holds 2 kids’ files.');
  expect(await kidFile('p-omar-0002')).not.toBeNull();
  const veraRow = page.locator(`article[data-profile-id="${VERA.id}"]`);
  await expect(veraRow).toHaveAttribute('data-folder-only', '');
  await expect(veraRow).toContainText('Played on other computers only.');
  // Vera has no column in this computer's pace table: her closed places send the teacher nowhere
  await expect(veraRow).toContainText('Garbage collection (closed until “Reference counting” is finished)');
  await expect(veraRow).not.toContainText('pace table');
  await veraRow.scrollIntoViewIfNeeded();
  await snap(page, 'console-folder-only-kid');
  await expect(veraRow.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  await expect(veraRow.locator(`tr[data-level-id="${REFCOUNT[2]}"]`)).toContainText('Passed');
  await expect(page.locator(`article[data-profile-id="p-omar-0002"]`).getByRole('button', { name: /Delete/ })).toHaveCount(1);

  // the CSV is the whole class
  await answerNextSave(page, { outcome: 'saved', fileName: 'class 5B.csv' });
  await page.getByRole('button', { name: 'Download the class progress (CSV)' }).click();
  await expect(page.getByTestId('export-result')).toHaveText('Saved as class 5B.csv.');
  const csv = (await fakeShell(page)).requests.find((r) => r.kind === 'class-csv')!;
  expect(
    new Set(
      parseCsv(csv.text.slice(1))
        .slice(1)
        .map((row) => row[0]),
    ),
  ).toEqual(new Set(['Vera', 'Omar']));

  // the class setup carries the folder to the other computers
  await answerNextSave(page, { outcome: 'saved', fileName: 'setup.json' });
  await page.getByRole('button', { name: 'Download the class setup' }).click();
  const setup = (await fakeShell(page)).requests.find((r) => r.kind === 'class-setup')!;
  expect(JSON.parse(setup.text)).toMatchObject({ schema: 4, classFolder: folder });
  await a.context().close();
  await context.close();
});

test('a teacher’s reset and delete reach every computer of the class, each keeping a backup', async ({ browser }) => {
  const OMAR = { id: 'p-omar-0002', name: 'Omar', avatar: 'dragon' };
  /** Vera and Omar, both with passes, on a computer using the folder. */
  const bothKids = () => {
    const save = JSON.parse(saveWithFolder(VERA, REFCOUNT.slice(0, 3))) as { profiles: object[] };
    const omar = JSON.parse(seededSave(OMAR, REFCOUNT.slice(0, 1))) as { profiles: object[] };
    save.profiles.push(...omar.profiles);
    return JSON.stringify(save);
  };
  // computer A, where the kids play; the teacher's computer, where they played too
  const a = await computer(browser, bothKids());
  await expect.poll(async () => (await kidFile(OMAR.id)) !== null && (await kidFile(VERA.id)) !== null).toBe(true);
  const context = await browser.newContext();
  const teacher = await context.newPage();
  await installFakeDesktopShell(teacher, { save: bothKids(), kiosk: false });
  await connectFakeClassFolder(teacher);
  await openTitle(teacher);
  await openConsoleFirstTime(teacher, '2468');

  // reset Vera: the question says it reaches the class folder
  const vera = teacher.locator(`article[data-profile-id="${VERA.id}"]`);
  await vera.getByRole('button', { name: 'Reset progress' }).click();
  await expect(vera.getByRole('alert')).toHaveText(
    'Reset all of Vera’s progress, on this computer and in the class folder? The other computers of the class start Vera over too. A backup is kept here, so you can bring it back below.',
  );
  await vera.getByRole('button', { name: 'Yes, reset Vera' }).click();
  await expect.poll(async () => Object.keys((await kidFile(VERA.id))?.levels ?? { x: 1 }).length).toBe(0);
  // the class view does not bring her passes back from the folder
  await expect(vera.locator(`tr[data-level-id="${REFCOUNT[0]}"]`)).not.toContainText('Passed');

  // delete Omar: the folder's file of him says he was removed
  const omar = teacher.locator(`article[data-profile-id="${OMAR.id}"]`);
  await omar.getByRole('button', { name: 'Delete profile' }).click();
  await omar.getByRole('button', { name: 'Yes, delete Omar' }).click();
  await expect.poll(async () => ((await kidFile(OMAR.id)) as { kid?: { removed?: boolean } } | null)?.kid?.removed).toBe(true);
  await expect(teacher.locator(`article[data-profile-id="${OMAR.id}"]`)).toHaveCount(0);

  // computer A: its profile screen asks the folder again; Vera starts over, Omar is gone (a backup of him is kept there)
  await a.getByRole('button', { name: 'Enter the school' }).click();
  await expect(a.getByRole('button', { name: 'Vera' })).toBeVisible();
  await expect(a.getByRole('button', { name: 'Omar' })).toHaveCount(0);
  const stored = JSON.parse((await fakeShell(a)).stored!) as {
    profiles: { name: string; levels: object }[];
    teacher: { backups: { action: string; profile: { name: string } }[] };
  };
  expect(stored.profiles.map((p) => p.name)).toEqual(['Vera']);
  expect(Object.keys(stored.profiles[0]!.levels)).toEqual([]);
  expect(stored.teacher.backups.map((b) => [b.action, b.profile.name])).toEqual([['delete', 'Omar']]);
  await a.getByRole('button', { name: 'Vera' }).click();
  await expect(a.locator('button[data-chapter="refcount"]')).toContainText(`0 of ${REFCOUNT.length} lessons done`);
  await a.context().close();
  await context.close();
});
