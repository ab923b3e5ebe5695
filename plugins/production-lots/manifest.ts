// Production lots with BOMs: the plugin's declaration (see plugins/README.md).
import { definePlugin } from '../../lib/plugins/manifest';

export const productionLotsPlugin = definePlugin({
  id: 'production-lots',
  name: 'Production lots',
  version: '1.0.0',
  permissions: {
    'lots.view': ['ADMIN', 'DEPARTMENT_LEAD', 'TEAM_LEAD'],
    'lots.manage': ['ADMIN', 'DEPARTMENT_LEAD'],
    'lots.issue': ['ADMIN', 'DEPARTMENT_LEAD', 'TEAM_LEAD'],
  },
  navigation: [{ label: 'Production lots', href: '/production-lots', permission: 'lots.view' }],
  routes: ['/production-lots', '/boms'],
  references: [{ kind: 'production_lot', label: 'Production lot', href: '/production-lots/{number}' }],
  itemTabs: [{ label: 'Bill of materials', href: '/boms/{sku}', permission: 'lots.view' }],
});
