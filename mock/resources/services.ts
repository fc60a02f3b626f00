/**
 * /services: what a business sells by the hour, day or job. `description` and
 * `sales_ledger_account_id` are required; `sales_rates[]` gives invoice lines that name it
 * (`service_id`) their price. Shared behaviour: mock/resources/catalog_items.ts.
 */
import type { RouteDef } from '../context.ts';
import { SERVICES } from '../ledger/catalog.ts';
import { itemRoutes, type ItemKind } from './catalog_items.ts';

export const SERVICE: ItemKind = {
  resource: SERVICES,
  singular: 'service',
  catalogType: 'SERVICE',
  prices: { key: 'sales_rates', name: 'rate_name', amount: 'rate', includesTax: 'rate_includes_tax', type: 'service_rate_type_id' },
  required: ['description', 'sales_ledger_account_id'],
  stock: false,
  own: { oss_service: false },
};

export const serviceRoutes: RouteDef[] = itemRoutes(SERVICE);
