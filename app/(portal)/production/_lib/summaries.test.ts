import { describe, expect, it } from 'vitest';
import type { SerialDetail } from '@/lib/serials/get-serial';
import { adjustSummary, transitionDone, transitionSummary, whereIs, type SerialAt } from './summaries';

const product = { sku: 'PRD-GATEWAY-100', name: 'Gateway' };
const at: SerialAt = { serial: 'GW-7', stage: 'Testing', location: null, inStock: false, iterationCount: 0, nextStage: 'Coating', firstStage: 'Assembly' };
const detail = (d: Partial<SerialDetail>): SerialDetail => ({
  serial: 'GW-7',
  product: product.sku,
  productName: product.name,
  status: 'in_production',
  stage: 'Testing',
  workOrder: 'WO-1',
  iterationCount: 0,
  location: null,
  batch: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  history: [],
  ...d,
});

describe('confirmation sentences', () => {
  it('say what an adjustment is about to do', () => {
    expect(adjustSummary({ direction: 'add', quantity: '3', location: ' MKE-QA ' }, product)).toBe('You are about to add 3 units of Gateway (PRD-GATEWAY-100) at MKE-QA. Each gets a new serial number.');
    expect(adjustSummary({ direction: 'add', quantity: '1', location: 'MKE-QA' }, product)).toContain('add 1 unit of');
    expect(adjustSummary({ direction: 'subtract', serials: 'GW-1 GW-2' }, product)).toBe('You are about to take 2 units of Gateway (PRD-GATEWAY-100) out of stock: GW-1, GW-2. They are marked scrapped.');
  });

  it('say what a transition is about to do, with the default stage when none is chosen', () => {
    expect(transitionSummary('advance', {}, at)).toBe('You are about to advance GW-7 from Testing to Coating.');
    expect(transitionSummary('advance', { toStage: 'QA' }, at)).toBe('You are about to advance GW-7 from Testing to QA.');
    expect(transitionSummary('approve', { location: 'MKE-QA' }, at)).toBe('You are about to approve GW-7 at QA and put it into stock at MKE-QA.');
    const inStock = { ...at, inStock: true, location: 'MKE-QA' };
    expect(transitionSummary('deliver', { reference: 'SO-1042' }, inStock)).toBe('You are about to deliver GW-7 against SO-1042. It leaves stock at MKE-QA.');
    expect(transitionSummary('defect', { action: 'scrap' }, inStock)).toBe('You are about to scrap GW-7: it is discarded for good. It leaves stock at MKE-QA.');
    expect(transitionSummary('defect', { action: 'rework' }, { ...at, iterationCount: 1 })).toBe('You are about to send GW-7 back to Assembly for rework (iteration 2).');
    expect(transitionSummary('defect', { action: 'rework', toStage: 'Testing' }, inStock)).toContain('back to Testing for rework (iteration 1). It leaves stock at MKE-QA.');
  });

  it('say what was done, and that a replayed request had been done already', () => {
    expect(transitionDone('advance', detail({ stage: 'Coating' }))).toBe('GW-7 is now at Coating.');
    expect(transitionDone('approve', { ...detail({ status: 'in_stock', location: 'MKE-QA' }), replayed: true })).toBe('Already done: GW-7 is in stock at MKE-QA.');
    expect(transitionDone('defect', detail({ status: 'scrapped' }))).toBe('GW-7 was scrapped.');
    expect(transitionDone('defect', detail({ stage: 'Assembly', iterationCount: 2 }))).toBe('GW-7 went back to Assembly for rework (iteration 2).');
  });
});

describe('where a unit is', () => {
  it('is its storage unit and batch in stock, its stage on the line, its delivery reference once delivered', () => {
    expect(whereIs(detail({ status: 'in_stock', location: 'MKE-QA', batch: '#0012' }))).toBe('In stock at MKE-QA, batch #0012');
    expect(whereIs(detail({}))).toBe('On the line at Testing');
    const event = { at: '', fromStatus: null, toStatus: null, fromStage: null, toStage: null, iteration: 0, note: null, user: 'A' };
    const history = [
      { ...event, action: 'delivered', reference: 'SO-1' },
      { ...event, action: 'reworked', reference: null },
      { ...event, action: 'delivered', reference: 'SO-2' },
    ];
    expect(whereIs(detail({ status: 'delivered', history }))).toBe('Delivered against SO-2');
    expect(whereIs(detail({ status: 'delivered' }))).toBe('Delivered');
    expect(whereIs(detail({ status: 'scrapped' }))).toBe('Scrapped: out of stock for good');
  });
});
