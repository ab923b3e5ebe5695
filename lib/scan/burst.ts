// Keyboard-wedge scanners type a code much faster than a person and end it with
// Enter. This assembles key events into one scan per Enter and tells a
// scanner's burst from typing by its timing. Pure: the browser passes
// KeyboardEvent.key, its modifier flags and event.timeStamp.

import { MAX_SCAN_LENGTH } from './parse-scan';

export type KeyStroke = { key: string; at: number; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean };

export type BurstOptions = {
  /** A run of keys at or above this many characters ... */
  minLength: number;
  /** ... whose keys came less than this far apart on average is a scanner. */
  maxAverageGapMs: number;
  /** A pause longer than this ends a run: what came before it was typed. */
  maxGapMs: number;
  /** Keys that end a scan (scanners send Enter; some are set to Tab). */
  terminators: readonly string[];
  /** With a scanner that sends no terminator: a burst idle this long is a scan (see flush). null: off. */
  idleSubmitMs: number | null;
};

export const defaultBurstOptions: BurstOptions = {
  minLength: 4,
  maxAverageGapMs: 35,
  maxGapMs: 100,
  terminators: ['Enter'],
  idleSubmitMs: null,
};

export type AssembledScan = {
  /** Everything since the last scan: what was typed, then what was scanned. */
  text: string;
  source: 'scanner' | 'human';
  /** The part a person typed (all of it when source is human), e.g. "25*" before a scan. */
  typed: string;
  /** The scanner's burst ("" when source is human). */
  scanned: string;
  /** Average time between the burst's keys (the terminator counts when there was one); null with nothing to measure. */
  averageGapMs: number | null;
};

// Control characters a scanner in keyboard mode types as Ctrl combinations
// (ASCII caret notation): Ctrl+] GS, Ctrl+^ RS, Ctrl+D EOT.
const controlKeys: Record<string, string> = { ']': '\x1d', '^': '\x1e', '6': '\x1e', d: '\x04', D: '\x04' };

/** The character a key event adds, or null for keys that add none (Shift, shortcuts ...). */
export function characterOf(stroke: KeyStroke): string | null {
  const { key } = stroke;
  if (typeof key !== 'string' || key.length === 0) return null;
  // AltGr arrives as Ctrl+Alt on Windows and types ordinary characters (@, {, [ on many layouts).
  const altGr = stroke.ctrlKey && stroke.altKey;
  if (stroke.ctrlKey && !altGr && !stroke.metaKey) return controlKeys[key] ?? null;
  if (stroke.metaKey || (stroke.altKey && !altGr)) return null;
  return [...key].length === 1 ? key : null; // "a", "€", an emoji; not "Shift" or "ArrowLeft"
}

const gapBetween = (earlier: number, later: number) => {
  const gap = later - earlier;
  return Number.isFinite(gap) && gap >= 0 ? gap : Infinity; // a clock we cannot trust reads as a pause
};

/**
 * Splits the keys of one scan into what was typed and the scanner's burst at
 * the end. `times` has one entry per character; `endAt` is the terminator's
 * time, null when the scan ended without one (its last key ends the burst).
 */
export function classifyBurst(chars: readonly string[], times: readonly number[], endAt: number | null, options: BurstOptions = defaultBurstOptions): AssembledScan {
  const n = chars.length;
  let start = endAt === null ? n - 1 : n;
  let next = endAt === null ? times[n - 1] : endAt;
  while (start > 0 && gapBetween(times[start - 1], next) <= options.maxGapMs) {
    start -= 1;
    next = times[start];
  }
  const runKeys = n - Math.max(start, 0);
  const gaps = endAt === null ? runKeys - 1 : runKeys;
  const averageGapMs = gaps > 0 ? gapBetween(times[start], endAt ?? times[n - 1]) / gaps : null;
  const text = chars.join('');
  if (runKeys >= options.minLength && averageGapMs !== null && averageGapMs < options.maxAverageGapMs) {
    return { text, source: 'scanner', typed: chars.slice(0, start).join(''), scanned: chars.slice(start).join(''), averageGapMs };
  }
  return { text, source: 'human', typed: text, scanned: '', averageGapMs };
}

export type ScanAssembler = {
  /** Feeds one key event; answers the finished scan on a terminator, else null. */
  push(stroke: KeyStroke): AssembledScan | null;
  /** For scanners without a terminator: answers a scanner burst idle for idleSubmitMs at `now`. */
  flush(now: number): AssembledScan | null;
  /** What has been typed since the last scan. */
  pending(): string;
  reset(): void;
};

export function createScanAssembler(overrides: Partial<BurstOptions> = {}): ScanAssembler {
  const options: BurstOptions = { ...defaultBurstOptions, ...overrides };
  let chars: string[] = [];
  let times: number[] = [];
  const take = (endAt: number) => {
    const scan = classifyBurst(chars, times, endAt, options);
    chars = [];
    times = [];
    return scan;
  };
  return {
    push(stroke) {
      if (!stroke || typeof stroke !== 'object') return null;
      if (options.terminators.includes(stroke.key) && !stroke.ctrlKey && !stroke.altKey && !stroke.metaKey) {
        return chars.length ? take(stroke.at) : null;
      }
      if (stroke.key === 'Backspace') {
        chars.pop();
        times.pop();
        return null;
      }
      const ch = characterOf(stroke);
      // One character past the limit, so that the parser reports the scan as too long.
      if (ch !== null && chars.length <= MAX_SCAN_LENGTH) {
        chars.push(ch);
        times.push(stroke.at);
      }
      return null;
    },
    flush(now) {
      if (options.idleSubmitMs === null || !chars.length) return null;
      const last = times[times.length - 1];
      if (!(gapBetween(last, now) >= options.idleSubmitMs)) return null;
      const scan = classifyBurst(chars, times, null, options);
      if (scan.source !== 'scanner') return null;
      chars = [];
      times = [];
      return scan;
    },
    pending: () => chars.join(''),
    reset() {
      chars = [];
      times = [];
    },
  };
}

/** Every scan in a recorded sequence of key events (tests, replays). */
export function assembleScans(strokes: readonly KeyStroke[], overrides: Partial<BurstOptions> = {}): AssembledScan[] {
  const assembler = createScanAssembler(overrides);
  const scans: AssembledScan[] = [];
  for (const stroke of strokes) {
    const scan = assembler.push(stroke);
    if (scan) scans.push(scan);
  }
  return scans;
}
