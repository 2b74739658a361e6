import type { Say } from '../../messages/translator.js';
import Phaser from 'phaser';
import type { GhostsSceneData } from '../../../contracts/cast-protocol.js';
import { ghostMomentScene } from './ghost-graph.js';
import {
  cubicPoint,
  ghostTiming,
  layoutGhosts,
  type ArrowCurve,
  type GhostLayout,
  type HoldArrow,
  type SpiritPlacement,
} from './ghost-layout.js';
import { ghostMoments } from './ghost-scene.js';
import type { GhostTag } from './ghost-tags.js';
import { catalogueHoldText, describeGhostMoment } from './ghost-words.js';
import type { Rect } from '../shared/stage-geometry.js';
import type { StagePace } from '../shared/stage-pace.js';
import { EFFECT_TEXTURES } from '../../art/effect-textures.js';
import { iconTextureKey } from '../../art/icons.js';
import { cssColor, PALETTE } from '../../art/palette.js';
import { drawString, StageBase, stageTextStyle, type StageReplay, type StageSetup } from '../shared/stage-base.js';

/**
 * Draws a ghosts scene (the Ghost Collector chapter, from CastResult.scene) on the level's stage:
 * the spirits float in with the names that held them hanging underneath and arrows for the
 * spirits that held each other; a circle (cycle) glows coral with its badge; a hold the spell
 * broke is cut with scissors. Then what was measured replays in its order: a freed spirit leaves
 * at once in sparkles (its tally reached 0), and on each of its visits the Ghost Collector flies
 * across and takes only the spirits that visit swept. Last, each spirit gets a badge saying how it
 * ended. All positions and times come from ghost-layout.ts; this class only draws and times them.
 */
const PADDING = 18;
const TOP = 14;
const TAG_FONT_SIZE = 16;
const COLLECTOR_ICON = 'ghost';
const CYCLE_ICON = 'counterclockwise-arrows-button';
const CUT_ICON = 'scissors';
const BROOM_ICON = 'broom';
const SPIRIT_BODY = 0xeafff7;
const SPIRIT_BODY_IN_CYCLE = 0xffe6e1;
const ARROW_COLOUR = PALETTE.sky;
const CYCLE_COLOUR = PALETTE.coral;
const CUT_COLOUR = 0x9a93c9;

interface DrawnSpirit {
  placement: SpiritPlacement;
  /** Its name and the tags and strings of its holders: they dim when it leaves. */
  parts: Phaser.GameObjects.GameObject[];
  sprite: Phaser.GameObjects.Container;
  glow: Phaser.GameObjects.Image;
  /** A dashed ring where it was, shown once it has left. */
  ring: Phaser.GameObjects.Graphics;
}

export class GhostStage extends StageBase<GhostsSceneData> {
  readonly #word: Say;

  /** @param word the catalogue (formatMessage): every word on the stage comes from it */
  constructor(setup: StageSetup, word: Say) {
    super(setup, { top: TOP + PADDING, side: PADDING, bottom: PADDING });
    this.#word = word;
  }

  /** Before the first cast (or when the spell stopped early): the Ghost Collector floats, waiting. */
  protected drawIdle(inner: Rect): void {
    this.idleIcon(inner, COLLECTOR_ICON, PALETTE.mint, { glowAlpha: 0.35, float: 10, floatMs: 2000 });
  }

  protected drawFrame(g: Phaser.GameObjects.Graphics, area: Rect): void {
    const { x, y, width, height } = area;
    g.fillStyle(0x0c0a26, 0.92);
    g.fillRoundedRect(x, y, width, height, 18);
    // a misty night: soft bands of fog along the bottom and a pale moon in a corner
    g.fillStyle(PALETTE.stageGlow, 0.16);
    g.fillEllipse(x + width * 0.3, y + height - 20, width * 0.7, 46);
    g.fillEllipse(x + width * 0.72, y + height - 30, width * 0.6, 40);
    g.fillStyle(PALETTE.moon, 0.85);
    g.fillCircle(x + width - 38, y + 34, 14);
    g.fillStyle(0x0c0a26, 0.92);
    g.fillCircle(x + width - 32, y + 30, 12);
    g.lineStyle(2, PALETTE.violet, 0.9);
    g.strokeRoundedRect(x, y, width, height, 18);
  }

