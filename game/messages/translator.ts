import type { Catalogue } from './en.js';
import { formatList, formatMessage, lookup, type MessageParams } from './format.js';
import type { LanguageId } from '../model/language-choice.js';
import { LANGUAGES } from './languages.js';

/**
 * Every word the game shows goes through one Translator, passed in (the game's services, the
 * command line's --lang): no module picks a language of its own. It turns a catalogue key and
 * its parameters into words, and lists, numbers and dates into the kid's language.
 */
export interface Translator {
  readonly language: LanguageId;
  /** The BCP 47 tag for Intl (plural rules, lists, numbers, dates) and for `<html lang>`. */
  readonly locale: string;
  readonly catalogue: Catalogue;
  /** The words of a catalogue key, checked by the compiler (a lesson's keys by the tests). */
  t(key: MessageKey | LessonKey, params?: MessageParams): string;
  /**
   * The words of a key known only at run time (a checker's message, the shell's answer, a
   * problem a model function returned); a missing key shows as `[key]`, never a crash.
   */
  say(key: string, params?: MessageParams): string;
  /** The raw catalogue value (a text, a list of hints, a nested object), or undefined. */
  lookup(key: string): unknown;
  /** "a, b and c" / "a, b y c". */
  list(items: readonly string[]): string;
  /** A number as the language writes it. */
  number(value: number): string;
  /** A day with its month written out, so no reader mixes up day and month: "November 25, 2026", "25 de noviembre de 2026". */
  day(date: Date): string;
  /** A moment for a teacher's list: day, month and time, short. */
  moment(date: Date): string;
}

const translators = new Map<LanguageId, Translator>();

export function translatorFor(language: LanguageId): Translator {
  let translator = translators.get(language);
  if (!translator) {
    translator = makeTranslator(language, LANGUAGES[language].catalogue);
    translators.set(language, translator);
  }
  return translator;
}

function makeTranslator(language: LanguageId, catalogue: Catalogue): Translator {
  const locale = catalogue.locale;
  const dayFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const momentFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  const numberFormat = new Intl.NumberFormat(locale);
  return {
    language,
    locale,
    catalogue,
    t: (key, params = {}) => formatMessage(key, params, catalogue),
    say: (key, params = {}) => formatMessage(key, params, catalogue),
    lookup: (key) => lookup(catalogue, key),
    list: (items) => formatList(items, catalogue),
    number: (value) => numberFormat.format(value),
    day: (date) => dayFormat.format(date),
    moment: (date) => momentFormat.format(date),
  };
}

/** One message's words in the language spoken now: what a stage or a view is handed (`words.say`). */
export type Say = Translator['say'];

/** A lesson's own texts: `levels.<chapter>/<slug>.<part>`. */
export type LessonKey = `levels.${string}`;

/**
 * Every key of the catalogue outside the lessons, as the compiler knows them: a screen's words
 * are checked when it is built (`words.t('level.not-yet')`), a misspelt key does not compile.
 * A lesson's keys (`levels.<id>.…`) and the keys the runtime sends are checked by tests instead
 * (python-runtime/levels/levels-data.test.ts), since they are only known when the spell ran.
 */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | readonly string[] ? `${Prefix}${K}` : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = KeysOf<Omit<Catalogue, 'levels' | 'locale' | 'glossary'>>;
