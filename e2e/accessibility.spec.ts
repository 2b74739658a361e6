import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emptySave, type SaveData } from '../game/model/save-data.js';
import { LEVELS, levelsOfChapter } from '../python-runtime/levels/index.js';
import { enLevels } from '../game/messages/en-levels.js';
import { castAndWait, lastResult, seededSave, typeSpell } from './kid-actions.js';

/**
 * Every screen a kid or a teacher sees, checked by axe-core (WCAG 2.0/2.1 A and AA rules) in the
 * web build: no serious or critical violation anywhere (moderate and minor ones, axe's best
 * practices and what axe leaves to a person are printed). Text whose contrast axe cannot work out
 * (over gradients, pictures or the stage's canvas) is measured on the screenshot's pixels.
 * A kid goes from the title to the second lesson with the keyboard alone (the sound switch on the
 * way), and wherever focus lands it is visible (the gold ring, or a ring of its own).
 * Run with PYLAND_E2E_PORT=<port> when other checkouts run their end-to-end tests at the same time.
 */

const WHEN = '2026-01-01T10:00:00.000Z';
const PIN = '2468';
const FIRST = levelsOfChapter('refcount')[0]!;
const SECOND = levelsOfChapter('refcount')[1]!;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until nothing on the page is still fading or sliding in (a colour read mid-fade is not the colour a kid reads). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
  });
}

/** axe on the page as it is now: serious and critical violations fail the test (softly, so one run lists them all). */
async function checkScreen(page: Page, screen: string): Promise<void> {
  await settled(page);
  // with axe's best practices too (one landmark <main>, a single h1, heading order ...): those are
  // printed for a person to judge, only the WCAG rules decide
  const all = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
  const isWcag = (v: (typeof all.violations)[number]) => v.tags.some((tag) => WCAG_TAGS.includes(tag));
  const results = { ...all, violations: all.violations.filter(isWcag), incomplete: all.incomplete.filter(isWcag) };
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`).join('\n')}`;
  for (const v of all.violations.filter((v) => !isWcag(v))) console.log(`[a11y ${screen}] best practice: ${describe(v)}`);
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations.filter((v) => !blocking.includes(v))) console.log(`[a11y ${screen}] ${describe(v)}`);
  console.log(
    `[a11y ${screen}] ${results.passes.length} rules pass, ${results.violations.length} violated, ${results.incomplete.length} to check by hand${results.incomplete.map((v) => ` (${v.id}: ${v.nodes.length})`).join('')}`,
  );
  const unsure = results.incomplete.find((v) => v.id === 'color-contrast');
  if (unsure) {
    const { low, worst, measured } = await contrastByPixels(
      page,
      unsure.nodes.map((n) => String(n.target[0])),
    );
    console.log(`[a11y ${screen}] ${measured} texts measured on the pixels; the faintest has ${worst.toFixed(2)}x the contrast it needs`);
    expect.soft(low, `text on ${screen} too faint for its background (measured on the screen's pixels)`).toEqual([]);
  }
  for (const v of results.incomplete.filter((v) => v.id !== 'color-contrast'))
    console.log(`[a11y ${screen}] to check by hand: ${describe(v)}`);
  expect.soft(blocking.map(describe), `serious or critical accessibility violations on ${screen}`).toEqual([]);
}

/**
 * The contrast axe cannot work out (text over a gradient, a picture or the stage's canvas), read
 * from the pixels: each text is made see-through for one screenshot, and its colour is compared
 * with what lies under it (the 10th percentile of the pixels under its box, so a few stars do not
 * decide). Needs 4.5:1, or 3:1 for large text (24px, or 18.66px bold), as WCAG 1.4.3.
 */
