import { describe, expect, it } from 'vitest';
import { cutHolds, cycleGroups } from './ghost-graph.js';
import { broken, friend, lantern, name, spirit, swept } from './ghost-test-scenes.js';

describe('cycleGroups and cutHolds', () => {
  it('finds a circle of two, a spirit holding itself, and not a mere chain', () => {
    const spirits = ['a', 'b', 'c', 'd', 'e'].map((label) => spirit(label));
    const holds = [friend('a', 'b'), friend('b', 'a'), friend('c', 'c'), friend('d', 'e'), name('x', 'd')];
    expect(cycleGroups(spirits, holds)).toEqual([['a', 'b'], ['c']]);
  });

  it('finds two separate circles', () => {
    expect(cycleGroups(lantern.spirits, lantern.holds)).toEqual([
      ['wisp', 'mist'],
      ['boo', 'hush'],
    ]);
  });

  it('sees a hold between spirits that the story had and the spell broke (names letting go are not cuts)', () => {
    expect(cutHolds(broken)).toEqual([friend('wisp', 'mist')]);
    expect(cutHolds(swept)).toEqual([]);
  });
});
