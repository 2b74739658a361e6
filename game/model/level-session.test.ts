import { describe, expect, it } from 'vitest';
import { LevelSession } from './level-session.js';
import { emptyProgress } from './save-data.js';

const level = {
  id: 'refcount/a',
  chapter: 'refcount' as const,
  scene: 'tally' as const,
  starter: '',
  hintCount: 2,
  reference: '',
  wrong: [],
};

describe('LevelSession', () => {
  it('reveals hints one at a time and stops after the last', () => {
    const session = new LevelSession(level, emptyProgress());
    expect(session.revealHint()).toBe(0);
    expect(session.revealHint()).toBe(1);
    expect(session.revealHint()).toBeNull();
    expect(session.shownHints).toBe(2);
  });

  it('shows again the hints asked for on an earlier visit', () => {
    const session = new LevelSession(level, { ...emptyProgress(), hintsUsed: 1 });
    expect(session.shownHints).toBe(1);
    expect(session.revealHint()).toBe(1);
  });

  it('measures time between takes', () => {
    let clock = 1_000;
    const session = new LevelSession(level, emptyProgress(), () => clock);
    clock += 15_000;
    expect(session.takeSeconds()).toBe(15);
    clock += 2_500;
    expect(session.takeSeconds()).toBe(2.5);
  });
});