  #replay: StageReplay | null = null;

  override replay(): StageReplay | null {
    return this.#replay;
  }

  protected play(data: GhostsSceneData, pace: StagePace): void {
    this.#replay = this.#replayOf(data);
    this.#draw(data, pace);
  }

  /** Step by step through the moments the watch measured: each link made, each spirit leaving on its line. */
  #replayOf(data: GhostsSceneData): StageReplay | null {
    const moments = ghostMoments(data);
    return this.stillReplay(
      moments,
      (moment) => this.#draw(moment === null ? data : ghostMomentScene(data, moment), 'still'),
      (moment) => moment.line,
      (moment, index) => describeGhostMoment(data, moment, moments[index - 1] ?? null, this.#word, catalogueHoldText(this.#word)),
    );
  }

  #draw(data: GhostsSceneData, pace: StagePace): void {
    const animate = pace !== 'still';
    const moving = pace === 'moving';
    const options = { charWidth: TAG_FONT_SIZE * 0.61, tagHeight: 28, ...ghostTiming(pace) };
    const layout = layoutGhosts(data, this.inner(), options, catalogueHoldText(this.#word));
    const drawn = new Map<string, DrawnSpirit>();
    const arrowGraphics = this.scene.add.graphics();
    this.layer.add(arrowGraphics);
    for (const spirit of layout.spirits) drawn.set(spirit.label, this.#drawSpirit(spirit, animate, moving));
    this.#drawCycles(layout, animate);
    this.#drawArrows(layout, arrowGraphics, drawn, animate);
    for (const pass of layout.passes) this.#drawPass(layout, pass, drawn, animate, moving);
    for (const spirit of layout.spirits) {
      if (spirit.leaveAt === null) continue;
      const shown = drawn.get(spirit.label)!;
      if (!animate) {
        this.#gone(shown);
      } else if (spirit.end === 'freed') {
        this.after(spirit.leaveAt, () => this.#leaveFreed(shown, moving));
      }
      // swept spirits leave with the Ghost Collector's pass (#drawPass)
    }
    this.after(animate ? layout.badgesAt : 0, () => {
      for (const spirit of layout.spirits) this.#drawBadge(spirit, animate);
    });
    if (!animate) return;
    this.after(layout.durationMs + 80, () => this.finish());
  }

  #drawSpirit(spirit: SpiritPlacement, animate: boolean, moving: boolean): DrawnSpirit {
    const scene = this.scene;
    const glow = scene.add.image(spirit.x, spirit.y, EFFECT_TEXTURES.glow).setTint(spirit.inCycle ? CYCLE_COLOUR : PALETTE.mint);
    glow.setDisplaySize(spirit.size * 2.1, spirit.size * 2.1).setAlpha(0.45);
    const body = scene.add.graphics();
    drawWisp(body, spirit.size, spirit.inCycle ? SPIRIT_BODY_IN_CYCLE : SPIRIT_BODY, spirit.inCycle ? CYCLE_COLOUR : PALETTE.mint);
    const sprite = scene.add.container(spirit.x, spirit.y, [body]);
    const ring = scene.add.graphics();
    drawDashedRing(ring, spirit.x, spirit.y, spirit.size * 0.42);
    ring.setAlpha(0);
    const name = scene.add
      .text(spirit.x, spirit.labelY, spirit.label, {
        ...stageTextStyle(15, PALETTE.text, true, true),
        backgroundColor: '#1b1442',
        padding: { x: 6, y: 1 },
      })
      .setOrigin(0.5);
    const strings = scene.add.graphics();
    this.layer.add([glow, ring, strings, sprite, name]);
    const tags = spirit.tags.map((tag) => this.#drawTag(tag));
    for (const tag of spirit.tags) drawString(strings, tag.string);
    const parts: Phaser.GameObjects.GameObject[] = [name, strings, ...tags];
    if (animate) {
      const appear = spirit.appearAt;
      for (const part of [glow, name, strings, ...tags]) (part as unknown as Phaser.GameObjects.Components.Alpha).setAlpha(0);
      this.tween({ targets: glow, alpha: 0.45, duration: 500, delay: appear });
      this.tween({ targets: [name, strings, ...tags], alpha: 1, duration: 320, delay: appear + 200 });
      if (moving) {
        sprite.setScale(0);
        this.tween({ targets: sprite, scale: 1, duration: 380, delay: appear, ease: 'Back.easeOut' });
        // spirits bob gently while they are here
        this.tween({
          targets: sprite,
          y: spirit.y - 5,
          duration: 1400,
          delay: appear + 400,
          yoyo: true,
          repeat: -1,
          ease: 'Sine.easeInOut',
        });
      } else {
        sprite.setAlpha(0);
        this.tween({ targets: sprite, alpha: 1, duration: 200, delay: appear });
      }
    }
    return { placement: spirit, parts, sprite, glow, ring };
  }

  #drawTag(tag: GhostTag): Phaser.GameObjects.Container {
    const scene = this.scene;
    const fill =
      tag.kind === 'name'
        ? PALETTE.tagHolder
        : tag.kind === 'item' || tag.kind === 'local-item'
          ? PALETTE.tagContainer
          : tag.kind === 'more'
            ? PALETTE.violet
            : 0xd9ccff;
    const background = scene.add.graphics();
    background.fillStyle(fill, 1);
    background.fillRoundedRect(-tag.width / 2, -tag.height / 2, tag.width, tag.height, tag.kind === 'name' ? 10 : 4);
    background.lineStyle(2, 0x3a2a7a, 0.9);
    background.strokeRoundedRect(-tag.width / 2, -tag.height / 2, tag.width, tag.height, tag.kind === 'name' ? 10 : 4);
    const text = scene.add
      .text(0, 1, tag.text, stageTextStyle(TAG_FONT_SIZE, tag.kind === 'more' ? PALETTE.text : 0x1b1442, true, true))
      .setOrigin(0.5);
    const group = scene.add.container(tag.x, tag.y, [background, text]);
    this.layer.add(group);
    return group;
  }

  #drawCycles(layout: GhostLayout, animate: boolean): void {
    const size = Math.max(26, (layout.spirits[0]?.size ?? 60) * 0.42);
    for (const cycle of layout.cycles) {
      const badge = this.scene.add.image(cycle.x, cycle.y, iconTextureKey(CYCLE_ICON)).setDisplaySize(size, size);
      this.layer.add(badge);
      const members = layout.spirits.filter((spirit) => cycle.labels.includes(spirit.label));
      const leaves = members.map((spirit) => spirit.leaveAt).filter((at): at is number => at !== null);
      // the circle is over once its first member has left
      const over = leaves.length > 0 ? Math.min(...leaves) : null;
      if (!animate) {
        badge.setAlpha(over === null ? 1 : 0.15);
        continue;
      }
      badge.setAlpha(0);
      const appear = Math.max(...members.map((spirit) => spirit.appearAt)) + 500;
      this.tween({ targets: badge, alpha: 1, duration: 300, delay: appear });
      if (!this.reducedMotion) this.tween({ targets: badge, angle: -360, duration: 3200, delay: appear, repeat: -1 });
      if (over !== null) this.tween({ targets: badge, alpha: 0.15, duration: 400, delay: over });
    }
  }

  #drawArrows(layout: GhostLayout, g: Phaser.GameObjects.Graphics, drawn: Map<string, DrawnSpirit>, animate: boolean): void {
    // arrows are redrawn as a whole whenever one changes: fading a spirit fades its arrows
    const state = layout.arrows.map((arrow) => ({ arrow, alpha: animate ? 0 : 1, cut: !animate && arrow.cut }));
    const redraw = () => {
      g.clear();
      for (const { arrow, alpha, cut } of state) drawArrow(g, arrow, alpha, cut);
    };
    const labels: Phaser.GameObjects.Text[] = [];
    for (const entry of state) {
      const { arrow } = entry;
      const label = this.scene.add
        .text(arrow.midX, arrow.midY, `.${arrow.via}`, {
          ...stageTextStyle(14, arrow.cut ? CUT_COLOUR : arrow.inCycle ? CYCLE_COLOUR : ARROW_COLOUR, true),
          backgroundColor: '#0c0a26',
          padding: { x: 3, y: 0 },
        })
        .setOrigin(0.5)
        .setAlpha(animate ? 0 : arrow.cut ? 0.5 : 1)
        .setVisible(arrow.labelled);
      labels.push(label);
      this.layer.add(label);
      const from = drawn.get(arrow.from)!.placement;
      const to = drawn.get(arrow.to)!.placement;
      const leaves = [from.leaveAt, to.leaveAt].filter((at): at is number => at !== null);
      const gone = leaves.length > 0 ? Math.min(...leaves) : null;
      if (!animate) {
        if (gone !== null) {
          entry.alpha = 0.12;
          label.setAlpha(0.12);
        }
        continue;
      }
      const appear = Math.max(from.appearAt, to.appearAt) + 350;
      const progress = { t: 0 };
      this.tween({
        targets: progress,
        t: 1,
        duration: 380,
        delay: appear,
        onUpdate: () => {
          entry.alpha = progress.t;
          redraw();
        },
      });
      this.tween({ targets: label, alpha: 1, duration: 300, delay: appear + 200 });
      if (arrow.cut) {
        this.after(layout.cutAt, () => {
          entry.cut = true;
          entry.alpha = 0.6;
          redraw();
          label.setAlpha(0.5);
          const scissors = this.scene.add.image(arrow.midX, arrow.midY - 22, iconTextureKey(CUT_ICON)).setDisplaySize(30, 30);
          this.layer.add(scissors);
          if (!this.reducedMotion) this.tween({ targets: scissors, angle: { from: -25, to: 15 }, duration: 220, yoyo: true, repeat: 1 });
        });
      }
      if (gone !== null) {
        this.after(gone, () => {
          const fade = { a: entry.alpha };
          this.tween({
            targets: fade,
            a: 0.12,
            duration: 400,
            onUpdate: () => {
              entry.alpha = fade.a;
              redraw();
            },
          });
          this.tween({ targets: label, alpha: 0.12, duration: 400 });
        });
      }
    }
    redraw();
  }

