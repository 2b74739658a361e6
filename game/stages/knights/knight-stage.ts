import type { Say } from '../../messages/translator.js';
import Phaser from 'phaser';
import type { KnightsSceneData } from '../../../contracts/cast-protocol.js';
import { knightTiming, layoutKnights, type KnightCell, type KnightsLayout } from './knight-layout.js';
import { finalText, stepText } from './knight-words.js';
import type { Rect } from '../shared/stage-geometry.js';
import type { StagePace } from '../shared/stage-pace.js';
import { iconTextureKey } from '../../art/icons.js';
import { cssColor, FONT_FAMILY, MONO_FAMILY, PALETTE } from '../../art/palette.js';
import {
  drawWall,
  fitTextWidth,
  measureStageText,
  StageBase,
  stageTextStyle,
  type StageReplay,
  type StageSetup,
} from '../shared/stage-base.js';

/**
 * Draws a knights scene (Sir GIL's chapter, from CastResult.scene): each knight stands at the
 * left of his lane; rune by rune, the counting stick jumps to the knight who runs the rune, a
 * cell lights up in his lane (gold when he READS the counter, mint when he WRITES it, grey when
 * he waits for the lock), the panel on top names the rune, and the counter box shows the shared
 * value changing. Lost updates get a coral outline at the end. Positions and times come from
 * knight-layout.ts; this class only draws and times them.
 */
const PADDING = 16;
const HEADER = 26;
/** Each knight's colour: his lane, his name and his plain cells. */
export const KNIGHT_COLOURS = [PALETTE.sky, PALETTE.violet, PALETTE.tagHolder, PALETTE.string] as const;

export class KnightStage extends StageBase<KnightsSceneData> {
  readonly #word: Say;

  constructor(setup: StageSetup, word: Say) {
    super(setup, { top: HEADER, side: PADDING, bottom: PADDING });
    this.#word = word;
  }

