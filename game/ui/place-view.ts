import type { Translator } from '../messages/translator.js';
import { CHAPTER_ICONS } from '../art/chapter-icons.js';
import type { ChapterState } from '../model/progress.js';
import type { PlaceView } from './map-screen.js';

/**
 * What a place on the school map says, from the model's chapter state: its name and tagline,
 * and either the progress ("2 of 6 lessons done") or why it is locked, in words a kid reads
 * (the model names the chapter before by id; the kid sees its name).
 */
export function placeView(words: Translator, state: ChapterState): PlaceView {
  const name = words.t(`chapters.${state.chapter}`);
  let statusText: string;
  if (state.lockedReason) {
    const previous = state.lockedReasonParams['chapter'];
    statusText = words.say(state.lockedReason, {
      ...state.lockedReasonParams,
      // the model names the chapter by id; the kid reads its name
      ...(previous ? { chapter: words.say(`chapters.${previous}`) } : {}),
    });
  } else if (state.status === 'done') {
    statusText = words.t('map.done', { total: state.total });
  } else {
    statusText = words.t('map.progress', { passed: state.passed, total: state.total });
  }
  return {
    chapter: state.chapter,
    name,
    tagline: words.t(`chapters.${state.chapter}-tagline`),
    icon: CHAPTER_ICONS[state.chapter],
    status: state.status,
    statusText,
  };
}
