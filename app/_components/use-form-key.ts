'use client';
import { useRef } from 'react';

/**
 * A key that changes with every answer of a form action. React 19 resets a
 * form after its action runs, and selects and checkboxes then fall back to the
 * value they were first rendered with (react#30580). Keying the form on the
 * answer remounts it with the defaults the answer carries (what the user typed).
 */
export function useFormKey(state: object): number {
  const seen = useRef(new WeakMap<object, number>());
  const counter = useRef(0);
  if (!seen.current.has(state)) seen.current.set(state, ++counter.current);
  return seen.current.get(state)!;
}
