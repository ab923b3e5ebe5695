import { describe, expect, it } from 'vitest';
import { TRANSIT_REQUEST_FIELDS } from '@/lib/api-docs/areas/transits';
import { closeTransitBody, receiveTransitBody, shipTransitBody } from './transit-bodies';

describe('transit request bodies', () => {
  it('are exactly the fields the API documents', () => {
    expect(Object.keys(shipTransitBody.shape)).toEqual(Object.keys(TRANSIT_REQUEST_FIELDS.ShipTransitRequest.shape));
    expect(Object.keys(receiveTransitBody.shape)).toEqual(Object.keys(TRANSIT_REQUEST_FIELDS.ReceiveTransitRequest.shape));
    expect(Object.keys(closeTransitBody.shape)).toEqual(Object.keys(TRANSIT_REQUEST_FIELDS.CloseTransitRequest.shape));
  });

  it('drop a body idempotency key and reference: the header and the document carry those', () => {
    const parsed = shipTransitBody.parse({ sku: 'A', from: 'CHI', to: 'MKE', quantity: 1, idempotencyKey: 'k', reference: { kind: 'x' } });
    expect(parsed).toEqual({ sku: 'A', from: 'CHI', to: 'MKE', quantity: 1 });
    expect(receiveTransitBody.parse({ quantity: '2', number: 'TRN-000001', location: '' })).toEqual({ quantity: '2' });
  });
});
