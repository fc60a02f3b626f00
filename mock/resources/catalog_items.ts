/**
 * The routes of /products, /services and /stock_items: one implementation, each resource an
 * `ItemKind` (mock/ledger/catalog.ts holds the record and what lines take from it).
 *
 * - POST requires `description` (at most 200 characters [guess]) and `sales_ledger_account_id`
 *   (and `purchase_ledger_account_id` for products and stock items, `item_code` for stock items),
 *   as Sage's description says; ledger accounts and tax rates must be of this business;
 *   `usual_supplier_id` a vendor; `item_code` unique per resource [guess].
 * - Prices: a product's `sales_prices[]` (`price_name`, `price`, `price_includes_tax`,
 *   `product_sales_price_type_id`), a service's `sales_rates[]` (`rate_name`, `rate`,
 *   `rate_includes_tax`, `service_rate_type_id`); a PUT that sends the list replaces it.
 * - Filters: `search` (item code, description), `active`; stock items also `out_of_stock` and
 *   `below_reorder_level`. DELETE (204) is refused once a document line names the item
 *   (`deletable: false`) [guess: Sage asks to deactivate it instead].
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { apiError } from '../core/errors.ts';
import { json, noContent } from '../core/http.ts';
import { dec, formatDecimal } from '../core/money.ts';
import { link } from '../core/records.ts';
import type { Predicate } from '../core/pagination.ts';
import { readAmount } from '../ledger/amounts.ts';
import { LEDGER_ACCOUNTS, TAX_RATES, type LedgerAccountRecord, type TaxRateRecord } from '../ledger/accounts.ts';
import { CONTACTS, isVendor, type ContactRecord } from '../ledger/parties.ts';
import type { CatalogItemRecord, CatalogPrice } from '../ledger/catalog.ts';
import { FieldReader, bury, col, envelopeOf, found, newId, now, publicView, readRoutes } from './kit.ts';

/** How products, services and stock items differ. */
export interface ItemKind {
  resource: string;
  singular: string;
  /** `catalog_item_type` of a new item (products may change it). */
  catalogType: 'NON_STOCK_ITEM' | 'STOCK_ITEM' | 'SERVICE';
  /** `sales_prices` (products, stock items) or `sales_rates` (services). */
  prices: { key: 'sales_prices' | 'sales_rates'; name: string; amount: string; includesTax: string; type: string };
  required: readonly string[];
  /** Stock fields (stock items). */
  stock: boolean;
  /** Fields only this kind shows, with their values when unset. */
  own: Readonly<Record<string, unknown>>;
}

const CATALOG_TYPES: Record<string, string> = { STOCK_ITEM: 'Stock', NON_STOCK_ITEM: 'Non-stock', SERVICE: 'Service' };

/** Stock fields of a stock item: numbers kept as decimal strings; texts. */
const STOCK_NUMBERS = [
  'reorder_level',
  'reorder_quantity',
  'weight',
  'weight_converted',
  'quantity_in_stock',
  'last_cost_price',
  'last_cost_price_stock_value',
  'average_cost_price',
  'average_cost_price_stock_value',
] as const;
const STOCK_TEXTS = ['location', 'barcode', 'supplier_part_number', 'measurement_unit'] as const;

interface ReadItem {
  fields: Partial<CatalogItemRecord>;
  prices?: CatalogPrice[];
}

