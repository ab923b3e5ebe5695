import { describe, expect, it } from 'vitest';
import { availableActions, type Grants } from './serial-actions';

const stages = [
  { name: 'Assembly', optional: false },
  { name: 'Testing', optional: false },
  { name: 'QA', optional: false },
];
const admin: Grants = { advance: true, manage: true, ship: true, defects: true };
const member: Grants = { advance: true, manage: false, ship: false, defects: false };
const unit = (status: 'in_production' | 'in_stock' | 'delivered' | 'scrapped', stage: string | null = 'Assembly') => ({ serial: 'S-1', status, stage, location: status === 'in_stock' ? 'MKE-QA' : null, iterationCount: 0 });

describe('serial page actions', () => {
  it('offers advance, approve and defect in production; deliver and defect in stock (Admin)', () => {
    const making = availableActions(admin, unit('in_production'), stages);
    expect(making).toMatchObject({ advance: { reachable: [stages[1]] }, approve: true, deliver: false, defect: { reworkTo: { first: stages[0], others: [] } } });
    expect(making.at).toMatchObject({ nextStage: 'Testing', firstStage: 'Assembly', inStock: false });
    const stocked = availableActions(admin, unit('in_stock', 'QA'), stages);
    expect(stocked).toMatchObject({ advance: null, approve: false, deliver: true, defect: { reworkTo: { others: [stages[1], stages[2]] } } });
    expect(stocked.at).toMatchObject({ inStock: true, location: 'MKE-QA' });
  });

  it('offers a Member only advancing, and says why nothing is left at the last stage', () => {
    expect(availableActions(member, unit('in_production'), stages)).toMatchObject({ approve: false, deliver: false, defect: null, anyPermission: true });
    const last = availableActions(member, unit('in_production', 'QA'), stages);
    expect(last.advance).toBeNull();
    expect(last.nothing).toBe('It is at its last stage (QA): a lead approves it into stock at QA.');
    expect(availableActions(member, unit('in_stock', 'QA'), stages).nothing).toBe('Your role has no action for a unit that is In Stock.');
  });

  it('offers nothing for a delivered or scrapped unit, and delivery only with the ship grant too', () => {
    expect(availableActions(admin, unit('delivered', null), stages)).toMatchObject({ advance: null, approve: false, deliver: false, defect: null, nothing: 'This unit was delivered: nothing more happens to it here.' });
    expect(availableActions(admin, unit('scrapped'), stages).nothing).toBe('This unit was scrapped: it is out for good.');
    expect(availableActions({ ...admin, ship: false }, unit('in_stock', 'QA'), stages).deliver).toBe(false);
    expect(availableActions({ advance: false, manage: false, ship: false, defects: false }, unit('in_production'), stages).anyPermission).toBe(false);
  });
});
