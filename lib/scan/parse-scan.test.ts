import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasValidCheckDigit } from './gs1-element-string';
import { eigpIdentifiers, type LabelFields } from './label-fields';
import { MAX_SCAN_LENGTH, parseScan } from './parse-scan';

const GS = '\x1d';
const RS = '\x1e';
const EOT = '\x04';
const envelope = (fields: string[], gs = GS, rs = RS, eot = EOT) => `[)>${rs}06${gs}${fields.join(gs)}${rs}${eot}`;

// A Digi-Key style bag label (their padding field 20Z and an empty K included).
const digikey = envelope(['P296-1234-1-ND', '1PSN74HC00N', 'K', '1K71234567', '10K85554321', '11K1', '4LMY', 'Q100', '11ZPICK', '12Z1234567', '13Z999999', '20Z0000000000000000']);

describe('plain codes', () => {
  it('trims what the scanner added around the code', () => {
    expect(parseScan('  LDR-4.1\r\n')).toEqual({ kind: 'code', raw: 'LDR-4.1', code: 'LDR-4.1' });
    expect(parseScan('\tCHI-A-01-B1\t')).toMatchObject({ kind: 'code', code: 'CHI-A-01-B1' });
  });

  it('strips an AIM symbology identifier and keeps it', () => {
    expect(parseScan(']C0LDR-4.1')).toEqual({ kind: 'code', raw: ']C0LDR-4.1', symbology: ']C0', code: 'LDR-4.1' });
    expect(parseScan(']E05901234123457')).toMatchObject({ kind: 'code', code: '5901234123457', symbology: ']E0' });
    expect(parseScan(']Q1SN-000123')).toMatchObject({ kind: 'code', code: 'SN-000123' });
  });

  it('keeps codes with spaces, unicode and punctuation as they are', () => {
    expect(parseScan('Kabel 3×0,75 µm')).toMatchObject({ kind: 'code', code: 'Kabel 3×0,75 µm' });
    expect(parseScan('零件-🔧-7')).toMatchObject({ kind: 'code', code: '零件-🔧-7' });
    expect(parseScan('(not GS1)')).toMatchObject({ kind: 'code', code: '(not GS1)' });
  });

  it('reads an EAN-13 and a 16-digit number with a wrong GTIN check digit as codes', () => {
    expect(parseScan('5901234123457')).toMatchObject({ kind: 'code', code: '5901234123457' });
    expect(parseScan('0109501101530004')).toMatchObject({ kind: 'code', code: '0109501101530004' });
  });
});

describe('quantity prefix', () => {
  it('reads 25*CODE, 25xCODE, 25XCODE and decimals in one spelling', () => {
    expect(parseScan('25*LDR-4.1')).toEqual({ kind: 'code', raw: '25*LDR-4.1', code: 'LDR-4.1', quantity: '25' });
    expect(parseScan('25xLDR-4.1')).toMatchObject({ code: 'LDR-4.1', quantity: '25', literal: '25xLDR-4.1' });
    expect(parseScan('25XLDR-4.1')).toMatchObject({ code: 'LDR-4.1', quantity: '25' });
    expect(parseScan('2.5*CABLE-RED')).toMatchObject({ code: 'CABLE-RED', quantity: '2.5' });
    expect(parseScan('007.250*X1')).toMatchObject({ code: 'X1', quantity: '7.25' });
    expect(parseScan('25 * LDR-4.1')).toMatchObject({ code: 'LDR-4.1', quantity: '25' });
  });

  it('works with the scanner identifier after the typed quantity', () => {
    expect(parseScan('25*]C0LDR-4.1')).toMatchObject({ kind: 'code', code: 'LDR-4.1', quantity: '25', symbology: ']C0' });
  });

  it('keeps a code that looks like an x-prefix readable as a whole (literal)', () => {
    expect(parseScan('4x4-BRACKET')).toMatchObject({ kind: 'code', code: '4-BRACKET', quantity: '4', literal: '4x4-BRACKET' });
    expect(parseScan('25*LDR')).not.toHaveProperty('literal');
  });

  it('refuses a zero, an oversized quantity and a quantity with nothing after it', () => {
    expect(parseScan('0*LDR-4.1')).toMatchObject({ kind: 'invalid', reason: 'zero_quantity' });
    expect(parseScan('0.000*LDR-4.1')).toMatchObject({ kind: 'invalid', reason: 'zero_quantity' });
    expect(parseScan('123456789012345*LDR')).toMatchObject({ kind: 'invalid', reason: 'bad_quantity' });
    expect(parseScan('1.1234567*LDR')).toMatchObject({ kind: 'invalid', reason: 'bad_quantity' });
    expect(parseScan('25*')).toMatchObject({ kind: 'invalid', reason: 'quantity_without_code', message: 'A quantity was typed but no code followed it.' });
    expect(parseScan('25*   ')).toMatchObject({ kind: 'invalid', reason: 'quantity_without_code' });
  });

  it('does not take an x-prefix that cannot be one', () => {
    expect(parseScan('25x')).toMatchObject({ kind: 'code', code: '25x' });
    expect(parseScan('0x1F')).toMatchObject({ kind: 'code', code: '0x1F' });
    expect(parseScan('x25')).toMatchObject({ kind: 'code', code: 'x25' });
  });

  it('applies to a label: the typed quantity wins, the label keeps its own in fields', () => {
    const scan = parseScan(`10*${envelope(['1PSN74HC00N', 'Q2500'])}`);
    expect(scan).toMatchObject({ kind: 'label', supplierPart: 'SN74HC00N', quantity: '10' });
    expect(scan.kind === 'label' && scan.fields).toContainEqual({ id: 'Q', value: '2500' });
  });
});

