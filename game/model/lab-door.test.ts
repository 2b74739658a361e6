import { describe, expect, it } from 'vitest';
import { labDoor, labDoorFor, type LabDoor } from './lab-door.js';
import type { ChapterState } from './progress.js';
import { createProfile } from './profiles.js';
import { emptySave } from './save-data.js';
import { setClassLab } from './teacher-pace.js';
import { testLevel } from './test-levels.js';

function state(chapter: ChapterState['chapter'], passed: number, total: number, status: ChapterState['status'] = 'open'): ChapterState {
  return { chapter, status, passed, total, lockedReason: null, lockedReasonParams: {} };
}

const NEW_KID = [state('refcount', 0, 6), state('gc', 0, 5, 'locked')];
const FINISHED = [state('refcount', 6, 6, 'done'), state('gc', 0, 5)];
const door = (states: readonly ChapterState[], openedByTeacher = false, hiddenByKiosk = false): LabDoor =>
  labDoor({ states, openedByTeacher, hiddenByKiosk });

describe('labDoor', () => {
  it('is locked for a new kid, saying which chapter to finish', () => {
    expect(door(NEW_KID)).toEqual({ status: 'locked', reason: 'chapter-not-done', chapter: 'refcount' });
  });

  it('stays locked with one lesson of reference counting left, whatever the later chapters say', () => {
    expect(door([state('refcount', 5, 6), state('gc', 5, 5, 'done')]).status).toBe('locked');
  });

  it('opens once every lesson of reference counting is passed', () => {
    expect(door(FINISHED)).toEqual({ status: 'open', reason: 'chapter-done', chapter: 'refcount' });
  });

  it('stays open when the teacher locks the finished chapter again: what the kid learnt stays learnt', () => {
    expect(door([state('refcount', 6, 6, 'locked')]).status).toBe('open');
  });

  it('stays locked when the chapter has no lessons (nothing to have finished)', () => {
    expect(door([state('refcount', 0, 0, 'locked')]).status).toBe('locked');
    expect(door([]).status).toBe('locked');
  });

  it('does not open because the teacher opened the chapter early: only opening the Lab itself does', () => {
    expect(door([state('refcount', 0, 6, 'open'), state('gc', 0, 5, 'open')]).status).toBe('locked');
  });

  // every combination: (finished chapter 1?, teacher opened the Lab?, kiosk hides it?) → door
  it.each([
    [false, false, false, { status: 'locked', reason: 'chapter-not-done' }],
    [true, false, false, { status: 'open', reason: 'chapter-done' }],
    [false, true, false, { status: 'open', reason: 'teacher-opened' }],
    [true, true, false, { status: 'open', reason: 'chapter-done' }],
    [false, false, true, { status: 'hidden', reason: 'kiosk-hides' }],
    [true, false, true, { status: 'hidden', reason: 'kiosk-hides' }],
    // the kiosk's hide wins over the teacher's open
    [false, true, true, { status: 'hidden', reason: 'kiosk-hides' }],
    [true, true, true, { status: 'hidden', reason: 'kiosk-hides' }],
  ] as const)('finished %s, opened by the teacher %s, hidden by the kiosk %s', (finished, opened, hidden, expected) => {
    expect(door(finished ? FINISHED : NEW_KID, opened, hidden)).toEqual({ ...expected, chapter: 'refcount' });
  });
});

describe('labDoorFor (the map and the Lab scene)', () => {
  const LEVELS = [testLevel('refcount/a'), testLevel('gc/a')];
  const save = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, new Date('2026-12-01T10:00:00Z'), 'ada').save;
  const ada = save.profiles[0]!;
  const hiding = { ...save.teacher, kiosk: { ...save.teacher.kiosk, hideLab: true } };

  it("reads the teacher's open from the save", () => {
    expect(labDoorFor(ada, LEVELS, save.teacher, false).status).toBe('locked');
    expect(labDoorFor(ada, LEVELS, setClassLab(save, true).teacher, false)).toMatchObject({ status: 'open', reason: 'teacher-opened' });
  });

  it("hides the door only while the game runs as a kiosk: the host's choice means nothing elsewhere", () => {
    expect(labDoorFor(ada, LEVELS, hiding, true).status).toBe('hidden');
    expect(labDoorFor(ada, LEVELS, hiding, false).status).toBe('locked');
    expect(labDoorFor(ada, LEVELS, { ...hiding, labOpenForClass: true }, false).status).toBe('open');
    expect(labDoorFor(ada, LEVELS, { ...hiding, labOpenForClass: true }, true).status).toBe('hidden');
  });
});
