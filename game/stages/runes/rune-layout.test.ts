import { describe, expect, it } from 'vitest';
import type { Rune, RuneSceneData } from '../../../contracts/cast-protocol.js';
import { DEFAULT_RUNE_OPTIONS, layoutRunes, RUNE_FONT_STEPS, type RuneStone } from './rune-layout.js';
import { isRuneScene, runeSummary, runeText } from './rune-scene.js';
import { describeRunes, describeRuneStep } from './rune-words.js';
import { translatorFor } from '../../messages/translator.js';
import type { Rect } from '../shared/stage-geometry.js';

const english = translatorFor('en');

const stage: Rect = { x: 600, y: 80, width: 560, height: 360 };

function rune(opname: string, argument = '', partial: Partial<Rune> = {}): Rune {
  return { opname, argument, line: 4, found: false, specialised: null, ...partial };
}

function scene(runes: Rune[], partial: Partial<RuneSceneData> = {}): RuneSceneData {
  return { kind: 'runes', function: 'greet', runes, more: 0, missing: [], ...partial };
}

/** The greet of level 1, as the checker measured it in Pyodide's 3.14. */
const greet = scene([
  rune('RESUME', '0', { line: 3 }),
  rune('LOAD_CONST', "'Abracadabra!'", { found: true }),
  rune('RETURN_VALUE', '', { found: true }),
]);

/** brew of level 4 after 100 casts. */
const brew = scene(
  [
    rune('RESUME', '0', { specialised: 'RESUME_CHECK' }),
    rune('LOAD_FAST_BORROW', 'x'),
    rune('LOAD_SMALL_INT', '3'),
    rune('BINARY_OP', '*', { found: true, specialised: 'BINARY_OP_MULTIPLY_INT' }),
    rune('LOAD_SMALL_INT', '1'),
    rune('BINARY_OP', '+', { found: true, specialised: 'BINARY_OP_ADD_INT' }),
    rune('RETURN_VALUE'),
  ],
  { function: 'brew' },
);

function inside(stone: RuneStone, area: Rect): boolean {
  return (
    stone.x - stone.width / 2 >= area.x - 0.01 &&
    stone.x + stone.width / 2 <= area.x + area.width + 0.01 &&
    stone.y - stone.height / 2 >= area.y - 0.01 &&
    stone.y + stone.height / 2 <= area.y + area.height + 0.01
  );
}

function overlaps(a: RuneStone, b: RuneStone): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

function expectTidy(stones: RuneStone[], area: Rect): void {
  for (const stone of stones) expect(inside(stone, area), JSON.stringify(stone)).toBe(true);
  for (let i = 0; i < stones.length; i += 1) {
    for (let j = i + 1; j < stones.length; j += 1)
      expect(overlaps(stones[i]!, stones[j]!), `${stones[i]!.title} / ${stones[j]!.title}`).toBe(false);
  }
}

describe('isRuneScene', () => {
  it('tells rune data from other scenes', () => {
    expect(isRuneScene(greet)).toBe(true);
    expect(isRuneScene({ kind: 'tally', objects: [] })).toBe(false);
    expect(isRuneScene({ kind: 'runes' })).toBe(false);
    expect(isRuneScene(null)).toBe(false);
  });
});

describe('runeText and runeSummary', () => {
  it('names a rune as dis does: opname, then its argument', () => {
    expect(runeText(rune('LOAD_CONST', "'Hello!'"))).toBe("LOAD_CONST 'Hello!'");
    expect(runeText(rune('RETURN_VALUE'))).toBe('RETURN_VALUE');
  });

  it('lists the lit runes, a specialised one with its new name', () => {
    expect(runeSummary(greet)).toBe('LOAD_CONST,RETURN_VALUE');
    expect(runeSummary(brew)).toBe('BINARY_OP>BINARY_OP_MULTIPLY_INT,BINARY_OP>BINARY_OP_ADD_INT');
    expect(runeSummary(scene([rune('RESUME', '0')]))).toBe('');
  });
});

