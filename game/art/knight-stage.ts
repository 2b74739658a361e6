import Phaser from 'phaser';
import type { KnightsSceneData } from '../../python-runtime/protocol.js';
import { finalText, layoutKnights, stepText, type KnightCell, type KnightsLayout } from '../scenes/knight-layout.js';
import type { Rect } from '../scenes/tally-layout.js';
import { EFFECT_TEXTURES } from './effect-textures.js';
import { iconTextureKey } from './icons.js';
import { cssColor, FONT_FAMILY, MONO_FAMILY, PALETTE } from './palette.js';

export type StageWord = (key: string, params?: Record<string, string | number>) => string;

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

export class KnightStage {
  readonly #scene: Phaser.Scene;
  readonly #reducedMotion: boolean;
  readonly #word: StageWord;
  readonly #frame: Phaser.GameObjects.Graphics;
  readonly #layer: Phaser.GameObjects.Container;
  #area: Rect = { x: 0, y: 0, width: 0, height: 0 };
  #data: KnightsSceneData | null = null;
  #timers: Phaser.Time.TimerEvent[] = [];
  #tweens: Phaser.Tweens.Tween[] = [];
  #onDone: (() => void) | null = null;

  constructor(
    scene: Phaser.Scene,
    reducedMotion: boolean,
    word: StageWord,
    private readonly wantFrames: (ms: number) => void = () => {},
  ) {
    this.#scene = scene;
    this.#reducedMotion = reducedMotion;
    this.#word = word;
    this.#frame = scene.add.graphics();
    this.#layer = scene.add.container(0, 0);
  }

  setArea(area: Rect): void {
    const same =
      Math.abs(area.x - this.#area.x) < 1 &&
      Math.abs(area.y - this.#area.y) < 1 &&
      Math.abs(area.width - this.#area.width) < 1 &&
      Math.abs(area.height - this.#area.height) < 1;
    this.#area = area;
    this.wantFrames(300);
    this.#drawFrame();
    if (same) return;
    if (this.#data) {
      // a resize in the middle of an animation: finish it at once, in the new place
      const done = this.#onDone;
      this.#render(this.#data, false);
      this.#onDone = null;
      done?.();
    } else {
      this.showIdle();
    }
  }

  show(data: KnightsSceneData, onDone: () => void): void {
    this.#data = data;
    this.#onDone = onDone;
    this.#render(data, true);
  }

  /** Before the first cast: a knight with the counting stick, waiting. */
  showIdle(): void {
    this.#data = null;
    this.#clear();
    this.wantFrames(300);
    const { x, y, width, height } = this.#inner();
    if (width <= 0 || height <= 0) return;
    const size = Math.min(100, height * 0.45, width * 0.3);
    const glow = this.#scene.add.image(x + width / 2, y + height / 2, EFFECT_TEXTURES.glow).setTint(PALETTE.gold).setAlpha(0.45);
    glow.setDisplaySize(size * 2.4, size * 2.4);
    const knight = this.#scene.add.image(x + width / 2, y + height / 2, iconTextureKey('guard')).setDisplaySize(size, size);
    const stick = this.#scene.add.image(x + width / 2 + size * 0.55, y + height / 2 - size * 0.2, iconTextureKey('magic-wand')).setDisplaySize(size * 0.5, size * 0.5);
    this.#layer.add([glow, knight, stick]);
    if (!this.#reducedMotion) {
      this.#tweens.push(this.#scene.tweens.add({ targets: stick, angle: 12, duration: 1400, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' }));
    }
  }

  destroy(): void {
    this.#clear();
    this.#frame.destroy();
    this.#layer.destroy();
  }

  #inner(): Rect {
    const a = this.#area;
    return { x: a.x + PADDING, y: a.y + HEADER, width: a.width - 2 * PADDING, height: a.height - HEADER - PADDING };
  }

  #drawFrame(): void {
    const g = this.#frame;
    const { x, y, width, height } = this.#area;
    g.clear();
    if (width <= 0 || height <= 0) return;
    // the castle yard: dark stone with a banner stripe along the top
    g.fillStyle(0x0f0b2b, 0.92);
    g.fillRoundedRect(x, y, width, height, 18);
    g.fillStyle(PALETTE.stageGlow, 0.14);
    g.fillRoundedRect(x + 8, y + 8, width - 16, height - 16, 14);
    g.lineStyle(2, PALETTE.gold, 0.8);
    g.strokeRoundedRect(x, y, width, height, 18);
    const flags = Math.max(6, Math.round(width / 70));
    for (let i = 0; i < flags; i += 1) {
      const cx = x + (width / flags) * (i + 0.5);
      g.fillStyle(i % 2 === 0 ? PALETTE.coral : PALETTE.sky, 0.8);
      g.fillTriangle(cx - 7, y + 6, cx + 7, y + 6, cx, y + 18);
    }
  }

  #clear(): void {
    for (const timer of this.#timers) timer.remove(false);
    for (const tween of this.#tweens) tween.stop();
    this.#timers = [];
    this.#tweens = [];
    this.#layer.removeAll(true);
  }

  #text(x: number, y: number, words: string, size: number, color: number, mono = false, bold = false): Phaser.GameObjects.Text {
    return this.#scene.add.text(x, y, words, {
      fontFamily: mono ? MONO_FAMILY : FONT_FAMILY,
      fontSize: `${size}px`,
      color: cssColor(color),
      fontStyle: bold ? 'bold' : 'normal',
      resolution: Math.min(2, window.devicePixelRatio || 1),
    });
  }

