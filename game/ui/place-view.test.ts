import { describe, expect, it } from 'vitest';
import type { LevelDefinition } from '../../contracts/level-schema.js';
import { emptyProgress, type Profile } from '../model/save-data.js';
import { chapterStates } from '../model/progress.js';
import { translatorFor } from '../messages/translator.js';
import { placeView } from './place-view.js';

const words = translatorFor('en');

function level(id: string, chapter: LevelDefinition['chapter']): LevelDefinition {
  return { id, chapter, scene: 'tally', starter: '', hintCount: 0, reference: '', wrong: [] };
}

const levels = [level('refcount/a', 'refcount'), level('refcount/b', 'refcount'), level('gc/a', 'gc')];

function profile(passed: string[]): Profile {
  return {
    id: 'p-1',
    name: 'Ada',
    avatar: 'owl',
    createdAt: '2026-01-01T00:00:00.000Z',
    levels: Object.fromEntries(passed.map((id) => [id, { ...emptyProgress(), passed: true }])),
    guest: false,
    language: null,
  };
}

describe('placeView', () => {
  it('shows progress on an open place', () => {
    const [refcount] = chapterStates(profile(['refcount/a']), levels).map((state) => placeView(words, state));
    expect(refcount).toMatchObject({ status: 'open', name: 'Reference counting', icon: 'top-hat', statusText: '1 of 2 lessons done' });
    expect(refcount!.tagline).toContain('magic hat');
  });

  it('names the chapter to finish first by its name, not its id', () => {
    const gc = chapterStates(profile(['refcount/a']), levels).map((state) => placeView(words, state))[1]!;
    expect(gc.status).toBe('locked');
    expect(gc.statusText).toBe('Locked: finish “Reference counting” first.');
  });

  it('opens the next place once a chapter is done', () => {
    const [refcount, gc] = chapterStates(profile(['refcount/a', 'refcount/b']), levels).map((state) => placeView(words, state));
    expect(refcount!.statusText).toBe('Finished! All 2 lessons done');
    expect(gc).toMatchObject({ status: 'open', statusText: '0 of 1 lesson done' });
  });

  it('says "coming soon" for a place without lessons yet', () => {
    const gil = chapterStates(profile([]), levels).map((state) => placeView(words, state))[2]!;
    expect(gil).toMatchObject({ chapter: 'gil', status: 'locked', statusText: 'Coming soon: still being built!' });
  });
});
