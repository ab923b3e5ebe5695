import { describe, expect, it } from 'vitest';
import { PRODUCTION_REQUEST_FIELDS } from '@/lib/api-docs/areas/production';
import { adjustProductBody } from '../../products/_lib/product-bodies';
import { advanceSerialBody, approveSerialBody, deliverSerialBody, markDefectBody } from './serial-bodies';
import { serialOf } from './serial-path';

describe('serial and product request bodies', () => {
  it('are exactly the fields the API documents', () => {
    const keys = (s: { shape: object }) => Object.keys(s.shape);
    expect(keys(advanceSerialBody)).toEqual(keys(PRODUCTION_REQUEST_FIELDS.AdvanceSerialRequest));
    expect(keys(approveSerialBody)).toEqual(keys(PRODUCTION_REQUEST_FIELDS.ApproveSerialRequest));
    expect(keys(deliverSerialBody)).toEqual(keys(PRODUCTION_REQUEST_FIELDS.DeliverSerialRequest));
    expect(keys(markDefectBody)).toEqual(keys(PRODUCTION_REQUEST_FIELDS.MarkDefectRequest));
    const [add, subtract] = adjustProductBody.options;
    expect(keys(add)).toEqual(keys(PRODUCTION_REQUEST_FIELDS.AddProductStockRequest));
    expect(keys(subtract)).toEqual(keys(PRODUCTION_REQUEST_FIELDS.SubtractProductStockRequest));
  });

  it('drop a serial, SKU or idempotency key sent in the body: the path and the header carry those', () => {
    expect(approveSerialBody.parse({ serial: 'OTHER-1', location: 'MKE-QA', idempotencyKey: 'k' })).toEqual({ location: 'MKE-QA' });
    expect(adjustProductBody.parse({ direction: 'add', sku: 'OTHER', quantity: '2', location: 'MKE-QA', note: 'x', idempotencyKey: 'k' })).toEqual({ direction: 'add', quantity: 2, location: 'MKE-QA', note: 'x' });
    expect(adjustProductBody.safeParse({ direction: 'sideways' }).error?.issues[0]).toMatchObject({ path: ['direction'], message: 'Choose Add or Subtract.' });
  });
});

describe('serial number in the path', () => {
  it('passes what could be a serial and answers 404 for what cannot', () => {
    expect(serialOf('PRD-2026-000123')).toBe('PRD-2026-000123');
    expect(serialOf('ab/12')).toBe('ab/12');
    for (const bad of ['', ' ', 'x'.repeat(101), 'A\nB']) expect(() => serialOf(bad), bad).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
