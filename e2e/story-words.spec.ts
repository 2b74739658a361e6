import { expect, test } from '@playwright/test';
import { enterAs, seed, snap } from './kid-actions.js';

/**
 * A lesson's story is short; the school's words in it open their meaning right there, by mouse
 * or keyboard, and the deeper part waits behind "Tell me more".
 */

const KID = { id: 'kid-words', name: 'Lena', avatar: 'owl' };

test('a kid opens a word of the story, closes it with Escape, and reads more behind "Tell me more"', async ({ page }) => {
  await seed(page, KID, []);
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Another Holder/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');

  const story = page.locator('.story-panel');
  const word = story.getByRole('button', { name: 'tally', exact: true });
  await expect(word).toHaveAttribute('aria-expanded', 'false');
  await word.focus();
  await page.keyboard.press('Enter');
  await expect(word).toHaveAttribute('aria-expanded', 'true');
  const note = story.getByRole('region', { name: 'What “tally” means' });
  await expect(note).toContainText('How many things hold an object right now');
  await snap(page, 'story-word-open');
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(word).toBeFocused();

  // the deeper part is there, one press away
  const more = story.getByRole('button', { name: 'Tell me more' });
  await expect(story.getByText('hidden helpers')).toBeHidden();
  await more.click();
  await expect(story.getByText('hidden helpers', { exact: false })).toBeVisible();
  await expect(story.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
});