function readItem(ctx: RequestContext, kind: ItemKind, data: Record<string, unknown>, prev?: CatalogItemRecord): ReadItem {
  const creating = prev === undefined;
  const f = new FieldReader(data);
  const req = (k: string) => creating && kind.required.includes(k);
  const fields: Partial<CatalogItemRecord> = {};
  const itemCode = f.string('item_code', { required: req('item_code'), max: 50 });
  if (itemCode !== undefined) {
    const clash = [...col<CatalogItemRecord>(ctx, kind.resource).values()].some((i) => i.item_code === itemCode && i.id !== prev?.id);
    if (clash) f.fail('item_code', 'has already been taken');
    else fields.item_code = itemCode;
  }
  const description = f.string('description', { required: creating, max: 200 });
  if (description !== undefined) fields.description = description;
  for (const k of ['notes', 'purchase_description'] as const) {
    const v = f.string(k, { max: 2000 });
    if (v !== undefined) fields[k] = v;
  }
  const accounts = col<LedgerAccountRecord>(ctx, LEDGER_ACCOUNTS);
  const taxes = col<TaxRateRecord>(ctx, TAX_RATES);
  for (const [key, out] of [
    ['sales_ledger_account_id', 'sales_ledger_account'],
    ['purchase_ledger_account_id', 'purchase_ledger_account'],
  ] as const) {
    const a = f.ref(key, accounts, { required: req(key), what: 'ledger account' });
    if (a) fields[out] = link('ledger_accounts', a.id, a.displayed_as);
  }
  for (const [key, out] of [
    ['sales_tax_rate_id', 'sales_tax_rate'],
    ['purchase_tax_rate_id', 'purchase_tax_rate'],
  ] as const) {
    const r = f.ref(key, taxes, { what: 'tax rate' });
    if (r) fields[out] = link('tax_rates', r.id, r.displayed_as);
  }
  const supplier = f.ref('usual_supplier_id', col<ContactRecord>(ctx, CONTACTS), { what: 'contact' });
  if (supplier && !isVendor(supplier)) f.rule('usual_supplier_id', 'VendorNotFound');
  else if (supplier) fields.usual_supplier = link('contacts', supplier.id, supplier.displayed_as);
  const cost = readAmount(f, 'cost_price', { min: 0 });
  if (cost) fields.cost_price = formatDecimal(cost);
  const source = f.string('source_guid', { max: 255 });
  if (source !== undefined) fields.source_guid = source;
  const active = f.boolean('active');
  if (active !== undefined) fields.active = active;
  // Products carry their catalogue type (Sage's stock items and services show none).
  if (kind.catalogType === 'NON_STOCK_ITEM') {
    const type = f.string('catalog_item_type_id');
    if (type !== undefined && !['NON_STOCK_ITEM', 'STOCK_ITEM'].includes(type)) f.fail('catalog_item_type_id', 'is invalid');
    else if (type !== undefined) fields.catalog_item_type = link('catalog_item_types', type, CATALOG_TYPES[type]!);
  }
  if (kind.stock) {
    for (const k of STOCK_NUMBERS) {
      const v = readAmount(f, k);
      if (v) fields[k] = formatDecimal(v);
    }
    for (const k of STOCK_TEXTS) {
      const v = f.string(k, { max: 255 });
      if (v !== undefined) fields[k] = v;
    }
    const updated = f.date('cost_price_last_updated');
    if (updated !== undefined) fields.cost_price_last_updated = updated;
  }
  let prices: CatalogPrice[] | undefined;
  const raw = f.array(kind.prices.key);
  if (raw) {
    const p = kind.prices;
    prices = [];
    raw.forEach((item, i) => {
      const src = `${p.key}[${i}]`;
      if (!item || typeof item !== 'object' || Array.isArray(item)) return f.fail(src, 'is invalid');
      const pf = new FieldReader(item as Record<string, unknown>, src);
      const name = pf.string(p.name, { max: 100 }) ?? '';
      const amount = readAmount(pf, p.amount, { required: true, min: 0 });
      const includesTax = pf.boolean(p.includesTax) ?? false;
      pf.string(p.type);
      f.v.items.push(...pf.v.items);
      if (pf.v.empty && amount)
        prices!.push({
          id: newId(ctx),
          displayed_as: name || formatDecimal(amount),
          name,
          price: formatDecimal(amount),
          includes_tax: includesTax,
        });
    });
  }
  f.check();
  return { fields, prices };
}

function renderItem(kind: ItemKind, rec: CatalogItemRecord): Record<string, unknown> {
  const out = publicView(rec);
  const p = kind.prices;
  out[p.key] = rec._prices.map((x) => ({
    id: x.id,
    displayed_as: x.displayed_as,
    created_at: rec.created_at,
    updated_at: rec.updated_at,
    [p.name]: x.name,
    [p.amount]: x.price,
    [p.includesTax]: x.includes_tax,
    // [guess] the price and rate types are not modelled: a price keeps none.
    [p.type.replace(/_id$/, '')]: null,
  }));
  return out;
}