async function contrastByPixels(page: Page, selectors: string[]): Promise<{ low: string[]; worst: number; measured: number }> {
  const probed = await page.evaluate((selectors) => {
    const style = document.createElement('style');
    style.id = 'a11y-probe-style';
    style.textContent =
      '[data-a11y-probe], [data-a11y-probe] * { color: transparent !important; -webkit-text-fill-color: transparent !important; text-shadow: none !important; caret-color: transparent !important; } [data-a11y-probe] img, [data-a11y-probe] svg { visibility: hidden !important; }';
    document.head.append(style);
    const found = selectors.flatMap((selector) => {
      const element = document.querySelector<HTMLElement>(selector);
      // under an open dialog the rest is inert or covered: dimmed on purpose, not to be read now
      const modal = document.querySelector('[aria-modal="true"]');
      if (!element || element.closest('[inert]') || (modal && !modal.contains(element))) return [];
      const css = getComputedStyle(element);
      const size = parseFloat(css.fontSize);
      const bold = Number(css.fontWeight) >= 700;
      // what the ancestors' opacity does to the text (the screenshot already has it for the background)
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
      // only the part in sight: a box scrolled out of its panel lies over something else
      const rect = element.getBoundingClientRect();
      let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
      for (let node = element.parentElement; node; node = node.parentElement) {
        if (getComputedStyle(node).overflow === 'visible') continue;
        const clip = node.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, clip.left),
          Math.max(top, clip.top),
          Math.min(right, clip.right),
          Math.min(bottom, clip.bottom),
        ];
      }
      if (right - left < 2 || bottom - top < 2) return [];
      const box = { x: left, y: top, width: right - left, height: bottom - top };
      // read before any probe hides it (a computed style is live, and a probed paragraph hides
      // the words inside it too)
      const color = css.color;
      return [{ selector, element, color, opacity, needed: size >= 24 || (bold && size >= 18.66) ? 3 : 4.5, box }];
    });
    for (const { element } of found) element.setAttribute('data-a11y-probe', '');
    return found.map(({ element: _element, ...probe }) => probe);
  }, selectors);
  const shot = await page.screenshot({ animations: 'allow' });
  await page.evaluate(() => {
    document.getElementById('a11y-probe-style')?.remove();
    for (const element of document.querySelectorAll('[data-a11y-probe]')) element.removeAttribute('data-a11y-probe');
  });
  return page.evaluate(
    async ({ png, probed }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const channel = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      const luminance = (r: number, g: number, b: number) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      const low: string[] = [];
      let worst = Infinity;
      for (const probe of probed) {
        const [r = 0, g = 0, b = 0, a = 1] = (probe.color.match(/[\d.]+/g) ?? []).map(Number);
        const alpha = a * probe.opacity;
        const x0 = Math.max(0, Math.floor(probe.box.x));
        const y0 = Math.max(0, Math.floor(probe.box.y));
        const x1 = Math.min(bitmap.width, Math.ceil(probe.box.x + probe.box.width));
        const y1 = Math.min(bitmap.height, Math.ceil(probe.box.y + probe.box.height));
        if (x1 - x0 < 2 || y1 - y0 < 2) continue;
        const pixels = context.getImageData(x0, y0, x1 - x0, y1 - y0).data;
        const ratios: number[] = [];
        for (let i = 0; i < pixels.length; i += 4) {
          const [br, bg, bb] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
          // the text as drawn: its colour over this pixel, at its opacity
          const text = luminance(r * alpha + br * (1 - alpha), g * alpha + bg * (1 - alpha), b * alpha + bb * (1 - alpha));
          const back = luminance(br, bg, bb);
          ratios.push((Math.max(text, back) + 0.05) / (Math.min(text, back) + 0.05));
        }
        ratios.sort((p, q) => p - q);
        const ratio = ratios[Math.floor(ratios.length * 0.1)] ?? 21;
        worst = Math.min(worst, ratio / probe.needed);
        if (ratio < probe.needed) low.push(`${probe.selector}: ${ratio.toFixed(2)}:1, needs ${probe.needed}:1 (${probe.color})`);
      }
      return { low, worst, measured: probed.length };
    },
    { png: shot.toString('base64'), probed },
  );
}

