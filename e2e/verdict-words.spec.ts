import { expect, test } from '@playwright/test';
import { castAndWait, enterAs, levelsBefore, seed, snap, typeSpell } from './kid-actions.js';

/**
 * What the blind testers' spells are told now, read on the lesson screen as a kid reads it: a
 * holder that came and went again is named with both lines, a loop name left holding the hat is
 * named, and another spirit's goodbye is not Pip's. Each at 1280×800 and 1366×768.
 */

const KID = { id: 'blind-tester', name: 'Robin', avatar: 'fox' };

async function bothSizes(page: import('@playwright/test').Page, name: string): Promise<void> {
  await snap(page, name);
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, `${name}-1366`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a kid who measures, then lets go, reads both lines; a leftover loop name is named', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, KID, []);
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="refcount"]').click();
  await page.getByRole('button', { name: /Lesson 1/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  // the goal says when the tally is looked at
  await expect(page.getByText('keep it so until your spell ends', { exact: false })).toBeVisible();

  await typeSpell(
    page,
    'import sys\nbefore = sys.getrefcount(hat)\nmy_hat = hat\nafter = sys.getrefcount(hat)\nprint("The tally moved by", after - before)\ndel my_hat\n',
  );
  await castAndWait(page);
  await expect(
    page.getByText('At line 3 the hat had one more holder, but that holder let go again at line 6.', { exact: false }),
  ).toBeVisible();
  await bothSizes(page, 'verdict-let-go-again');
});

test("another spirit's goodbye is not Pip's", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, KID, levelsBefore('gc'));
  await enterAs(page, KID.name);
  await page.locator('button[data-chapter="gc"]').click();
  await page.getByRole('button', { name: /Lesson 1: Gone at Return/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await typeSpell(
    page,
    'import weakref\n\ndef haunt():\n    pip = Spirit("Pip")\n    mo = Spirit("Mo")\n    weakref.finalize(mo, print, "Mo: Goodbye!")\n\nhaunt()\n',
  );
  await castAndWait(page);
  await expect(page.getByText('Pip left right when haunt() returned, but he said nothing.', { exact: false })).toBeVisible();
  await bothSizes(page, 'verdict-not-pips-goodbye');
});
