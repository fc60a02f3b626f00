/**
 * /products: what a business sells (and buys), NON_STOCK_ITEM by default (`catalog_item_type_id`
 * may say STOCK_ITEM). `description`, `sales_ledger_account_id` and `purchase_ledger_account_id`
 * are required; `sales_prices[]` gives invoice lines that name it (`product_id`) their price.
 * Shared behaviour: mock/resources/catalog_items.ts.
 */
import type { RouteDef } from '../context.ts';
import { PRODUCTS } from '../ledger/catalog.ts';
import { itemRoutes, type ItemKind } from './catalog_items.ts';

export const PRODUCT: ItemKind = {
  resource: PRODUCTS,
  singular: 'product',
  catalogType: 'NON_STOCK_ITEM',
  prices: {
    key: 'sales_prices',
    name: 'price_name',
    amount: 'price',
    includesTax: 'price_includes_tax',
    type: 'product_sales_price_type_id',
  },
  required: ['description', 'sales_ledger_account_id', 'purchase_ledger_account_id'],
  stock: false,
  own: {},
};

export const productRoutes: RouteDef[] = itemRoutes(PRODUCT);
