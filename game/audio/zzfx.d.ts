/** zzfx 1.3.2 ships plain JavaScript; only the part the sound board uses is typed here. */
declare module 'zzfx' {
  export const ZZFX: {
    volume: number;
    sampleRate: number;
    audioContext: AudioContext;
    buildSamples(...parameters: (number | undefined)[]): number[];
    playSamples(channels: number[][], volumeScale?: number, rate?: number, pan?: number, loop?: boolean): AudioBufferSourceNode;
  };
  export function zzfx(...parameters: (number | undefined)[]): AudioBufferSourceNode;
}
