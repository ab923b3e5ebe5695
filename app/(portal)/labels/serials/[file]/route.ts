// /labels/serials/{serial}: the serial number's label — printed from the portal (session cookie).
import { portalLabels } from '../../_lib/portal-labels';

export const GET = portalLabels('serials');