/**
 * The focused control shows a ring: an outline at least 2px wide, on the control itself, on the
 * editor's frame (.editor-host:focus-within) or, for a visually hidden radio, on its picture tile.
 */
async function expectVisibleFocus(page: Page, where: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return { tag: 'body', visible: false };
    const own = active.getBoundingClientRect();
    const label = active.id ? document.querySelector<HTMLElement>(`label[for="${active.id}"]`) : null;
    const drawn = active.closest<HTMLElement>('.editor-host') ?? (own.width * own.height < 16 && label ? label : active);
    const style = getComputedStyle(drawn);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const rect = drawn.getBoundingClientRect();
    const onScreen = rect.width >= 4 && rect.height >= 4 && rect.bottom > 0 && rect.top < innerHeight;
    const name = `${drawn.tagName.toLowerCase()}${drawn.className ? `.${String(drawn.className).split(' ').join('.')}` : ''} "${(drawn.textContent ?? '').trim().slice(0, 40)}"`;
    return { tag: name, visible: outline && onScreen };
  });
  expect.soft(ring.visible, `${where}: focus on ${ring.tag} shows no visible ring`).toBe(true);
}

/** Tabs forward until `match` has focus (at most `limit` presses), checking the ring at every stop. */
async function tabTo(
  page: Page,
  match: (el: { text: string; tag: string; cls: string }) => boolean,
  where: string,
  limit = 25,
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page, where);
    const focused = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { text: (a?.textContent ?? '').trim(), tag: a?.tagName.toLowerCase() ?? '', cls: String(a?.className ?? '') };
    });
    if (match(focused)) return;
  }
  throw new Error(`${where}: Tab never reached the control`);
}

