// What each core permission lets a person do, in the words the matrix editor shows.
import type { Permission } from './permissions';

export const PERMISSION_LABELS: Record<Permission, string> = {
  'portal.use': 'Sign in and use the portal',
  'admin.access': 'Open the administration screens',
  'users.manage': 'Manage users, departments and teams',
  'settings.manage': 'Change roles, permissions, settings and plugins',
  'inventory.view': 'See stock levels, lots and movement history',
  'inventory.receive': 'Receive stock',
  'inventory.transfer': 'Transfer stock between storage units and sites',
  'inventory.consume': 'Consume stock (issue to a job)',
  'inventory.ship': 'Ship stock against a sales order',
  'inventory.count': 'Run stock counts',
  'inventory.status': 'Put stock on hold, reject or release it',
  'inventory.use-expired': 'Use expired batches (override)',
  'inventory.adjust': 'Adjust stock and set quantities',
  'inventory.reverse': 'Reverse postings',
  'inventory.export': 'Export inventory as CSV',
  'reports.view': 'See inventory reports',
  'serials.view': 'See serial numbers and work orders',
  'serials.advance': 'Advance the serial numbers of their assignments to the next stage',
  'serials.manage': 'Approve serial numbers at QA into stock and deliver them',
  'workorders.manage': 'Create work orders (and their serial numbers)',
  'defects.mark': 'Mark defects (scrap or rework)',
  'scan.use': 'Use the scanning workflows',
  'sales.view': 'See customers and sales orders',
  'sales.manage': 'Create customers and sales orders, complete and cancel orders',
};
