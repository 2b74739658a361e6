import type { SaveWords } from '../model/save-data.js';
import { es } from './es.js';
import { formatMessage } from './format.js';

/** The Spanish catalogue's words for reading a save (the twin of save-words.ts). */
export const SAVE_WORDS_ES: SaveWords = {
  unnamedProfile: formatMessage('profile.unnamed', {}, es),
};
