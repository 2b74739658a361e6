import type { LevelTexts } from './level-texts.js';
import { esLevelsBytecode } from './es-levels-bytecode.js';
import { esLevelsGc } from './es-levels-gc.js';
import { esLevelsInterpreter } from './es-levels-interpreter.js';
import { esLevelsGil } from './es-levels-gil.js';
import { esLevelsGraduation } from './es-levels-graduation.js';
import { esLevelsRefcount } from './es-levels-refcount.js';

/**
 * Los textos de cada lección para los niños, en español, keyed by level id (`<chapter>/<slug>`),
 * mirroring en-levels.ts: the same ids, the same number of hints, the same checker message keys
 * with the same `{placeholders}`.
 */
export const esLevels: Record<string, LevelTexts> = {
  ...esLevelsRefcount,
  ...esLevelsGc,
  ...esLevelsGil,
  ...esLevelsBytecode,
  ...esLevelsInterpreter,
  ...esLevelsGraduation,
};
