import { describe, expect, it } from 'vitest';
import { emptySave, emptyProgress, type Profile, type SaveData } from './save-data.js';
import { LEVELS, levelsOfChapter } from '../../python-runtime/levels/index.js';
import { guestFirstLesson, hasGuests, namedProfiles, readyForNextKid, startGuest, withoutGuests } from './guest-profiles.js';

const WHEN = '2026-01-01T10:00:00.000Z';

function kid(id: string, name: string, guest = false): Profile {
  return {
    id,
    name,
    avatar: 'owl',
    createdAt: WHEN,
    guest,
    language: null,
    levels: {
      'refcount/hold-the-hat': { ...emptyProgress(), attempts: 2, passed: true, firstPassedAt: WHEN, lastSpell: 'hat = MagicHat()' },
    },
  };
}

function saveWith(profiles: Profile[], active: string | null): SaveData {
  const save = emptySave();
  return {
    ...save,
    profiles,
    activeProfileId: active,
    teacher: {
      ...save.teacher,
      classChapters: { gc: 'open' },
      profileChapters: { ada: { gil: 'locked' }, g1: { gc: 'locked' } },
      backups: [
        { action: 'reset', at: WHEN, profile: kid('ada', 'Ada'), chapters: {} },
        { action: 'delete', at: WHEN, profile: kid('g0', 'Guest wizard', true), chapters: {} },
      ],
    },
  };
}

describe('startGuest', () => {
  it('adds a guest with the given name and the default avatar, who becomes the player', () => {
    const { save, profile } = startGuest(saveWith([kid('ada', 'Ada')], 'ada'), 'Guest wizard', new Date(WHEN), 'g1');
    expect(profile).toMatchObject({ id: 'g1', name: 'Guest wizard', avatar: 'mage', guest: true, levels: {} });
    expect(save.activeProfileId).toBe('g1');
    expect(save.profiles.map((p) => p.id)).toEqual(['ada', 'g1']);
  });

  it('removes a leftover guest first: Play now is a fresh start for a new kid', () => {
    const before = saveWith([kid('ada', 'Ada'), kid('g1', 'Guest wizard', true)], 'g1');
    const { save } = startGuest(before, 'Guest wizard', new Date(WHEN), 'g2');
    expect(save.profiles.map((p) => p.id)).toEqual(['ada', 'g2']);
    expect(save.profiles[1]!.levels).toEqual({});
  });

  it('gives a new id each time when none is given', () => {
    const a = startGuest(emptySave(), 'Guest wizard', new Date(WHEN)).profile.id;
    const b = startGuest(emptySave(), 'Guest wizard', new Date(WHEN)).profile.id;
    expect(a).not.toBe(b);
  });
});

describe('withoutGuests', () => {
  it('removes guests with their progress and spells; named profiles are kept exactly', () => {
    const ada = kid('ada', 'Ada');
    const before = saveWith([ada, kid('g1', 'Guest wizard', true), kid('zoe', 'Zoë')], 'g1');
    const after = withoutGuests(before);
    expect(after.profiles.map((p) => p.id)).toEqual(['ada', 'zoe']);
    expect(after.profiles[0]).toEqual(ada);
    expect(JSON.stringify(after)).not.toContain('g1');
    expect(hasGuests(after)).toBe(false);
  });

  it('the active guest is no longer active; an active named kid stays', () => {
    expect(withoutGuests(saveWith([kid('ada', 'Ada'), kid('g1', 'G', true)], 'g1')).activeProfileId).toBeNull();
    expect(withoutGuests(saveWith([kid('ada', 'Ada'), kid('g1', 'G', true)], 'ada')).activeProfileId).toBe('ada');
  });

  it('drops what belonged only to guests in the teacher section, keeps the rest', () => {
    const after = withoutGuests(saveWith([kid('ada', 'Ada'), kid('g1', 'G', true)], null));
    expect(after.teacher.profileChapters).toEqual({ ada: { gil: 'locked' } });
    expect(after.teacher.backups.map((b) => b.profile.id)).toEqual(['ada']);
    expect(after.teacher.classChapters).toEqual({ gc: 'open' });
  });

  it('returns the same save when there is no guest (nothing to write)', () => {
    const save = saveWith([kid('ada', 'Ada')], 'ada');
    expect(withoutGuests(save)).toBe(save);
  });
});

describe('readyForNextKid', () => {
  it('removes guests and leaves nobody as the player', () => {
    const after = readyForNextKid(saveWith([kid('ada', 'Ada'), kid('g1', 'G', true)], 'ada'));
    expect(after.profiles.map((p) => p.id)).toEqual(['ada']);
    expect(after.activeProfileId).toBeNull();
    expect(after.profiles[0]!.levels['refcount/hold-the-hat']!.passed).toBe(true);
  });
});

describe('namedProfiles', () => {
  it('lists only the kids with a name of their own', () => {
    expect(namedProfiles(saveWith([kid('ada', 'Ada'), kid('g1', 'G', true)], null)).map((p) => p.id)).toEqual(['ada']);
  });
});

describe('guestFirstLesson', () => {
  it('a new guest starts in the school’s first lesson', () => {
    const { save, profile } = startGuest(emptySave(), 'Guest wizard', new Date(WHEN), 'g1');
    expect(guestFirstLesson(save, profile.id, LEVELS)).toBe(LEVELS[0]!.id);
  });

  it('skips a place the teacher locked for the class, to the first lesson open to the guest', () => {
    const { save } = startGuest(emptySave(), 'Guest wizard', new Date(WHEN), 'g1');
    const locked = { ...save, teacher: { ...save.teacher, classChapters: { refcount: 'locked' as const, gc: 'open' as const } } };
    expect(guestFirstLesson(locked, 'g1', LEVELS)).toBe(levelsOfChapter('gc')[0]!.id);
  });

  it('null when nothing is open (the map says why)', () => {
    const { save } = startGuest(emptySave(), 'Guest wizard', new Date(WHEN), 'g1');
    const locked = { ...save, teacher: { ...save.teacher, classChapters: { refcount: 'locked' as const } } };
    expect(guestFirstLesson(locked, 'g1', LEVELS)).toBeNull();
  });
});
