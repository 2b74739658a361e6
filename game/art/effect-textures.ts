import type Phaser from 'phaser';

/** Small textures painted in code: a four-point sparkle and a soft round glow. */
export const EFFECT_TEXTURES = { sparkle: 'fx:sparkle', glow: 'fx:glow' } as const;

export function makeEffectTextures(scene: Phaser.Scene): void {
  if (!scene.textures.exists(EFFECT_TEXTURES.sparkle)) {
    const texture = scene.textures.createCanvas(EFFECT_TEXTURES.sparkle, 32, 32);
    if (texture) {
      const ctx = texture.getContext();
      const glow = ctx.createRadialGradient(16, 16, 0, 16, 16, 16);
      glow.addColorStop(0, 'rgba(255, 246, 213, 0.9)');
      glow.addColorStop(0.35, 'rgba(255, 209, 102, 0.35)');
      glow.addColorStop(1, 'rgba(255, 209, 102, 0)');
      ctx.fillStyle = glow;
      ctx.fillRect(0, 0, 32, 32);
      ctx.fillStyle = '#fffbea';
      ctx.beginPath();
      ctx.moveTo(16, 1);
      ctx.quadraticCurveTo(17.5, 14.5, 31, 16);
      ctx.quadraticCurveTo(17.5, 17.5, 16, 31);
      ctx.quadraticCurveTo(14.5, 17.5, 1, 16);
      ctx.quadraticCurveTo(14.5, 14.5, 16, 1);
      ctx.fill();
      texture.refresh();
    }
  }
  if (!scene.textures.exists(EFFECT_TEXTURES.glow)) {
    const texture = scene.textures.createCanvas(EFFECT_TEXTURES.glow, 64, 64);
    if (texture) {
      const ctx = texture.getContext();
      const glow = ctx.createRadialGradient(32, 32, 0, 32, 32, 32);
      glow.addColorStop(0, 'rgba(255, 255, 255, 1)');
      glow.addColorStop(0.4, 'rgba(255, 255, 255, 0.35)');
      glow.addColorStop(1, 'rgba(255, 255, 255, 0)');
      ctx.fillStyle = glow;
      ctx.fillRect(0, 0, 64, 64);
      texture.refresh();
    }
  }
}
