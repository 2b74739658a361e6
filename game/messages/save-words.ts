import type { SaveWords } from '../model/save-data.js';
import { formatMessage } from './format.js';

/** The catalogue's words for reading a save (the model has none of its own): the game's and the tests'. */
export const SAVE_WORDS: SaveWords = {
  unnamedProfile: formatMessage('profile.unnamed'),
};
