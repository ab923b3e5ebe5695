import { describe, expect, it } from 'vitest';
import { decimalText, escapeLike, flag, optionalText, optionalWholeNumber, recordId, wholeNumber } from './form-fields';

describe('form fields', () => {
  it('reads whole numbers strictly', () => {
    const n = wholeNumber(0, 6);
    expect(n.parse('3')).toBe(3);
    expect(n.parse(' 6 ')).toBe(6);
    for (const bad of ['', '1.5', '1e1', '0x1', '7', '-1', 'abc', null]) expect(n.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('treats blanks as none where a value is optional', () => {
    expect(optionalWholeNumber(1, 99).parse('')).toBeNull();
    expect(optionalWholeNumber(1, 99).parse(undefined)).toBeNull();
    expect(optionalText(10).parse('  ')).toBeNull();
    expect(optionalText(10).parse(' x ')).toBe('x');
  });

  it('asks for an id that was not chosen', () => {
    expect(recordId('Choose one.').safeParse('').error?.issues[0].message).toBe('Choose one.');
    expect(recordId('Choose one.').parse('12')).toBe(12);
  });

  it('keeps decimals exact and refuses floats in exponent form', () => {
    const cost = decimalText(12, 6, 'bad');
    expect(cost.parse('0.42')).toBe('0.42');
    expect(cost.parse(0.5)).toBe('0.5');
    for (const bad of ['1e-7', 1e-7, '-1', '0.1234567', '1,5', '']) expect(cost.safeParse(bad).success, String(bad)).toBe(false);
  });

  it('reads checkboxes and JSON booleans', () => {
    expect(flag.parse('on')).toBe(true);
    expect(flag.parse('true')).toBe(true);
    expect(flag.parse('false')).toBe(false);
    expect(flag.parse(false)).toBe(false);
    expect(flag.safeParse('yes').success).toBe(false);
  });

  it('makes LIKE wildcards literal', () => {
    expect(escapeLike('RES_10%\\')).toBe('RES\\_10\\%\\\\');
  });
});
