/**
 * /stock_items: products whose stock is counted. `item_code`, `description`,
 * `sales_ledger_account_id` and `purchase_ledger_account_id` are required; the stock fields
 * (`quantity_in_stock`, `reorder_level`, ...) are stored as sent: invoices do not move stock in the
 * mock [guess: there are no stock movements]. Lines name a stock item with `product_id`.
 * Shared behaviour: mock/resources/catalog_items.ts.
 */
import type { RouteDef } from '../context.ts';
import { STOCK_ITEMS } from '../ledger/catalog.ts';
import { itemRoutes, type ItemKind } from './catalog_items.ts';

export const STOCK_ITEM: ItemKind = {
  resource: STOCK_ITEMS,
  singular: 'stock_item',
  catalogType: 'STOCK_ITEM',
  prices: {
    key: 'sales_prices',
    name: 'price_name',
    amount: 'price',
    includesTax: 'price_includes_tax',
    type: 'product_sales_price_type_id',
  },
  required: ['item_code', 'description', 'sales_ledger_account_id', 'purchase_ledger_account_id'],
  stock: true,
  own: {
    reorder_level: '0.0',
    reorder_quantity: '0.0',
    location: '',
    barcode: '',
    supplier_part_number: '',
    weight: '0.0',
    measurement_unit: '',
    weight_converted: '0.0',
    quantity_in_stock: '0.0',
    last_cost_price: '0.0',
    last_cost_price_stock_value: '0.0',
    average_cost_price: '0.0',
    average_cost_price_stock_value: '0.0',
    cost_price_last_updated: null,
  },
};

export const stockItemRoutes: RouteDef[] = itemRoutes(STOCK_ITEM);