describe('ECIA EIGP-114 labels', () => {
  it('reads the named fields of a distributor bag label and keeps every field', () => {
    const scan = parseScan(digikey);
    expect(scan).toMatchObject({ kind: 'label', format: 'eigp-114', customerPart: '296-1234-1-ND', supplierPart: 'SN74HC00N', salesOrder: '71234567', countryOfOrigin: 'MY', quantity: '100' });
    expect(scan).not.toHaveProperty('purchaseOrder'); // K is empty on this label
    expect(scan.kind === 'label' && scan.fields.map((f) => f.id)).toEqual(['P', '1P', 'K', '1K', '10K', '11K', '4L', 'Q', '11Z', '12Z', '13Z', '20Z']);
  });

  it('reads every supported data identifier', () => {
    const scan = parseScan(
      envelope(['PCUST-1', '1PMPN-1', '1VACME', 'Q25', '1TL1', '10D2231', '4LDE', 'KPO1', '4K3', '1KSO9', '11KPL4', 'SSER5', '3SPKG6', '2PB', '6D20260115']),
    );
    expect(scan).toMatchObject({
      kind: 'label', customerPart: 'CUST-1', supplierPart: 'MPN-1', manufacturer: 'ACME', quantity: '25', lot: 'L1', dateCode: '2231', countryOfOrigin: 'DE',
      purchaseOrder: 'PO1', purchaseOrderLine: '3', salesOrder: 'SO9', packingList: 'PL4', serial: 'SER5', packageId: 'PKG6', revision: 'B', shipDate: '20260115',
    });
  });

  it('takes the first of a repeated identifier and reads 9D as the date code', () => {
    expect(parseScan(envelope(['1PA', '1PB', '9D2301', '10D2402']))).toMatchObject({ supplierPart: 'A', dateCode: '2301' });
  });

  it('reads the textual stand-ins scanners type for GS/RS/EOT', () => {
    const fields = ['P296-1234-ND', '1PSN74HC00N', 'Q25'];
    const expected = { kind: 'label', customerPart: '296-1234-ND', supplierPart: 'SN74HC00N', quantity: '25' };
    for (const [gs, rs, eot] of [
      ['{GS}', '{RS}', '{EOT}'], ['<GS>', '<RS>', '<EOT>'], ['[GS]', '[RS]', '[EOT]'], ['<gs>', '<rs>', '<eot>'],
      ['\\x1d', '\\x1e', '\\x04'], ['\\u001D', '\\u001E', '\\u0004'], ['^]', '^^', '^D'], ['␝', '␞', '␄'],
    ]) {
      expect(parseScan(envelope(fields, gs, rs, eot)), gs).toMatchObject(expected);
    }
  });

  it('forgives a missing RS and EOT', () => {
    expect(parseScan(`[)>06${GS}1PSN74${GS}Q5`)).toMatchObject({ kind: 'label', supplierPart: 'SN74', quantity: '5' });
    expect(parseScan(`[)>${RS}06${GS}1PSN74${GS}Q5${RS}`)).toMatchObject({ kind: 'label', supplierPart: 'SN74' });
  });

  it('says so when the scanner dropped the separators entirely', () => {
    expect(parseScan('[)>06P296-1234-ND1PSN74HC00NQ25')).toMatchObject({ kind: 'invalid', reason: 'label_separators_missing', message: expect.stringContaining('GS') });
  });

  it('refuses an envelope with no fields or a broken format header', () => {
    expect(parseScan('[)>')).toMatchObject({ kind: 'invalid', reason: 'label_malformed' });
    expect(parseScan(`[)>${RS}06${RS}${EOT}`)).toMatchObject({ kind: 'invalid', reason: 'label_malformed' });
    expect(parseScan('[)>hello')).toMatchObject({ kind: 'invalid', reason: 'label_malformed' });
    expect(parseScan(envelope(['lowercase', '!!']))).toMatchObject({ kind: 'invalid', reason: 'label_malformed' });
  });

  it('reads a label quantity that is not a number as absent, not as a wrong number', () => {
    const scan = parseScan(envelope(['1PX', 'QTEN']));
    expect(scan).toMatchObject({ kind: 'label', supplierPart: 'X' });
    expect(scan).not.toHaveProperty('quantity');
  });

  it('reads a GS1 format-05 segment inside the envelope', () => {
    expect(parseScan(`[)>${RS}05${GS}0109501101530003${GS}10ABC${RS}${EOT}`)).toMatchObject({ kind: 'label', format: 'gs1', gtin: '09501101530003', lot: 'ABC' });
    expect(parseScan(`[)>${RS}06${GS}1PMPN${RS}05${GS}10LOT9${RS}${EOT}`)).toMatchObject({ kind: 'label', format: 'eigp-114', supplierPart: 'MPN', lot: 'LOT9' });
  });
});

