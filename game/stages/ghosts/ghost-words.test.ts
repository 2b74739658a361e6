import { describe, expect, it } from 'vitest';
import { broken, lantern, scene } from './ghost-test-scenes.js';
import type { MessageParams } from '../../messages/format.js';
import { describeGhosts } from './ghost-words.js';

describe('describeGhosts', () => {
  // a list value shows as the catalogue would get it: its items, in order
  const words = (key: string, params: MessageParams = {}) =>
    `${key.replace('level.', '')}${
      Object.keys(params).length
        ? `(${Object.values(params)
            .map((value) => (typeof value === 'object' ? value.join(', ') : value))
            .join('|')})`
        : ''
    }`;

  it('says what held each spirit, the circles, the broken holds and every event in order', () => {
    expect(describeGhosts(broken, words)).toEqual([
      'ghost-was-held-by(mist|mist)',
      'ghost-holds(mist|wisp|friend)',
      'ghost-cut(wisp|mist)',
      'ghost-freed(mist|10)',
      'ghost-freed(wisp|10)',
    ]);
    expect(describeGhosts(lantern, words)).toEqual([
      'ghost-held-by(wisp|lantern)',
      'ghost-held-by-nobody(mist|)',
      'ghost-holds(mist|wisp|friend)',
      'ghost-holds(wisp|mist|friend)',
      'ghost-holds(hush|boo|friend)',
      'ghost-holds(boo|hush|friend)',
      'ghost-cycle(wisp, mist)',
      'ghost-cycle(boo, hush)',
      'ghost-sweep(boo, hush|10)',
      'ghost-alive(wisp)',
      'ghost-alive(mist)',
    ]);
  });

  it('says when the Ghost Collector came and took nothing, and when no spirit was made', () => {
    expect(describeGhosts(scene({ events: [{ what: 'sweep', labels: [], line: 2 }] }), words)).toEqual([
      'ghost-none',
      'ghost-sweep-nothing(2)',
    ]);
  });
});
