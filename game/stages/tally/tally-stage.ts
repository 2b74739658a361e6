import type { Say } from '../../messages/translator.js';
import Phaser from 'phaser';
import type { TallySceneData } from '../../../contracts/cast-protocol.js';
import type { StagePace } from '../shared/stage-pace.js';
import type { Rect } from '../shared/stage-geometry.js';
import { formatDelta, layoutTally, tallyTiming, type ObjectPlacement, type TagBox } from './tally-layout.js';
import { momentScene, tallyMoments } from './tally-scene.js';
import { describeTallyMoment } from './tally-words.js';
import { EFFECT_TEXTURES } from '../../art/effect-textures.js';
import { iconTextureKey } from '../../art/icons.js';
import { PALETTE } from '../../art/palette.js';
import { drawString, StageBase, stageTextStyle, type StageReplay, type StageSetup } from '../shared/stage-base.js';

/**
 * Draws a tally scene (the kid's own objects from CastResult.scene) on the level's stage:
 * each object pops in, its name tags drop in on strings, its tally counter counts from 0 to
 * the measured delta, and an object that was freed vanishes in sparkles. All positions come
 * from tally-layout.ts; this class only draws and times them (the plumbing is in stage-base.ts).
 */
const TAG_FONT_SIZE = 18;
const PADDING = 18;
const GLOW_ALPHA = 0.6;
/** Height of the curtain valance along the top of the stage. */
const CURTAIN = 26;

export class TallyStage extends StageBase<TallySceneData> {
  readonly #say: Say;

  constructor(setup: StageSetup, say: Say) {
    super(setup, { top: CURTAIN + 6, side: PADDING, bottom: PADDING + 8 });
    this.#say = say;
  }

  /** Before the first cast (or when the spell stopped early): a gently floating crystal ball. */
  protected drawIdle(inner: Rect): void {
    this.idleIcon(inner, 'crystal-ball', PALETTE.violet);
  }

  protected drawFrame(g: Phaser.GameObjects.Graphics, area: Rect): void {
    const { x, y, width, height } = area;
    g.fillStyle(0x0f0b2b, 0.9);
    g.fillRoundedRect(x, y, width, height, 18);
    // the floor: a glowing ellipse the objects stand on
    g.fillStyle(PALETTE.stageGlow, 0.22);
    g.fillEllipse(x + width / 2, y + height - 26, width * 0.9, 44);
    g.fillStyle(PALETTE.stageFloor, 0.9);
    g.fillEllipse(x + width / 2, y + height - 24, width * 0.78, 26);
    // a curtain valance along the top
    const scallops = Math.max(8, Math.round(width / 34));
    const step = width / scallops;
    g.fillStyle(0x4a2377, 1);
    g.fillRoundedRect(x, y, width, CURTAIN - step / 2, { tl: 18, tr: 18, bl: 0, br: 0 });
    for (let i = 0; i < scallops; i += 1) g.fillCircle(x + step * (i + 0.5), y + CURTAIN - step / 2, step / 2);
    g.fillStyle(PALETTE.gold, 0.9);
    for (let i = 0; i < scallops; i += 1) g.fillCircle(x + step * (i + 0.5), y + CURTAIN - 2, 2.5);
    g.lineStyle(2, PALETTE.violet, 0.9);
    g.strokeRoundedRect(x, y, width, height, 18);
  }

  #replay: StageReplay | null = null;

  override replay(): StageReplay | null {
    return this.#replay;
  }

  protected play(data: TallySceneData, pace: StagePace): void {
    this.#replay = this.#replayOf(data);
    const layout = this.#layout(data, pace);
    for (const object of layout.objects) this.#drawObject(object, pace === 'moving');
    if (pace === 'still') return;
    this.after(layout.durationMs + 80, () => this.finish());
  }