  #drawPass(
    layout: GhostLayout,
    pass: GhostLayout['passes'][number],
    drawn: Map<string, DrawnSpirit>,
    animate: boolean,
    moving: boolean,
  ): void {
    if (!animate) return; // afterwards only the badges tell who was swept
    const size = layout.collectorSize;
    const ghost = this.scene.add.image(pass.fromX, pass.y, iconTextureKey(COLLECTOR_ICON)).setDisplaySize(size, size).setAlpha(0);
    const caption = this.scene.add
      .text(pass.fromX, pass.y + size * 0.62, this.#word('level.ghost-collector'), stageTextStyle(15, PALETTE.mint, false, true))
      .setOrigin(0.5)
      .setAlpha(0);
    // the broom trails behind him: he sweeps
    const broom = this.scene.add
      .image(pass.fromX - size * 0.55, pass.y + size * 0.2, iconTextureKey(BROOM_ICON))
      .setDisplaySize(size * 0.7, size * 0.7)
      .setAngle(-30)
      .setAlpha(0);
    this.layer.add([broom, ghost, caption]);
    const duration = pass.endAt - pass.startAt;
    const flying = [ghost, caption, broom];
    this.after(pass.startAt, () => {
      for (const each of flying) each.setAlpha(1);
    });
    if (!moving) {
      // less motion: he does not fly across, he shows up above the ones he takes, briefly
      const middle = (pass.fromX + pass.toX) / 2;
      ghost.setX(middle);
      caption.setX(middle);
      broom.setX(middle - size * 0.55);
    } else {
      this.tween({ targets: ghost, x: pass.toX, duration, delay: pass.startAt, ease: 'Linear' });
      this.tween({ targets: caption, x: pass.toX, duration, delay: pass.startAt, ease: 'Linear' });
      this.tween({ targets: broom, x: pass.toX - size * 0.55, duration, delay: pass.startAt, ease: 'Linear' });
      this.tween({
        targets: ghost,
        y: pass.y - 12,
        duration: duration / 4,
        delay: pass.startAt,
        yoyo: true,
        repeat: 1,
        ease: 'Sine.easeInOut',
      });
      this.tween({
        targets: broom,
        angle: -10,
        duration: duration / 6,
        delay: pass.startAt,
        yoyo: true,
        repeat: 2,
        ease: 'Sine.easeInOut',
      });
    }
    this.after(pass.endAt, () => {
      for (const each of flying) each.setAlpha(0);
    });
    for (const label of pass.labels) {
      const shown = drawn.get(label);
      if (!shown || shown.placement.leaveAt === null) continue;
      this.after(shown.placement.leaveAt, () => this.#leaveSwept(shown, pass.toX, moving));
    }
  }

  /** Freed: the tally reached 0, so the spirit leaves at once, in sparkles. */
  #leaveFreed(shown: DrawnSpirit, moving: boolean): void {
    const { placement } = shown;
    if (moving) {
      this.sparkle(placement.x, placement.y, 22, 170, 700);
      this.scene.tweens.killTweensOf(shown.sprite);
      this.tween({ targets: shown.sprite, y: placement.y - placement.size * 0.6, scale: 1.2, duration: 650, ease: 'Quad.easeIn' });
    }
    this.#fade(shown, moving ? 650 : 200);
  }

  /** Swept: the Ghost Collector pulls the spirit along as it passes. */
  #leaveSwept(shown: DrawnSpirit, toX: number, moving: boolean): void {
    if (moving) {
      this.scene.tweens.killTweensOf(shown.sprite);
      this.tween({
        targets: shown.sprite,
        x: shown.placement.x + (toX - shown.placement.x) * 0.3,
        angle: 50,
        scale: 0.3,
        duration: 600,
        ease: 'Quad.easeIn',
      });
    }
    this.#fade(shown, moving ? 600 : 200);
  }

  #fade(shown: DrawnSpirit, duration: number): void {
    this.tween({ targets: shown.sprite, alpha: 0, duration });
    this.tween({ targets: shown.glow, alpha: 0, duration });
    this.tween({ targets: shown.ring, alpha: 0.7, duration, delay: duration / 2 });
    this.tween({ targets: shown.parts, alpha: 0.3, duration });
  }

  #gone(shown: DrawnSpirit): void {
    shown.sprite.setAlpha(0);
    shown.glow.setAlpha(0);
    shown.ring.setAlpha(0.7);
    for (const part of shown.parts) (part as unknown as Phaser.GameObjects.Components.Alpha).setAlpha(0.3);
  }

  #drawBadge(spirit: SpiritPlacement, animate: boolean): void {
    const key =
      spirit.end === 'freed' ? 'level.ghost-badge-freed' : spirit.end === 'swept' ? 'level.ghost-badge-swept' : 'level.ghost-badge-alive';
    const fill = spirit.end === 'freed' ? PALETTE.mint : spirit.end === 'swept' ? PALETTE.violet : PALETTE.gold;
    const text = this.scene.add
      .text(spirit.badgeX, spirit.badgeY, this.#word(key), {
        ...stageTextStyle(15, spirit.end === 'swept' ? 0xffffff : 0x1b1442, false, true),
        backgroundColor: cssColor(fill),
        padding: { x: 8, y: 3 },
      })
      .setOrigin(0.5);
    this.layer.add(text);
    if (animate && !this.reducedMotion) {
      text.setScale(0);
      this.tween({ targets: text, scale: 1, duration: 300, ease: 'Back.easeOut' });
    }
  }
}

