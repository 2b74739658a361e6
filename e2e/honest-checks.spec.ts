import { expect, test } from '@playwright/test';
import { castAndWait, enterAs, seed, snap, typeSpell } from './kid-actions.js';

/**
 * A spell is judged by what it does, never by its words: in the game, an honest spell full of
 * door words in its texts and comments passes, and a spell that writes a door into the school's
 * Python is refused before it runs, with the construct underlined in the editor like a typo.
 */

async function openFirstLesson(page: import('@playwright/test').Page): Promise<void> {
  await seed(page, { id: 'kid-ada', name: 'Ada', avatar: 'owl' }, []);
  await enterAs(page, 'Ada');
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Lesson 1/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
}

test('an honest spell with door words in a text and a comment passes', async ({ page }) => {
  await openFirstLesson(page);
  await typeSpell(
    page,
    '# let me inspect the modules and the traceback\nmodules = "the hat\'s modules"\nmy_hat = hat\nprint("globals, eval and exec are only words here")\n',
  );
  await castAndWait(page);
  await expect(page.locator('.verdict-headline')).toContainText('You did it!');
});

test('a door into the school is refused before it runs, underlined where it was written', async ({ page }) => {
  await openFirstLesson(page);
  await typeSpell(page, 'my_hat = hat\nprint(type(hat).__init__.__globals__)\n');
  await castAndWait(page);
  await expect(page.locator('.verdict')).toContainText('Line 2 uses .__globals__');
  await expect(page.locator('.verdict')).toContainText('Not in this lesson, at line 2: .__globals__');
  await expect(page.locator('.cm-spell-error-mark')).toHaveText('.__globals__');
  await expect(page.locator('.cm-spell-error-line')).toContainText('print(type(hat).__init__.__globals__)');
  // nothing ran: nothing was printed
  await expect(page.locator('.spell-output')).toContainText('The spell did not print anything.');
  await snap(page, 'honest-checks-refused');
  // the mark goes as soon as the kid edits the spell
  await page.keyboard.press('End');
  await page.keyboard.type(' ');
  await expect(page.locator('.cm-spell-error-mark')).toHaveCount(0);
});