  #layout(data: TallySceneData, pace: StagePace) {
    return layoutTally(data, this.inner(), { charWidth: TAG_FONT_SIZE * 0.61, tagHeight: 32, ...tallyTiming(pace) });
  }

  /** Step by step through the moments the checker measured: the +1 while a function holds the hat, each let-go. */
  #replayOf(data: TallySceneData): StageReplay | null {
    const ghosts = data.objects.map((object) => object.weakGhost === true);
    return this.stillReplay(
      tallyMoments(data),
      (moment) => {
        for (const object of this.#layout(moment === null ? data : momentScene(data, moment), 'still').objects)
          this.#drawObject(object, false);
      },
      (moment) => moment.line,
      (moment) => describeTallyMoment(moment, this.#say, ghosts),
    );
  }

  #drawObject(object: ObjectPlacement, animate: boolean): void {
    const scene = this.scene;
    // a warm spotlight behind the object: the emoji colours are dark, the stage is darker
    const glow = scene.add.image(object.x, object.y, EFFECT_TEXTURES.glow).setTint(object.vanished ? PALETTE.violet : PALETTE.moon);
    glow.setDisplaySize(object.size * 2.1, object.size * 2.1).setAlpha(GLOW_ALPHA);
    const shadow = scene.add.ellipse(object.x, object.y + object.size * 0.52, object.size * 0.9, object.size * 0.18, 0x000000, 0.35);
    const sprite = scene.add.image(object.x, object.y, iconTextureKey(object.icon)).setDisplaySize(object.size, object.size);
    const strings = scene.add.graphics();
    this.layer.add([glow, shadow, strings, sprite]);

    const tags = object.tags.map((tag) => this.#drawTag(tag));
    const counter = this.#drawCounter(object);
    if (object.ghost) this.#drawWeakGhost(object, object.ghost);

    const finalSpriteScale = sprite.scaleX;
    if (!animate) {
      for (const tag of object.tags) drawString(strings, tag.string, 1);
      counter.text.setText(object.counter.text);
      if (object.vanished) {
        sprite.setAlpha(0.18);
        glow.setAlpha(0.12);
      }
      return;
    }

    // 1. the object pops in
    sprite.setScale(0);
    this.tween({ targets: sprite, scale: finalSpriteScale, duration: 380, delay: object.startMs, ease: 'Back.easeOut' });
    glow.setAlpha(0);
    this.tween({ targets: glow, alpha: GLOW_ALPHA, duration: 500, delay: object.startMs });
    // 2. the tags drop in on their strings, one after another
    tags.forEach((tag, index) => {
      const appear = object.startMs + 180 + index * 90;
      tag.setAlpha(0).setY(tag.y - 14);
      this.tween({ targets: tag, alpha: 1, y: tag.y + 14, duration: 320, delay: appear, ease: 'Quad.easeOut' });
      const box = object.tags[index]!;
      const progress = { t: 0 };
      this.tween({
        targets: progress,
        t: 1,
        duration: 320,
        delay: appear,
        onUpdate: () => {
          strings.clear();
          object.tags.forEach((other, otherIndex) => {
            if (otherIndex < index) drawString(strings, other.string, 1);
          });
          drawString(strings, box.string, progress.t);
        },
      });
    });
    // 3. the counter counts, step by step, to the measured delta
    counter.text.setText('0');
    counter.group.setScale(0);
    this.tween({ targets: counter.group, scale: 1, duration: 260, delay: object.startMs, ease: 'Back.easeOut' });
    const stepMs = object.counter.steps.length > 0 ? (object.countEndMs - object.startMs) / object.counter.steps.length : 0;
    object.counter.steps.forEach((value, index) => {
      this.after(object.startMs + (index + 1) * stepMs, () => {
        counter.text.setText(formatDelta(value));
        counter.group.setScale(1.25);
        this.tween({ targets: counter.group, scale: 1, duration: Math.min(260, stepMs * 0.8), ease: 'Quad.easeOut' });
      });
    });
    // 4. a freed object vanishes in sparkles, and a little ghost floats away
    if (object.vanished) {
      this.after(object.countEndMs, () => {
        this.sparkle(object.x, object.y, 26, 180, 800, 0.8);
        this.tween({ targets: sprite, alpha: 0.18, scale: finalSpriteScale * 1.25, angle: 14, duration: 700, ease: 'Quad.easeIn' });
        this.tween({ targets: glow, alpha: 0.12, duration: 700 });
        const ghost = scene.add
          .image(object.x, object.y, iconTextureKey('ghost'))
          .setDisplaySize(object.size * 0.5, object.size * 0.5)
          .setAlpha(0);
        this.layer.add(ghost);
        this.tween({ targets: ghost, alpha: { from: 0.9, to: 0 }, y: object.y - object.size, duration: 850, ease: 'Sine.easeOut' });
      });
    }
  }

  /** The story's weak reference: a ghost looking at the object along a dotted line (dotted: it does not hold). */
  #drawWeakGhost(object: ObjectPlacement, ghost: { x: number; y: number; size: number }): void {
    const line = this.scene.add.graphics();
    line.fillStyle(PALETTE.text, 0.7);
    const dots = 6;
    const fromX = ghost.x + ghost.size * 0.45;
    const toX = object.x - object.size * 0.45;
    for (let i = 0; i <= dots; i += 1) {
      const t = i / dots;
      line.fillCircle(fromX + (toX - fromX) * t, ghost.y + (object.y - ghost.y) * t, 2);
    }
    const sprite = this.scene.add.image(ghost.x, ghost.y, iconTextureKey('ghost')).setDisplaySize(ghost.size, ghost.size).setAlpha(0.85);
    this.layer.add([line, sprite]);
  }

  #drawTag(tag: TagBox): Phaser.GameObjects.Container {
    const scene = this.scene;
    const fill =
      tag.kind === 'holder'
        ? PALETTE.tagHolder
        : tag.kind === 'local'
          ? PALETTE.mint
          : tag.kind === 'container'
            ? PALETTE.tagContainer
            : PALETTE.violet;
    const background = scene.add.graphics();
    background.fillStyle(fill, 1);
    background.fillRoundedRect(-tag.width / 2, -tag.height / 2, tag.width, tag.height, tag.kind === 'container' ? 4 : 10);
    background.lineStyle(2, tag.kind === 'more' ? PALETTE.text : 0x3a2a7a, 0.9);
    background.strokeRoundedRect(-tag.width / 2, -tag.height / 2, tag.width, tag.height, tag.kind === 'container' ? 4 : 10);
    // the hole the string goes through
    background.fillStyle(0x1b1442, 1);
    background.fillCircle(0, -tag.height / 2 + 5, 2.5);
    const text = scene.add
      .text(0, 2, tag.text, stageTextStyle(TAG_FONT_SIZE, tag.kind === 'more' ? PALETTE.text : 0x1b1442, true, true))
      .setOrigin(0.5);
    const group = scene.add.container(tag.x, tag.y, [background, text]);
    this.layer.add(group);
    return group;
  }

  #drawCounter(object: ObjectPlacement): { group: Phaser.GameObjects.Container; text: Phaser.GameObjects.Text } {
    const scene = this.scene;
    const delta = object.counter.delta;
    const fill = delta > 0 ? PALETTE.gold : delta < 0 ? PALETTE.coral : PALETTE.violet;
    const radius = Math.max(20, Math.min(30, object.size * 0.26));
    const badge = scene.add.graphics();
    badge.fillStyle(0x000000, 0.35);
    badge.fillCircle(2, 3, radius);
    badge.fillStyle(fill, 1);
    badge.fillCircle(0, 0, radius);
    badge.lineStyle(3, 0xffffff, 0.9);
    badge.strokeCircle(0, 0, radius);
    const text = scene.add
      .text(0, 1, object.counter.text, stageTextStyle(Math.round(radius * 0.95), delta === 0 ? 0xffffff : 0x1b1442, false, true))
      .setOrigin(0.5);
    const group = scene.add.container(object.counter.x, object.counter.y, [badge, text]);
    this.layer.add(group);
    return { group, text };
  }
}
