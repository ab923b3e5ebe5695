// Plugin pages get the portal's shell (top bar, navigation limited to the role)
// like core pages; each plugin page still checks its own actor.
export { default } from '../(portal)/layout';

export const dynamic = 'force-dynamic';
