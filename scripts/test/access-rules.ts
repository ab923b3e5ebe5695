// Who may open each page, call each API route and run each server action: the
// permission (from lib/roles/permissions.ts) that decides it, or "public" /
// "signed-in". scripts/test/access-matrix.integration.test.ts proves every
// rule for every role; access-registry.test.ts fails for a route without one.
import type { Permission } from '../../lib/roles/permissions';
import type { Role } from '../../lib/roles/roles';

/** Permissions plugins define (their manifests hold the default roles; the matrix reads them from the registry). */
export type PluginPermission = 'lots.view' | 'lots.manage' | 'lots.issue' | 'purchasing.view' | 'purchasing.manage' | 'purchasing.receive';
export type Gate = Permission | PluginPermission | 'public' | 'signed-in';

/** Records the matrix test creates first, for routes that address one. */
export interface AccessFixture {
  sku: string;
  countId: number;
  lineId: number;
  transitNumber: string;
  groupId: string;
  userId: number;
  locationId: number;
  locationTypeId: number;
  rackId: number;
  departmentId: number;
  /** A serial-numbered product, and one of its units on a work order every demo role sees (in production at first). */
  productSku: string;
  serial: string;
  /** The work order of that unit. */
  workOrderNumber: string;
  /** A customer, and an open sales order of it in the demo production department (every demo role sees it). */
  partnerCode: string;
  salesOrderNumber: string;
  /** A scan session committed by each role (sessions are private to who committed them). */
  scanSessions: Record<Role, string>;
  /** Production lots plugin: a PCBA with a BOM, and a planned lot of it in the demo production department. */
  lotProductSku: string;
  lotNumber: string;
  /** Purchasing plugin: a supplier, and a placed order of it for the fixture's SKU in the demo production department. */
  supplierCode: string;
  purchaseOrderNumber: string;
  /** A finished background report of each role (jobs are private to who started them); optional for fixtures that only need bodies. */
  reportJobs?: Record<Role, string>;
}

export interface AccessRule {
  gate: Gate;
  /** Path parameters; `role` is the role being checked, for records only their owner sees. */
  params?: (f: AccessFixture, role: Role) => Record<string, string>;
  /** API: a valid body, so a refusal can only come from the permission check. */
  body?: (f: AccessFixture) => unknown;
  /** Server action: the form fields sent (empty by default: the permission check comes before validation). */
  form?: Record<string, string>;
  /** Server action called with a plain object instead of (state, FormData). */
  objectArgument?: boolean;
  /** A note for a reader where the gate is not obvious. */
  why?: string;
  /** A portal route handler (session cookie, not a token): the matrix runs it with the role's actor as the session. */
  session?: boolean;
}

const sku = (f: AccessFixture) => ({ sku: f.sku });
const count = (f: AccessFixture) => ({ id: String(f.countId) });
const transit = (f: AccessFixture) => ({ number: f.transitNumber });
const product = (f: AccessFixture) => ({ sku: f.productSku });
const serial = (f: AccessFixture) => ({ serial: f.serial });
const workOrder = (f: AccessFixture) => ({ number: f.workOrderNumber });
const salesOrder = (f: AccessFixture) => ({ number: f.salesOrderNumber });
const lot = (f: AccessFixture) => ({ number: f.lotNumber });
const reportJob = (f: AccessFixture, role: Role) => ({ id: f.reportJobs?.[role] ?? 'no-report-job-in-this-fixture' });
const purchaseOrder = (f: AccessFixture) => ({ number: f.purchaseOrderNumber });
const action = (file: string, name: string) => `app/(portal)/${file}#${name}`;
const pluginAction = (plugin: string, name: string) => `plugins/${plugin}/pages/actions.ts#${name}`;
/** Label downloads address what they print by "{key}.pdf"; the same records for the API and the portal. */
const LABEL_FILES = {
  items: { gate: 'inventory.view', params: (f: AccessFixture) => ({ file: `${f.sku}.pdf` }) },
  locations: { gate: 'inventory.view', params: () => ({ file: 'CHI-A-01.pdf' }), why: '?descendants=true prints the same scope' },
  lots: { gate: 'inventory.view', params: (f: AccessFixture) => ({ file: `${f.sku}#0001.pdf` }), why: 'the batch the fixture received at CHI-A-01-B1' },
  serials: { gate: 'serials.view', params: (f: AccessFixture) => ({ file: `${f.serial}.pdf` }) },
  'work-orders': { gate: 'serials.view', params: (f: AccessFixture) => ({ file: `${f.workOrderNumber}.pdf` }) },
} satisfies Record<string, AccessRule>;
const labelRules = (prefix: string, extra: Partial<AccessRule> = {}): Record<string, AccessRule> =>
  Object.fromEntries(Object.entries(LABEL_FILES).map(([target, rule]) => [`GET ${prefix}/${target}/[file]`, { ...rule, ...extra }]));

