import type { Say } from '../../messages/translator.js';
import Phaser from 'phaser';
import type { WizardSceneData } from '../../../contracts/cast-protocol.js';
import {
  fitText,
  frameBoxes,
  GUTTER_CHARS,
  layoutWizard,
  runeRowText,
  runeWindowStart,
  stoneFontSize,
  type FrameBox,
  type WizardLayout,
} from './wizard-layout.js';
import { framesAfter, hidesLitCounts, restingStepIndex, runCounts } from './wizard-scene.js';
import type { Rect } from '../shared/stage-geometry.js';
import type { StagePace } from '../shared/stage-pace.js';
import { EFFECT_TEXTURES } from '../../art/effect-textures.js';
import { iconTextureKey } from '../../art/icons.js';
import { cssColor, PALETTE } from '../../art/palette.js';
import { drawWall, fitTextWidth, StageBase, type StageReplay, type StageSetup } from '../shared/stage-base.js';

/**
 * Draws a wizard scene (the runes the spell stepper really ran, from CastResult.scene): the runes
 * of the code as a scroll with the wand pointing at the rune being read, how many times each rune
 * ran, and one box per open frame with its value stack as stones. The wand walks the steps one by
 * one, then comes back to the focus step (the lit rune the level asks about). All positions and
 * times come from wizard-layout.ts; this class only draws and times them.
 */
const PADDING = 16;
const TOP = 24;
const SCROLL_FILL = 0x1b1640;
const ROW_CURRENT = 0x4b3a9c;
const STONE_FILL = 0x2a2358;
const STONE_EDGE = 0x6a5acd;
const DIM_TEXT = 0xa99fd8;
const RESTING_TEXT = 0xcfc6ff;

/** What the rune column is made of, kept between steps (see #drawStep). */
interface ColumnView {
  data: WizardSceneData;
  start: number;
  fontSize: number;
  column: Rect;
  header: Phaser.GameObjects.Text;
  bar: Phaser.GameObjects.Graphics;
  wand: Phaser.GameObjects.Image;
  rows: { label: Phaser.GameObjects.Text; count: Phaser.GameObjects.Text; lit: boolean; color: number }[];
  frames: Phaser.GameObjects.Container;
}

export class WizardStage extends StageBase<WizardSceneData> {
  readonly #format: Say;
  #view: ColumnView | null = null;
  #tick: (() => void) | null = null;

  constructor(setup: StageSetup, format: Say) {
    super(setup, { top: TOP, side: PADDING, bottom: PADDING });
    this.#format = format;
  }

