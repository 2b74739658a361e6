import { CHAPTER_ICONS } from '../art/chapter-icons.js';
import { formatMessage } from '../messages/format.js';
import type { ChapterState } from '../model/progress.js';
import type { PlaceView } from './map-screen.js';

/**
 * What a place on the school map says, from the model's chapter state: its name and tagline,
 * and either the progress ("2 of 6 lessons done") or why it is locked, in words a kid reads
 * (the model names the chapter before by id; the kid sees its name).
 */
export function placeView(state: ChapterState): PlaceView {
  const name = formatMessage(`chapters.${state.chapter}`);
  let statusText: string;
  if (state.lockedReason) {
    const previous = state.lockedReasonParams['chapter'];
    statusText = formatMessage(state.lockedReason, {
      ...state.lockedReasonParams,
      // the model names the chapter by id; the kid reads its name
      ...(previous ? { chapter: formatMessage(`chapters.${previous}`) } : {}),
    });
  } else if (state.status === 'done') {
    statusText = formatMessage('map.done', { total: state.total });
  } else {
    statusText = formatMessage('map.progress', { passed: state.passed, total: state.total });
  }
  return {
    chapter: state.chapter,
    name,
    tagline: formatMessage(`chapters.${state.chapter}-tagline`),
    icon: CHAPTER_ICONS[state.chapter],
    status: state.status,
    statusText,
  };
}
