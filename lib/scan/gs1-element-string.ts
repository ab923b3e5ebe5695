// GS1 element strings: "(01)09501101530003(10)ABC(30)25" as printed, or the
// raw form a scanner sends ("0109501101530003" "10ABC" GS "3025") where only
// variable-length fields end with GS (FNC1).

import { GS } from './scan-text';

export type Gs1Element = { ai: string; value: string };

/** How many digits the application identifier has, by its first two digits. */
function aiLength(first2: string): number {
  const n = Number(first2);
  if (n <= 22 || n === 30 || n === 37 || n >= 90) return 2;
  if ((n >= 23 && n <= 25) || (n >= 40 && n <= 42)) return 3;
  return 4; // 31-36, 39, 43, 70-72, 80-82 ... (26-29, 38, 44-69, 73-79, 83-89 are not assigned)
}

/** Element strings of predefined length (AI + data), by the AI's first two digits (GS1 General Specifications 7.8.5). */
const predefinedLength: Record<string, number> = {
  '00': 20, '01': 16, '02': 16, '03': 16, '04': 18, '11': 8, '12': 8, '13': 8, '14': 8, '15': 8, '16': 8, '17': 8, '18': 8, '19': 8,
  '20': 4, '31': 10, '32': 10, '33': 10, '34': 10, '35': 10, '36': 10, '41': 16,
};

const assigned = (first2: string) => {
  const n = Number(first2);
  return !((n >= 26 && n <= 29) || n === 38 || (n >= 44 && n <= 69) || (n >= 73 && n <= 79) || (n >= 83 && n <= 89));
};

const maxElements = 50;

/** The raw form; null when it does not read as GS1 to the end. */
export function parseRawGs1(text: string): Gs1Element[] | null {
  const elements: Gs1Element[] = [];
  let i = text.startsWith(GS) ? 1 : 0; // some scanners send FNC1 in first position as GS
  while (i < text.length) {
    if (elements.length >= maxElements) return null;
    const first2 = text.slice(i, i + 2);
    if (!/^\d\d$/.test(first2) || !assigned(first2)) return null;
    const length = aiLength(first2);
    const ai = text.slice(i, i + length);
    if (!/^\d+$/.test(ai) || ai.length !== length) return null;
    const fixed = predefinedLength[first2];
    let value: string;
    if (fixed !== undefined) {
      value = text.slice(i + length, i + fixed);
      if (value.length !== fixed - length || value.includes(GS)) return null;
      i += fixed;
      if (text[i] === GS) i += 1; // a separator after a fixed field is allowed
    } else {
      const end = text.indexOf(GS, i + length);
      value = text.slice(i + length, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 1;
    }
    if (!value || !/^[\x21-\x7e]+$/.test(value)) return null; // GS1 data is printable ASCII (CSET 82/39)
    elements.push({ ai, value });
  }
  return elements.length ? elements : null;
}

/** The human-readable form with AIs in brackets; null when it is not that. */
export function parseBracketedGs1(text: string): Gs1Element[] | null {
  if (!/^\(\d{2,4}\)/.test(text)) return null;
  const elements: Gs1Element[] = [];
  const field = /\((\d{2,4})\)([^(]*)/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = field.exec(text)) !== null) {
    if (elements.length >= maxElements || !m[2]) return null;
    const first2 = m[1].slice(0, 2);
    if (!assigned(first2) || aiLength(first2) !== m[1].length) return null;
    const fixed = predefinedLength[first2];
    if (fixed !== undefined && m[2].length !== fixed - m[1].length) return null;
    if (!/^[\x21-\x7e]+$/.test(m[2])) return null;
    elements.push({ ai: m[1], value: m[2] });
    end = field.lastIndex;
  }
  return end === text.length && elements.length ? elements : null;
}

/** GTIN/SSCC check digit (mod 10, weights 3 and 1 from the right). */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{8,18}$/.test(digits)) return false;
  let sum = 0;
  for (let k = digits.length - 2, weight = 3; k >= 0; k -= 1, weight = 4 - weight) sum += Number(digits[k]) * weight;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}
