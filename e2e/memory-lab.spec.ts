import { expect, test, type Page } from '@playwright/test';
import { castAndWait, enterAs, levelsBefore, seed, snap, typeSpell } from './kid-actions.js';
import { noSeriousViolations, tabTo } from './lab-actions.js';

/**
 * The Memory Lab (issue 13), its first screen: the door on the map opens after reference
 * counting; a kid runs the example and steps through the real Python's memory, by keyboard alone,
 * sees a list freed by its tally and a circle swept by the Ghost Collector, and an error explained.
 * Run with PYLAND_E2E_PORT=<port> when other checkouts run their end-to-end tests at the same time.
 */

const NEW_KID = { id: 'kid-lab-new', name: 'Nova', avatar: 'owl' };
const LAB_KID = { id: 'kid-lab', name: 'Lina', avatar: 'owl' };
const status = (page: Page) => page.locator('.lab-memory-page .lab-step-status');

test('the Lab’s door is locked for a new kid, and says why', async ({ page }) => {
  await seed(page, NEW_KID, []);
  await enterAs(page, NEW_KID.name);
  await expect(page.locator('button[data-chapter]')).toHaveCount(6);
  const door = page.locator('button[data-lab]');
  await expect(door).toHaveAttribute('data-lab', 'locked');
  await expect(door).toHaveAttribute('aria-disabled', 'true');
  await expect(door).toContainText('Locked: finish “Reference counting” first.');
  await door.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#announcer')).toHaveText('Locked: finish “Reference counting” first.');
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await noSeriousViolations(page, 'the map with the Lab’s door locked');
});

test('after chapter 1 a kid opens the Lab, runs the example and steps through memory by keyboard alone', async ({ page }) => {
  await seed(page, LAB_KID, levelsBefore('gc'));
  await enterAs(page, LAB_KID.name);
  await expect(page.locator('button[data-chapter]')).toHaveCount(6);
  await expect(page.locator('button[data-lab]')).toHaveAttribute('data-lab', 'open');
  await page.locator('button[data-lab]').scrollIntoViewIfNeeded();
  await snap(page, 'lab-01-map-door');

  // in by the keyboard: Tab to the door, Enter
  await tabTo(page, 'button[data-lab]');
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'lab');
  await expect(page.getByRole('heading', { level: 1, name: 'Memory Lab' })).toBeFocused();
  await expect(page.locator('.lab-memory-empty')).toBeVisible();

  // run the example from the editor (Ctrl+Enter)
  await tabTo(page, '.cm-content');
  await castAndWait(page);
  await expect(page.locator('.lab-message')).toContainText(/Your program ran \d+ steps/);
  await expect(page.locator('.lab-output')).toContainText('done');
  // the end: the name `other` holds None (immortal), `box` is gone
  await expect(page.locator('.lab-name[data-name="other"]')).toBeVisible();
  await expect(page.locator('.lab-name[data-name="box"]')).toHaveCount(0);
  await expect(page.locator('.lab-box.is-immortal').first()).toContainText('immortal');
  await expect(status(page)).toContainText(/Step (\d+) of \1, line 14/);
  await snap(page, 'lab-02-ran');

  // the slider: Home goes to the first step, the arrows one step each
  await tabTo(page, '.lab-slider');
  await page.keyboard.press('Home');
  await expect(status(page)).toHaveText(/^Step 1 of \d+, line 2$/);
  await expect(page.locator('.lab-name[data-name="box"]')).toBeVisible();
  await expect(page.locator('.lab-box[data-gone="no"]').first()).toContainText('list');
  await expect(page.locator('.cm-spell-run-line')).toHaveCount(1);
  // nothing printed yet at the first step
  await expect(page.locator('.lab-output')).not.toContainText('done');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 2 of \d+, line 3$/);
  // two names, one list: held by 2, its tally one up
  const list = page.locator('.lab-box[data-gone="no"]', { hasText: '[1, 2]' });
  await expect(list).toContainText('held by 2');
  await expect(list).toContainText('tally +1');
  await expect(page.locator('.lab-arrow[data-from^="name:"]')).toHaveCount(2);

  // the buttons: Step on twice (Enter), then Step back once
  await tabTo(page, '.lab-stepper button:last-of-type');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/^Step 4 of \d+, line 5$/);
  const freed = page.locator('.lab-box[data-gone="freed"]');
  await expect(freed).toContainText('[1, 2]');
  await expect(freed).toContainText('freed at line 5');
  await expect(page.locator('.lab-memory-page .lab-sentence')).toContainText('freed here');
  await snap(page, 'lab-03-freed');
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toHaveText(/^Step 3 of \d+, line 4$/);
  await expect(freed).toHaveCount(0);

  // on to the Ghost Collector: the circle swept at line 13
  for (let i = 0; i < 40 && !/line 13$/.test((await status(page).textContent()) ?? ''); i += 1) await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/line 13$/);
  const swept = page.locator('.lab-box[data-gone="swept"]');
  await expect(swept).toContainText('[[...]]');
  // the words wrap on two lines in the box; its name says them whole
  await expect(swept).toHaveAttribute('aria-label', /swept by the Ghost Collector at line 13/);
  await expect(swept).toContainText('at line 13');
  await expect(page.locator('.lab-arrow.is-ghost')).toHaveCount(1);
  await expect(page.locator('.lab-memory-page .lab-sentence')).toContainText('The Ghost Collector swept one object');
  await noSeriousViolations(page, 'the Lab at a sweep');
  await snap(page, 'lab-04-swept-1280x800');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'lab-05-swept-1366x768');
  await page.setViewportSize({ width: 1280, height: 800 });

  // an error, explained kindly, its steps up to there kept
  await typeSpell(page, 'scores = [3, 5]\nprint(scores)\nbest = scores[7]\n');
  await castAndWait(page);
  await expect(page.locator('.lab-message .spell-error-explanation')).toBeVisible();
  await expect(page.locator('.lab-message .spell-error-detail')).toContainText('IndexError');
  await expect(page.locator('.lab-name[data-name="scores"]')).toBeVisible();
  await noSeriousViolations(page, 'the Lab after an error');
  await snap(page, 'lab-06-error');

  // a runaway, stopped kindly, its steps kept and the cut marked
  await typeSpell(page, 'n = 0\nwhile True:\n    n = n + 1\n');
  await castAndWait(page);
  await expect(page.locator('.lab-message')).toContainText('ran too long');
  await expect(page.locator('.lab-memory-page .lab-cut')).toBeVisible();
  await expect(page.locator('.lab-name[data-name="n"]')).toBeVisible();
  await snap(page, 'lab-07-runaway');

  // another language: the Lab speaks it, the program and its run stay
  await typeSpell(page, 'scores = [3, 5]\nprint(scores)\nbest = scores[7]\n');
  await castAndWait(page);
  await page.locator('#language-select').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Laboratorio de memoria' })).toBeVisible();
  await expect(page.locator('.cm-content')).toContainText('best = scores[7]');
  await expect(page.locator('.lab-name[data-name="scores"]')).toBeVisible();
  await expect(page.locator('.lab-message')).toContainText('Python detuvo tu programa');
  await snap(page, 'lab-08-spanish');
  await page.locator('#language-select').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Memory Lab' })).toBeVisible();

  // back to the map and in again: the program is still there (kept for the session)
  await page.getByRole('button', { name: 'Back to the map' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await page.locator('button[data-lab]').click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'lab');
  await expect(page.locator('.cm-content')).toContainText('best = scores[7]');
});