  #render(data: KnightsSceneData, animate: boolean): void {
    this.#clear();
    const moving = animate && !this.#reducedMotion;
    const layout = layoutKnights(data, this.#inner(), moving ? {} : { stepMs: 0 });
    const scene = this.#scene;
    const font = layout.fontSize;

    // lanes and knights
    const lanes = scene.add.graphics();
    this.#layer.add(lanes);
    layout.knights.forEach((knight, index) => {
      const colour = KNIGHT_COLOURS[index % KNIGHT_COLOURS.length] ?? PALETTE.sky;
      lanes.fillStyle(colour, 0.08);
      lanes.fillRoundedRect(knight.lane.x, knight.lane.y, knight.lane.width, knight.lane.height, 6);
      lanes.lineStyle(1, colour, 0.5);
      lanes.strokeRoundedRect(knight.lane.x, knight.lane.y, knight.lane.width, knight.lane.height, 6);
      const icon = scene.add.image(knight.x, knight.y, iconTextureKey('guard')).setDisplaySize(knight.size, knight.size);
      const name = this.#text(knight.x, knight.y + knight.size / 2 + 4, knight.name, font, colour, false, true).setOrigin(0.5, 0);
      this.#layer.add([icon, name]);
    });

    // the rune panel
    const panel = layout.runePanel;
    const panelBox = scene.add.graphics();
    panelBox.fillStyle(0x000000, 0.35);
    panelBox.fillRoundedRect(panel.x, panel.y, panel.width, panel.height, 8);
    const windowWords =
      data.steps.length < data.stepsTotal
        ? this.#word('level.knights-window-tag', { from: data.firstShown + 1, to: data.firstShown + data.steps.length, total: data.stepsTotal })
        : '';
    const runeLine = this.#text(panel.x + 12, panel.y + 6, '', font + 2, PALETTE.text, true, true);
    const modeLine = this.#text(panel.x + 12, panel.y + 8 + font * 1.5, `${this.#word(`level.knights-mode-${data.mode}`)}  ${windowWords}`.trim(), font - 1, PALETTE.sky);
    this.#layer.add([panelBox, runeLine, modeLine]);

    // the counter box
    let counterValue: Phaser.GameObjects.Text | null = null;
    const box = layout.counterBox;
    if (box && data.counter !== null) {
      const frame = scene.add.graphics();
      frame.fillStyle(PALETTE.stageFloor, 0.95);
      frame.fillRoundedRect(box.x, box.y, box.width, box.height, 12);
      frame.lineStyle(2, PALETTE.gold, 0.9);
      frame.strokeRoundedRect(box.x, box.y, box.width, box.height, 12);
      const title = this.#text(box.x + box.width / 2, box.y + 8, this.#word('level.knights-counter-title', { counter: data.counter }), font, PALETTE.gold, false, true).setOrigin(0.5, 0);
      counterValue = this.#text(box.x + box.width / 2, box.y + box.height / 2 + 4, data.start ?? '', Math.min(54, box.height * 0.4), PALETTE.text, true, true).setOrigin(0.5);
      this.#layer.add([frame, title, counterValue]);
      if (data.expected !== null) {
        const should = this.#text(box.x + box.width / 2, box.y + box.height - 8, this.#word('level.knights-counter-should', { expected: data.expected }), font - 2, PALETTE.mint).setOrigin(0.5, 1);
        this.#layer.add(should);
      }
    }

    // the stick, and the cells (drawn as they are played)
    const stickSize = Math.max(22, (layout.knights[0]?.size ?? 40) * 0.55);
    const stick = scene.add.image(0, 0, iconTextureKey('magic-wand')).setDisplaySize(stickSize, stickSize).setVisible(false);
    const cellsLayer = scene.add.graphics();
    this.#layer.add([cellsLayer, stick]);

    const play = (cell: KnightCell) => {
      const step = data.steps[cell.step];
      if (!step) return;
      paintCell(cellsLayer, cell);
      const knight = layout.knights[cell.thread];
      if (knight) stick.setPosition(knight.x + knight.size * 0.5, knight.y - knight.size * 0.25).setVisible(true);
      runeLine.setText(stepText(data, step, this.#word)).setColor(cssColor(cell.mark === 'read' ? PALETTE.gold : cell.mark === 'write' ? PALETTE.mint : PALETTE.text));
      if (counterValue && cell.mark === 'write') counterValue.setText(step.counter);
    };

    const finish = () => {
      for (const cell of layout.cells) paintCell(cellsLayer, cell);
      // the run is over: the panel says what came of it, in plain words
      runeLine
        .setText(finalText(data, this.#word))
        .setFontFamily(FONT_FAMILY)
        .setColor(cssColor(data.lost.length > 0 ? PALETTE.coral : PALETTE.mint));
      if (counterValue && data.final !== null) {
        counterValue.setText(data.final);
        counterValue.setColor(cssColor(data.expected !== null && data.expected !== data.final ? PALETTE.coral : PALETTE.mint));
      }
      this.#drawLost(layout);
      const done = this.#onDone;
      this.#onDone = null;
      done?.();
    };

    if (!moving) {
      const lastCell = layout.cells[layout.cells.length - 1];
      if (lastCell) play(lastCell);
      finish();
      return;
    }
    this.wantFrames(layout.durationMs + 800);
    for (const cell of layout.cells) this.#after(cell.atMs, () => play(cell));
    this.#after(layout.durationMs + 200, finish);
  }

  #drawLost(layout: KnightsLayout): void {
    if (layout.lostBoxes.length === 0) return;
    const g = this.#scene.add.graphics();
    g.lineStyle(3, PALETTE.coral, 1);
    for (const box of layout.lostBoxes) g.strokeRoundedRect(box.x, box.y, box.width, box.height, 6);
    this.#layer.add(g);
    const first = layout.lostBoxes[0];
    if (first) {
      const tag = this.#text(first.x + first.width / 2, first.y + first.height + 4, this.#word('level.knights-lost-tag'), layout.fontSize, PALETTE.coral, false, true).setOrigin(0.5, 0);
      this.#layer.add(tag);
      if (!this.#reducedMotion) this.#tweens.push(this.#scene.tweens.add({ targets: g, alpha: 0.45, duration: 600, yoyo: true, repeat: 3 }));
    }
  }

  #after(ms: number, run: () => void): void {
    if (ms <= 0) {
      run();
      return;
    }
    this.#timers.push(this.#scene.time.delayedCall(ms, run));
  }
}

function paintCell(g: Phaser.GameObjects.Graphics, cell: KnightCell): void {
  const colour =
    cell.mark === 'read' ? PALETTE.gold : cell.mark === 'write' ? PALETTE.mint : cell.mark === 'wait' ? 0x6b6b85 : (KNIGHT_COLOURS[cell.thread % KNIGHT_COLOURS.length] ?? PALETTE.sky);
  const alpha = cell.mark === 'plain' ? 0.45 : 1;
  g.fillStyle(colour, alpha);
  g.fillRect(cell.x, cell.y, cell.width, cell.height);
  if (cell.lost) {
    g.lineStyle(2, PALETTE.coral, 1);
    g.strokeRect(cell.x, cell.y, cell.width, cell.height);
  }
}
