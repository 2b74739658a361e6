/**
 * Which language the school speaks, as rules without words: the ids a save may keep, and the
 * choice of the moment. Each id has its catalogue in game/messages/languages.ts (a missing one
 * does not compile).
 */
export const LANGUAGE_IDS = ['en', 'es'] as const;

export type LanguageId = (typeof LANGUAGE_IDS)[number];

/** The language of a kid who never chose one and whose system speaks none of ours. */
export const FALLBACK_LANGUAGE: LanguageId = 'en';

export function isLanguageId(value: unknown): value is LanguageId {
  return typeof value === 'string' && (LANGUAGE_IDS as readonly string[]).includes(value);
}

/**
 * The first of the system's (or browser's) languages the school has, by its main tag
 * (`es-MX` and `es-419` are `es`), or null when it has none of them.
 */
export function languageFromTags(tags: readonly string[]): LanguageId | null {
  for (const tag of tags) {
    const main = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguageId(main)) return main;
  }
  return null;
}

/** What decides the language, strongest first. */
export interface LanguageSources {
  /** `?lang=es` in the browser, `--lang es` on the desktop: for this run only, until the kid picks one. */
  asked: LanguageId | null;
  /** The playing kid's own choice (a guest has none: it takes the computer's). */
  profile: LanguageId | null;
  /** The computer's choice (the title screen's picker; a kiosk's language). */
  device: LanguageId | null;
  /** The system's or browser's languages, in their order. */
  system: readonly string[];
}

export function chosenLanguage(sources: LanguageSources): LanguageId {
  return sources.asked ?? sources.profile ?? sources.device ?? languageFromTags(sources.system) ?? FALLBACK_LANGUAGE;
}

/** `?lang=es` in the address: a language asked for this run (an unknown one is no ask). */
export function askedLanguage(search: string): LanguageId | null {
  const asked = new URLSearchParams(search).get('lang');
  return isLanguageId(asked) ? asked : null;
}