  /** Walks the wand through every step, then rests on the focus step (the lit rune). */
  protected play(data: WizardSceneData, pace: StagePace): void {
    if (pace === 'still') {
      this.#finish(data);
      return;
    }
    const layout = layoutWizard(data, this.inner());
    if (pace === 'quick' || data.steps.length === 0) {
      // no walking wand: the picture the kid needs at once (a few frames so the timer fires)
      this.wantFrames(400);
      this.after(60, () => this.#finish(data));
      return;
    }
    this.wantFrames(layout.durationMs + 1000);
    // Paced by the wall clock, on every frame: Phaser's own clock runs slow while frames are slow
    // (a laptop without a graphics card, a headless browser), which made a reading drag on.
    const startedAt = performance.now();
    let shown = -1;
    const tick = () => {
      const elapsed = performance.now() - startedAt;
      const index = Math.floor(elapsed / Math.max(1, layout.stepMs));
      this.wantFrames(300);
      if (index >= data.steps.length) {
        // the last rune stays a moment, then the wand goes back to the lit one
        if (elapsed >= layout.durationMs) this.#finish(data);
        return;
      }
      if (index !== shown) {
        shown = index;
        this.#drawStep(data, index, index, true);
      }
    };
    this.#stopTicking();
    this.#tick = tick;
    this.scene.events.on(Phaser.Scenes.Events.UPDATE, tick);
    tick();
  }

  #stopTicking(): void {
    if (this.#tick) this.scene.events.off(Phaser.Scenes.Events.UPDATE, this.#tick);
    this.#tick = null;
  }

  /** Before the first cast: the wizard with a rune scroll, gently floating. */
  protected drawIdle(inner: Rect): void {
    const { x, y, width, height } = inner;
    const size = Math.min(110, height * 0.45, width * 0.3);
    const glow = this.scene.add
      .image(x + width / 2, y + height / 2, EFFECT_TEXTURES.glow)
      .setTint(PALETTE.violet)
      .setAlpha(0.5);
    glow.setDisplaySize(size * 3, size * 2.4);
    const mage = this.scene.add.image(x + width / 2 - size * 0.6, y + height / 2, iconTextureKey('person-mage')).setDisplaySize(size, size);
    const scroll = this.scene.add
      .image(x + width / 2 + size * 0.6, y + height / 2, iconTextureKey('scroll'))
      .setDisplaySize(size * 0.8, size * 0.8)
      .setAlpha(0.9);
    this.layer.add([glow, mage, scroll]);
    this.idleFloat(scroll, 8, 1800);
  }

  override replay(): StageReplay | null {
    const data = this.data;
    if (!data || data.steps.length < 2) return null;
    return {
      count: data.steps.length,
      show: (index) => {
        this.#stopTicking();
        this.stopTimers();
        this.#drawStep(data, index, index, false);
        this.wantFrames(300);
      },
      rest: () => this.#finish(data),
      line: (index) => {
        const rune = data.runes[data.steps[index]?.rune ?? -1];
        // a compiled recipe's lines are the recipe's, not the kid's spell's
        return rune && rune.function !== '<module>' ? rune.line : null;
      },
      words: (index) => {
        const step = data.steps[index];
        return step
          ? this.#format('level.replay-wizard-step', { rune: runeRowText(data, step.rune), stack: `[${step.after.join(', ')}]` })
          : '';
      },
    };
  }

  /** The reading is over: the wand rests on the focus step, every count in. */
  #finish(data: WizardSceneData): void {
    this.clear();
    this.#drawStep(data, restingStepIndex(data), data.steps.length - 1, false, hidesLitCounts(data));
    this.wantFrames(300);
    this.finish();
  }

  protected drawFrame(g: Phaser.GameObjects.Graphics, area: Rect): void {
    // the wizard's study: a dark wall with a violet border
    drawWall(g, area, PALETTE.violet);
  }

  protected override clear(): void {
    this.#stopTicking();
    super.clear();
    this.#view = null;
  }