function drawArrow(g: Phaser.GameObjects.Graphics, arrow: HoldArrow, alpha: number, cut: boolean): void {
  if (alpha <= 0) return;
  const colour = cut ? CUT_COLOUR : arrow.inCycle ? CYCLE_COLOUR : ARROW_COLOUR;
  const width = arrow.inCycle && !cut ? 4 : 3;
  g.lineStyle(width, colour, alpha);
  const segments = 28;
  const points = Array.from({ length: segments + 1 }, (_, i) => cubicPoint(arrow.curve, i / segments));
  if (cut) {
    // a broken hold: dashes
    for (let i = 0; i < segments; i += 2) g.lineBetween(points[i]!.x, points[i]!.y, points[i + 1]!.x, points[i + 1]!.y);
  } else {
    g.beginPath();
    g.moveTo(points[0]!.x, points[0]!.y);
    for (const point of points.slice(1)) g.lineTo(point.x, point.y);
    g.strokePath();
  }
  drawHead(g, arrow.curve, colour, alpha);
}

function drawHead(g: Phaser.GameObjects.Graphics, curve: ArrowCurve, colour: number, alpha: number): void {
  const before = cubicPoint(curve, 0.9);
  const angle = Math.atan2(curve.y2 - before.y, curve.x2 - before.x);
  const length = 13;
  g.fillStyle(colour, alpha);
  g.fillTriangle(
    curve.x2,
    curve.y2,
    curve.x2 - length * Math.cos(angle - 0.45),
    curve.y2 - length * Math.sin(angle - 0.45),
    curve.x2 - length * Math.cos(angle + 0.45),
    curve.y2 - length * Math.sin(angle + 0.45),
  );
}

