import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { iconSvg, resolveIcon, svgDataUrl, type IconifySet } from './icon-svg.js';
import { ICON_NAMES } from './icon-names.js';

const iconSetPath = fileURLToPath(new URL('../../node_modules/@iconify-json/fluent-emoji-flat/icons.json', import.meta.url));
const realSet = JSON.parse(readFileSync(iconSetPath, 'utf8')) as IconifySet;

describe('iconSvg', () => {
  it('renders every icon the game asks for from the real fluent-emoji-flat set', () => {
    for (const name of ICON_NAMES) {
      const svg = iconSvg(realSet, name, 96);
      expect(svg, name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="96" height="96" viewBox="0 0 32 32">/);
      expect(svg, name).toContain('<path');
    }
  });

  it('says which icon is missing instead of drawing nothing', () => {
    expect(() => iconSvg(realSet, 'no-such-icon', 32)).toThrow(/no-such-icon/);
  });

  it('follows aliases and mirrors flipped ones', () => {
    const svg = iconSvg(realSet, 'backhand-index-pointing-right', 32);
    expect(svg).toContain('translate(32 0) scale(-1 1)');
    expect(svg).toContain(realSet.icons['backhand-index-pointing-left']!.body);
  });

  it('uses the icon size of the set when the icon has none, and its own when it has one', () => {
    const set: IconifySet = {
      prefix: 'test',
      width: 24,
      height: 24,
      icons: { plain: { body: '<path d="M0 0"/>' }, wide: { body: '<path/>', width: 48, left: 2 } },
    };
    expect(iconSvg(set, 'plain', 10)).toContain('viewBox="0 0 24 24"');
    expect(iconSvg(set, 'wide', 10)).toContain('viewBox="2 0 48 24"');
  });

  it('stops on alias loops', () => {
    const set: IconifySet = { prefix: 'loop', icons: {}, aliases: { a: { parent: 'b' }, b: { parent: 'a' } } };
    expect(() => resolveIcon(set, 'a')).toThrow(/"a"/);
  });
});

describe('svgDataUrl', () => {
  it('escapes the markup so quotes and hashes survive in a URL', () => {
    const url = svgDataUrl('<svg fill="#fff"/>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toContain('#');
    expect(decodeURIComponent(url.split(',')[1]!)).toBe('<svg fill="#fff"/>');
  });
});
