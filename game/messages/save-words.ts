import type { SaveWords } from '../model/save-data.js';
import type { Translator } from './translator.js';

/** The catalogue's words for reading a save (the model has none of its own), in one language. */
export function saveWords(words: Translator): SaveWords {
  return { unnamedProfile: words.t('profile.unnamed'), unnamedExperiment: (n) => words.t('lab.programs.saved.numbered', { n }) };
}
