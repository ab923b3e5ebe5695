import { describe, expect, it } from 'vitest';
import { fieldLevelErrors, stepOf, withoutStepFields } from './confirm-step';

const form = (fields: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of fields) fd.append(k, v);
  return fd;
};

describe('confirm step', () => {
  it('reads the step: a first submit reviews, the review form confirms, its Back button goes back', () => {
    expect(stepOf(form([['serial', 'S-1']]))).toBe('review');
    expect(stepOf(form([['step', 'confirm']]))).toBe('confirm');
    expect(stepOf(form([['step', 'confirm'], ['back', '1']]))).toBe('back');
    // Anything else in the step field is a first submit, never a post.
    expect(stepOf(form([['step', 'CONFIRM']]))).toBe('review');
    expect(stepOf(form([['step', '']]))).toBe('review');
  });

  it('does not echo its own fields as typed values', () => {
    expect(withoutStepFields({ serial: 'S-1', step: 'confirm', back: '1', key: 'k', note: 'n' })).toEqual({ serial: 'S-1', note: 'n' });
  });

  it('shows a list item error next to the list field, the first one winning', () => {
    expect(fieldLevelErrors({ 'serials.3': 'Too long.', 'serials.5': 'Also too long.', note: 'Say why.' })).toEqual({ serials: 'Too long.', note: 'Say why.' });
    expect(fieldLevelErrors(undefined)).toBeUndefined();
  });
});
