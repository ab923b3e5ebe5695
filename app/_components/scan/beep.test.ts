import { describe, expect, it } from 'vitest';
import { beep, playTones, scanTones, unlockScanSound } from './beep';

function fakeContext() {
  const calls: string[] = [];
  const param = (name: string) => ({
    setValueAtTime: (v: number, t: number) => calls.push(`${name}=${v}@${t.toFixed(3)}`),
    linearRampToValueAtTime: (v: number, t: number) => calls.push(`${name}->${v}@${t.toFixed(3)}`),
  });
  const node = () => ({ connect: (next: unknown) => next });
  const context = {
    currentTime: 1,
    destination: {},
    createOscillator: () => ({ ...node(), type: 'sine', frequency: param('hz'), start: (t: number) => calls.push(`start@${t.toFixed(3)}`), stop: (t: number) => calls.push(`stop@${t.toFixed(3)}`) }),
    createGain: () => ({ ...node(), gain: param('gain') }),
  };
  return { context: context as unknown as BaseAudioContext, calls };
}

describe('scan sounds', () => {
  it('OK and error differ in pitch: the error tones are all lower than the OK tone', () => {
    const ok = Math.min(...scanTones.ok.map((t) => t.frequency));
    expect(Math.max(...scanTones.error.map((t) => t.frequency))).toBeLessThan(ok / 2);
    expect(scanTones.error.length).toBeGreaterThan(scanTones.ok.length);
  });

  it('schedules each tone from now, starting and ending at silence', () => {
    const { context, calls } = fakeContext();
    playTones(context, scanTones.error);
    expect(calls.filter((c) => c.startsWith('hz='))).toEqual(['hz=220@1.000', 'hz=180@1.190']);
    expect(calls.filter((c) => c.startsWith('start@'))).toEqual(['start@1.000', 'start@1.190']);
    expect(calls.filter((c) => c.startsWith('gain')).at(0)).toBe('gain=0@1.000');
    expect(calls.filter((c) => c.startsWith('gain')).at(-1)).toBe('gain->0@1.390');
  });

  it('is silent without a browser instead of throwing', () => {
    expect(() => beep('ok')).not.toThrow();
    expect(() => beep('error')).not.toThrow();
    expect(() => unlockScanSound()).not.toThrow();
  });
});
