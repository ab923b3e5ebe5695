// Purchasing forecast with purchase orders: the plugin's declaration (see plugins/README.md).
import { definePlugin } from '../../lib/plugins/manifest';

export const purchasingPlugin = definePlugin({
  id: 'purchasing',
  name: 'Purchasing forecast',
  version: '1.0.0',
  permissions: {
    'purchasing.view': ['ADMIN', 'DEPARTMENT_LEAD'],
    'purchasing.manage': ['ADMIN', 'DEPARTMENT_LEAD'],
    'purchasing.receive': ['ADMIN', 'DEPARTMENT_LEAD', 'TEAM_LEAD'],
  },
  navigation: [{ label: 'Purchasing', href: '/purchasing', permission: 'purchasing.view' }],
  routes: ['/purchasing'],
  references: [{ kind: 'purchase_order', label: 'Purchase order', href: '/purchasing/orders/{number}' }],
  itemTabs: [{ label: 'Purchasing', href: '/purchasing/items/{sku}', permission: 'purchasing.view' }],
});
