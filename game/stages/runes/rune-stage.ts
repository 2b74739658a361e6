import type { Say } from '../../messages/translator.js';
import Phaser from 'phaser';
import type { RuneSceneData } from '../../../contracts/cast-protocol.js';
import { DEFAULT_RUNE_OPTIONS, layoutRunes, runeTiming, type RuneLayout, type RuneStone } from './rune-layout.js';
import { describeRuneStep } from './rune-words.js';
import type { Rect } from '../shared/stage-geometry.js';
import { paceMs, type StagePace } from '../shared/stage-pace.js';
import { EFFECT_TEXTURES } from '../../art/effect-textures.js';
import { cssColor, PALETTE } from '../../art/palette.js';
import { drawWall, measureStageText, StageBase, stageTextStyle, type StageReplay, type StageSetup } from '../shared/stage-base.js';

/**
 * Draws a runes scene (the bytecode of the kid's own function, from CastResult.scene) on the
 * level's stage: each rune rises as a stone tablet with its name and argument, a rune the
 * interpreter specialised flips over and shows its new name (and what it was, under it), and
 * the runes the checker found glow. All positions and times come from rune-layout.ts; this
 * class only draws and times them.
 */
const PADDING = 18;
const HEADER = 28;
const STONE_FILL = 0x2a2358;
const STONE_EDGE = 0x6a5acd;
const GHOST_EDGE = 0x8f86c9;
/** A rune's name before it lights up (gold) or changes form (mint). */
const RESTING_TITLE = 0xcfc6ff;

export class RuneStage extends StageBase<RuneSceneData> {
  readonly #say: Say;

  constructor(setup: StageSetup, say: Say) {
    super(setup, { top: HEADER, side: PADDING, bottom: PADDING });
    this.#say = say;
  }

  /** Before the first cast: a scroll of runes, gently floating. */
  protected drawIdle(inner: Rect): void {
    this.idleIcon(inner, 'scroll', PALETTE.violet);
  }

  protected drawFrame(g: Phaser.GameObjects.Graphics, area: Rect): void {
    const { x, y, width } = area;
    // a dark slate wall with a carved border: the runes are written on it
    drawWall(g, area, PALETTE.violet, 0.9, 0.16);
    // small carved stars along the top edge
    const stars = Math.max(6, Math.round(width / 60));
    g.fillStyle(PALETTE.gold, 0.75);
    for (let i = 0; i < stars; i += 1) {
      const cx = x + (width / stars) * (i + 0.5);
      g.fillTriangle(cx, y + 9, cx - 4, y + 16, cx + 4, y + 16);
      g.fillTriangle(cx, y + 21, cx - 4, y + 14, cx + 4, y + 14);
    }
  }

  #replay: StageReplay | null = null;

  override replay(): StageReplay | null {
    return this.#replay;
  }