export const PAGE_RULES: Record<string, AccessRule> = {
  '/': { gate: 'portal.use' },
  '/signin': { gate: 'public' },
  '/profile': { gate: 'portal.use' },
  '/admin': { gate: 'admin.access' },
  '/admin/api-tokens': { gate: 'users.manage' },
  '/admin/audit': { gate: 'admin.access' },
  '/admin/items': { gate: 'settings.manage' },
  '/admin/items/new': { gate: 'settings.manage' },
  '/admin/items/[sku]': { gate: 'settings.manage', params: sku },
  '/admin/kinds-and-units': { gate: 'settings.manage' },
  '/admin/location-types': { gate: 'settings.manage' },
  '/admin/location-types/new': { gate: 'settings.manage' },
  '/admin/location-types/[id]': { gate: 'settings.manage', params: (f) => ({ id: String(f.locationTypeId) }) },
  '/admin/locations': { gate: 'settings.manage' },
  '/admin/locations/new': { gate: 'settings.manage' },
  '/admin/locations/new-site': { gate: 'settings.manage' },
  '/admin/locations/[id]': { gate: 'settings.manage', params: (f) => ({ id: String(f.locationId) }) },
  '/admin/locations/[id]/rack': { gate: 'settings.manage', params: (f) => ({ id: String(f.rackId) }) },
  '/admin/plugins': { gate: 'settings.manage' },
  '/admin/products/[sku]/stages': { gate: 'settings.manage', params: product },
  '/admin/roles': { gate: 'settings.manage' },
  '/admin/departments': { gate: 'users.manage' },
  '/admin/departments/new': { gate: 'users.manage' },
  '/admin/departments/[id]': { gate: 'users.manage', params: (f) => ({ id: String(f.departmentId) }) },
  '/admin/settings': { gate: 'settings.manage' },
  '/admin/users': { gate: 'users.manage' },
  '/admin/users/new': { gate: 'users.manage' },
  '/admin/users/[id]': { gate: 'users.manage', params: (f) => ({ id: String(f.userId) }) },
  '/inventory': { gate: 'inventory.view' },
  '/inventory/items/[sku]': { gate: 'inventory.view', params: sku },
  '/inventory/locations/[code]': { gate: 'inventory.view', params: () => ({ code: 'CHI-A-01-B1' }) },
  '/inventory/move/[kind]': { gate: 'inventory.view', params: () => ({ kind: 'adjust' }), why: 'the page explains a missing grant instead of the form' },
  '/inventory/counts': { gate: 'inventory.view', why: 'the page explains a missing count grant instead of the list' },
  '/inventory/counts/new': { gate: 'inventory.view', why: 'the page explains a missing count grant instead of the form' },
  '/inventory/counts/[id]': { gate: 'inventory.count', params: count },
  '/inventory/counts/[id]/review': { gate: 'inventory.count', params: count },
  '/inventory/transits': { gate: 'inventory.view' },
  '/inventory/transits/new': { gate: 'inventory.view', why: 'the page explains a missing transfer grant instead of the form' },
  '/inventory/transits/[number]': { gate: 'inventory.view', params: transit },
  '/sales-orders': { gate: 'sales.view' },
  '/sales-orders/new': { gate: 'sales.manage' },
  '/sales-orders/[number]': { gate: 'sales.view', params: salesOrder },
  '/sales-orders/partners': { gate: 'sales.view' },
  '/production': { gate: 'serials.view' },
  '/production/log': { gate: 'serials.view' },
  '/production/products/[sku]': { gate: 'serials.view', params: product },
  '/production/products/[sku]/adjust': { gate: 'serials.view', params: product, why: 'the page explains a missing adjust grant instead of the form' },
  '/production/serials/[serial]': { gate: 'serials.view', params: serial },
  '/production/work-orders': { gate: 'serials.view' },
  '/production/work-orders/new': { gate: 'workorders.manage' },
  '/production/work-orders/[number]': { gate: 'serials.view', params: workOrder },
  '/production-lots': { gate: 'lots.view' },
  '/purchasing': { gate: 'purchasing.view' },
  '/purchasing/orders': { gate: 'purchasing.view' },
  '/purchasing/orders/[number]': { gate: 'purchasing.view', params: purchaseOrder },
  '/purchasing/items/[sku]': { gate: 'purchasing.view', params: sku },
  '/purchasing/lots/[number]': { gate: 'purchasing.view', params: lot },
  '/production-lots/[number]': { gate: 'lots.view', params: lot },
  '/boms/[sku]': { gate: 'lots.view', params: (f) => ({ sku: f.lotProductSku }) },
  '/scan': { gate: 'scan.use' },
  '/reports': { gate: 'reports.view' },
  '/reports/jobs/[id]': { gate: 'reports.view', params: reportJob, why: "each role reads its own job; someone else's is 404, Admins' too" },
  '/scan/[workflow]': { gate: 'scan.use', params: () => ({ workflow: 'sales' }), why: 'the page explains a missing workflow grant (inventory.ship for sales) instead of the scanner' },
};