/**
 * A spirit: a pale will-o'-the-wisp (a round body with a flame tip) with two eyes and a smile,
 * drawn around (0, 0) at `size`.
 */
function drawWisp(g: Phaser.GameObjects.Graphics, size: number, body: number, edge: number): void {
  const r = size * 0.34;
  const cy = size * 0.1;
  g.fillStyle(body, 1);
  g.fillTriangle(-r * 0.86, cy - r * 0.45, r * 0.86, cy - r * 0.45, r * 0.35, cy - r * 1.75);
  g.fillCircle(0, cy, r);
  g.lineStyle(2, edge, 0.9);
  g.strokeCircle(0, cy, r);
  g.fillStyle(0xffffff, 0.7);
  g.fillCircle(-r * 0.42, cy - r * 0.42, r * 0.16);
  g.fillStyle(0x1b1442, 1);
  g.fillEllipse(-r * 0.33, cy - r * 0.02, r * 0.22, r * 0.34);
  g.fillEllipse(r * 0.33, cy - r * 0.02, r * 0.22, r * 0.34);
  g.fillStyle(0xff9eb5, 0.55);
  g.fillCircle(-r * 0.6, cy + r * 0.3, r * 0.13);
  g.fillCircle(r * 0.6, cy + r * 0.3, r * 0.13);
  g.lineStyle(2, 0x1b1442, 1);
  g.beginPath();
  g.arc(0, cy + r * 0.28, r * 0.2, 0.15 * Math.PI, 0.85 * Math.PI);
  g.strokePath();
}

/** Where a spirit was, once it has left: a dashed ring. */
function drawDashedRing(g: Phaser.GameObjects.Graphics, x: number, y: number, radius: number): void {
  g.lineStyle(2, PALETTE.string, 0.9);
  const dashes = 14;
  for (let i = 0; i < dashes; i += 1) {
    const start = (i / dashes) * Math.PI * 2;
    const end = start + (Math.PI * 2) / dashes / 2;
    g.beginPath();
    g.arc(x, y, radius, start, end);
    g.strokePath();
  }
}
