import Phaser from 'phaser';
import { KioskController } from '../ui/kiosk-controller.js';
import { ChapterScene } from './chapter-scene.js';
import { LabScene } from './lab-scene.js';
import { LevelScene } from './level-scene.js';
import { LoadingScene } from './loading-scene.js';
import { MapScene } from './map-scene.js';
import { ProfileScene } from './profile-scene.js';
import { SCENE_KEYS } from './scene-keys.js';
import type { GameServices } from './services.js';
import { chooseRenderer, probeWebgl } from './renderer-choice.js';
import { SkyScene } from './sky-scene.js';
import { TeacherScene } from './teacher-scene.js';
import { TitleScene } from './title-scene.js';

/**
 * Starts Phaser in `parent`, filling the window. The canvas only draws (it is aria-hidden and
 * takes no input: every control is in the DOM overlay), so Phaser's keyboard and pointer
 * handling are off and can never swallow a key the editor or a button needs.
 * Loaded as its own chunk, so the loading screen shows before Phaser's ~1 MB is parsed.
 * Kiosk mode (see ui/kiosk-controller.ts) is learnt here too and told about every scene change.
 */
export function startGame(parent: HTMLElement, services: GameServices, onAssetProgress: (fraction: number) => void): Phaser.Game {
  const kiosk = new KioskController(services);
  const choice = chooseRenderer(probeWebgl(), new URLSearchParams(location.search).get('renderer'));
  // for the tests and the bench, and for a teacher's bug report
  document.body.dataset['renderer'] = choice.renderer;
  console.info(`pyland: drawing with ${choice.renderer} (${choice.reason})`);
  const game = new Phaser.Game({
    // see renderer-choice.ts: software WebGL draws a stage at a third of the canvas renderer's speed
    type: choice.renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent,
    backgroundColor: '#070616',
    banner: false,
    disableContextMenu: true,
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    audio: { noAudio: true },
    fps: { target: 60 },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: { antialias: true },
    scene: [
      new SkyScene(() => services.reducedMotion),
      new LoadingScene(services, onAssetProgress),
      new TitleScene(services, kiosk),
      new ProfileScene(services, kiosk),
      new MapScene(services, kiosk),
      new ChapterScene(services),
      new LevelScene(services),
      new LabScene(services, kiosk),
      new TeacherScene(services),
    ],
  });
  game.events.once(Phaser.Core.Events.READY, () => {
    services.pacer.attach(game.loop);
    kiosk.attach({
      goTo: (key, data) => {
        // the screen scene showing now hands over (the sky runs under all of them)
        const current = game.scene.getScenes(true).find((scene) => scene.scene.key !== SCENE_KEYS.sky);
        if (current) current.scene.start(key, data);
        else game.scene.start(key, data);
      },
    });
    for (const scene of game.scene.getScenes(false)) {
      scene.events.on(Phaser.Scenes.Events.CREATE, () => kiosk.sceneCreated(scene.scene.key));
    }
  });
  // the scale manager notices a new window size inside the loop: wake it to redraw
  window.addEventListener('resize', () => services.pacer.keepAwake(800));
  return game;
}
