// Scan feedback by ear (browser only): one short high tone for a good scan,
// two low buzzes for an error, synthesised with WebAudio (no audio files).
// Silent, never throwing, where there is no audio or it is not allowed yet.

export type ScanSound = 'ok' | 'error';
export type Tone = { frequency: number; type: OscillatorType; startMs: number; durationMs: number; volume: number };

export const scanTones: Record<ScanSound, Tone[]> = {
  ok: [{ frequency: 1760, type: 'sine', startMs: 0, durationMs: 90, volume: 0.25 }],
  error: [
    { frequency: 220, type: 'square', startMs: 0, durationMs: 140, volume: 0.18 },
    { frequency: 180, type: 'square', startMs: 190, durationMs: 200, volume: 0.18 },
  ],
};

type AudioContextClass = new () => AudioContext;
let shared: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (shared) return shared;
  if (typeof window === 'undefined') return null;
  const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as AudioContextClass | undefined;
  if (!Ctor) return null;
  shared = new Ctor();
  return shared;
}

/** Schedules the tones on `context`; short gain ramps so they start and stop without a click. */
export function playTones(context: BaseAudioContext, tones: readonly Tone[]): void {
  const now = context.currentTime;
  for (const tone of tones) {
    const start = now + tone.startMs / 1000;
    const end = start + tone.durationMs / 1000;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = tone.type;
    oscillator.frequency.setValueAtTime(tone.frequency, start);
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(tone.volume, start + 0.005);
    gain.gain.setValueAtTime(tone.volume, end - 0.01);
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(end + 0.01);
  }
}

/**
 * Plays the sound for a scan. Call from the key or click handler the first
 * time: browsers only start audio after the person has interacted with the page.
 */
export function beep(sound: ScanSound): void {
  try {
    const context = audioContext();
    if (!context) return;
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    playTones(context, scanTones[sound]);
  } catch {
    // Feedback is a courtesy: a scan must never fail because the speaker did.
  }
}

/**
 * Lets later beeps play: call it in the key or tap handler that starts a scan.
 * The beep itself comes after the server answered, outside that handler, where
 * some browsers (Safari) no longer allow audio to start.
 */
export function unlockScanSound(): void {
  try {
    const context = audioContext();
    if (context && context.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    // As with beep: never let sound break a scan.
  }
}
