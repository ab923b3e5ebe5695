// /labels/lots/{SKU#0002} (the # sent as %23): the batch label — printed from the portal (session cookie).
import { portalLabels } from '../../_lib/portal-labels';

export const GET = portalLabels('lots');