export const API_RULES: Record<string, AccessRule> = {
  ...labelRules('/api/v1/labels'),
  ...labelRules('/labels', { session: true }),
  'GET /api/v1/labels/selected/[file]': { gate: 'serials.view', params: () => ({ file: 'serials.pdf' }), why: 'nothing ticked: 422 for who may read serials, 403 for who may not' },
  'GET /labels/selected/[file]': { gate: 'serials.view', params: () => ({ file: 'serials.pdf' }), session: true, why: 'nothing ticked: 422 for who may read serials, 403 for who may not' },
  'GET /api/auth/[...nextauth]': { gate: 'public' },
  'POST /api/auth/[...nextauth]': { gate: 'public' },
  'GET /api/v1/[...path]': { gate: 'public', why: 'answers 404 for any unknown path' },
  'POST /api/v1/[...path]': { gate: 'public' },
  'PUT /api/v1/[...path]': { gate: 'public' },
  'PATCH /api/v1/[...path]': { gate: 'public' },
  'DELETE /api/v1/[...path]': { gate: 'public' },
  'POST /api/v1/auth/token': { gate: 'public', why: 'exchanges an e-mail and password for a token' },
  'GET /api/v1/openapi.json': { gate: 'public' },
  'GET /api/health': { gate: 'public', why: 'load balancer health check: says only whether the database is reachable' },
  'GET /api/v1/me': { gate: 'portal.use' },
  'GET /inventory/export.csv': { gate: 'inventory.export', why: 'session cookie, not a token: covered by the browser tests' },
  'GET /reports/[report]': { gate: 'reports.view', session: true, params: () => ({ report: 'movements' }), why: 'sent without a period: the permission is checked first, then the missing dates are a 422; config-audit also needs admin.access' },
  'GET /reports/jobs/[id]/status': { gate: 'reports.view', session: true, params: reportJob, why: "each role reads its own job; someone else's is 404" },
  'GET /reports/jobs/[id]/file': { gate: 'reports.view', session: true, params: reportJob, why: "each role downloads its own finished job; someone else's is 404" },
  'POST /api/v1/reports/jobs': { gate: 'reports.view', body: () => ({ report: 'defects', format: 'csv', filters: { from: '2099-01-01', to: '2099-01-01' } }), why: 'a defect report of a future day: a small job; config-audit also needs admin.access' },
  'GET /api/v1/reports/jobs': { gate: 'reports.view' },
  'GET /api/v1/reports/jobs/[id]': { gate: 'reports.view', params: reportJob, why: "each role reads its own job; someone else's is 404, Admins' too" },
  'GET /api/v1/reports/jobs/[id]/file': { gate: 'reports.view', params: reportJob, why: "each role downloads its own finished job; someone else's is 404" },
  'GET /api/v1/reports/[file]': { gate: 'reports.view', params: () => ({ file: 'movements.csv' }), why: 'sent without a period: the permission is checked first, then the missing dates are a 422; config-audit also needs admin.access' },
  'GET /api/v1/items': { gate: 'inventory.view' },
  'POST /api/v1/items': { gate: 'settings.manage', body: () => ({ sku: `ACL-${Math.random().toString(36).slice(2, 10)}`, name: 'Access test', kind: 'part', unit: 'pcs' }) },
  'GET /api/v1/items/[sku]': { gate: 'inventory.view', params: sku },
  'GET /api/v1/items/[sku]/lots': { gate: 'inventory.view', params: sku },
  'GET /api/v1/items/[sku]/movements': { gate: 'inventory.view', params: sku },
  'GET /api/v1/locations': { gate: 'settings.manage', why: 'the location tree is an admin view' },
  'POST /api/v1/locations': { gate: 'settings.manage', body: () => ({ code: `ACL-${Math.random().toString(36).slice(2, 8)}`, name: 'Access test site' }) },
  'GET /api/v1/inventory': { gate: 'inventory.view' },
  'GET /api/v1/inventory/export.csv': { gate: 'inventory.export' },
  'POST /api/v1/movements': { gate: 'inventory.receive', body: (f) => ({ type: 'receipt', sku: f.sku, quantity: '1', to: 'CHI-A-01-B1' }) },
  'POST /api/v1/movements/[groupId]/reverse': { gate: 'inventory.reverse', params: (f) => ({ groupId: f.groupId }), body: () => ({ reason: 'access test' }) },
  'GET /api/v1/counts': { gate: 'inventory.count' },
  'POST /api/v1/counts': { gate: 'inventory.count', body: () => ({ location: 'CHI-A-01-B2' }) },
  'GET /api/v1/counts/[id]': { gate: 'inventory.count', params: count },
  'GET /api/v1/counts/[id]/variances': { gate: 'inventory.count', params: count },
  'POST /api/v1/counts/[id]/lines/[lineId]': { gate: 'inventory.count', params: (f) => ({ id: String(f.countId), lineId: String(f.lineId) }), body: () => ({ counted: '3' }) },
  'POST /api/v1/counts/[id]/post': { gate: 'inventory.adjust', params: count, body: () => ({}) },
  'POST /api/v1/counts/[id]/discard': { gate: 'inventory.adjust', params: count, body: () => ({}) },
  'GET /api/v1/transits': { gate: 'inventory.view' },
  'POST /api/v1/transits': { gate: 'inventory.transfer', body: (f) => ({ sku: f.sku, from: 'CHI-A-01-B1', to: 'MKE', quantity: '1' }) },
  'GET /api/v1/transits/[number]': { gate: 'inventory.view', params: transit },
  'POST /api/v1/transits/[number]/receive': { gate: 'inventory.receive', params: transit, body: () => ({ quantity: '1' }) },
  'POST /api/v1/transits/[number]/close': { gate: 'inventory.receive', params: transit, body: () => ({ reason: 'access test' }) },
  'GET /api/v1/products': { gate: 'serials.view' },
  'GET /api/v1/products/[sku]/log': { gate: 'serials.view', params: product },
  'POST /api/v1/products/[sku]/adjust': { gate: 'inventory.adjust', params: product, body: () => ({ direction: 'add', quantity: 1, location: 'MKE-QA', note: 'access test' }) },
  'GET /api/v1/serials': { gate: 'serials.view' },
  'GET /api/v1/serials/[serial]': { gate: 'serials.view', params: serial },
  // The transitions share one serial and run in key order, each for ADMIN, DEPARTMENT_LEAD, TEAM_LEAD, MEMBER:
  // advance walks it to QA (the Member's is then a 409), approve puts it in stock, defect scraps it, deliver is a 409 for all.
  'POST /api/v1/serials/[serial]/advance': { gate: 'serials.advance', params: serial, body: () => ({ note: 'access test' }) },
  'POST /api/v1/serials/[serial]/approve': { gate: 'serials.manage', params: serial, body: () => ({ location: 'MKE-QA' }) },
  'POST /api/v1/serials/[serial]/defect': { gate: 'defects.mark', params: serial, body: () => ({ action: 'scrap', notes: 'access test' }) },
  'POST /api/v1/serials/[serial]/deliver': { gate: 'serials.manage', params: serial, body: () => ({ reference: 'SO-ACCESS' }), why: 'also needs inventory.ship, held by the same roles by default' },
  'GET /api/v1/work-orders': { gate: 'serials.view' },
  'POST /api/v1/work-orders': { gate: 'workorders.manage', body: (f) => ({ product: f.productSku, quantity: 1 }) },
  'GET /api/v1/work-orders/[number]': { gate: 'serials.view', params: workOrder },
  'GET /api/v1/sales-orders': { gate: 'sales.view' },
  'POST /api/v1/sales-orders': { gate: 'sales.manage', body: (f) => ({ partner: f.partnerCode, expectedAt: '2099-01-31', lines: [{ sku: f.sku, quantity: 1 }] }) },
  'GET /api/v1/sales-orders/[number]': { gate: 'sales.view', params: salesOrder },
  'GET /api/v1/partners': { gate: 'sales.view' },
  'POST /api/v1/partners': { gate: 'sales.manage', body: () => ({ code: `ACL-${Math.random().toString(36).slice(2, 10)}`, name: 'Access test customer' }) },
  'POST /api/v1/scan/resolve': { gate: 'scan.use', body: (f) => ({ code: f.sku, location: 'CHI-A-01-B1' }) },
  'POST /api/v1/scan/preview': { gate: 'inventory.receive', body: (f) => ({ workflow: 'general', action: 'receive', location: 'MKE-QA', lines: [{ code: f.sku, quantity: '1' }] }), why: 'a general receive; each workflow needs its own grant besides scan.use' },
  'POST /api/v1/scan/commit': { gate: 'inventory.receive', body: (f) => ({ workflow: 'general', action: 'receive', location: 'MKE-QA', lines: [{ code: f.sku, quantity: '1' }] }), why: 'a general receive; each workflow needs its own grant besides scan.use' },
  'GET /api/v1/scan/sessions': { gate: 'scan.use' },
  'GET /api/v1/scan/sessions/[sessionId]': { gate: 'scan.use', params: (f, role) => ({ sessionId: f.scanSessions[role] }), why: "each role reads its own session; someone else's is 404" },
  'POST /api/v1/boms': { gate: 'lots.manage', body: (f) => ({ product: f.lotProductSku, lines: [{ sku: f.sku, quantityPer: 2 }] }) },
  'POST /api/v1/production-lots': { gate: 'lots.manage', body: (f) => ({ product: f.lotProductSku, quantity: 1 }) },
  'GET /api/v1/production-lots/[number]': { gate: 'lots.view', params: lot },
  'POST /api/v1/production-lots/[number]/release': { gate: 'lots.manage', params: lot, why: "the Admin releases the planned lot; the Department Lead's is then a 409" },
  'GET /api/v1/production-lots/[number]/forecast': { gate: 'purchasing.view', params: lot },
  'GET /purchasing/forecast.csv': { gate: 'purchasing.view', session: true },
  'POST /api/v1/purchase-orders': { gate: 'purchasing.manage', body: (f) => ({ supplier: f.supplierCode, lines: [{ sku: f.sku, quantity: 1, unitPrice: '1', expectedAt: '2099-01-31' }] }) },
  'GET /api/v1/purchase-orders/[number]': { gate: 'purchasing.view', params: purchaseOrder },
  'POST /api/v1/purchase-orders/[number]/receive': { gate: 'purchasing.receive', params: purchaseOrder, body: (f) => ({ lines: [{ sku: f.sku, quantity: 1, location: 'CHI-A-01-B1' }] }) },
  'POST /api/v1/scan/sessions/[sessionId]/rollback': { gate: 'inventory.reverse', params: (f) => ({ sessionId: f.scanSessions.ADMIN }), body: () => ({ reason: 'access test' }) },
};