test('the kid screens pass axe, and a kid goes from the title to the next lesson by keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  const body = page.locator('body');
  await page.addInitScript(
    (save) => {
      if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
    },
    JSON.stringify({ ...emptySave(), settings: { muted: true, language: null } }),
  );

  await page.goto('/');
  await expect(body).toHaveAttribute('data-title-ready', 'true');
  await checkScreen(page, 'title');
  // the title's way in has focus, with its ring
  await expect(page.getByRole('button', { name: 'Enter the school' })).toBeFocused();
  await expectVisibleFocus(page, 'title');
  await page.keyboard.press('Enter');

  // a new kid: the name field has focus; a name, a picture with the arrow keys, Join
  const nameField = page.getByLabel('Your wizard name');
  await expect(nameField).toBeFocused();
  await checkScreen(page, 'profile (no profiles yet)');
  await expectVisibleFocus(page, 'profile name');
  await page.keyboard.press('Enter');
  // an empty name is refused in words, the field keeps focus
  await expect(nameField).toBeFocused();
  await checkScreen(page, 'profile (name refused)');
  await page.keyboard.type('Ada');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'profile avatar');
  await page.keyboard.press('ArrowRight');
  await expectVisibleFocus(page, 'profile avatar (next)');
  await tabTo(page, (f) => f.text.includes('Join the school'), 'profile');
  await page.keyboard.press('Enter');

  // the map: the first open place has focus
  await expect(body).toHaveAttribute('data-scene', 'map');
  await expect(page.locator('button[data-chapter="refcount"]')).toBeFocused();
  await checkScreen(page, 'map');
  await expectVisibleFocus(page, 'map');
  // a locked place is in the tab order too (it says why it is locked)
  await page.keyboard.press('Tab');
  await expect(page.locator('button[data-chapter="gc"]')).toBeFocused();
  await expectVisibleFocus(page, 'map locked place');
  await page.keyboard.press('Shift+Tab');

  // the sound switch in the top bar (before the screen in the tab order): on and off by keyboard
  const sound = page.getByRole('switch', { name: 'Sound' });
  await expect(sound).toHaveAttribute('aria-checked', 'false');
  for (let i = 0; i < 6 && !(await sound.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(sound).toBeFocused();
  await expectVisibleFocus(page, 'sound switch');
  await page.keyboard.press('Space');
  await expect(sound).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Enter');
  await expect(sound).toHaveAttribute('aria-checked', 'false');
  await tabTo(page, (f) => f.cls.includes('place-open'), 'back to the map');
  await page.keyboard.press('Enter');

  // the chapter's lessons: the first one has focus
  await expect(body).toHaveAttribute('data-scene', 'chapter');
  await expect(page.getByRole('button', { name: /Lesson 1/ })).toBeFocused();
  await checkScreen(page, 'lesson list');
  await expectVisibleFocus(page, 'lesson list');
  await page.keyboard.press('Enter');

  // the lesson: Tab to the editor, type a spell that fails, cast with Ctrl+Enter
  await expect(body).toHaveAttribute('data-scene', 'level');
  await checkScreen(page, 'level (before a cast)');
  await tabTo(page, (f) => f.cls.includes('cm-content'), 'level');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('print("The tally went up by 1!")');
  await castAndWait(page);
  expect((await lastResult(page))?.passed).toBe(false);
  await expect(page.getByText('Not quite yet', { exact: false })).toBeVisible();
  // a hint, by keyboard: Esc then Tab leaves the editor (Tab alone indents), on to Show a hint
  await page.keyboard.press('Escape');
  await tabTo(page, (f) => f.text.includes('Show a hint'), 'level hint');
  await page.keyboard.press('Enter');
  await expect(page.locator('.hint-list li')).toHaveCount(1);
  await checkScreen(page, 'level (failed cast, hint shown)');

  // back into the editor (Shift+Tab), the right spell, the Cast button by keyboard
  for (let i = 0; i < 5; i++) {
    if (await page.locator('.cm-content').evaluate((e) => e === document.activeElement)) break;
    await page.keyboard.press('Shift+Tab');
    await expectVisibleFocus(page, 'level back to editor');
  }
  await expect(page.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(FIRST.reference);
  await page.keyboard.press('Escape');
  await tabTo(page, (f) => f.cls.includes('cast-button'), 'level cast button');
  await page.keyboard.press('Enter');
  await expect(body).toHaveAttribute('data-cast-state', 'done', { timeout: 30_000 });
  expect((await lastResult(page))?.passed).toBe(true);
  await expect(page.getByText('You did it!', { exact: false })).toBeVisible();
  await checkScreen(page, 'level (passed)');

  // Next lesson, by keyboard
  await tabTo(page, (f) => f.text.includes('Next lesson'), 'level next', 40);
  await page.keyboard.press('Enter');
  await expect(page.locator('.level-title')).toContainText(enLevels[SECOND.id]!.title);
});

test('the teacher’s PIN screens and console pass axe', async ({ page }) => {
  const progress = {
    attempts: 3,
    hintsUsed: 1,
    seconds: 95,
    passed: true,
    firstPassedAt: WHEN,
    lastPlayedAt: WHEN,
    lastSpell: null,
    hintsBeforePass: 1,
    prediction: null,
  };
  const document: SaveData = {
    ...emptySave(),
    profiles: [
      { id: 'kid-ada', name: 'Ada', avatar: 'owl', createdAt: WHEN, guest: false, language: null, levels: { [FIRST.id]: progress } },
      {
        id: 'kid-zoe',
        name: 'Zoë 🦊',
        avatar: 'fox',
        createdAt: WHEN,
        guest: false,
        language: null,
        levels: { [FIRST.id]: { ...progress, attempts: 6, passed: false, firstPassedAt: null } },
      },
    ],
    activeProfileId: null,
    settings: { muted: true, language: null, computerId: 'pc-e2e-test' },
  };
  await page.addInitScript((text) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', text);
  }, JSON.stringify(document));
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');

  // first use: choosing the PIN
  await page.getByRole('button', { name: 'Teacher' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a teacher PIN' })).toBeVisible();
  await checkScreen(page, 'teacher choose PIN');
  await page.getByLabel('New PIN (4 to 8 digits)').fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Teacher’s console' })).toBeVisible();
  await checkScreen(page, 'teacher console');

  // later: typing it, a wrong one first
  await page.getByRole('button', { name: 'Close the console' }).click();
  await page.getByRole('button', { name: 'Teacher' }).click();
  await expect(page.getByRole('heading', { name: 'Teacher PIN' })).toBeVisible();
  await checkScreen(page, 'teacher PIN');
  const field = page.getByLabel('PIN', { exact: true });
  await field.fill('0000');
  await page.keyboard.press('Enter');
  await expect(page.getByText('That PIN is not right', { exact: false })).toBeVisible();
  await checkScreen(page, 'teacher PIN (wrong)');
});

test('the kiosk setup, its title, its "Still there?" dialog and its PIN prompt pass axe', async ({ page }) => {
  const save = emptySave();
  const document: SaveData = {
    ...save,
    settings: { muted: true, language: null, computerId: 'pc-e2e-test' },
    // no PIN yet: the kiosk asks the host for one first
    teacher: { ...save.teacher, kiosk: { startInKiosk: false, idleMinutes: 3, countdownSeconds: 20, hideLab: false } },
  };
  await page.addInitScript((text) => {
    if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', text);
  }, JSON.stringify(document));
  const body = page.locator('body');
  await page.goto('/?kiosk=1&idle=3');
  await expect(body).toHaveAttribute('data-kiosk', '1');
  await expect(body).toHaveAttribute('data-title-ready', 'true');
  await expect(page.getByRole('heading', { name: 'Set up this kiosk' })).toBeVisible();
  await checkScreen(page, 'kiosk setup');
  await page.getByLabel('New teacher PIN (4 to 8 digits)').fill(PIN);
  await page.getByLabel('The same PIN again').fill(PIN);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play now' })).toBeFocused();
  await checkScreen(page, 'kiosk title');
  await expectVisibleFocus(page, 'kiosk title');

  await page.keyboard.press('Enter');
  await expect(body).toHaveAttribute('data-scene', 'level');
  await expect(body).toHaveAttribute('data-still-there', '1', { timeout: 15_000 });
  await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await checkScreen(page, 'kiosk Still there?');
  await expectVisibleFocus(page, 'kiosk Still there?');
  await page.keyboard.press('Enter');
  await expect(body).not.toHaveAttribute('data-still-there', '1');

  await page.keyboard.press('Control+Alt+Shift+K');
  const prompt = page.getByRole('dialog', { name: 'Leave the kiosk' });
  await expect(prompt).toBeVisible();
  await checkScreen(page, 'kiosk PIN prompt');
  await expectVisibleFocus(page, 'kiosk PIN prompt');
});

test('the graduation certificate dialog passes axe', async ({ page }) => {
  const graduation = levelsOfChapter('graduation');
  const last = graduation.at(-1)!;
  const passed = LEVELS.filter((level) => level.id !== last.id).map((level) => level.id);
  await page.addInitScript(
    (save) => {
      if (localStorage.getItem('pyland.save') === null) localStorage.setItem('pyland.save', save);
    },
    seededSave({ id: 'graduate', name: 'Zoë 🦄', avatar: 'cat' }, passed),
  );
  await page.goto('/');
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  const zoe = page.getByRole('button', { name: /Zoë/ });
  await expect(zoe).toBeFocused();
  await checkScreen(page, 'profile (a wizard to pick)');
  await zoe.click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await checkScreen(page, 'map (every place open)');
  await page.locator('button[data-chapter="graduation"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'chapter');
  await checkScreen(page, 'lesson list (lessons passed)');
  await page.locator(`button[data-level-id="${last.id}"]`).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'level');
  await typeSpell(page, last.reference);
  await castAndWait(page);
  expect((await lastResult(page))?.passed).toBe(true);
  const get = page.getByRole('button', { name: 'Get your certificate' });
  await get.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Your graduation certificate' });
  await expect(dialog).toBeVisible();
  await checkScreen(page, 'certificate');
  await expectVisibleFocus(page, 'certificate');
});
