import { describe, expect, it } from 'vitest';
import { chooseRenderer } from './renderer-choice.js';

const hardware = {
  available: true,
  withoutPerformanceCaveat: true,
  rendererName: 'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
};

describe('the renderer the game draws with', () => {
  it('is WebGL on a graphics card', () => {
    expect(chooseRenderer(hardware).renderer).toBe('webgl');
    expect(chooseRenderer({ ...hardware, rendererName: null }).renderer).toBe('webgl');
  });

  it('is the canvas where WebGL runs on the processor, as on school laptops without a usable graphics card', () => {
    expect(
      chooseRenderer({
        ...hardware,
        rendererName: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      }),
    ).toEqual({
      renderer: 'canvas',
      reason: expect.stringContaining('SwiftShader'),
    });
    expect(chooseRenderer({ ...hardware, rendererName: 'llvmpipe (LLVM 15.0.6, 256 bits)' }).renderer).toBe('canvas');
    expect(chooseRenderer({ ...hardware, rendererName: 'Microsoft Basic Render Driver' }).renderer).toBe('canvas');
    expect(chooseRenderer({ ...hardware, withoutPerformanceCaveat: false }).renderer).toBe('canvas');
    expect(chooseRenderer({ available: false, withoutPerformanceCaveat: false, rendererName: null }).renderer).toBe('canvas');
  });

  it('follows ?renderer= in the address, and ignores other words there', () => {
    expect(chooseRenderer(hardware, 'canvas').renderer).toBe('canvas');
    expect(chooseRenderer({ ...hardware, withoutPerformanceCaveat: false }, 'webgl').renderer).toBe('webgl');
    expect(chooseRenderer(hardware, 'magic').renderer).toBe('webgl');
  });
});