export const ACTION_RULES: Record<string, AccessRule> = {
  // Plugin actions answer "not found" (like the plugin's pages) to a role without the permission.
  [pluginAction('production-lots', 'createLotAction')]: { gate: 'lots.manage' },
  [pluginAction('production-lots', 'releaseLotAction')]: { gate: 'lots.manage' },
  [pluginAction('production-lots', 'issueMaterialsAction')]: { gate: 'lots.issue' },
  [pluginAction('production-lots', 'completeLotAction')]: { gate: 'lots.issue' },
  [pluginAction('production-lots', 'closeLotAction')]: { gate: 'lots.manage' },
  [pluginAction('production-lots', 'saveBomAction')]: { gate: 'lots.manage' },
  [pluginAction('production-lots', 'importBomCsvAction')]: { gate: 'lots.manage' },
  [pluginAction('purchasing', 'createPurchaseOrderAction')]: { gate: 'purchasing.manage' },
  [pluginAction('purchasing', 'createSupplierAction')]: { gate: 'purchasing.manage' },
  [pluginAction('purchasing', 'receivePurchaseOrderAction')]: { gate: 'purchasing.receive' },
  [pluginAction('purchasing', 'setPurchaseOrderStatusAction')]: { gate: 'purchasing.manage' },
  [pluginAction('purchasing', 'setItemPurchasingAction')]: { gate: 'purchasing.manage' },
  [pluginAction('purchasing', 'createDraftPosAction')]: { gate: 'purchasing.manage' },
  [action('admin/api-tokens/actions.ts', 'revokeAnyTokenAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'assignMemberAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'createDepartmentAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'createTeamAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'renameDepartmentAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'renameTeamAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'setDepartmentArchivedAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'setLeadRoleAction')]: { gate: 'users.manage' },
  [action('admin/departments/actions.ts', 'setTeamArchivedAction')]: { gate: 'users.manage' },
  [action('admin/items/actions.ts', 'createItemAction')]: { gate: 'settings.manage' },
  [action('admin/items/actions.ts', 'updateItemAction')]: { gate: 'settings.manage' },
  [action('admin/kinds-and-units/actions.ts', 'createItemKindAction')]: { gate: 'settings.manage' },
  [action('admin/kinds-and-units/actions.ts', 'createUnitAction')]: { gate: 'settings.manage' },
  [action('admin/kinds-and-units/actions.ts', 'renameItemKindAction')]: { gate: 'settings.manage' },
  [action('admin/location-types/actions.ts', 'createLocationTypeAction')]: { gate: 'settings.manage' },
  [action('admin/location-types/actions.ts', 'updateLocationTypeAction')]: { gate: 'settings.manage' },
  [action('admin/locations/actions.ts', 'createSiteAction')]: { gate: 'settings.manage' },
  [action('admin/locations/actions.ts', 'createStorageUnitAction')]: { gate: 'settings.manage' },
  [action('admin/locations/actions.ts', 'setSiteAllowNegativeAction')]: { gate: 'settings.manage' },
  [action('admin/locations/actions.ts', 'updateLocationAction')]: { gate: 'settings.manage' },
  [action('admin/plugins/actions.ts', 'setPluginEnabledAction')]: { gate: 'settings.manage' },
  [action('admin/products/[sku]/stages/actions.ts', 'setProductStagesAction')]: { gate: 'settings.manage' },
  [action('admin/roles/actions.ts', 'setRolePermissionAction')]: { gate: 'settings.manage' },
  [action('admin/settings/actions.ts', 'updateSettingsAction')]: { gate: 'settings.manage' },
  [action('admin/users/actions.ts', 'createUserAction')]: { gate: 'users.manage' },
  [action('admin/users/actions.ts', 'resetPasswordAction')]: { gate: 'users.manage' },
  [action('admin/users/actions.ts', 'setUserActiveAction')]: { gate: 'users.manage' },
  [action('admin/users/actions.ts', 'updateUserAction')]: { gate: 'users.manage' },
  [action('inventory/actions.ts', 'postMovementAction')]: { gate: 'inventory.adjust', form: { kind: 'adjust' }, why: 'sent as an adjustment, the exceptional kind' },
  [action('inventory/actions.ts', 'previewPickAction')]: { gate: 'inventory.view', objectArgument: true },
  [action('inventory/actions.ts', 'reverseMovementAction')]: { gate: 'inventory.reverse' },
  [action('inventory/counts/actions.ts', 'addCountLineAction')]: { gate: 'inventory.count' },
  [action('inventory/counts/actions.ts', 'createCountAction')]: { gate: 'inventory.count' },
  [action('inventory/counts/actions.ts', 'discardCountAction')]: { gate: 'inventory.adjust' },
  [action('inventory/counts/actions.ts', 'postCountAction')]: { gate: 'inventory.adjust' },
  [action('inventory/counts/actions.ts', 'recordCountAction')]: { gate: 'inventory.count' },
  [action('inventory/transits/actions.ts', 'closeTransitAction')]: { gate: 'inventory.receive' },
  [action('inventory/transits/actions.ts', 'receiveTransitAction')]: { gate: 'inventory.receive' },
  [action('inventory/transits/actions.ts', 'shipTransitAction')]: { gate: 'inventory.transfer' },
  [action('sales-orders/actions.ts', 'createSalesOrderAction')]: { gate: 'sales.manage' },
  [action('sales-orders/actions.ts', 'setSalesOrderStatusAction')]: { gate: 'sales.manage' },
  [action('sales-orders/partners/actions.ts', 'createPartnerAction')]: { gate: 'sales.manage' },
  [action('production/actions.ts', 'adjustProductAction')]: { gate: 'inventory.adjust', form: { step: 'confirm' }, why: 'sent as the confirming step, the one that posts' },
  [action('production/actions.ts', 'advanceSelectedAction')]: { gate: 'serials.advance' },
  [action('production/actions.ts', 'advanceSerialAction')]: { gate: 'serials.advance', form: { step: 'confirm' } },
  [action('production/actions.ts', 'approveSelectedAction')]: { gate: 'serials.manage' },
  [action('production/actions.ts', 'approveSerialAction')]: { gate: 'serials.manage', form: { step: 'confirm' } },
  [action('production/actions.ts', 'deliverSerialAction')]: { gate: 'serials.manage', form: { step: 'confirm' }, why: 'also needs inventory.ship, which the same roles hold' },
  [action('production/actions.ts', 'markDefectAction')]: { gate: 'defects.mark', form: { step: 'confirm' } },
  [action('production/work-orders/actions.ts', 'createWorkOrderAction')]: { gate: 'workorders.manage' },
  [action('production/work-orders/actions.ts', 'setWorkOrderStatusAction')]: { gate: 'workorders.manage' },
  [action('profile/actions.ts', 'createOwnTokenAction')]: { gate: 'portal.use' },
  [action('profile/actions.ts', 'revokeOwnTokenAction')]: { gate: 'portal.use' },
  [action('scan/actions.ts', 'resolveScanAction')]: { gate: 'scan.use', objectArgument: true },
  [action('scan/actions.ts', 'previewScanAction')]: { gate: 'scan.use', objectArgument: true, why: "sent empty: scan.use is checked before the session is read; the workflow's own grant (inventory.ship, scan.production, inventory.receive ...) after it, proved in app/(portal)/scan/actions.integration.test.ts" },
  [action('scan/actions.ts', 'commitScanAction')]: { gate: 'scan.use', objectArgument: true, why: "sent empty: scan.use is checked before the session is read; the workflow's own grant (inventory.ship, scan.production, inventory.receive ...) after it, proved in app/(portal)/scan/actions.integration.test.ts" },
  [action('scan/actions.ts', 'rollbackScanAction')]: { gate: 'inventory.reverse' },
  [action('reports/actions.ts', 'startReportJobAction')]: { gate: 'reports.view', form: { run: 'movements' }, why: 'sent without a period: the permission is checked first, then the missing dates refuse it before a job is recorded' },
};
