/**
 * Products, services and stock items through MSW and Fastify: CRUD with Sage's required fields,
 * lines that name an item and take its defaults, items in use that cannot be deleted, list
 * filters, `deleted_since`, and every answer judged against the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { fixture, snapshot, standardTax } from './support.ts';

describe.each(ADAPTERS)('products, services and stock items through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;

  const product = (extra: Record<string, unknown> = {}) => ({
    product: {
      item_code: 'WID-1',
      description: 'Widget',
      sales_ledger_account_id: api.gb.sales,
      purchase_ledger_account_id: api.gb.expense,
      sales_tax_rate_id: api.gb.taxStandard,
      purchase_tax_rate_id: api.gb.taxZero,
      cost_price: '4.5',
      usual_supplier_id: api.gb.vendor,
      sales_prices: [{ price_name: 'Selling Price', price: '12.50', price_includes_tax: false }],
      ...extra,
    },
  });

  it('creates, reads, lists, updates and deletes a product', async () => {
    const created = await call('POST', '/products', product());
    expect(created.status).toBe(201);
    const p = created.body;
    expect(p).toMatchObject({
      displayed_as: 'WID-1 - Widget',
      item_code: 'WID-1',
      cost_price: '4.5',
      active: true,
      deletable: true,
      sales_ledger_account: { id: api.gb.sales },
      purchase_tax_rate: { id: api.gb.taxZero },
      usual_supplier: { id: api.gb.vendor },
      catalog_item_type: { id: 'NON_STOCK_ITEM' },
      sales_prices: [{ price_name: 'Selling Price', price: '12.5', price_includes_tax: false, product_sales_price_type: null }],
      deleted_at: null,
      source_guid: null,
    });
    expect((await call('GET', `/products/${p.id}`)).body).toEqual(p);
    expect((await call('GET', '/products?search=wid')).body.$items.map((i: Json) => i.id)).toEqual([p.id]);
    expect((await call('GET', '/products?active=false')).body.$total).toBe(0);
    const put = await call('PUT', `/products/${p.id}`, { product: { description: 'Blue widget', active: false, sales_prices: [] } });
    expect(put.body).toMatchObject({ description: 'Blue widget', active: false, sales_prices: [], item_code: 'WID-1' });
    const since = new Date(h.mock.clock.now()).toISOString();
    h.mock.clock.advance(1000);
    expect((await call('DELETE', `/products/${p.id}`)).status).toBe(204);
    expect((await call('GET', `/products/${p.id}`)).status).toBe(404);
    expect((await call('GET', `/products?deleted_since=${since}`)).body.$items.map((i: Json) => i.id)).toEqual([p.id]);
  });

  it('refuses a product without its required fields, with foreign ids or a taken item code, and changes nothing', async () => {
    await call('POST', '/products', product());
    const before = snapshot(h.mock);
    const blank = await call('POST', '/products', { product: { sales_prices: [{ price: 'x' }] } });
    expect(blank.status).toBe(422);
    expect(blank.body.map((e: Json) => [e.$source, e.$message])).toEqual([
      ['description', "can't be blank"],
      ['sales_ledger_account_id', "can't be blank"],
      ['purchase_ledger_account_id', "can't be blank"],
      ['sales_prices[0].price', 'is not a number'],
    ]);
    const ie = fixture(h.mock, 'IE');
    const foreign = await call(
      'POST',
      '/products',
      product({ item_code: 'WID-1', sales_ledger_account_id: ie.sales, usual_supplier_id: api.gb.customer }),
    );
    expect(foreign.body.map((e: Json) => e.$source)).toEqual(['item_code', 'sales_ledger_account_id', 'usual_supplier_id']);
    const stock = await call('POST', '/stock_items', {
      stock_item: { description: 'Bolt', sales_ledger_account_id: api.gb.sales, purchase_ledger_account_id: api.gb.expense },
    });
    expect(stock.body).toEqual([expect.objectContaining({ $source: 'item_code', $message: "can't be blank" })]);
    expect(snapshot(h.mock)).toBe(before);
  });

  it('invoice lines take a product or service defaults, which the line may override; a used item cannot be deleted', async () => {
    const p = (await call('POST', '/products', product())).body;
    const s = (
      await call('POST', '/services', {
        service: {
          description: 'Installation',
          sales_ledger_account_id: api.gb.sales2,
          sales_tax_rate_id: api.gb.taxZero,
          sales_rates: [{ rate_name: 'Hourly', rate: 40 }],
        },
      })
    ).body;
    expect(s).toMatchObject({ displayed_as: 'Installation', sales_rates: [{ rate_name: 'Hourly', rate: '40.0' }], oss_service: false });
    const inv = await call('POST', '/sales_invoices', {
      sales_invoice: {
        contact_id: api.gb.customer,
        date: '2026-01-05',
        invoice_lines: [
          { product_id: p.id, quantity: 2, tax_amount: standardTax(api.gb, 25) },
          { service_id: s.id, quantity: 3 },
          { product_id: p.id, description: 'Widget, special price', unit_price: 10, tax_amount: standardTax(api.gb, 10) },
        ],
      },
    });
    expect(inv.status).toBe(201);
    const lines = inv.body.invoice_lines;
    expect(
      lines.map((l: Json) => [
        l.description,
        l.ledger_account.id,
        l.tax_rate.id,
        l.unit_price,
        l.net_amount,
        l.product?.id ?? null,
        l.service?.id ?? null,
      ]),
    ).toEqual([
      ['Widget', api.gb.sales, api.gb.taxStandard, '12.5', '25.0', p.id, null],
      ['Installation', api.gb.sales2, api.gb.taxZero, '40.0', '120.0', null, s.id],
      ['Widget, special price', api.gb.sales, api.gb.taxStandard, '10.0', '10.0', p.id, null],
    ]);
    expect(inv.body.tax_analysis.find((t: Json) => t.tax_rate.id === api.gb.taxZero)).toMatchObject({
      service_amount: '120.0',
      goods_amount: '0.0',
    });
    // A purchase line takes the cost price and purchase accounts.
    const pi = await call('POST', '/purchase_invoices', {
      purchase_invoice: {
        contact_id: api.gb.vendor,
        date: '2026-01-05',
        due_date: '2026-01-31',
        invoice_lines: [{ product_id: p.id, quantity: 10 }],
      },
    });
    expect(pi.body.invoice_lines[0]).toMatchObject({
      ledger_account: { id: api.gb.expense },
      tax_rate: { id: api.gb.taxZero },
      unit_price: '4.5',
      net_amount: '45.0',
    });

    expect((await call('GET', `/products/${p.id}`)).body.deletable).toBe(false);
    const refused = await call('DELETE', `/products/${p.id}`);
    expect(refused.status).toBe(422);
    expect((await call('DELETE', `/services/${s.id}`)).status).toBe(422);
    const missing = await call('POST', '/sales_invoices', {
      sales_invoice: { contact_id: api.gb.customer, date: '2026-01-05', invoice_lines: [{ product_id: 'nope', quantity: 1 }] },
    });
    expect(missing.body.map((e: Json) => e.$source)).toEqual(
      expect.arrayContaining(['invoice_lines[0].product_id', 'invoice_lines[0].description']),
    );
    expect(h.mock.admin.trialBalance(api.gb.business)).toMatchObject({ balanced: true });
  });

  it('stock items: stock fields stored, filters on stock, lines name them with product_id', async () => {
    const created = await call('POST', '/stock_items', {
      stock_item: {
        item_code: 'BOLT',
        description: 'Bolt',
        sales_ledger_account_id: api.gb.sales,
        purchase_ledger_account_id: api.gb.expense,
        quantity_in_stock: 3,
        reorder_level: 5,
        location: 'Shelf 2',
        sales_prices: [{ price: 1 }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ quantity_in_stock: '3.0', reorder_level: '5.0', location: 'Shelf 2' });
    expect(created.body).not.toHaveProperty('catalog_item_type');
    expect((await call('GET', '/stock_items?below_reorder_level=true')).body.$total).toBe(1);
    expect((await call('GET', '/stock_items?out_of_stock=true')).body.$total).toBe(0);
    const bad = await call('GET', '/stock_items?out_of_stock=maybe');
    expect(bad.status).toBe(422);
    const cn = await call('POST', '/sales_credit_notes', {
      sales_credit_note: {
        contact_id: api.gb.customer,
        date: '2026-01-05',
        credit_note_lines: [{ product_id: created.body.id, tax_rate_id: api.gb.taxZero }],
      },
    });
    expect(cn.body.credit_note_lines[0]).toMatchObject({
      description: 'Bolt',
      product: { id: created.body.id, $path: `/stock_items/${created.body.id}` },
      unit_price: '1.0',
    });
  });
});
