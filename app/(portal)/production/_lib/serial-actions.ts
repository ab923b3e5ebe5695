// Which actions the serial page offers: what the actor's role may do, for the
// unit's status, with the stage choices each needs. An offer only: the domain
// checks permission, scope and the stage rules again.
import type { SerialDetail } from '@/lib/serials/get-serial';
import { STATUS_LABEL } from './labels';
import { reachableStages, reworkStages, type StageView } from './stage-choices';
import type { SerialAt } from './summaries';

export interface Grants {
  advance: boolean;
  /** serials.manage: QA approval and delivery. */
  manage: boolean;
  /** inventory.ship: delivery also ships stock. */
  ship: boolean;
  defects: boolean;
}

export function availableActions(g: Grants, serial: Pick<SerialDetail, 'serial' | 'status' | 'stage' | 'location' | 'iterationCount'>, stages: StageView[]) {
  const inProduction = serial.status === 'in_production';
  const inStock = serial.status === 'in_stock';
  const reachable = inProduction ? reachableStages(stages, serial.stage) : [];
  const at: SerialAt = {
    serial: serial.serial,
    stage: serial.stage,
    location: serial.location,
    inStock,
    iterationCount: serial.iterationCount,
    nextStage: reachable[0]?.name ?? null,
    firstStage: stages[0]?.name ?? null,
  };
  const advance = g.advance && inProduction && reachable.length ? { reachable } : null;
  const approve = g.manage && inProduction;
  const deliver = g.manage && g.ship && inStock;
  const defect = g.defects && (inProduction || inStock) ? { reworkTo: reworkStages(stages, serial.stage, inProduction) } : null;
  let nothing = `Your role has no action for a unit that is ${STATUS_LABEL[serial.status]}.`;
  if (serial.status === 'delivered') nothing = 'This unit was delivered: nothing more happens to it here.';
  else if (serial.status === 'scrapped') nothing = 'This unit was scrapped: it is out for good.';
  else if (inProduction && g.advance && !reachable.length) nothing = `It is at its last stage (${serial.stage}): a lead approves it into stock at QA.`;
  return { at, advance, approve, deliver, defect, nothing, anyPermission: g.advance || g.manage || g.defects };
}
