import type { ChapterId, LevelDefinition } from '../../contracts/level-schema.js';
import { anotherHolderLevel } from './refcount/another-holder.js';
import { threePocketsLevel } from './refcount/three-pockets.js';
import { letGoLevel } from './refcount/let-go.js';
import { makeItVanishLevel } from './refcount/make-it-vanish.js';
import { functionHolderLevel } from './refcount/function-holder.js';
import { immortalNoneLevel } from './refcount/immortal-none.js';
import { goneAtReturnLevel } from './gc/gone-at-return.js';
import { friendsForeverLevel } from './gc/friends-forever.js';
import { callTheCollectorLevel } from './gc/call-the-collector.js';
import { breakTheCircleLevel } from './gc/break-the-circle.js';
import { lanternLightLevel } from './gc/lantern-light.js';
import { takingTurnsLevel } from './gil/taking-turns.js';
import { findTheGapLevel } from './gil/find-the-gap.js';
import { lostUpdateLevel } from './gil/lost-update.js';
import { lockTheCounterLevel } from './gil/lock-the-counter.js';
import { noFasterLevel } from './gil/no-faster.js';
import { findTheConstantLevel } from './bytecode/find-the-constant.js';
import { localOrGlobalLevel } from './bytecode/local-or-global.js';
import { foldTheNumbersLevel } from './bytecode/fold-the-numbers.js';
import { runesThatLearnLevel } from './bytecode/runes-that-learn.js';
import { compileAndExecLevel } from './interpreter/compile-and-exec.js';
import { followTheStackLevel } from './interpreter/follow-the-stack.js';
import { jumpBackLevel } from './interpreter/jump-back.js';
import { callAndReturnLevel } from './interpreter/call-and-return.js';
import { guardTheGoldLevel } from './graduation/guard-the-gold.js';
import { twoCleanersLevel } from './graduation/two-cleaners.js';
import { foldedStackLevel } from './graduation/folded-stack.js';

/**
 * Every level, in the order a kid plays them. Within a chapter the order is the teaching order
 * (each level builds on the one before), so keep new levels in their place, not at the end.
 */
export const LEVELS: LevelDefinition[] = [
  // Chapter 1: reference counting, the magic hat and its tally
  anotherHolderLevel,
  threePocketsLevel,
  letGoLevel,
  makeItVanishLevel,
  functionHolderLevel,
  immortalNoneLevel,
  // Chapter 2: garbage collection, the Ghost Collector
  goneAtReturnLevel,
  friendsForeverLevel,
  callTheCollectorLevel,
  breakTheCircleLevel,
  lanternLightLevel,
  // Chapter 3: the GIL, Sir GIL and the counting stick
  takingTurnsLevel,
  findTheGapLevel,
  lostUpdateLevel,
  lockTheCounterLevel,
  noFasterLevel,
  // Chapter 4: bytecode, spell runes
  findTheConstantLevel,
  localOrGlobalLevel,
  foldTheNumbersLevel,
  runesThatLearnLevel,
  // Chapter 5: the interpreter, the royal wizard
  compileAndExecLevel,
  followTheStackLevel,
  jumpBackLevel,
  callAndReturnLevel,
  // Graduation: the final exam, each level combines two chapters
  guardTheGoldLevel,
  twoCleanersLevel,
  foldedStackLevel,
];

const BY_ID = new Map(LEVELS.map((level) => [level.id, level]));

/** The level with this id, or undefined for an unknown id (for example from an old save). */

export function levelById(id: string): LevelDefinition | undefined {
  return BY_ID.get(id);
}

/** The levels of one chapter, in play order. */
export function levelsOfChapter(chapter: ChapterId): LevelDefinition[] {
  return LEVELS.filter((level) => level.chapter === chapter);
}