function build(ctx: RequestContext, kind: ItemKind, r: ReadItem): CatalogItemRecord {
  const at = now(ctx);
  const id = newId(ctx);
  const base: CatalogItemRecord = {
    id,
    displayed_as: '',
    $path: `/${kind.resource}/${id}`,
    created_at: at,
    updated_at: at,
    deleted_at: null,
    deletable: true,
    deactivatable: true,
    used_on_recurring_invoice: false,
    item_code: '',
    description: '',
    notes: '',
    sales_ledger_account: null,
    sales_tax_rate: null,
    purchase_ledger_account: null,
    usual_supplier: null,
    purchase_tax_rate: null,
    cost_price: '0.0',
    source_guid: null,
    purchase_description: '',
    active: true,
    ...(kind.catalogType === 'NON_STOCK_ITEM'
      ? { catalog_item_type: link('catalog_item_types', kind.catalogType, CATALOG_TYPES[kind.catalogType]!) }
      : {}),
    ...kind.own,
    _prices: [],
  };
  return apply(base, r, at);
}

function apply(rec: CatalogItemRecord, r: ReadItem, at: string): CatalogItemRecord {
  const next: CatalogItemRecord = { ...rec, ...r.fields, updated_at: at };
  if (r.prices) next._prices = r.prices;
  next.displayed_as = next.item_code ? `${next.item_code} - ${next.description}` : next.description;
  return next;
}

const boolParam = (name: string, v: string): boolean => {
  const s = v.trim().toLowerCase();
  if (s !== 'true' && s !== 'false') throw apiError('InvalidParameter', { source: name, message: `${name} must be true or false.` });
  return s === 'true';
};

/** The routes of a catalogue resource. */
export function itemRoutes(kind: ItemKind): RouteDef[] {
  const base = `/${kind.resource}`;
  const filters: Record<string, (v: string) => Predicate<CatalogItemRecord>> = {
    search(v) {
      const s = v.trim().toLowerCase();
      return (r) => r.item_code.toLowerCase().includes(s) || r.description.toLowerCase().includes(s);
    },
    active(v) {
      const want = boolParam('active', v);
      return (r) => r.active === want;
    },
  };
  if (kind.stock) {
    filters.out_of_stock = (v) => {
      const want = boolParam('out_of_stock', v);
      return (r) => dec(String(r.quantity_in_stock ?? '0')).lte(0) === want;
    };
    filters.below_reorder_level = (v) => {
      const want = boolParam('below_reorder_level', v);
      return (r) => dec(String(r.quantity_in_stock ?? '0')).lt(dec(String(r.reorder_level ?? '0'))) === want;
    };
  }
  const render = (r: CatalogItemRecord) => renderItem(kind, r);
  return [
    ...readRoutes<CatalogItemRecord>({
      resource: kind.resource,
      render,
      filters,
      sortable: ['created_at', 'updated_at', 'item_code', 'description'],
      deletable: true,
    }),
    {
      surface: 'api',
      method: 'POST',
      path: base,
      resource: kind.singular,
      async handler(ctx) {
        const rec = build(ctx, kind, readItem(ctx, kind, envelopeOf(ctx, kind.singular)));
        await col<CatalogItemRecord>(ctx, kind.resource).insert(rec);
        return json(201, render(rec));
      },
    },
    {
      surface: 'api',
      method: 'PUT',
      path: `${base}/:id`,
      resource: kind.singular,
      async handler(ctx) {
        const items = col<CatalogItemRecord>(ctx, kind.resource);
        const prev = found(items, ctx.params.id);
        const next = apply(prev, readItem(ctx, kind, envelopeOf(ctx, kind.singular), prev), now(ctx));
        await items.put(next);
        return json(200, render(next));
      },
    },
    {
      surface: 'api',
      method: 'DELETE',
      path: `${base}/:id`,
      resource: kind.singular,
      async handler(ctx) {
        const items = col<CatalogItemRecord>(ctx, kind.resource);
        const prev = found(items, ctx.params.id);
        if (!prev.deletable) throw apiError('ItemInUse', { source: 'base' });
        await items.remove(prev.id);
        await bury(ctx, kind.resource, prev);
        return noContent();
      },
    },
  ];
}