  /** The recipe read stone by stone, in the order the wizard reads it, each with its line of the spell. */
  #replayOf(data: RuneSceneData): StageReplay | null {
    const measure = (text: string, size: number, bold: boolean) => measureStageText(text, size, true, bold);
    const layout = layoutRunes(data, this.inner(), this.#say, { ...runeTiming('still'), measure });
    const stones = layout.stones.filter((stone) => stone.kind === 'rune');
    const drawWith = (current: RuneStone | null) => {
      for (const stone of layout.stones) {
        const group = this.#drawStone(stone, layout, 'still');
        // the stone read at this step stands out; the others wait, dimmed
        if (current) group.setAlpha(stone === current ? 1 : 0.35);
      }
      if (current) {
        const ring = this.scene.add.graphics();
        ring.lineStyle(3, PALETTE.gold, 1);
        ring.strokeRoundedRect(
          current.x - current.width / 2 - 4,
          current.y - current.height / 2 - 4,
          current.width + 8,
          current.height + 8,
          12,
        );
        this.layer.add(ring);
      }
    };
    return this.stillReplay(
      stones,
      drawWith,
      (stone) => data.runes[stone.index]?.line ?? null,
      (stone) => {
        const rune = data.runes[stone.index];
        return rune ? describeRuneStep(rune, stone.index + 1, this.#say) : '';
      },
    );
  }

  protected play(data: RuneSceneData, pace: StagePace): void {
    this.#replay = this.#replayOf(data);
    // sized by the real width of each text in the stage's font, so a long or wide rune (an
    // emoji in a string, a fallback font) never spills onto its neighbour
    const measure = (text: string, size: number, bold: boolean) => measureStageText(text, size, true, bold);
    const layout = layoutRunes(data, this.inner(), this.#say, { ...runeTiming(pace), measure });
    const groups = layout.stones.map((stone) => this.#drawStone(stone, layout, pace));
    if (pace === 'still') return;
    this.wantFrames(layout.durationMs + 400);
    this.after(layout.durationMs + 120, () => {
      // every stone ends at its own size, whatever frames the tweens got
      for (const group of groups) group.setScale(1);
      this.finish();
    });
  }

  #drawStone(stone: RuneStone, layout: RuneLayout, pace: StagePace): Phaser.GameObjects.Container {
    const animate = pace !== 'still';
    const moving = pace === 'moving';
    const scene = this.scene;
    const o = DEFAULT_RUNE_OPTIONS;
    const big = layout.fontSize;
    const small = layout.smallFontSize;
    const w = stone.width;
    const h = stone.height;
    const glow = scene.add
      .image(0, 0, EFFECT_TEXTURES.glow)
      .setTint(PALETTE.gold)
      .setDisplaySize(w * 1.5, h * 2.2)
      .setAlpha(0);
    const slab = scene.add.graphics();
    paintSlab(slab, stone, false);
    const textStyle = (size: number, color: number, bold: boolean) => stageTextStyle(size, color, true, bold);
    // the lines as rune-layout.ts sized the stone: title 1.3 em, then the small line 1.2 em
    const titleY = -h / 2 + 6 + (big * 1.3) / 2;
    const title = scene.add
      .text(0, titleY, stone.title, textStyle(big, stone.kind === 'missing' ? GHOST_EDGE : RESTING_TITLE, true))
      .setOrigin(0.5);
    const argumentY = titleY + (big * 1.3) / 2 + (small * 1.2) / 2;
    const argument = scene.add
      .text(0, argumentY, stone.argument, textStyle(small, stone.kind === 'missing' ? GHOST_EDGE : PALETTE.text, false))
      .setOrigin(0.5);
    const group = scene.add.container(stone.x, stone.y, [glow, slab, title, argument]);
    this.layer.add(group);

    const changed = () => {
      if (!stone.changeTo) return;
      title.setText(stone.changeTo).setColor(cssColor(PALETTE.mint));
      argument.setText(stone.changedArgument ?? stone.argument).setColor(cssColor(PALETTE.sky));
    };
    const lit = () => {
      paintSlab(slab, stone, true);
      if (!stone.changeTo) title.setColor(cssColor(PALETTE.gold));
      glow.setAlpha(0.55);
    };

    if (!animate) {
      changed();
      if (stone.lightAt >= 0) lit();
      return group;
    }
    // 1. the stone rises into its place
    group.setAlpha(0);
    if (moving) group.setY(stone.y + 16);
    this.tween({
      targets: group,
      alpha: stone.kind === 'missing' ? 0.75 : 1,
      y: stone.y,
      duration: paceMs(pace, o.appearMs),
      delay: stone.appearAt,
      ease: moving ? 'Back.easeOut' : 'Linear',
    });
    // 2. a specialised rune flips over and comes back with its new name, in a burst of sparkles
    if (stone.changeAt >= 0) {
      const half = Math.max(1, o.changeMs / 2);
      if (moving) {
        this.tween({ targets: group, scaleX: { from: 1, to: 0 }, duration: half, delay: stone.changeAt, ease: 'Quad.easeIn' });
        this.after(stone.changeAt + half, () => {
          changed();
          this.#sparkle(stone);
        });
        this.tween({ targets: group, scaleX: { from: 0, to: 1 }, duration: half, delay: stone.changeAt + half, ease: 'Quad.easeOut' });
      } else {
        this.after(stone.changeAt, changed);
      }
    }
    // 3. the runes the checker found light up
    if (stone.lightAt >= 0) {
      this.after(stone.lightAt, () => {
        lit();
        if (moving) {
          glow.setAlpha(0);
          this.tween({ targets: glow, alpha: 0.55, duration: o.lightMs });
          const pulse = { from: 1, to: 1.08 };
          this.tween({ targets: group, scaleX: pulse, scaleY: pulse, duration: o.lightMs / 2, yoyo: true, ease: 'Sine.easeInOut' });
        }
      });
    }
    return group;
  }

  #sparkle(stone: RuneStone): void {
    this.sparkle(stone.x, stone.y, 16, 150, 650);
  }
}

/** The stone itself: a tablet with a bevel; a found one gets a gold edge, a ghost a dashed one. */
function paintSlab(g: Phaser.GameObjects.Graphics, stone: RuneStone, lit: boolean): void {
  const { width: w, height: h } = stone;
  g.clear();
  if (stone.kind === 'missing') {
    g.fillStyle(0x000000, 0.25);
    g.fillRoundedRect(-w / 2, -h / 2, w, h, 10);
    g.lineStyle(2, GHOST_EDGE, 0.9);
    const dash = 8;
    for (let x = -w / 2 + 6; x < w / 2 - 6; x += dash * 2) {
      const end = Math.min(x + dash, w / 2 - 6);
      g.lineBetween(x, -h / 2, end, -h / 2);
      g.lineBetween(x, h / 2, end, h / 2);
    }
    for (let y = -h / 2 + 6; y < h / 2 - 6; y += dash * 2) {
      const end = Math.min(y + dash, h / 2 - 6);
      g.lineBetween(-w / 2, y, -w / 2, end);
      g.lineBetween(w / 2, y, w / 2, end);
    }
    return;
  }
  g.fillStyle(0x000000, 0.4);
  g.fillRoundedRect(-w / 2 + 3, -h / 2 + 4, w, h, 10);
  g.fillStyle(lit ? 0x3b2f7a : STONE_FILL, 1);
  g.fillRoundedRect(-w / 2, -h / 2, w, h, 10);
  g.fillStyle(0xffffff, 0.06);
  g.fillRoundedRect(-w / 2 + 3, -h / 2 + 3, w - 6, h / 3, 8);
  g.lineStyle(lit ? 3 : 2, lit ? PALETTE.gold : STONE_EDGE, 1);
  g.strokeRoundedRect(-w / 2, -h / 2, w, h, 10);
}
