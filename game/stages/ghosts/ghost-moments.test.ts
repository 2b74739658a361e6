import { describe, expect, it } from 'vitest';
import { ghostMomentScene } from './ghost-graph.js';
import { layoutGhosts } from './ghost-layout.js';
import { ghostMoments } from './ghost-scene.js';
import { friend, name, scene, spirit, stage } from './ghost-test-scenes.js';
import { describeGhostMoment } from './ghost-words.js';

describe('the ghosts, step by step', () => {
  // gc/friends-forever with a link one way only (wisp.friend = mist; del wisp; del mist), as measured
  const oneWay = scene({
    spirits: [spirit('wisp', 'freed', { line: 7 }), spirit('mist', 'freed', { line: 8 })],
    start: [name('wisp'), name('mist')],
    holds: [name('wisp'), name('mist')],
    events: [
      { what: 'freed', labels: ['wisp'], line: 7 },
      { what: 'freed', labels: ['mist'], line: 8 },
    ],
    moments: [
      { line: null, returned: null, holds: [name('wisp'), name('mist')], ends: { wisp: 'alive', mist: 'alive' }, events: 0 },
      {
        line: 5,
        returned: null,
        holds: [name('wisp'), name('mist'), friend('wisp', 'mist')],
        ends: { wisp: 'alive', mist: 'alive' },
        events: 0,
      },
      { line: 7, returned: null, holds: [name('mist')], ends: { wisp: 'freed', mist: 'alive' }, events: 1 },
      { line: 8, returned: null, holds: [], ends: { wisp: 'freed', mist: 'freed' }, events: 2 },
    ],
  });
  const words = (key: string, params: Record<string, string | number> = {}) => `${key}(${Object.values(params).join(',')})`;

  it('draws the link the kid made at the step it was made, though the end picture has lost it', () => {
    const moments = ghostMoments(oneWay);
    expect(moments).toHaveLength(4);
    expect(ghostMomentScene(oneWay, moments[1]!).holds).toContainEqual(friend('wisp', 'mist'));
    const layout = layoutGhosts(ghostMomentScene(oneWay, moments[1]!), stage);
    expect(layout.arrows.map((arrow) => [arrow.from, arrow.to, arrow.cut])).toEqual([['wisp', 'mist', false]]);
    // then wisp leaves on line 7, and mist is still here, held only by its name
    const third = ghostMomentScene(oneWay, moments[2]!);
    expect(third.spirits.map((each) => [each.label, each.end])).toEqual([
      ['wisp', 'freed'],
      ['mist', 'alive'],
    ]);
    expect(third.events).toHaveLength(1);
  });

  it('tells each step: the start, the link, who left at that step', () => {
    const moments = ghostMoments(oneWay);
    expect(describeGhostMoment(oneWay, moments[0]!, null, words)).toBe(
      'level.ghost-moment-start() level.ghost-held-by(wisp,wisp) level.ghost-held-by(mist,mist)',
    );
    expect(describeGhostMoment(oneWay, moments[1]!, moments[0]!, words)).toContain('level.ghost-holds(wisp,mist,friend)');
    expect(describeGhostMoment(oneWay, moments[2]!, moments[1]!, words)).toBe('level.ghost-freed(wisp,7) level.ghost-held-by(mist,mist)');
  });

  it('leaves out a spirit not made yet, and offers no replay without a change', () => {
    const made = scene({
      spirits: [spirit('Pip', 'freed', { line: 10, returned: 'haunt' })],
      holds: [{ kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' }],
      events: [{ what: 'freed', labels: ['Pip'], line: 10, returned: 'haunt' }],
      moments: [
        { line: null, returned: null, holds: [], ends: {}, events: 0 },
        {
          line: 4,
          returned: null,
          holds: [{ kind: 'local', holder: 'pip', via: 'haunt', target: 'Pip' }],
          ends: { Pip: 'alive' },
          events: 0,
        },
        { line: 10, returned: 'haunt', holds: [], ends: { Pip: 'freed' }, events: 1 },
      ],
    });
    const moments = ghostMoments(made);
    expect(ghostMomentScene(made, moments[0]!).spirits).toEqual([]);
    expect(describeGhostMoment(made, moments[2]!, moments[1]!, words)).toBe(
      'level.ghost-moment-returned(haunt) level.ghost-freed-at-return(Pip,10,haunt)',
    );
    expect(ghostMoments({ ...made, moments: [moments[0]!] })).toEqual([]);
  });
});
