import { expect, type Page } from '@playwright/test';
import { emptySave } from '../game/model/save-data.js';
import type { CastResult } from '../contracts/cast-protocol.js';
import { CHAPTERS, type ChapterId } from '../contracts/level-schema.js';
import { LEVELS } from '../python-runtime/levels/index.js';

/**
 * What a kid does in every end-to-end test: come in under a seeded profile, type a spell, cast
 * it, and read what the school saw. Shared by the chapter specs so each reads as its story.
 */

export interface SeededKid {
  id: string;
  name: string;
  avatar: string;
  /** The kid's own language (none: the computer's is spoken). */
  language?: string;
}

/** Set PYLAND_SCREENSHOTS=<dir> to keep pictures of the specs' key moments. */
const SCREENSHOTS = process.env['PYLAND_SCREENSHOTS'];

/** A save document (the current schema, game/model/save-data.ts) with one kid who passed these levels. */
export function seededSave(kid: SeededKid, passed: string[]): string {
  const when = '2026-01-01T10:00:00.000Z';
  const levels = Object.fromEntries(
    passed.map((id) => [
      id,
      {
        attempts: 1,
        hintsUsed: 0,
        seconds: 60,
        passed: true,
        firstPassedAt: when,
        lastPlayedAt: when,
        lastSpell: null,
        hintsBeforePass: 0,
        prediction: null,
      },
    ]),
  );
  return JSON.stringify({
    ...emptySave(),
    profiles: [{ id: kid.id, name: kid.name, avatar: kid.avatar, createdAt: when, levels, language: kid.language ?? null }],
    activeProfileId: kid.id,
    settings: { muted: true },
  });
}

/** Every level of the chapters before this one: what a kid has passed when the place opens. */
export function levelsBefore(chapter: ChapterId): string[] {
  const before = CHAPTERS.slice(0, CHAPTERS.indexOf(chapter));
  return LEVELS.filter((level) => before.includes(level.chapter)).map((level) => level.id);
}

/** Puts the save in place before the game loads, only when there is none: a reload must find what the game saved. */
export async function seed(page: Page, kid: SeededKid, passed: string[]): Promise<void> {
  await seedDocument(page, seededSave(kid, passed));
}

/** The same for a whole save document (a test that changes the seeded kid's save first). */
export async function seedDocument(page: Page, save: string): Promise<void> {
  await page.addInitScript((text) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', text);
  }, save);
}

/** From the title screen to the school map as this kid. */
export async function enterAs(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
}

export async function typeSpell(page: Page, spell: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids the editor's auto-indent, so the spell arrives exactly as written
  await page.keyboard.insertText(spell);
}

export async function castAndWait(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });
  await guessIfAsked(page);
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('body')).toHaveAttribute('data-cast-state', 'done', { timeout: 30_000 });
}

/**
 * A lesson that asks for a guess before its first cast gets one (the first choice), as a kid
 * would pick something: the specs that are not about guessing cast as before. The guessing
 * itself is e2e/first-hour.spec.ts's.
 */
export async function guessIfAsked(page: Page): Promise<void> {
  const box = page.locator('.guess-box:visible');
  if ((await box.count()) === 0 || (await box.locator('input:checked').count()) > 0) return;
  const focused = await page.evaluateHandle(() => document.activeElement);
  await box.locator('input').first().check();
  // back where the kid was (the spell editor), so Ctrl+Enter casts from there
  await focused.asElement()?.focus();
}

export async function lastResult(page: Page): Promise<CastResult | null | undefined> {
  return page.evaluate(() => window.__pyland?.lastResult());
}

export async function snap(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** A picture in the middle of a stage's animation (only when taking screenshots). */
export async function snapMidway(page: Page, name: string, ms: number): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.waitForTimeout(ms);
  await snap(page, name);
}
