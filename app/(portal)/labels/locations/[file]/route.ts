// /labels/locations/{code}: the storage unit's label; ?descendants=true adds every storage unit beneath it — printed from the portal (session cookie).
import { portalLabels } from '../../_lib/portal-labels';

export const GET = portalLabels('locations');
