import { describe, expect, it } from 'vitest';
import { activeProfile, cleanName, createProfile, nameFromSave, selectProfile, validateProfileName } from './profiles.js';
import { emptySave } from './save-data.js';

const NOW = new Date('2026-11-25T10:00:00Z');

describe('profiles', () => {
  it('creates a profile with a clean name and makes it active', () => {
    const { save, profile } = createProfile(emptySave(), { name: '  Ada \n Lovelace ', avatar: 'owl' }, NOW);
    expect(profile.name).toBe('Ada Lovelace');
    expect(activeProfile(save)?.id).toBe(profile.id);
    expect(profile.createdAt).toBe(NOW.toISOString());
  });

  it('refuses empty, too long and taken names with a catalogue key', () => {
    const { save } = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW);
    expect(validateProfileName('   ', save)).toBe('profile.name-empty');
    expect(validateProfileName('x'.repeat(25), save)).toBe('profile.name-too-long');
    expect(validateProfileName('aDa', save)).toBe('profile.name-taken');
    expect(validateProfileName('Zoë 🐉', save)).toBeNull();
    expect(() => createProfile(save, { name: 'ada', avatar: 'fox' }, NOW)).toThrow('profile.name-taken');
  });

  it('cleans a typed name by the rule a saved one is read with', () => {
    const { profile } = createProfile(emptySave(), { name: 'gnp\u202Eexe.png\u200B', avatar: 'owl' }, NOW);
    expect(profile.name).toBe('gnpexe.png');
    expect(profile.name).toBe(nameFromSave('gnp\u202Eexe.png\u200B', 'unused'));
    expect(cleanName('Zoë 🐉')).toBe('Zoë 🐉');
    // nothing visible is no name at all
    expect(validateProfileName('\u202E\u2066\u200B\u0007', emptySave())).toBe('profile.name-empty');
  });

  it('switches the active profile', () => {
    let { save } = createProfile(emptySave(), { name: 'Ada', avatar: 'owl' }, NOW, 'a');
    save = createProfile(save, { name: 'Grace', avatar: 'fox' }, NOW, 'g').save;
    expect(activeProfile(save)?.name).toBe('Grace');
    expect(activeProfile(selectProfile(save, 'a'))?.name).toBe('Ada');
    expect(() => selectProfile(save, 'nobody')).toThrow();
  });
});
