import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { kidFileOf, kidFileText, parseKidFile } from '../game/model/kid-file.js';
import type { Profile } from '../game/model/profile-types.js';
import { levelsOfChapter } from '../python-runtime/levels/index.js';
import { enterAs, seed, snap } from './kid-actions.js';
import { openConsoleFirstTime, openTitle } from './teacher-console-actions.js';

/**
 * The browser build has no class folder (issue 14): a kid carries their wizard to another browser
 * as a file ("Carry my wizard", then "Bring my wizard" there) and finds every lesson they passed;
 * a teacher imports three kids' files at once and sees them in the class view.
 */

const VERA = { id: 'p-vera-0001', name: 'Vera', avatar: 'fox' };
const REFCOUNT = levelsOfChapter('refcount').map((level) => level.id);
const PASSED = REFCOUNT.slice(0, 3);

test('a kid carries their wizard from one browser to another and finds every passed lesson there', async ({ browser }) => {
  // browser A: Vera has passed three lessons here
  const here = await browser.newContext();
  const pageA = await here.newPage();
  await seed(pageA, VERA, PASSED);
  await pageA.goto('/');
  await expect(pageA.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await pageA.getByRole('button', { name: 'Enter the school' }).click();
  await expect(pageA.locator('body')).toHaveAttribute('data-scene', 'profile');
  const carry = pageA.getByRole('button', { name: 'Carry my wizard' });
  await expect(carry).toHaveAccessibleDescription(/Saves Vera’s wizard in a file/);
  const [download] = await Promise.all([pageA.waitForEvent('download'), carry.click()]);
  expect(download.suggestedFilename()).toBe('Vera.pyland-kid.json');
  await expect(pageA.getByTestId('carry-status')).toHaveText(
    'Vera’s wizard is in the file Vera.pyland-kid.json. Take it to the other computer.',
  );
  const text = await readFile((await download.path())!, 'utf8');
  await here.close();

  // browser B: a computer that has never seen Vera
  const there = await browser.newContext();
  const pageB = await there.newPage();
  await pageB.goto('/');
  await expect(pageB.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await pageB.getByRole('button', { name: 'Enter the school' }).click();
  await expect(pageB.locator('body')).toHaveAttribute('data-scene', 'profile');
  await expect(pageB.getByRole('button', { name: 'Carry my wizard' })).toHaveCount(0);
  // the labelled button opens the browser's file picker (a hidden file input): the file goes in there
  const bring = pageB.getByRole('button', { name: 'Bring my wizard' });
  await expect(bring).toBeVisible();
  await pageB
    .getByTestId('bring-file')
    .setInputFiles({ name: 'Vera.pyland-kid.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(pageB.getByTestId('carry-status')).toHaveText('Vera’s wizard is here: 3 lessons passed.');
  // Vera is on the list, first and focused
  await expect(pageB.getByRole('button', { name: /Vera/ })).toBeFocused();

  // a file that is not a wizard's brings nobody, and says so kindly
  await pageB
    .getByTestId('bring-file')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a": 1}') });
  await expect(pageB.getByTestId('carry-status')).toHaveText('This is not a PyLand wizard file, so it was left as it is.');

  // a teacher's delete copied out of a class folder brings nobody here, and says whose it was
  const vera = parseKidFile(text);
  if (!vera.ok) throw new Error(`the carried file does not read: ${vera.problem}`);
  const benRemoved = kidFileText({
    ...vera.file,
    kid: { ...vera.file.kid, id: 'p-ben-0002', name: 'Ben', generation: 1, removed: true },
    levels: {},
  });
  await pageB
    .getByTestId('bring-file')
    .setInputFiles({ name: 'Ben.pyland-kid.json', mimeType: 'application/json', buffer: Buffer.from(benRemoved) });
  await expect(pageB.getByTestId('carry-status')).toHaveText('The teacher took Ben off the class, so this wizard file was left as it is.');
  await expect(pageB.getByRole('button', { name: /Ben/ })).toHaveCount(0);
  await snap(pageB, 'bring-removed-file');

  // entering as Vera: every lesson passed at the other browser is done here
  await enterAs(pageB, 'Vera');
  await expect(pageB.locator('button[data-chapter="refcount"]')).toContainText(`${PASSED.length} of ${REFCOUNT.length} lessons done`);
  await pageB.locator('button[data-chapter="refcount"]').click();
  await expect(pageB.locator('body')).toHaveAttribute('data-scene', 'chapter');
  for (const levelId of PASSED) {
    await expect(pageB.locator(`button[data-level-id="${levelId}"]`)).toHaveClass(/lesson-passed/);
  }
  await expect(pageB.locator(`button[data-level-id="${REFCOUNT[3]}"]`)).not.toHaveClass(/lesson-passed/);
  await there.close();
});

test('a teacher imports three kids’ wizard files at once and sees them in the class view', async ({ browser }) => {
  const now = new Date('2026-12-07T10:00:00.000Z');
  const kid = (id: string, name: string, passed: string[]): Profile => ({
    id,
    name,
    avatar: 'owl',
    createdAt: '2026-12-01T10:00:00.000Z',
    guest: false,
    language: null,
    levels: Object.fromEntries(
      passed.map((levelId) => [
        levelId,
        {
          attempts: 2,
          hintsUsed: 0,
          seconds: 60,
          passed: true,
          firstPassedAt: '2026-12-02T10:00:00.000Z',
          lastPlayedAt: '2026-12-02T10:00:00.000Z',
          lastSpell: null,
          hintsBeforePass: 0,
          prediction: null,
        },
      ]),
    ),
  });
  const files = [
    kid('p-ada-0001', 'Ada', REFCOUNT.slice(0, 1)),
    kid('p-ben-0002', 'Ben', REFCOUNT.slice(0, 2)),
    kid('p-cy-0003', 'Cy', []),
  ].map((profile) => ({
    name: `${profile.name}.pyland-kid.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(kidFileText(kidFileOf(profile, 'pc-lab-computer-07', now)!)),
  }));

  const context = await browser.newContext();
  const page = await context.newPage();
  await openTitle(page);
  await openConsoleFirstTime(page, '2468');
  await page.getByLabel('Import wizard files').setInputFiles(files);
  await expect(page.getByTestId('kids-import-result')).toHaveText('3 wizards brought in: Ada, Ben, and Cy.');
  for (const id of ['p-ada-0001', 'p-ben-0002', 'p-cy-0003']) await expect(page.locator(`article[data-profile-id="${id}"]`)).toBeVisible();
  await expect(page.locator(`article[data-profile-id="p-ben-0002"] tr[data-level-id="${REFCOUNT[1]}"]`)).toContainText('Passed');
  await expect(page.locator('.teacher-overview table tbody tr')).toHaveCount(3);

  // the same files again bring nobody new: still three kids, none counted twice
  await page.getByLabel('Import wizard files').setInputFiles(files);
  await expect(page.getByTestId('kids-import-result')).toHaveText('3 wizards brought in: Ada, Ben, and Cy.');
  await expect(page.locator('.teacher-overview table tbody tr')).toHaveCount(3);
  await expect(page.locator(`article[data-profile-id="p-ben-0002"] tr[data-level-id="${REFCOUNT[0]}"] td`).nth(2)).toHaveText('2');
  await context.close();
});
