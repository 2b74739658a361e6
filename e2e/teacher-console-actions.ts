import { expect, type Page } from '@playwright/test';
import { levelsOfChapter } from '../python-runtime/levels/index.js';

/** What the teacher-console specs share: a seeded class, the ways into the console, the CSV reader. */

export const WHEN = '2026-01-01T10:00:00.000Z';
export const SCREENSHOTS = process.env['PYLAND_SCREENSHOTS'];

export async function snap(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}
export const FIRST_LESSON = levelsOfChapter('refcount')[0]!.id;

/**
 * A schema 3 save without a teacher section yet: two kids, one stuck on lesson 1, and a kiosk
 * guest who played too (a guest never shows in the console or the CSV).
 */
export function seededSave(): string {
  const progress = (attempts: number, passed: boolean, hints: number, seconds: number) => ({
    attempts,
    hintsUsed: hints,
    seconds,
    passed,
    firstPassedAt: passed ? WHEN : null,
    lastPlayedAt: WHEN,
    lastSpell: null,
  });
  return JSON.stringify({
    schema: 3,
    profiles: [
      { id: 'kid-ada', name: 'Ada', avatar: 'owl', createdAt: WHEN, levels: { [FIRST_LESSON]: progress(3, true, 1, 95) }, guest: false },
      // a name a spreadsheet would run as a formula, with an emoji
      {
        id: 'kid-zoe',
        name: '=Zoë 🦊',
        avatar: 'fox',
        createdAt: WHEN,
        levels: { [FIRST_LESSON]: progress(6, false, 2, 400) },
        guest: false,
      },
      {
        id: 'guest-1',
        name: 'Guest wizard',
        avatar: 'mage',
        createdAt: WHEN,
        levels: { [FIRST_LESSON]: progress(7, false, 0, 50) },
        guest: true,
      },
    ],
    activeProfileId: null,
    settings: { muted: true },
  });
}

export async function seed(page: Page): Promise<void> {
  // only when there is no save yet: a reload must find what the game itself saved
  await page.addInitScript((save) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
  }, seededSave());
}

export async function openTitle(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
}

export async function openConsoleFirstTime(page: Page, pin: string): Promise<void> {
  await page.getByRole('button', { name: 'Teacher' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a teacher PIN' })).toBeVisible();
  await page.getByLabel('New PIN (4 to 8 digits)').fill(pin);
  await page.getByLabel('The same PIN again').fill(pin);
  await page.getByRole('button', { name: 'Save the PIN and open the console' }).click();
  await expect(page.getByRole('heading', { name: 'Teacher’s console' })).toBeVisible();
}

export async function kidMap(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
}
