import { isLanguageId, type LanguageId } from '../game/model/language-choice.js';

/**
 * `--lang es` (or `--lang=es`) on the desktop command line: the language asked for this run,
 * handed to the page as `?lang=es` (the browser build's own way), so the game decides the same way
 * in both. Chromium knows `--lang=<locale>` too (it sets the page's navigator.language), so both
 * spellings speak the same. An unknown language is no ask: the game follows the save and the system.
 */
export function launchLanguage(argv: readonly string[]): LanguageId | null {
  let asked: LanguageId | null = null;
  const args = argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const argument = args[i]!;
    const value = argument === '--lang' ? args[i + 1] : argument.startsWith('--lang=') ? argument.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    // `es-MX` asks for Spanish too
    const main = value.toLowerCase().split(/[-_]/)[0];
    asked = isLanguageId(main) ? main : null;
  }
  return asked;
}

/** The page to load: the game's entry, with the language asked for. */
export function entryUrlWithLanguage(entryUrl: string, language: LanguageId | null): string {
  if (language === null) return entryUrl;
  const url = new URL(entryUrl);
  url.searchParams.set('lang', language);
  return url.toString();
}
