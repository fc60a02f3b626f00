/**
 * The catalogue: products and services (served by /products and /services) and what they give the
 * invoice and credit-note lines that name them with `product_id` or `service_id`: the line's
 * defaults, which anything the line sends itself overrides. Sales documents take the item's
 * `description`, `sales_ledger_account`, `sales_tax_rate` and first sales price (a product's
 * `sales_prices[0].price`, a service's `sales_rates[0].rate`, with its `..._includes_tax`);
 * purchase documents its `purchase_description` (else `description`), `purchase_ledger_account`,
 * `purchase_tax_rate` and `cost_price` [guess: Sage documents which fields exist, not how a line
 * inherits them].
 */
import type { RequestContext } from '../context.ts';
import type { FieldReader } from '../core/fields.ts';
import { link, type Link } from '../core/records.ts';
import { col } from './books.ts';
import type { Side } from './parties.ts';

export const PRODUCTS = 'products';
export const SERVICES = 'services';
export const STOCK_ITEMS = 'stock_items';

/** One price of a product (`sales_prices[]`) or rate of a service (`sales_rates[]`). */
export interface CatalogPrice {
  id: string;
  displayed_as: string;
  name: string;
  price: string;
  includes_tax: boolean;
}

/** What products and services share. */
export interface CatalogItemRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  item_code: string;
  description: string;
  purchase_description: string;
  notes: string;
  sales_ledger_account: Link | null;
  sales_tax_rate: Link | null;
  purchase_ledger_account: Link | null;
  purchase_tax_rate: Link | null;
  usual_supplier: Link | null;
  cost_price: string;
  source_guid: string | null;
  active: boolean;
  deletable: boolean;
  deactivatable: boolean;
  used_on_recurring_invoice: boolean;
  _prices: CatalogPrice[];
  [key: string]: unknown;
}

/** A line's product or service, and the line fields it gives by default. */
export interface CatalogLine {
  kind: 'product' | 'service';
  link: Link;
  defaults: Record<string, unknown>;
}

/**
 * Reads `product_id` / `service_id` of a line (at most one of them; an id of this business). A
 * violation is recorded on `f`.
 */
export function catalogDefaults(ctx: RequestContext, f: FieldReader, side: Side): CatalogLine | undefined {
  if (f.has('product_id') && f.has('service_id') && f.data.product_id !== null && f.data.service_id !== null) {
    return f.fail('service_id', 'cannot be given with product_id');
  }
  for (const [key, resource, kind] of [
    ['product_id', PRODUCTS, 'product'],
    ['service_id', SERVICES, 'service'],
  ] as const) {
    // A stock item is a product too: `product_id` names either.
    const stock =
      kind === 'product' && typeof f.data[key] === 'string' ? col<CatalogItemRecord>(ctx, STOCK_ITEMS).get(f.data[key]) : undefined;
    const item = stock ?? f.ref(key, col<CatalogItemRecord>(ctx, resource), { what: kind });
    if (!item) continue;
    const price = item._prices[0];
    const defaults: Record<string, unknown> =
      side === 'customer'
        ? {
            description: item.description,
            ledger_account_id: item.sales_ledger_account?.id,
            tax_rate_id: item.sales_tax_rate?.id,
            unit_price: price?.price,
            unit_price_includes_tax: price?.includes_tax,
          }
        : {
            description: item.purchase_description || item.description,
            ledger_account_id: item.purchase_ledger_account?.id,
            tax_rate_id: item.purchase_tax_rate?.id,
            unit_price: item.cost_price,
          };
    for (const k of Object.keys(defaults)) if (defaults[k] === undefined || defaults[k] === null || defaults[k] === '') delete defaults[k];
    return { kind, link: link(stock ? STOCK_ITEMS : resource, item.id, item.displayed_as), defaults };
  }
  return undefined;
}

/** Items named by lines can no longer be deleted (`deletable: false`), as Sage keeps their history. */
export async function markItemsUsed(ctx: RequestContext, links: readonly (Link | null)[]): Promise<void> {
  for (const l of links) {
    if (!l) continue;
    const items = col<CatalogItemRecord>(ctx, l.$path.split('/')[1]!);
    const item = items.get(l.id);
    if (item?.deletable) await items.put({ ...item, deletable: false });
  }
}