  /** Before the first cast: a knight with the counting stick, waiting. */
  protected drawIdle(inner: Rect): void {
    const knight = this.idleIcon(inner, 'guard', PALETTE.gold, { glowAlpha: 0.45, widthShare: 0.3, float: 0 }).setAlpha(1);
    const size = knight.displayWidth;
    const stick = this.scene.add
      .image(knight.x + size * 0.55, knight.y - size * 0.2, iconTextureKey('magic-wand'))
      .setDisplaySize(size * 0.5, size * 0.5);
    this.layer.add(stick);
    if (!this.reducedMotion) this.tween({ targets: stick, angle: 12, duration: 1400, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  protected drawFrame(g: Phaser.GameObjects.Graphics, area: Rect): void {
    const { x, y, width } = area;
    // the castle yard: dark stone with a banner stripe along the top
    drawWall(g, area, PALETTE.gold, 0.8);
    const flags = Math.max(6, Math.round(width / 70));
    for (let i = 0; i < flags; i += 1) {
      const cx = x + (width / flags) * (i + 0.5);
      g.fillStyle(i % 2 === 0 ? PALETTE.coral : PALETTE.sky, 0.8);
      g.fillTriangle(cx - 7, y + 6, cx + 7, y + 6, cx, y + 18);
    }
  }

  #text(x: number, y: number, words: string, size: number, color: number, mono = false, bold = false): Phaser.GameObjects.Text {
    return this.scene.add.text(x, y, words, stageTextStyle(size, color, mono, bold));
  }

  #replay: StageReplay | null = null;
  /** Where the legend keeps the words "lost update!" for the outline (drawn with it), or null. */
  #lostLegend: { x: number; y: number; size: number; fontSize: number; text: string } | null = null;
  /** What #drawLost put on the stage, taken away again when a replay step goes back in time. */
  #lostMarks: Phaser.GameObjects.GameObject[] = [];

  override replay(): StageReplay | null {
    return this.#replay;
  }

  protected play(data: KnightsSceneData, pace: StagePace): void {
    this.#replay = null;
    this.#lostMarks = [];
    const moving = pace === 'moving';
    const layout = layoutKnights(data, this.inner(), knightTiming(pace));
    const scene = this.scene;
    const font = layout.fontSize;

    // lanes and knights
    const lanes = scene.add.graphics();
    this.layer.add(lanes);
    layout.knights.forEach((knight, index) => {
      const colour = KNIGHT_COLOURS[index % KNIGHT_COLOURS.length] ?? PALETTE.sky;
      lanes.fillStyle(colour, 0.08);
      lanes.fillRoundedRect(knight.lane.x, knight.lane.y, knight.lane.width, knight.lane.height, 6);
      lanes.lineStyle(1, colour, 0.5);
      lanes.strokeRoundedRect(knight.lane.x, knight.lane.y, knight.lane.width, knight.lane.height, 6);
      const icon = scene.add.image(knight.x, knight.y, iconTextureKey('guard')).setDisplaySize(knight.size, knight.size);
      const { label } = knight;
      const name = this.#text(label.x, label.y, knight.name, font, colour, false, true).setOrigin(
        label.place === 'below' ? 0.5 : 0,
        label.place === 'below' ? 0 : 0.5,
      );
      this.layer.add([icon, name]);
    });

    this.#drawLegend(data, layout);

    // the rune panel
    const panel = layout.runePanel;
    const panelBox = scene.add.graphics();
    panelBox.fillStyle(0x000000, 0.35);
    panelBox.fillRoundedRect(panel.x, panel.y, panel.width, panel.height, 8);
    const windowWords =
      data.steps.length < data.stepsTotal
        ? this.#word('level.knights-window-tag', {
            from: data.firstShown + 1,
            to: data.firstShown + data.steps.length,
            total: data.stepsTotal,
          })
        : '';
    const runeLine = this.#text(panel.x + 12, panel.y + 6, '', font + 2, PALETTE.text, true, true);
    const modeLine = this.#text(
      panel.x + 12,
      panel.y + 8 + font * 1.5,
      `${this.#word(`level.knights-mode-${data.mode}`)}  ${windowWords}`.trim(),
      font - 1,
      PALETTE.sky,
    );
    fitTextWidth(modeLine, panel.width - 24);
    this.layer.add([panelBox, runeLine, modeLine]);

    // the counter box
    let counterValue: Phaser.GameObjects.Text | null = null;
    const box = layout.counterBox;
    if (box && data.counter !== null) {
      const frame = scene.add.graphics();
      frame.fillStyle(PALETTE.stageFloor, 0.95);
      frame.fillRoundedRect(box.x, box.y, box.width, box.height, 12);
      frame.lineStyle(2, PALETTE.gold, 0.9);
      frame.strokeRoundedRect(box.x, box.y, box.width, box.height, 12);
      const title = this.#text(
        box.x + box.width / 2,
        box.y + 8,
        this.#word('level.knights-counter-title', { counter: data.counter }),
        font,
        PALETTE.gold,
        false,
        true,
      ).setOrigin(0.5, 0);
      counterValue = this.#text(
        box.x + box.width / 2,
        box.y + box.height / 2 + 4,
        data.start ?? '',
        Math.min(54, box.height * 0.4),
        PALETTE.text,
        true,
        true,
      ).setOrigin(0.5);
      this.layer.add([frame, title, counterValue]);
      if (data.expected !== null) {
        const should = this.#text(
          box.x + box.width / 2,
          box.y + box.height - 8,
          this.#word('level.knights-counter-should', { expected: data.expected }),
          font - 2,
          PALETTE.mint,
        ).setOrigin(0.5, 1);
        this.layer.add(should);
      }
    }

    // the stick, and the cells (drawn as they are played)
    const stickSize = Math.max(22, (layout.knights[0]?.size ?? 40) * 0.55);
    const stick = scene.add.image(0, 0, iconTextureKey('magic-wand')).setDisplaySize(stickSize, stickSize).setVisible(false);
    const cellsLayer = scene.add.graphics();
    this.layer.add([cellsLayer, stick]);

    const play = (cell: KnightCell) => {
      const step = data.steps[cell.step];
      if (!step) return;
      paintCell(cellsLayer, cell);
      const knight = layout.knights[cell.thread];
      if (knight) stick.setPosition(knight.x + knight.size * 0.5, knight.y - knight.size * 0.25).setVisible(true);
      runeLine
        .setText(stepText(data, step, this.#word))
        .setColor(cssColor(cell.mark === 'read' ? PALETTE.gold : cell.mark === 'write' ? PALETTE.mint : PALETTE.text));
      fitTextWidth(runeLine, panel.width - 24);
      if (counterValue && cell.mark === 'write') counterValue.setText(step.counter);
    };

    const finish = () => {
      for (const mark of this.#lostMarks) mark.destroy();
      this.#lostMarks = [];
      cellsLayer.clear();
      for (const cell of layout.cells) paintCell(cellsLayer, cell);
      // the run is over: the panel says what came of it, in plain words
      runeLine
        .setText(finalText(data, this.#word))
        .setFontFamily(FONT_FAMILY)
        .setColor(cssColor(data.lost.length > 0 ? PALETTE.coral : PALETTE.mint));
      fitTextWidth(runeLine, panel.width - 24);
      if (counterValue && data.final !== null) {
        counterValue.setText(data.final);
        counterValue.setColor(cssColor(data.expected !== null && data.expected !== data.final ? PALETTE.coral : PALETTE.mint));
      }
      this.#drawLost(layout);
      this.finish();
    };

    // step by step, for the replay buttons: the cells up to the step, the stick with its knight,
    // and the counter as the last write before it left it
    if (layout.cells.length > 1) {
      this.#replay = {
        count: layout.cells.length,
        show: (index) => {
          this.stopTimers();
          for (const mark of this.#lostMarks) mark.destroy();
          this.#lostMarks = [];
          cellsLayer.clear();
          const cells = layout.cells.slice(0, index + 1);
          for (const cell of cells) paintCell(cellsLayer, cell);
          runeLine.setFontFamily(MONO_FAMILY);
          const last = cells[cells.length - 1];
          if (last) play(last);
          if (counterValue) {
            const written = [...cells].reverse().find((cell) => cell.mark === 'write');
            counterValue.setText(written ? (data.steps[written.step]?.counter ?? '') : (data.start ?? '')).setColor(cssColor(PALETTE.text));
          }
          this.wantFrames(300);
        },
        rest: () => {
          this.stopTimers();
          finish();
          this.wantFrames(300);
        },
        line: (index) => data.steps[layout.cells[index]?.step ?? -1]?.line ?? null,
        words: (index) => {
          const cell = layout.cells[index];
          const step = cell ? data.steps[cell.step] : undefined;
          return step ? stepText(data, step, this.#word) : '';
        },
      };
    }

    if (!moving) {
      const lastCell = layout.cells[layout.cells.length - 1];
      if (lastCell) play(lastCell);
      finish();
      return;
    }
    this.wantFrames(layout.durationMs + 800);
    for (const cell of layout.cells) this.after(cell.atMs, () => play(cell));
    this.after(layout.durationMs + 200, finish);
  }

  /** What each colour of cell means, under the lanes: one swatch and a few words per kind the run has. */
  #drawLegend(data: KnightsSceneData, layout: KnightsLayout): void {
    if (!layout.legend) return;
    const { row, marks } = layout.legend;
    const size = Math.round(layout.fontSize * 0.8);
    const words = Math.max(12, layout.fontSize - 2);
    const swatches = this.scene.add.graphics();
    this.layer.add(swatches);
    let x = row.x;
    const middle = row.y + row.height / 2;
    // a lost update first (the lesson turns on it), in the coral of its outline: the legend says
    // it, so no tag goes under the outline (it would sit on this row)
    // (its place is kept from the start; it is drawn with the outline, when the run gets there)
    this.#lostLegend = null;
    if (data.lost.length > 0) {
      const text = this.#word('level.knights-lost-tag');
      this.#lostLegend = { x, y: middle, size, fontSize: words, text };
      x += size + 6 + measureStageText(text, words, false, true) + 14;
    }
    for (const mark of marks) {
      const text = this.#word(`level.knights-legend-${mark}`, { counter: data.counter ?? '' });
      const width = size + 6 + measureStageText(text, words) + 14;
      // what does not fit is left out, never drawn over the counter
      if (x + width - 14 > row.x + row.width) break;
      paintCell(swatches, { x, y: middle - size / 2, width: size, height: size, step: 0, thread: 0, atMs: 0, mark, lost: false });
      this.layer.add(this.#text(x + size + 6, middle, text, words, PALETTE.text).setOrigin(0, 0.5));
      x += width;
    }
  }

  #drawLost(layout: KnightsLayout): void {
    if (layout.lostBoxes.length === 0) return;
    const g = this.scene.add.graphics();
    g.lineStyle(3, PALETTE.coral, 1);
    for (const box of layout.lostBoxes) g.strokeRoundedRect(box.x, box.y, box.width, box.height, 6);
    this.layer.add(g);
    this.#lostMarks.push(g);
    const first = layout.lostBoxes[0];
    const legend = this.#lostLegend;
    if (legend) {
      const swatch = this.scene.add.graphics();
      swatch.lineStyle(2, PALETTE.coral, 1);
      swatch.strokeRoundedRect(legend.x, legend.y - legend.size / 2, legend.size, legend.size, 3);
      const words = this.#text(legend.x + legend.size + 6, legend.y, legend.text, legend.fontSize, PALETTE.coral, false, true).setOrigin(
        0,
        0.5,
      );
      this.layer.add([swatch, words]);
      this.#lostMarks.push(swatch, words);
    } else if (first) {
      const tag = this.#text(
        first.x + first.width / 2,
        first.y + first.height + 4,
        this.#word('level.knights-lost-tag'),
        layout.fontSize,
        PALETTE.coral,
        false,
        true,
      ).setOrigin(0.5, 0);
      this.layer.add(tag);
      this.#lostMarks.push(tag);
    }
    if (!this.reducedMotion) this.tween({ targets: g, alpha: 0.45, duration: 600, yoyo: true, repeat: 3 });
  }
}

function paintCell(g: Phaser.GameObjects.Graphics, cell: KnightCell): void {
  const colour =
    cell.mark === 'read'
      ? PALETTE.gold
      : cell.mark === 'write'
        ? PALETTE.mint
        : cell.mark === 'wait'
          ? 0x6b6b85
          : (KNIGHT_COLOURS[cell.thread % KNIGHT_COLOURS.length] ?? PALETTE.sky);
  const alpha = cell.mark === 'plain' ? 0.45 : 1;
  g.fillStyle(colour, alpha);
  g.fillRect(cell.x, cell.y, cell.width, cell.height);
  if (cell.lost) {
    g.lineStyle(2, PALETTE.coral, 1);
    g.strokeRect(cell.x, cell.y, cell.width, cell.height);
  }
}
