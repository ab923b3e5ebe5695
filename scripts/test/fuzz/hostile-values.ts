// What a hostile or careless client sends: wrong types, numbers JSON cannot
// carry (as text), huge and negative numbers, control and bidi characters,
// SQL and HTML fragments, and (via `known`) real codes of other records.
import fc from 'fast-check';

export const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

const FRAGMENTS = [
  "'; drop table \"LedgerEntry\"; --",
  "' OR 1=1 --",
  '1; SELECT pg_sleep(0)',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  '+1',
  '@SUM(A1)',
  '-2+3',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0',
  '-1',
  '1e309',
  '1e-400',
  '0x10',
  '9'.repeat(40),
  '2147483648',
  '-2147483649',
  '0.0000001',
  '1,5',
  '\u0000',
  'a\u0000b',
  '\u202Eevil',
  '\uFEFF',
  '\uD800',
  '%00',
  '%2500',
  '%',
  '../../etc/passwd',
  '\t\r\n',
  ' ',
  '',
  'null',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'Ω≈ç√∫˜µ≤≥÷',
  '👩‍👩‍👧‍👦',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
];

export function hostileString(known: string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: known.length ? 2 : 0, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant('') },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map((n) => (Object.is(n, -0) ? '-0' : String(n))) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 3000 }) },
  );
}

/** A JSON value in a field's place: any type, numbers at the edges. */
export function hostileValue(known: string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: hostileString(known) },
    { weight: 1, arbitrary: fc.constantFrom(-0, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 0.1 + 0.2, 5e-324) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
    { weight: 1, arbitrary: fc.array(hostileString(known), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(hostileString(), hostileString(known), { maxKeys: 3 }) },
  );
}

/** A valid-looking template with any of its fields replaced, dropped or of another type. */
export function mutated(template: unknown, known: string[]): fc.Arbitrary<unknown> {
  if (Array.isArray(template)) {
    const element = template.length ? mutated(template[0], known) : hostileValue(known);
    return fc.oneof(fc.tuple(...template.map((t) => mutated(t, known))), fc.array(element, { maxLength: 4 }), hostileValue(known));
  }
  if (template !== null && typeof template === 'object') {
    const fields = Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fc.oneof(fc.constant(v), mutated(v, known))]));
    return fc.oneof({ weight: 5, arbitrary: fc.record(fields, { requiredKeys: [] }) }, { weight: 1, arbitrary: hostileValue(known) });
  }
  return fc.oneof(fc.constant(template), hostileValue(known));
}

/** Every string in a value replaced by `text` (for the 10 MB runs). */
export function everyStringAs(value: unknown, text: string): unknown {
  if (typeof value === 'string' || typeof value === 'number') return text;
  if (Array.isArray(value)) return value.map((v) => everyStringAs(v, text));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyStringAs(v, text)]));
  return value;
}

/** A response body must not show how the server is built. */
export function leaksInternals(text: string): string | null {
  const stack = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m.exec(text);
  if (stack) return stack[0];
  const file = /(\/work\/|node_modules\/|webpack-internal:|\.next\/server|\.tsx?:\d+:\d+|PrismaClient\w*Error|Invalid `prisma\.)/.exec(text);
  return file ? file[0] : null;
}
