// The scanning workflows as the screens name them, and which grant each needs
// so a screen offers only what the person may do. The domain
// (lib/scan/prepare-scan.ts) checks the same grants again on every call.
import type { Permission } from '@/lib/roles/permissions';

export const SCAN_HREF = '/scan';

export const WORKFLOWS = ['sales', 'production', 'general'] as const;
export type Workflow = (typeof WORKFLOWS)[number];
export const isWorkflow = (value: unknown): value is Workflow => typeof value === 'string' && (WORKFLOWS as readonly string[]).includes(value);

export const GENERAL_ACTIONS = ['receive', 'move', 'count', 'consume'] as const;
export type GeneralAction = (typeof GENERAL_ACTIONS)[number];
export const isGeneralAction = (value: unknown): value is GeneralAction => typeof value === 'string' && (GENERAL_ACTIONS as readonly string[]).includes(value);

export const workflowHref = (workflow: Workflow) => `${SCAN_HREF}/${workflow}`;

export const WORKFLOW_LABEL: Record<Workflow, string> = {
  sales: 'Sales inventory logging',
  production: 'Production inventory logging',
  general: 'General inventory update',
};

export const WORKFLOW_HINT: Record<Workflow, string> = {
  sales: 'Deliver items, lots and serial numbers against an active sales order.',
  production: 'Log the materials a production run consumes.',
  general: 'Receive, move, count or consume stock by scanning.',
};

export const WORKFLOW_PERMISSION: Record<'sales' | 'production', Permission> = { sales: 'inventory.ship', production: 'scan.production' };

export const ACTION_PERMISSION: Record<GeneralAction, Permission> = {
  receive: 'inventory.receive',
  move: 'inventory.transfer',
  count: 'inventory.adjust',
  consume: 'inventory.consume',
};

export const ACTION_LABEL: Record<GeneralAction, string> = { receive: 'Receive', move: 'Move', count: 'Count', consume: 'Consume' };

export const ACTION_HINT: Record<GeneralAction, string> = {
  receive: 'Scan the storage unit it goes into, then the items or bag labels.',
  move: 'Scan where it is, where it goes, then the items.',
  count: 'Scan the storage unit, then each item with the quantity counted.',
  consume: 'Scan where it is taken from, then the items used up.',
};

/** What a session's storage units are called on the scan screen. */
export function placeLabels(workflow: Workflow, action: GeneralAction | null): { source: string; destination: string | null } {
  if (workflow === 'general' && action === 'receive') return { source: 'Receiving into', destination: null };
  if (workflow === 'general' && action === 'count') return { source: 'Counting at', destination: null };
  if (workflow === 'general' && action === 'move') return { source: 'Moving from', destination: 'Moving to' };
  return { source: 'Taking from', destination: null };
}

export const MISSING_GRANT: Record<'sales' | 'production', string> = {
  sales: 'Sales logging ships stock against an order, which your role may not do. Ask a lead to log this delivery.',
  production: 'Your role may not log materials against production runs. Ask a lead to grant it.',
};
