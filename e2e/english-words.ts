import { expect, type Page } from '@playwright/test';
import { en } from '../game/messages/en.js';
import { LANGUAGES } from '../game/messages/languages.js';

/**
 * "No English on this screen", for the specs that play the school in another language: the
 * English catalogue's sentences, cut at their placeholders into plain runs of words, and kept only
 * where no other language says the same (a kid's name, "PyLand", a rune's name are the same in
 * all). Python's own messages and the spell's code are not the catalogue's, so they never count.
 */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

function plainRuns(text: string): string[] {
  let stripped = text;
  // innermost braces first: a plural's branches, then the plural itself
  for (let before = ''; before !== stripped;) {
    before = stripped;
    stripped = stripped.replace(/\{[^{}]*\}/g, '\u0000');
  }
  return stripped
    .split('\u0000')
    .map((run) => run.trim())
    .filter((run) => run.length >= 16 && run.split(/\s+/).length >= 3 && !/[=()[\]_"]/.test(run));
}

const otherTexts = Object.entries(LANGUAGES)
  .filter(([id]) => id !== 'en')
  .flatMap(([, language]) => texts(language.catalogue));

/** Runs of English words that no other catalogue has. */
export const ENGLISH_ONLY: readonly string[] = [...new Set(texts(en).flatMap(plainRuns))].filter(
  (run) => !otherTexts.some((text) => text.includes(run)),
);

/** What a kid reads on the screen now: the visible text, and the labels a screen reader says. */
async function readableText(page: Page, skip: readonly string[]): Promise<string> {
  return page.evaluate((skipped) => {
    let text = document.body.innerText;
    // the kid's own words (a spell they typed, what it printed) are theirs, not the school's
    for (const selector of skipped)
      for (const element of document.querySelectorAll<HTMLElement>(selector)) text = text.replace(element.innerText, '');
    const parts = [text, document.title];
    for (const element of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      if (element.closest('[hidden]') || element.getClientRects().length === 0) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) parts.push(element.getAttribute(name) ?? '');
    }
    return parts.join('\n');
  }, skip);
}

/**
 * `kidsOwn`: after the kid typed a spell of the test's (an English reference), the editor and the
 * printed output are theirs; before that, the editor holds the school's starter and counts.
 */
export async function expectNoEnglish(page: Page, screen: string, options: { kidsOwn?: boolean } = {}): Promise<void> {
  expect(ENGLISH_ONLY.length, 'the check has English sentences to look for').toBeGreaterThan(500);
  const shown = await readableText(page, options.kidsOwn ? ['.cm-content', '.spell-output', '.cm-gutters'] : []);
  expect(
    ENGLISH_ONLY.filter((run) => shown.includes(run)),
    `English words on the ${screen} screen`,
  ).toEqual([]);
}
