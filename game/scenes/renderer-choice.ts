/**
 * Which of Phaser's renderers draws the game on this computer.
 *
 * On a computer without a usable graphics card (many school laptops, virtual machines, the
 * test browsers) Chromium runs WebGL in software (SwiftShader), and every WebGL frame of the
 * full window costs about 50 ms: a stage animated at 20 frames a second at 1280×800 (measured:
 * median frame 50 ms, p95 100 ms, 94% of the main thread inside the GL calls). Chromium's 2D
 * canvas rasterises the same scene in software far faster: the same stage at 60 frames a second
 * (median and p95 16.7 ms), and it looks the same. So WebGL is used where the browser says it is
 * backed by hardware, and Phaser's canvas renderer everywhere else.
 *
 * `?renderer=webgl` or `?renderer=canvas` in the address picks one by hand (tests, a teacher
 * whose graphics card is fine but whose driver is listed as software).
 */
export type RendererName = 'webgl' | 'canvas';

/** What a throw-away WebGL context says about the graphics behind it. */
export interface WebglProbe {
  /** A WebGL context could be made at all. */
  available: boolean;
  /** A context could be made with `failIfMajorPerformanceCaveat` (no software fallback). */
  withoutPerformanceCaveat: boolean;
  /** The unmasked renderer string (WEBGL_debug_renderer_info), when the browser tells it. */
  rendererName: string | null;
}

export interface RendererChoice {
  renderer: RendererName;
  /** Why, in a few words (logged for a teacher's bug report, shown to no kid). */
  reason: string;
}

/** Renderer strings of WebGL implemented on the processor. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export function chooseRenderer(probe: WebglProbe, override: string | null = null): RendererChoice {
  if (override === 'webgl' || override === 'canvas') return { renderer: override, reason: 'chosen in the address' };
  if (!probe.available) return { renderer: 'canvas', reason: 'no WebGL' };
  if (!probe.withoutPerformanceCaveat) return { renderer: 'canvas', reason: 'WebGL only in software (performance caveat)' };
  if (probe.rendererName !== null && SOFTWARE_RENDERERS.test(probe.rendererName)) {
    return { renderer: 'canvas', reason: `WebGL in software (${probe.rendererName})` };
  }
  return { renderer: 'webgl', reason: probe.rendererName === null ? 'WebGL on a graphics card' : `WebGL on ${probe.rendererName}` };
}

/** Asks the browser, with contexts that are released at once. */
export function probeWebgl(doc: Document = document): WebglProbe {
  const context = (options?: WebGLContextAttributes): WebGLRenderingContext | null => {
    try {
      return doc.createElement('canvas').getContext('webgl', options) as WebGLRenderingContext | null;
    } catch {
      return null;
    }
  };
  const plain = context();
  if (plain === null) return { available: false, withoutPerformanceCaveat: false, rendererName: null };
  const info = plain.getExtension('WEBGL_debug_renderer_info');
  const rendererName = info === null ? null : String(plain.getParameter(info.UNMASKED_RENDERER_WEBGL));
  const strict = context({ failIfMajorPerformanceCaveat: true });
  const result = { available: true, withoutPerformanceCaveat: strict !== null, rendererName };
  for (const gl of [plain, strict]) gl?.getExtension('WEBGL_lose_context')?.loseContext();
  return result;
}
