import { describe, expect, it } from 'vitest';
import { ghostSummary } from './ghost-summary.js';
import { broken, lantern, scene, spirit, swept } from './ghost-test-scenes.js';

describe('ghostSummary', () => {
  it('lists who was freed, who was swept and who stayed, in the order it happened', () => {
    expect(ghostSummary(broken)).toBe('freed:mist,wisp');
    expect(ghostSummary(swept)).toBe('swept:wisp,mist');
    expect(ghostSummary(lantern)).toBe('swept:boo,hush;alive:wisp,mist');
  });

  it('says none when the spell made no spirit', () => {
    expect(ghostSummary(scene({ events: [{ what: 'sweep', labels: [], line: 2 }], collectorCame: true }))).toBe('none');
  });

  it('still counts a spirit that left after the event list was full', () => {
    const late = scene({ spirits: [spirit('a', 'freed'), spirit('b', 'freed')], events: [{ what: 'freed', labels: ['b'], line: 3 }] });
    expect(ghostSummary(late)).toBe('freed:b,a');
  });
});
