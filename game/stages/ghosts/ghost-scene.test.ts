import { describe, expect, it } from 'vitest';
import { isGhostScene } from './ghost-scene.js';
import { swept } from './ghost-test-scenes.js';

describe('isGhostScene', () => {
  it('knows ghosts data and nothing else', () => {
    expect(isGhostScene(swept)).toBe(true);
    expect(isGhostScene({ kind: 'tally', objects: [] })).toBe(false);
    expect(isGhostScene({ kind: 'ghosts' })).toBe(false);
    expect(isGhostScene(null)).toBe(false);
  });
});
