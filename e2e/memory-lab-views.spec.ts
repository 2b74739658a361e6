import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { emptySave, type SaveData } from '../game/model/save-data.js';
import { hashPin } from '../game/model/teacher-pin.js';
import { castAndWait, enterAs, levelsBefore, seed, seedDocument, seededSave, snap } from './kid-actions.js';
import { noSeriousViolations, tabTo } from './lab-actions.js';

/**
 * The Memory Lab's views (issue 13): a kid opens an example, runs it, steps back and forth in the
 * memory view, then opens the runes view (a rune sped up, a number worked out before the program
 * ran), the wizard reading it rune by rune (rooms and stones) and the knights view (a sample run,
 * then the shortest order that breaks the kid's own check), by keyboard alone, axe finding no
 * serious WCAG A/AA problem on any of them. Then the kid's own programs: saved as experiments in
 * the profile (still there after a reload), saved as a .py file and loaded from one. Then the
 * teacher's and the kiosk's switches: a Lab opened for everyone, and a kiosk that hides it.
 * Run with PYLAND_E2E_PORT=<port> when other checkouts run their end-to-end tests at the same time.
 */

const LAB_KID = { id: 'kid-lab-views', name: 'Vera', avatar: 'owl' };
const memoryStatus = (page: Page) => page.locator('.lab-memory-page .lab-step-status');

