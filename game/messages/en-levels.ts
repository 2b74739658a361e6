import type { LevelTexts } from './level-texts.js';
import { enLevelsBytecode } from './en-levels-bytecode.js';
import { enLevelsGc } from './en-levels-gc.js';
import { enLevelsInterpreter } from './en-levels-interpreter.js';
import { enLevelsGil } from './en-levels-gil.js';
import { enLevelsGraduation } from './en-levels-graduation.js';
import { enLevelsRefcount } from './en-levels-refcount.js';

/**
 * Kid-facing texts of every level, keyed by level id (`<chapter>/<slug>`).
 * `hints` has exactly `hintCount` entries (see the level's data file); the last hint nearly gives
 * the answer away. `msg` holds the messages the level's checker (`<slug>.py`) sends, with the
 * `{placeholders}` it fills from what it measured.
 * Every claim here was checked against CPython 3.14 as Pyodide runs it (see levels.test.ts and
 * /work/shared/research/cpython-314-facts.md).
 */
export const enLevels: Record<string, LevelTexts> = {
  ...enLevelsRefcount,
  ...enLevelsGc,
  ...enLevelsGil,
  ...enLevelsBytecode,
  ...enLevelsInterpreter,
  ...enLevelsGraduation,
};
