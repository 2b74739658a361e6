import { expect, test } from '@playwright/test';
import { es } from '../game/messages/es.js';
import { en } from '../game/messages/en.js';
import { CHAPTERS } from '../contracts/level-schema.js';
import { emptySave, type SaveData } from '../game/model/save-data.js';
import { hashPin } from '../game/model/teacher-pin.js';
import { LEVELS, levelsOfChapter } from '../python-runtime/levels/index.js';
import { expectNoEnglish } from './english-words.js';
import { castAndWait, seed, snap, typeSpell } from './kid-actions.js';

/**
 * A kid who speaks Spanish: the school in Spanish from a fresh start with ?lang=es, no English
 * sentence of the catalogue on any screen visited, and the picker switching a running lesson
 * live without losing the spell being written.
 */

const FIRST = levelsOfChapter('refcount')[0]!;

test('a fresh start with ?lang=es speaks Spanish on every screen, and the picker switches a lesson live', async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: es.app.name })).toBeVisible();
  await expectNoEnglish(page, 'title');
  await snap(page, 'es-title');

  await page.getByRole('button', { name: es.title.start }).click();
  await expect(page.getByRole('heading', { name: es.profile.heading })).toBeVisible();
  await expectNoEnglish(page, 'profile');
  await page.getByLabel(es.profile['name-label']).fill('Ana');
  await page.getByText(es.profile.avatars.owl, { exact: true }).click();
  await page.getByRole('button', { name: es.profile.create }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await expectNoEnglish(page, 'map');
  await snap(page, 'es-map');

  await page.locator('button[data-chapter="refcount"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'chapter');
  await expectNoEnglish(page, 'lesson list');
  await page.locator(`button[data-level-id="${FIRST.id}"]`).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await expectNoEnglish(page, 'lesson');

  await typeSpell(page, FIRST.reference);
  await castAndWait(page);
  await expect(page.getByText(es.level.passed)).toBeVisible();
  await expectNoEnglish(page, 'lesson after a pass', { kidsOwn: true });
  await snap(page, 'es-lesson-passed');

  // the picker, live: the lesson speaks English at once, the spell and the verdict still there
  const spell = await page.locator('.cm-content').innerText();
  await page.getByLabel(es.settings.language).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText(en.level.passed)).toBeVisible();
  await expect(page.getByRole('button', { name: en.level['back-to-map'] })).toBeVisible();
  expect(await page.locator('.cm-content').innerText()).toBe(spell);
  await page.getByLabel(en.settings.language).selectOption('es');
  await expect(page.getByText(es.level.passed)).toBeVisible();
  expect(await page.locator('.cm-content').innerText()).toBe(spell);

  // a half-written spell survives a switch too
  await typeSpell(page, 'my_hat = hat\n# sin terminar');
  await page.getByLabel(es.settings.language).selectOption('en');
  await expect(page.getByRole('button', { name: en.level['back-to-map'] })).toBeVisible();
  await expect(page.locator('.cm-content')).toContainText('# sin terminar');
  await page.getByLabel(en.settings.language).selectOption('es');

  // the kid's choice is theirs: after a reload without ?lang the school still speaks Spanish
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: es.title.start }).click();
  await page.getByRole('button', { name: /Ana/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoEnglish(page, 'map after a reload');
});

test("the teacher's console speaks Spanish, and a switch keeps it unlocked", async ({ page }) => {
  await page.goto('/?lang=es');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: es.title.teacher }).click();
  await expect(page.getByRole('heading', { name: es.teacher['set-pin-heading'] })).toBeVisible();
  await expectNoEnglish(page, 'choose a PIN');
  await page.getByLabel(es.teacher['new-pin']).fill('2468');
  await page.getByLabel(es.teacher['repeat-pin']).fill('2468');
  await page.getByRole('button', { name: es.teacher['set-pin'] }).click();
  await expect(page.getByRole('heading', { name: es.teacher.heading })).toBeVisible();
  await expectNoEnglish(page, "teacher's console");
  await snap(page, 'es-teacher-console');

  await page.getByLabel(es.settings.language).selectOption('en');
  await expect(page.getByRole('heading', { name: en.teacher.heading })).toBeVisible();
  await page.getByLabel(en.settings.language).selectOption('es');
  await expect(page.getByRole('heading', { name: es.teacher.heading })).toBeVisible();
});

test('a Spanish kid plays a lesson of every chapter and the last one of the graduation, and gets the certificate in Spanish', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const last = levelsOfChapter('graduation').at(-1)!;
  await seed(
    page,
    { id: 'lucia', name: 'Lucía', avatar: 'fox', language: 'es' },
    LEVELS.filter((level) => level.id !== last.id).map((level) => level.id),
  );
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: es.title.start }).click();
  await page.getByRole('button', { name: /Lucía/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  for (const chapter of CHAPTERS) {
    const lesson = chapter === 'graduation' ? last : levelsOfChapter(chapter)[0]!;
    await page.locator(`button[data-chapter="${chapter}"]`).click();
    await page.locator(`button[data-level-id="${lesson.id}"]`).click();
    await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
    await expectNoEnglish(page, `${lesson.id} lesson`);
    await typeSpell(page, lesson.reference);
    await castAndWait(page);
    await expect(page.getByText(es.level.passed)).toBeVisible();
    await expectNoEnglish(page, `${lesson.id} verdict`, { kidsOwn: true });
    if (chapter !== 'graduation') await page.getByRole('button', { name: es.level['back-to-map'] }).first().click();
  }
  await page.getByRole('button', { name: es.certificate.get }).click();
  const dialog = page.getByRole('dialog', { name: es.certificate['dialog-label'] });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('img')).toHaveAttribute('aria-label', /Lucía.*Capítulos superados: /);
  await expectNoEnglish(page, 'certificate', { kidsOwn: true });
  await snap(page, 'es-certificate');
});

test('a kiosk in Spanish asks "¿Sigues ahí?" in Spanish', async ({ page }) => {
  const save: SaveData = {
    ...emptySave(),
    settings: { muted: true, language: 'es', computerId: 'pc-e2e-test' },
    teacher: {
      ...emptySave().teacher,
      pin: await hashPin('2468'),
      kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 20, hideLab: false },
    },
  };
  await page.addInitScript((text) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', text);
  }, JSON.stringify(save));
  const body = page.locator('body');
  await page.goto('/?kiosk=1&idle=5');
  await expect(body).toHaveAttribute('data-title-ready', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoEnglish(page, 'kiosk title');
  await expect(body).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  await page.getByRole('button', { name: es.kiosk['play-now'] }).click();
  await expect(body).toHaveAttribute('data-scene', 'level');
  await expectNoEnglish(page, 'kiosk lesson');
  await expect(body).toHaveAttribute('data-still-there', '1', { timeout: 15_000 });
  await expect(page.getByRole('alertdialog', { name: es.kiosk['still-there-heading'] })).toBeVisible();
  await expectNoEnglish(page, '"Still there?"');
  await snap(page, 'es-kiosk-still-there');
});
