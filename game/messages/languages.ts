import type { LanguageId } from '../model/language-choice.js';
import { en, type Catalogue } from './en.js';
import { es } from './es.js';

/**
 * The catalogue of each language the school speaks (ids: game/model/language-choice.ts), all of
 * the same shape. To add a language: copy es*.ts to <tag>*.ts, translate, add the id there and
 * the catalogue here; languages.test.ts then says which keys are missing, extra, or have other
 * placeholders (README: "Adding a language").
 */
export const LANGUAGES: { readonly [L in LanguageId]: { catalogue: Catalogue; /** In its own words, for the picker. */ name: string } } = {
  en: { catalogue: en, name: 'English' },
  es: { catalogue: es, name: 'Español' },
};