describe('GS1 element strings', () => {
  it('reads the bracketed form', () => {
    expect(parseScan('(01)09501101530003(10)ABC123(30)25')).toMatchObject({ kind: 'label', format: 'gs1', gtin: '09501101530003', lot: 'ABC123', quantity: '25' });
    expect(parseScan('(00)106141411234567897(400)PO-55(21)S1')).toMatchObject({ packageId: '106141411234567897', purchaseOrder: 'PO-55', serial: 'S1' });
  });

  it('reads the raw form after a GS1 identifier, with GS after variable fields', () => {
    expect(parseScan(`]C1010950110153000310ABC123${GS}3025`)).toMatchObject({ kind: 'label', symbology: ']C1', gtin: '09501101530003', lot: 'ABC123', quantity: '25' });
    expect(parseScan(']d201095011015300031726123110B1')).toMatchObject({ gtin: '09501101530003', expiryDate: '261231', lot: 'B1' });
    expect(parseScan(`]Q3010950110153000310ABC{GS}37000012`)).toMatchObject({ lot: 'ABC', quantity: '12' });
  });

  it('reads the raw form without an identifier when a GS or a valid GTIN says it is GS1', () => {
    expect(parseScan('0109501101530003')).toMatchObject({ kind: 'label', format: 'gs1', gtin: '09501101530003' });
    expect(parseScan(`${GS}0109501101530003${GS}10X`)).toMatchObject({ kind: 'label', lot: 'X' });
    expect(parseScan(`10LOT${GS}3025`)).toMatchObject({ kind: 'label', lot: 'LOT', quantity: '25' });
  });

  it('refuses a GS1-marked scan that does not read as GS1', () => {
    expect(parseScan(']C1LDR-4.1')).toMatchObject({ kind: 'invalid', reason: 'gs1_malformed' });
    expect(parseScan(']d20109501')).toMatchObject({ kind: 'invalid', reason: 'gs1_malformed' });
  });

  it('checks GTIN check digits', () => {
    expect(hasValidCheckDigit('09501101530003')).toBe(true);
    expect(hasValidCheckDigit('5901234123457')).toBe(true);
    expect(hasValidCheckDigit('5901234123458')).toBe(false);
    expect(hasValidCheckDigit('12a4')).toBe(false);
  });
});

