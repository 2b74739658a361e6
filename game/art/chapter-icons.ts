import type { ChapterId } from '../../contracts/level-schema.js';

/** The picture of each place on the school map (the wizard metaphor of each chapter). */
export const CHAPTER_ICONS: Record<ChapterId, string> = {
  refcount: 'top-hat',
  gc: 'ghost',
  gil: 'guard',
  bytecode: 'scroll',
  interpreter: 'person-mage',
  graduation: 'graduation-cap',
};
