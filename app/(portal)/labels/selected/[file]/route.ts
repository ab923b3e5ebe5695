// /labels/selected/{items|serials}.pdf?key=…&key=… — labels for what was ticked in a list (session cookie).
import { portalSelectedLabels } from '../../_lib/portal-labels';

export const GET = portalSelectedLabels;