describe('garbage', () => {
  it('answers invalid with a reason for what no code is', () => {
    expect(parseScan('')).toMatchObject({ kind: 'invalid', reason: 'empty', message: 'Nothing was scanned.' });
    expect(parseScan(' \r\n\t ')).toMatchObject({ kind: 'invalid', reason: 'empty' });
    expect(parseScan('AB\x00CD')).toMatchObject({ kind: 'invalid', reason: 'unreadable_characters' });
    expect(parseScan('AB\x1bCD')).toMatchObject({ kind: 'invalid', reason: 'unreadable_characters' });
    expect(parseScan('AB\uFFFDCD')).toMatchObject({ kind: 'invalid', reason: 'unreadable_characters' });
    expect(parseScan('AB\uD800CD')).toMatchObject({ kind: 'invalid', reason: 'unreadable_characters' });
    expect(parseScan(`AB${GS}CD`)).toMatchObject({ kind: 'invalid', reason: 'unreadable_characters' });
  });

  it('answers empty for an identifier with nothing after it (found by the property below)', () => {
    expect(parseScan(']dP')).toMatchObject({ kind: 'invalid', reason: 'empty' });
    expect(parseScan(']C1')).toMatchObject({ kind: 'invalid' });
  });

  it('answers not_text for what is not a string', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) expect(parseScan(input)).toMatchObject({ kind: 'invalid', reason: 'not_text' });
  });

  it('caps the length at 4000 characters, also for 10 MB', () => {
    expect(parseScan('A'.repeat(MAX_SCAN_LENGTH))).toMatchObject({ kind: 'code' });
    expect(parseScan(` ${'A'.repeat(MAX_SCAN_LENGTH)} `)).toMatchObject({ kind: 'code' });
    expect(parseScan('A'.repeat(MAX_SCAN_LENGTH + 1))).toMatchObject({ kind: 'invalid', reason: 'too_long' });
    const huge = parseScan(`[)>${RS}06${GS}${'1PX'.repeat(3_500_000)}`);
    expect(huge).toMatchObject({ kind: 'invalid', reason: 'too_long' });
    expect(huge.raw.length).toBeLessThanOrEqual(80);
  });
});

