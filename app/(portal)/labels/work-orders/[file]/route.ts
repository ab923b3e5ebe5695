// /labels/work-orders/{number}: one label per serial number of the work order — printed from the portal (session cookie).
import { portalLabels } from '../../_lib/portal-labels';

export const GET = portalLabels('work-orders');