  #text(x: number, y: number, text: string, size: number, color: number, bold = false, layer = this.layer): Phaser.GameObjects.Text {
    return this.label(x, y, text, size, color, { mono: true, bold, layer });
  }

  /**
   * The picture after step `index`; run counts include the steps up to `countedTo`. Making text is
   * the costly part of a frame on a computer without a graphics card, so the rune column is built
   * once per scroll position and a step only moves the wand, changes a count and redraws the
   * (few) stones.
   */
  #drawStep(data: WizardSceneData, index: number, countedTo: number, moving: boolean, hideLitCounts = false): void {
    this.stopMotion();
    const layout = layoutWizard(data, this.inner());
    const step = data.steps[index];
    const current = step ? step.rune : -1;
    const start = runeWindowStart(data.runes.length, layout.visibleRows, Math.max(0, current));
    let view = this.#view;
    if (
      !view ||
      view.data !== data ||
      view.start !== start ||
      view.fontSize !== layout.fontSize ||
      view.column.width !== layout.column.width
    ) {
      this.layer.removeAll(true);
      view = this.#buildColumn(data, layout, start);
      this.#view = view;
    }
    view.header.setText(
      step
        ? this.#format('level.wizard-step', { name: data.title, step: index + 1, total: data.totalSteps })
        : this.#format('level.wizard-nothing', { name: data.title }),
    );
    fitTextWidth(view.header, layout.header.width);
    // the wand and the bar on the rune being read
    const row = current - start;
    const c = layout.column;
    view.bar.clear();
    const seen = row >= 0 && row < view.rows.length;
    view.wand.setVisible(seen);
    if (seen) {
      const y = c.y + 6 + row * layout.rowHeight;
      view.bar.fillStyle(ROW_CURRENT, 1);
      view.bar.fillRoundedRect(c.x + 4, y, c.width - 8, layout.rowHeight, 6);
      view.wand.setPosition(c.x + 6 + layout.rowHeight / 2, y + layout.rowHeight / 2);
    }
    const counts = runCounts(data, countedTo);
    view.rows.forEach((entry, k) => {
      const times = counts[start + k] ?? 0;
      // at rest, "×4" beside the lit-up rune would answer the lesson's question for the kid
      entry.count.setText(times > 0 && !(hideLitCounts && entry.lit) ? this.#format('level.wizard-times', { times }) : '');
      const color = entry.lit ? PALETTE.gold : start + k === current ? PALETTE.text : RESTING_TEXT;
      if (color !== entry.color) {
        // setColor draws the text again: only when it changes
        entry.label.setColor(cssColor(color));
        entry.color = color;
      }
    });
    // the frames and their stones
    view.frames.removeAll(true);
    if (!step) return;
    const font = layout.fontSize;
    const boxes = frameBoxes(framesAfter(data, index), layout.frames, font);
    if (boxes.length === 0) {
      const f = layout.frames;
      const value = data.returned ?? '';
      this.#text(
        f.x + f.width / 2,
        f.y + f.height / 2,
        this.#format('level.wizard-handed-back', { value }),
        font,
        PALETTE.mint,
        true,
        view.frames,
      ).setOrigin(0.5);
      return;
    }
    for (const box of boxes) this.#drawFrameBox(box, font, step.marked, moving, view.frames);
  }

  #buildColumn(data: WizardSceneData, layout: WizardLayout, start: number): ColumnView {
    const c = layout.column;
    const header = this.#text(layout.header.x, layout.header.y, '', layout.fontSize, PALETTE.gold, true);
    const g = this.scene.add.graphics();
    this.layer.add(g);
    g.fillStyle(SCROLL_FILL, 1);
    g.fillRoundedRect(c.x, c.y, c.width, c.height, 12);
    g.lineStyle(2, STONE_EDGE, 1);
    g.strokeRoundedRect(c.x, c.y, c.width, c.height, 12);
    const bar = this.scene.add.graphics();
    this.layer.add(bar);
    const lit = new Set(data.steps.filter((s) => s.marked).map((s) => s.rune));
    const charWidth = layout.fontSize * 0.61;
    const wandSize = layout.rowHeight;
    const gutterX = c.x + 8 + wandSize;
    const textX = gutterX + GUTTER_CHARS * charWidth + charWidth;
    const countRight = c.x + c.width - 10;
    const textChars = Math.max(4, Math.floor((countRight - textX) / charWidth) - 4);
    const rows: ColumnView['rows'] = [];
    // when runes are hidden below, the last row says how many instead
    const rowsShown = data.runes.length - start > layout.visibleRows ? layout.visibleRows - 1 : layout.visibleRows;
    for (let row = 0; row < rowsShown && start + row < data.runes.length; row += 1) {
      const index = start + row;
      const rune = data.runes[index]!;
      const y = c.y + 6 + row * layout.rowHeight;
      const previous = data.runes[index - 1];
      if (previous && previous.code !== rune.code) {
        // a new piece of code (the function called): a line across the scroll
        g.lineStyle(2, PALETTE.violet, 0.9);
        g.lineBetween(c.x + 6, y, c.x + c.width - 6, y);
      }
      const textY = y + (layout.rowHeight - layout.fontSize * 1.2) / 2;
      if (rune.line !== null && (!previous || previous.line !== rune.line || previous.code !== rune.code)) {
        this.#text(gutterX, textY, String(rune.line).padStart(GUTTER_CHARS, ' '), layout.fontSize, DIM_TEXT);
      }
      const isLit = lit.has(index);
      const label = this.#text(
        textX,
        textY,
        fitText(runeRowText(data, index), textChars),
        layout.fontSize,
        isLit ? PALETTE.gold : RESTING_TEXT,
        isLit,
      );
      const count = this.#text(countRight, textY, '', layout.fontSize, isLit ? PALETTE.gold : PALETTE.mint).setOrigin(1, 0);
      rows.push({ label, count, lit: isLit, color: isLit ? PALETTE.gold : RESTING_TEXT });
    }
    const hiddenBelow = data.runes.length - (start + rows.length) + data.moreRunes;
    if (hiddenBelow > 0) {
      const y = c.y + 6 + rows.length * layout.rowHeight + (layout.rowHeight - layout.fontSize * 1.2) / 2;
      this.#text(textX, y, this.#format('level.wizard-more', { count: hiddenBelow }), Math.max(12, layout.fontSize - 2), DIM_TEXT);
    }
    const wand = this.scene.add.image(0, 0, iconTextureKey('magic-wand')).setDisplaySize(wandSize * 0.9, wandSize * 0.9);
    this.layer.add(wand);
    const frames = this.scene.add.container(0, 0);
    this.layer.add(frames);
    return { data, start, fontSize: layout.fontSize, column: c, header, bar, wand, rows, frames };
  }

  #drawFrameBox(frame: FrameBox, font: number, marked: boolean, moving: boolean, layer: Phaser.GameObjects.Container): void {
    const { box } = frame;
    const g = this.scene.add.graphics();
    layer.add(g);
    g.fillStyle(frame.current ? 0x201a4d : 0x15112f, 1);
    g.fillRoundedRect(box.x, box.y, box.width, box.height, 12);
    g.lineStyle(frame.current ? 3 : 2, frame.current ? PALETTE.violet : STONE_EDGE, frame.current ? 1 : 0.6);
    g.strokeRoundedRect(box.x, box.y, box.width, box.height, 12);
    const chars = Math.max(3, Math.floor((box.width - 16) / (font * 0.61)));
    this.#text(
      box.x + box.width / 2,
      box.y + 6,
      fitText(frame.name, chars),
      font,
      frame.current ? PALETTE.text : DIM_TEXT,
      true,
      layer,
    ).setOrigin(0.5, 0);
    if (frame.stones.length === 0) {
      this.#text(
        box.x + box.width / 2,
        box.y + box.height - font * 2,
        this.#format('level.wizard-empty'),
        font,
        DIM_TEXT,
        false,
        layer,
      ).setOrigin(0.5, 0);
    }
    frame.stones.forEach((stone, i) => {
      const top = frame.current && i === frame.stones.length - 1;
      const edge = top && marked ? PALETTE.gold : STONE_EDGE;
      g.fillStyle(0x000000, 0.35);
      g.fillRoundedRect(stone.x + 2, stone.y + 3, stone.width, stone.height, 8);
      g.fillStyle(top && marked ? 0x3b2f7a : STONE_FILL, 1);
      g.fillRoundedRect(stone.x, stone.y, stone.width, stone.height, 8);
      g.lineStyle(top && marked ? 3 : 2, edge, 1);
      g.strokeRoundedRect(stone.x, stone.y, stone.width, stone.height, 8);
      // a long repr (an iterator, a function) gets a smaller font before it is cut
      const size = stoneFontSize(stone.label, stone.width, font);
      const fitting = Math.max(3, Math.floor((stone.width - 12) / (size * 0.61)));
      const label = this.#text(
        stone.x + stone.width / 2,
        stone.y + stone.height / 2,
        fitText(stone.label, fitting),
        size,
        frame.current ? PALETTE.text : DIM_TEXT,
        top,
        layer,
      ).setOrigin(0.5);
      if (top && moving) {
        label.setAlpha(0.2);
        this.tween({ targets: label, alpha: 1, duration: 160 });
      }
    });
    if (frame.hidden > 0) {
      this.#text(
        box.x + box.width / 2,
        box.y + font * 1.7,
        this.#format('level.wizard-more', { count: frame.hidden }),
        Math.max(12, font - 2),
        DIM_TEXT,
        false,
        layer,
      ).setOrigin(0.5, 0);
    }
  }
}