describe('properties', () => {
  const anyScan = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: fc.constantFrom('[', ')', '>', '0', '1', '6', 'P', 'Q', 'x', '*', '.', ']', 'C', 'd', '(', GS, RS, EOT, '{GS}', '^]', '␝', ' '), maxLength: 200 }),
    fc.tuple(fc.constantFrom('[)>\x1e06\x1d', '(01)', ']C1', ']d2', '25*', '2.5x', ''), fc.string({ unit: 'grapheme', maxLength: 200 })).map(([a, b]) => a + b),
  );

  it('never throws, always answers one of the three kinds, raw within the cap', () => {
    fc.assert(
      fc.property(anyScan, (input) => {
        const scan = parseScan(input);
        expect(['code', 'label', 'invalid']).toContain(scan.kind);
        expect(scan.raw.length).toBeLessThanOrEqual(MAX_SCAN_LENGTH);
        if (scan.kind === 'code') expect(scan.code.length).toBeGreaterThan(0);
        if (scan.kind === 'invalid') expect(scan.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  const quantity = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), fc.option(fc.stringMatching(/^\d{0,5}[1-9]$/), { nil: undefined }))
    .filter(([whole, fraction]) => whole > 0n || fraction !== undefined)
    .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`));
  // A code that is not itself a label, GS1 string or another prefix: starts with a letter.
  const code = fc.stringMatching(/^[A-Za-z][A-Za-z0-9\-./_ ]{0,40}[A-Za-z0-9\-./_]$/);

  it('quantity prefix round-trips: N*CODE, NxCODE, NXCODE', () => {
    fc.assert(
      fc.property(quantity, fc.constantFrom('*', 'x', 'X'), code, (q, sign, c) => {
        expect(parseScan(`${q}${sign}${c}`)).toMatchObject({ kind: 'code', code: c, quantity: q });
      }),
      { numRuns: 1000 },
    );
  });

  it('leading zeros and trailing decimal zeros read as the same quantity', () => {
    fc.assert(
      fc.property(quantity, fc.nat(3), fc.nat(3), code, (q, zerosBefore, zerosAfter, c) => {
        const spelled = '0'.repeat(zerosBefore) + q + (zerosAfter ? (q.includes('.') ? '' : '.') + '0'.repeat(zerosAfter) : '');
        if (spelled.replace(/^\d+\.?/, '').length > 6) return; // beyond six decimals is refused, as it should be
        expect(parseScan(`${spelled}*${c}`)).toMatchObject({ quantity: q });
      }),
    );
  });

  // Values as labels print them: no separators, no stand-in spellings, no surrounding blanks.
  const value = fc.stringMatching(/^[A-Za-z0-9\-./#]{1,20}$/);
  const named = Object.entries(eigpIdentifiers).filter(([id]) => !['9D', '10D', '4S', '5S'].includes(id)); // one identifier per name
  const separators = fc.constantFrom([GS, RS, EOT], ['{GS}', '{RS}', '{EOT}'], ['<GS>', '<RS>', '<EOT>'], ['^]', '^^', '^D'], ['␝', '␞', '␄'], ['\\x1d', '\\x1e', '\\x04']);

  it('label fields survive any order and any separator spelling', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(named, { minLength: 1 }),
        fc.array(value, { minLength: named.length, maxLength: named.length }),
        separators,
        fc.boolean(),
        (chosen, values, [gs, rs, eot], trailer) => {
          const fields = chosen.map(([id], i) => (id === 'Q' ? `Q${i + 1}` : `${id}${values[i]}`));
          const text = `[)>${rs}06${gs}${fields.join(gs)}${trailer ? rs + eot : ''}`;
          const expected: LabelFields = {};
          chosen.forEach(([id, name], i) => {
            expected[name] = id === 'Q' ? String(i + 1) : values[i];
          });
          const scan = parseScan(text);
          expect(scan).toMatchObject({ kind: 'label', format: 'eigp-114', ...expected });
          expect(scan.kind === 'label' && scan.fields.map((f) => f.id)).toEqual(chosen.map(([id]) => id));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('GS1 elements survive any order (GS after every variable-length field but the last)', () => {
    const elements = [
      { ai: '01', name: 'gtin', value: fc.constant('09501101530003'), fixed: true },
      { ai: '17', name: 'expiryDate', value: fc.stringMatching(/^\d{6}$/), fixed: true },
      { ai: '10', name: 'lot', value: fc.stringMatching(/^[A-Z0-9]{1,20}$/), fixed: false },
      { ai: '21', name: 'serial', value: fc.stringMatching(/^[A-Z0-9]{1,20}$/), fixed: false },
      { ai: '30', name: 'quantity', value: fc.integer({ min: 1, max: 99_999_999 }).map(String), fixed: false },
    ] as const;
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...elements], { minLength: 1 }),
        fc.tuple(...elements.map((e) => e.value)),
        fc.constantFrom(']C1', ']d2', ']Q3'),
        (chosen, values, aim) => {
          const valueOf = (ai: string) => values[elements.findIndex((e) => e.ai === ai)];
          const body = chosen.map((e, i) => `${e.ai}${valueOf(e.ai)}${!e.fixed && i < chosen.length - 1 ? GS : ''}`).join('');
          const expected = Object.fromEntries(chosen.map((e) => [e.name, valueOf(e.ai)]));
          expect(parseScan(aim + body)).toMatchObject({ kind: 'label', format: 'gs1', ...expected });
          const bracketed = chosen.map((e) => `(${e.ai})${valueOf(e.ai)}`).join('');
          expect(parseScan(bracketed)).toMatchObject({ kind: 'label', format: 'gs1', ...expected });
        },
      ),
      { numRuns: 500 },
    );
  });
});
