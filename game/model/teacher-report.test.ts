import { describe, expect, it } from 'vitest';
import { createProfile } from './profiles.js';
import { recordCast } from './progress.js';
import { emptySave, type Profile, type SaveData } from './save-data.js';
import { classProfiles, classReport, STUCK_ATTEMPTS } from './teacher-report.js';
import { testLevel } from './test-levels.js';

const level = testLevel;
const LEVELS = [level('refcount/a'), level('gc/a')];
const NOW = new Date('2026-11-25T10:00:00Z');

/** A kiosk computer: one named kid, and a guest who has been playing (and is stuck). */
function kioskComputer(): SaveData {
  let save = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'ada').save;
  const guest: Profile = {
    id: 'guest-1',
    name: 'Guest wizard',
    avatar: 'mage',
    createdAt: NOW.toISOString(),
    levels: {},
    guest: true,
    language: null,
  };
  save = { ...save, profiles: [save.profiles[0]!, guest, ...save.profiles.slice(1)], activeProfileId: 'guest-1' };
  for (let i = 0; i < STUCK_ATTEMPTS; i += 1)
    save = recordCast(save, 'guest-1', 'refcount/a', { passed: false, spell: `x${i}`, seconds: 10 }, NOW);
  return recordCast(save, 'ada', 'refcount/a', { passed: true, spell: 'y', seconds: 30 }, NOW);
}

describe('classReport', () => {
  it('shows every named kid with their numbers, and never a kiosk guest', () => {
    const report = classReport(kioskComputer(), LEVELS);
    expect(report.map((kid) => kid.name)).toEqual(['Ada']);
    expect(report[0]!.chapters[0]!.levels[0]).toMatchObject({ levelId: 'refcount/a', status: 'passed', attempts: 1, seconds: 30 });
    expect(classProfiles(kioskComputer()).map((p) => p.id)).toEqual(['ada']);
  });

  it('marks a named kid stuck after many casts without a pass', () => {
    let save = kioskComputer();
    for (let i = 0; i < STUCK_ATTEMPTS; i += 1) save = recordCast(save, 'ada', 'gc/a', { passed: false, spell: `z${i}`, seconds: 5 }, NOW);
    expect(classReport(save, LEVELS)[0]!.stuckOn).toEqual(['gc/a']);
  });
});
