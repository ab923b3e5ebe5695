import { describe, expect, it } from 'vitest';
import { adjustDone, adjustInput } from './adjust-input';

const form = (fields: [string, string][]) => {
  const fd = new FormData();
  for (const [k, v] of fields) fd.append(k, v);
  return fd;
};

describe('adjust form input', () => {
  it('sends Add as a quantity at a storage unit, leaving the Subtract fields out', () => {
    const fd = form([['direction', 'add'], ['sku', 'P-1'], ['quantity', '3'], ['location', 'MKE-QA'], ['note', 'found'], ['serials', 'S-1'], ['serialsText', 'S-2']]);
    expect(adjustInput(fd)).toEqual({ direction: 'add', sku: 'P-1', quantity: '3', location: 'MKE-QA', note: 'found' });
  });

  it('sends Subtract as the ticked and typed serials, once each', () => {
    const fd = form([['direction', 'subtract'], ['sku', 'P-1'], ['quantity', '3'], ['serials', 'S-1'], ['serials', 'S-2'], ['serialsText', 's-1, S-3'], ['note', 'lost']]);
    expect(adjustInput(fd)).toEqual({ direction: 'subtract', sku: 'P-1', note: 'lost', serials: ['S-1', 'S-2', 'S-3'] });
  });

  it('leaves a missing direction to the domain to refuse', () => {
    expect(adjustInput(form([['sku', 'P-1']]))).toMatchObject({ direction: undefined, sku: 'P-1' });
  });

  it('says what was done', () => {
    expect(adjustDone('add', { groupId: 'g', serials: ['A', 'B'], replayed: false })).toEqual({ message: 'Added 2 units to stock.', done: { direction: 'add', serials: ['A', 'B'], replayed: false } });
    expect(adjustDone('subtract', { groupId: 'g', serials: ['A'], replayed: true }).message).toBe('Already done: Took 1 unit out of stock.');
  });
});