describe('layoutRunes', () => {
  it('puts one stone per rune, in reading order, inside the stage and not on top of each other', () => {
    const layout = layoutRunes(greet, stage, english.say);
    expect(layout.stones.map((s) => s.title)).toEqual(['RESUME', 'LOAD_CONST', 'RETURN_VALUE']);
    expect(layout.stones.map((s) => s.argument)).toEqual(['0', "'Abracadabra!'", '']);
    expect(layout.hidden).toBe(0);
    expectTidy(layout.stones, stage);
    // reading order: each stone is right of the one before, or on a lower row
    for (let i = 1; i < layout.stones.length; i += 1) {
      const [a, b] = [layout.stones[i - 1]!, layout.stones[i]!];
      expect(b.y > a.y || (b.y === a.y && b.x > a.x)).toBe(true);
    }
  });

  it('makes every stone wide enough for its longest text, at 16 px or more', () => {
    for (const area of [stage, { x: 0, y: 0, width: 380, height: 200 }]) {
      const layout = layoutRunes(brew, area, english.say);
      expect(layout.fontSize).toBeGreaterThanOrEqual(16);
      expect(layout.smallFontSize).toBeGreaterThanOrEqual(16);
      for (const stone of layout.stones) {
        const longest = Math.max(stone.title.length, stone.changeTo?.length ?? 0) * layout.fontSize * DEFAULT_RUNE_OPTIONS.charRatio;
        expect(stone.width).toBeGreaterThanOrEqual(Math.min(area.width, longest + 2 * DEFAULT_RUNE_OPTIONS.padding) - 0.01);
      }
    }
  });

  it('uses the largest font at which every rune fits, and a smaller one on a small stage', () => {
    const roomy = layoutRunes(brew, { x: 0, y: 0, width: 1000, height: 600 }, english.say);
    expect(roomy.fontSize).toBe(RUNE_FONT_STEPS[0]![0]);
    expect(roomy.hidden).toBe(0);
    // the stage's inside in a 1280x800 window
    const window1280: Rect = { x: 0, y: 0, width: 534, height: 200 };
    const tight = layoutRunes(brew, window1280, english.say);
    expect(tight.fontSize).toBeLessThan(roomy.fontSize);
    // all seven runes of brew still fit
    expect(tight.hidden).toBe(0);
    expect(tight.stones.filter((s) => s.kind === 'rune')).toHaveLength(7);
    expectTidy(tight.stones, window1280);
  });

  it('lights the found stones only after every stone has appeared', () => {
    const layout = layoutRunes(greet, stage, english.say);
    const lastAppear = Math.max(...layout.stones.map((s) => s.appearAt));
    const lit = layout.stones.filter((s) => s.lightAt >= 0);
    expect(lit.map((s) => s.title)).toEqual(['LOAD_CONST', 'RETURN_VALUE']);
    for (const stone of lit) expect(stone.lightAt).toBeGreaterThan(lastAppear);
    expect(layout.durationMs).toBeGreaterThanOrEqual(Math.max(...lit.map((s) => s.lightAt)));
  });

  it('changes specialised stones one after another, then lights the found ones', () => {
    const layout = layoutRunes(brew, stage, english.say);
    const changing = layout.stones.filter((s) => s.changeTo !== null);
    expect(changing.map((s) => `${s.title}>${s.changeTo}`)).toEqual([
      'RESUME>RESUME_CHECK',
      'BINARY_OP>BINARY_OP_MULTIPLY_INT',
      'BINARY_OP>BINARY_OP_ADD_INT',
    ]);
    // after the change, the second line says what the rune was
    expect(changing.map((s) => s.changedArgument)).toEqual(['0 \u00b7 was RESUME', '* \u00b7 was BINARY_OP', '+ \u00b7 was BINARY_OP']);
    const times = changing.map((s) => s.changeAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(times.length);
    const lit = layout.stones.filter((s) => s.found);
    for (const stone of lit) expect(stone.lightAt).toBeGreaterThan(Math.max(...times));
    // a stone that never changes never gets a change time
    expect(layout.stones.find((s) => s.title === 'LOAD_FAST_BORROW')!.changeAt).toBe(-1);
    expectTidy(layout.stones, stage);
  });

  it('shows what the checker looked for and did not find as ghost stones after the runes', () => {
    const layout = layoutRunes(
      scene([rune('RESUME', '0'), rune('LOAD_FAST_BORROW', 'energy', { found: true })], { missing: ['LOAD_GLOBAL'] }),
      stage,
      english.say,
    );
    const last = layout.stones[layout.stones.length - 1]!;
    expect(last).toMatchObject({ kind: 'missing', title: 'LOAD_GLOBAL', argument: '?', found: false });
  });

  it('shows a lone ghost when the spell has no such function', () => {
    const layout = layoutRunes(scene([], { missing: ['def greet'] }), stage, english.say);
    expect(layout.stones).toHaveLength(1);
    expect(layout.stones[0]).toMatchObject({ kind: 'missing', title: 'def greet' });
    expect(layout.stones[0]!.x).toBeCloseTo(stage.x + stage.width / 2);
  });

  it('folds plain runes into "+N" stones instead of overflowing the stage, keeping the lit ones in sight', () => {
    const many = scene(
      Array.from({ length: 60 }, (_, i) =>
        rune(i === 3 || i === 50 ? 'LOAD_GLOBAL' : 'LOAD_FAST_BORROW', `name_${i}`, { found: i === 3 || i === 50 }),
      ),
      { missing: ['LOAD_CONST'], more: 5 },
    );
    const small: Rect = { x: 0, y: 0, width: 420, height: 220 };
    const layout = layoutRunes(many, small, english.say);
    expectTidy(layout.stones, small);
    expect(layout.fontSize).toBe(16);
    const shown = layout.stones.filter((s) => s.kind === 'rune');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(60);
    // both lit runes are still there, in reading order
    expect(shown.filter((s) => s.found).map((s) => s.index)).toEqual([3, 50]);
    const indexes = shown.map((s) => s.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    // every rune is either a stone or counted on a "+N" stone
    const folded = layout.stones.filter((s) => s.kind === 'more').reduce((sum, s) => sum + Number(s.title.slice(1)), 0);
    expect(folded).toBe(layout.hidden);
    expect(layout.hidden).toBe(60 - shown.length + 5);
    expect(layout.stones.some((s) => s.kind === 'missing')).toBe(true);
  });

  it('sizes each stone by the real width of its texts, so a wide text never spills onto its neighbour', () => {
    // a font where an emoji or a capital is wider than the monospace estimate (as a fallback font is)
    const wide = (text: string, size: number, bold: boolean) =>
      [...text].reduce((sum, char) => sum + size * (/\p{Extended_Pictographic}/u.test(char) ? 1.3 : bold ? 0.75 : 0.62), 0);
    const spell = scene([
      rune('LOAD_CONST', "'🎩🎩🎩🎩🎩🎩🎩🎩'"),
      rune('BINARY_OP', '*', { specialised: 'BINARY_OP_MULTIPLY_INT' }),
      rune('STORE_FAST', 'wand'),
    ]);
    const area = { x: 0, y: 0, width: 900, height: 300 };
    const layout = layoutRunes(spell, area, english.say, { measure: wide });
    expectTidy(layout.stones, area);
    for (const stone of layout.stones) {
      const room = stone.width - 2 * DEFAULT_RUNE_OPTIONS.padding + 0.01;
      for (const title of [stone.title, stone.changeTo ?? '']) expect(wide(title, layout.fontSize, true)).toBeLessThanOrEqual(room);
      for (const line of [stone.argument, stone.changedArgument ?? ''])
        expect(wide(line, layout.smallFontSize, false)).toBeLessThanOrEqual(room);
    }
    // on a narrow stage the wide text is shortened to what fits, not to a count of letters
    const narrow = { x: 0, y: 0, width: 200, height: 300 };
    const small = layoutRunes(spell, narrow, english.say, { measure: wide });
    const hats = small.stones[0]!;
    expect(hats.argument.endsWith('\u2026')).toBe(true);
    expect(wide(hats.argument, small.smallFontSize, false)).toBeLessThanOrEqual(hats.width - 2 * DEFAULT_RUNE_OPTIONS.padding + 0.01);
  });

  it('shortens a text wider than the whole stage with an ellipsis', () => {
    const long = scene([rune('LOAD_CONST', `'${'a'.repeat(200)}'`)]);
    const layout = layoutRunes(long, { x: 0, y: 0, width: 300, height: 200 }, english.say);
    expect(layout.stones[0]!.argument.endsWith('\u2026')).toBe(true);
    expect(layout.stones[0]!.width).toBeLessThanOrEqual(300);
  });

  it('lets many stones appear in the same short time as few', () => {
    const many = layoutRunes(scene(Array.from({ length: 30 }, () => rune('NOP'))), { x: 0, y: 0, width: 1200, height: 900 }, english.say);
    expect(Math.max(...many.stones.map((s) => s.appearAt))).toBeLessThanOrEqual(DEFAULT_RUNE_OPTIONS.maxAppearMs);
  });
});

describe('describeRunes', () => {
  const format = (key: string, params: Record<string, string | number> = {}) => `${key} ${JSON.stringify(params)}`;

  it('tells one step of the replay: the rune, what it changed into, whether the lesson looks for it', () => {
    expect(describeRuneStep(rune('LOAD_CONST', "'Abracadabra!'", { found: true }), 2, english.say)).toBe(
      "Rune 2 of the recipe: LOAD_CONST 'Abracadabra!'. This is a rune the lesson looks for.",
    );
    expect(describeRuneStep(rune('BINARY_OP', '*', { specialised: 'BINARY_OP_MULTIPLY_INT' }), 5, english.say)).toBe(
      'Rune 5 of the recipe: BINARY_OP *. As the spell ran, it changed into BINARY_OP_MULTIPLY_INT.',
    );
  });

  it('says the runes in order, then which ones lit up', () => {
    expect(describeRunes(greet, format)).toEqual([
      `level.runes-listed ${JSON.stringify({ name: 'greet', runes: "RESUME 0, LOAD_CONST 'Abracadabra!', RETURN_VALUE" })}`,
      `level.rune-lit ${JSON.stringify({ rune: "LOAD_CONST 'Abracadabra!'" })}`,
      `level.rune-lit ${JSON.stringify({ rune: 'RETURN_VALUE' })}`,
    ]);
  });

  it('says which runes changed form, and what was looked for and not found', () => {
    const words = describeRunes({ ...brew, missing: ['LOAD_GLOBAL'] }, format);
    expect(words).toContain(`level.rune-changed ${JSON.stringify({ rune: 'RESUME 0', specialised: 'RESUME_CHECK' })}`);
    expect(words).toContain(`level.rune-lit ${JSON.stringify({ rune: 'BINARY_OP_ADD_INT +' })}`);
    expect(words[words.length - 1]).toBe(`level.rune-missing ${JSON.stringify({ rune: 'LOAD_GLOBAL' })}`);
  });

  it('says when there is no function to read', () => {
    expect(describeRunes(scene([], { missing: ['def greet'] }), format)).toEqual([
      `level.runes-none ${JSON.stringify({ name: 'greet' })}`,
      `level.rune-missing ${JSON.stringify({ rune: 'def greet' })}`,
    ]);
  });
});