/** Picks an example from the Lab's Examples list and opens it, by keyboard. */
async function openExample(page: Page, id: string): Promise<void> {
  await tabTo(page, 'select.lab-program-select');
  await page.locator('select.lab-program-select').selectOption(id);
  await expect(page.locator('select.lab-program-select')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Open the example' })).toBeFocused();
  await page.keyboard.press('Enter');
  // a changed program asks first (the kid says yes); an unchanged one is simply replaced
  const yes = page.getByRole('button', { name: 'Yes, put it in' });
  await page.waitForTimeout(200);
  if (await yes.isVisible()) {
    await yes.focus();
    await page.keyboard.press('Enter');
  }
}

/** From the tab list, one tab to the right (the arrow keys move between tabs and open them). */
async function nextTab(page: Page, name: string): Promise<void> {
  await page.keyboard.press('ArrowRight');
  const tab = page.getByRole('tab', { name });
  await expect(tab).toBeFocused();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('a kid opens an example and tours the memory, the runes, the wizard and the knights by keyboard alone', async ({ page }) => {
  await seed(page, LAB_KID, levelsBefore('gc'));
  await enterAs(page, LAB_KID.name);
  await tabTo(page, 'button[data-lab]');
  await page.keyboard.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'lab');
  await expect(page.locator('body')).toHaveAttribute('data-python-ready', 'true', { timeout: 60_000 });

  // the bytecode example: a number folded, a function warmed up by a loop
  await openExample(page, 'bytecode');
  await expect(page.locator('.cm-content')).toContainText('return 6 * 7');
  await expect(page.locator('.lab-program-status')).toContainText('6 * 7');
  await tabTo(page, '.cm-content');
  await castAndWait(page);
  await expect(page.locator('.lab-message')).toContainText(/Your program ran \d+ steps/);
  await expect(page.locator('.lab-output')).toContainText('the answer is 42');

  // the memory view: back and forth, line by line
  await tabTo(page, '.lab-slider');
  await page.keyboard.press('Home');
  await expect(memoryStatus(page)).toHaveText(/^Step 1 of \d+, line 2$/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(memoryStatus(page)).toHaveText(/^Step 3 of \d+, line \d+$/);
  await page.keyboard.press('ArrowLeft');
  await expect(memoryStatus(page)).toHaveText(/^Step 2 of \d+, line 7$/);
  await expect(page.locator('.lab-name[data-name="answer"]')).toBeVisible();
  await page.keyboard.press('End');

  // the runes view: the tab list is one Tab stop; the arrows open the next view
  await tabTo(page, '[role="tab"][aria-selected="true"]');
  await expect(page.getByRole('tab', { name: 'Memory' })).toBeFocused();
  await nextTab(page, 'Runes');
  const runes = page.getByRole('tabpanel', { name: 'Runes' });
  await expect(runes).toContainText('as Python wrote them', { ignoreCase: true });
  // it opens on the function that sped up: add, its + now the whole-number add
  const functionChoice = runes.getByRole('combobox', { name: 'Function' });
  await expect(functionChoice).toHaveValue(/.+/);
  await expect(runes.getByRole('row', { name: /BINARY_OP \+\. sped up: BINARY_OP_ADD_INT/ })).toBeVisible();
  // answer(): the 42 it loads was worked out from 6 * 7 before the program ran
  await tabTo(page, 'select', 10);
  await expect(functionChoice).toBeFocused();
  const answerOption = await functionChoice.locator('option', { hasText: /^answer, line 2/ }).getAttribute('value');
  await functionChoice.selectOption(answerOption!);
  const folded = runes.getByRole('row', { name: /Worked out before the program ran, from 6 \* 7/ });
  await expect(folded).toBeVisible();
  await expect(folded).toContainText('42');
  // the rows: one Tab stop, the arrows move, the rune's line lights up in the editor
  await tabTo(page, '[role="tabpanel"]:not([hidden]) tr[tabindex="0"]', 10);
  await page.keyboard.press('End');
  await expect(page.locator('.cm-spell-run-line')).toHaveCount(1);
  await noSeriousViolations(page, 'the Lab’s runes view');
  await snap(page, 'lab-views-01-runes');

  // rune by rune: the wizard reads the program by itself once the tab opens
  await tabTo(page, '[role="tab"][aria-selected="true"]');
  await nextTab(page, 'Rune by rune');
  const wizard = page.getByRole('tabpanel', { name: 'Rune by rune' });
  await expect(wizard).toContainText(/The wizard read \d+ runes, and the program ran to its end\./);
  const slider = wizard.getByRole('slider', { name: 'Rune' });
  await tabTo(page, '[role="tabpanel"]:not([hidden]) input[type="range"]');
  await expect(slider).toBeFocused();
  // on until the wizard is inside add(): two rooms, add's on top (its first rune, RESUME, on the def line)
  for (let i = 0; i < 120 && !/in add$/.test((await slider.getAttribute('aria-valuetext')) ?? ''); i += 1)
    await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', /in add$/);
  const rooms = wizard.getByRole('list', { name: 'The rooms (frames), newest on top' });
  await expect(rooms.getByRole('heading', { level: 4 })).toHaveCount(2);
  await expect(rooms.getByRole('heading', { level: 4 }).first()).toContainText(/^add, line 7/);
  await expect(wizard.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(page.locator('.cm-spell-run-line')).toHaveCount(1);
  const before = await slider.getAttribute('aria-valuetext');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).not.toHaveAttribute('aria-valuetext', before!);
  await noSeriousViolations(page, 'the Lab’s rune-by-rune view');
  await snap(page, 'lab-views-02-wizard');

  // the knights: a program whose functions all need something in their brackets has no knight
  await openExample(page, 'interpreter');
  await tabTo(page, '.cm-content');
  await castAndWait(page);
  await tabTo(page, '[role="tab"][aria-selected="true"]');
  await nextTab(page, 'Knights');
  await expect(page.getByRole('tabpanel', { name: 'Knights' })).toContainText(
    'each of your functions (double() and double_and_one()) needs something there',
  );
  // the knights example: two functions adding to one count (the open view reads the new run itself)
  await openExample(page, 'gil');
  await tabTo(page, '.cm-content');
  await castAndWait(page);
  await expect(page.getByRole('tab', { name: 'Knights' })).toHaveAttribute('aria-selected', 'true');
  const knights = page.getByRole('tabpanel', { name: 'Knights' });
  const first = knights.getByRole('combobox', { name: 'First knight' });
  const second = knights.getByRole('combobox', { name: 'Second knight' });
  await expect(first.locator('option', { hasText: 'knight_a()' })).toHaveCount(1);
  await first.selectOption({ label: 'knight_a()' });
  await second.selectOption({ label: 'knight_b()' });
  // Sir GIL first (Python as the school runs it): a sample run
  await tabTo(page, 'input[type="radio"]:checked', 15);
  await expect(knights.getByRole('radio', { name: /^Sir GIL/ })).toBeFocused();
  await expect(knights.getByRole('radio', { name: /^Sir GIL/ })).toBeChecked();
  await tabTo(page, '[role="tabpanel"]:not([hidden]) button', 5);
  await expect(knights.getByRole('button', { name: 'Watch them run' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(knights).toContainText(/The knights ran \d+ runes/);
  await expect(knights.getByRole('list', { name: 'The runes, in the order the knights ran them' })).toBeVisible();
  // the program ran first (it called both knights: count is 6), and the knights add 6 more
  await expect(knights).toContainText('Your program ran first, so the knights started from count = 6.');
  // under Sir GIL "count == 12" holds in every order: he never switches inside count = count + 1
  const check = knights.getByRole('textbox', { name: 'What must be true at the end?' });
  await check.focus();
  await page.keyboard.type('count == 12');
  await page.keyboard.press('Enter');
  await expect(knights).toContainText(/count == 12 stayed True in every order/);
  // anywhere: the shortest order that breaks it (back to the radio group: Shift+Tab)
  for (let i = 0; i < 6 && !(await knights.getByRole('radio', { name: /^Sir GIL/ }).evaluate((r) => r === document.activeElement)); i += 1)
    await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(knights.getByRole('radio', { name: /^Anywhere/ })).toBeChecked();
  await check.focus();
  await page.keyboard.press('Enter');
  await expect(knights).toContainText('This is the shortest order that breaks it');
  await expect(knights).toContainText(/count ends at \d+, not 12|count == 12 is False at the end/);
  await noSeriousViolations(page, 'the Lab’s knights view');
  await snap(page, 'lab-views-03-knights');
  await page.setViewportSize({ width: 1366, height: 768 });
  await snap(page, 'lab-views-04-knights-1366x768');
});

test('a kid saves experiments in the profile, finds them after a reload, and saves and loads a .py file', async ({ page }) => {
  await seed(page, LAB_KID, levelsBefore('gc'));
  await enterAs(page, LAB_KID.name);
  await page.locator('button[data-lab]').click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'lab');
  await openExample(page, 'refcount');

  // saved under a name the kid types
  await page.getByRole('button', { name: 'Save my experiment' }).click();
  const name = page.getByRole('textbox', { name: 'Name of your experiment' });
  await name.fill('My first list');
  await page.keyboard.press('Enter');
  await expect(page.locator('.lab-program-status')).toHaveText('Saved “My first list” in your experiments.');
  const kept = async () =>
    page.evaluate(() => (JSON.parse(localStorage.getItem('pyland.save') ?? '{}') as SaveData).profiles[0]?.labExperiments ?? []);
  await expect.poll(async () => (await kept()).map((experiment) => experiment.name)).toEqual(['My first list']);

  // another program, then the reload: the draft and the experiment are both still there
  await openExample(page, 'interpreter');
  await page.locator('.cm-content').click();
  await castAndWait(page);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-title-ready', 'true');
  await page.getByRole('button', { name: 'Enter the school' }).click();
  await page.getByRole('button', { name: new RegExp(LAB_KID.name) }).click();
  await page.locator('button[data-lab]').click();
  await expect(page.locator('.cm-content')).toContainText('def double_and_one(n):');
  await page.getByRole('button', { name: 'My experiments' }).click();
  await expect(page.getByRole('heading', { name: 'My experiments' })).toBeVisible();
  await page.getByRole('button', { name: 'Open My first list' }).click();
  // the program in the editor is an example nobody changed: nothing to lose, so no question
  await expect(page.getByRole('button', { name: 'Yes, open it' })).toHaveCount(0);
  await expect(page.locator('.cm-content')).toContainText('other = box');

  // a file: saved as My first list.py, then a file of the kid's loaded in its place
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.py$/);
  expect(await readFile((await file.path())!, 'utf8')).toContain('other = box');
  await page.locator('.lab-program-bar input[type="file"]').setInputFiles({
    name: 'squares.py',
    mimeType: 'text/x-python',
    buffer: Buffer.from('squares = [n * n for n in range(4)]\nprint(squares)\n'),
  });
  // the experiment in the editor is as it was saved: nothing to lose, so the file comes straight in
  await expect(page.locator('.lab-program-status')).toContainText('squares.py');
  await expect(page.locator('.cm-content')).toContainText('squares = [n * n for n in range(4)]');
  await page.locator('.cm-content').click();
  await castAndWait(page);
  await expect(page.locator('.lab-output')).toContainText('[0, 1, 4, 9]');
  // a file that is not a program is refused kindly, and the program stays
  await page.locator('.lab-program-bar input[type="file"]').setInputFiles({
    name: 'picture.py',
    mimeType: 'text/x-python',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
  });
  await expect(page.locator('.lab-program-status')).not.toBeEmpty();
  await expect(page.locator('.cm-content')).toContainText('squares = [n * n for n in range(4)]');
  await noSeriousViolations(page, 'the Lab with its program tools');
});

test('a teacher’s “open for everyone” opens the door for a new kid; a kiosk that hides the Lab shows no door', async ({ page }) => {
  const save = JSON.parse(seededSave({ id: 'kid-new-lab', name: 'Nico', avatar: 'owl' }, [])) as SaveData;
  const base = emptySave();
  // a kiosk asks its host for a PIN first: this computer has one
  save.teacher = {
    ...base.teacher,
    ...save.teacher,
    pin: await hashPin('2468'),
    labOpenForClass: true,
    kiosk: { ...base.teacher.kiosk, hideLab: true },
  };
  await seedDocument(page, JSON.stringify(save));
  await enterAs(page, 'Nico');
  const door = page.locator('button[data-lab]');
  await expect(door).toHaveAttribute('data-lab', 'open');
  await expect(door).toContainText('your teacher opened the Memory Lab');
  await door.click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'lab');

  // the same computer as a kiosk: its host hid the Lab, so there is no door at all
  await page.goto('/?kiosk=1');
  await expect(page.locator('body')).toHaveAttribute('data-kiosk', '1');
  await page.getByRole('button', { name: 'Play with my name' }).click();
  await page.getByRole('button', { name: /Nico/ }).click();
  await expect(page.locator('body')).toHaveAttribute('data-scene', 'map');
  await expect(page.locator('button[data-chapter]')).toHaveCount(6);
  await expect(door).toHaveCount(0);
});
