import { describe, expect, it } from 'vitest';
import { labDoor } from './lab-door.js';
import type { ChapterState } from './progress.js';

function state(chapter: ChapterState['chapter'], passed: number, total: number, status: ChapterState['status'] = 'open'): ChapterState {
  return { chapter, status, passed, total, lockedReason: null, lockedReasonParams: {} };
}

describe('labDoor', () => {
  it('is locked for a new kid, saying which chapter to finish', () => {
    expect(labDoor([state('refcount', 0, 6), state('gc', 0, 5, 'locked')])).toEqual({
      open: false,
      lockedReason: 'lab.door-locked',
      chapter: 'refcount',
    });
  });

  it('stays locked with one lesson of reference counting left, whatever the later chapters say', () => {
    expect(labDoor([state('refcount', 5, 6), state('gc', 5, 5, 'done')]).open).toBe(false);
  });

  it('opens once every lesson of reference counting is passed', () => {
    expect(labDoor([state('refcount', 6, 6, 'done'), state('gc', 0, 5)])).toEqual({ open: true, lockedReason: null, chapter: 'refcount' });
  });

  it('stays open when the teacher locks the finished chapter again: what the kid learnt stays learnt', () => {
    expect(labDoor([state('refcount', 6, 6, 'locked')]).open).toBe(true);
  });

  it('stays locked when the chapter has no lessons (nothing to have finished)', () => {
    expect(labDoor([state('refcount', 0, 0, 'locked')]).open).toBe(false);
    expect(labDoor([]).open).toBe(false);
  });
});
