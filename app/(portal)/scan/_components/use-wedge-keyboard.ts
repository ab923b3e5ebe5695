'use client';
// The scan box and a keyboard-wedge scanner: the scanner's burst and its Enter
// are one scan (lib/scan/burst.ts), wherever the focus was left; a scanner that
// sends no Enter is read after a short pause; a tap anywhere but a field gives
// the focus back to the box.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { unlockScanSound } from '@/app/_components/scan/beep';
import { createScanAssembler } from '@/lib/scan/burst';
import { scanTextOf, swallowsKey, typesCharacter } from '../_lib/scan-keys';

/** A scanner that sends no Enter: its burst counts as a scan after this pause. */
const IDLE_SUBMIT_MS = 200;

export function useWedgeKeyboard({ box, enabled, paused, onScan }: { box: RefObject<HTMLInputElement | null>; enabled: boolean; paused: RefObject<boolean>; onScan: (text: string) => void }) {
  const assembler = useRef(createScanAssembler({ idleSubmitMs: IDLE_SUBMIT_MS }));

  /** Back to the scan box, unless the person is typing in another field or using the camera. */
  const focusBox = useCallback(() => {
    const input = box.current;
    if (!input || paused.current) return;
    const active = document.activeElement;
    if (active && active !== input && active !== document.body && active.matches('input, select, textarea, [contenteditable="true"]')) return;
    input.focus({ preventScroll: true });
  }, [box, paused]);

  /** Takes what the box holds (the assembler's text when it matches: it keeps a label's GS/RS/EOT) as a scan. */
  const submitBox = useCallback(
    (assembled: string | null) => {
      const input = box.current;
      if (!input) return;
      const text = scanTextOf(assembled, input.value);
      input.value = '';
      assembler.current.reset();
      if (text.trim()) onScan(text);
    },
    [box, onScan],
  );

  /** Empties the box (the Qty step took what it held). */
  const clearBox = useCallback(() => {
    if (box.current) box.current.value = '';
    assembler.current.reset();
  }, [box]);

  useEffect(() => {
    if (!enabled) return;
    let idle: ReturnType<typeof setTimeout> | undefined;
    const onKeyDown = (e: KeyboardEvent) => {
      const input = box.current;
      if (!input || e.isComposing) return;
      const active = document.activeElement;
      const nothingFocused = !active || active === document.body;
      if (e.target !== input && !nothingFocused) return;
      unlockScanSound();
      if (swallowsKey(e)) e.preventDefault();
      if (nothingFocused && typesCharacter(e)) {
        // The first key of a scan with the focus lost: into the box, and the box gets the focus.
        e.preventDefault();
        input.focus({ preventScroll: true });
        input.value += e.key;
      }
      const done = assembler.current.push({ key: e.key, at: e.timeStamp, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey });
      if (idle) clearTimeout(idle);
      if (e.key === 'Enter') {
        e.preventDefault();
        submitBox(done?.text ?? null);
        return;
      }
      idle = setTimeout(() => {
        const burst = assembler.current.flush(performance.now());
        if (burst) submitBox(burst.text);
      }, IDLE_SUBMIT_MS + 20);
    };
    const onPointerUp = (e: PointerEvent) => {
      const target = e.target as Element | null;
      if (target?.closest?.('input, select, textarea, label, [data-keep-focus]')) return;
      setTimeout(focusBox, 0);
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerup', onPointerUp);
    focusBox();
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerup', onPointerUp);
      if (idle) clearTimeout(idle);
    };
  }, [enabled, box, submitBox, focusBox]);

  return {
    focusBox,
    submitBox,
    clearBox,
    /** The box's onInput: an emptied box starts the next scan afresh. */
    onBoxInput: (value: string) => {
      if (!value) assembler.current.reset();
    },
  };
}
