/**
 * A line's `tax_amount`, through MSW and Fastify. Sage's v3.1 description of sales and purchase
 * invoice lines: "This attribute is required in v3.1, unless the tax rate is of a "zero", "exempt"
 * or "no_tax" type. Then the tax_amount is inferred as 0.0."
 * - By default a line whose rate is above 0% and has no `tax_amount` is a 422 "can't be blank" on
 *   `invoice_lines[i].tax_amount` (create, and a PUT that replaces the lines), changing nothing;
 *   0% lines need none and carry 0.0.
 * - `createSageMock({ ledger: { computeMissingTax: true } })` (not Sage) computes a missing one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness, type LiveHarness } from '../support/harness.ts';
import { createSageMock, type SageMockOptions } from '../../mock/index.ts';
import type { TaxRateRecord } from '../../mock/ledger/accounts.ts';
import { fixture, purchaseInvoice, salesInvoice, salesLine, snapshot, withoutTaxAmount, type Fixture } from './support.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BLANK = "can't be blank";

/** A business's tax rates whose percentage passes `percentage`. */
function ratesAt(h: LiveHarness, fx: Fixture, percentage: (p: number) => boolean): TaxRateRecord[] {
  return [...h.mock.state.store.collection<TaxRateRecord>(fx.business, 'tax_rates').values()].filter((t) =>
    percentage(Number(t.percentage)),
  );
}

/** A purchase line (quantity required on purchases) at `tax_rate_id`, with `extra`. */
function purchaseLine(fx: Fixture, tax_rate_id: string, extra: Record<string, unknown> = {}) {
  return { description: 'Rent', ledger_account_id: fx.expense, tax_rate_id, unit_price: 100, quantity: 1, ...extra };
}

/** `call` (status and JSON body) and `ok` (the body of a success, else a thrown error) on `h`. */
function harnessCalls(h: LiveHarness) {
  return {
    async call(method: string, path: string, json?: unknown, business?: string): Promise<{ status: number; body: Json }> {
      const res = await h.api(path, { method, json, business });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    async ok(method: string, path: string, json?: unknown, business?: string): Promise<Json> {
      const res = await h.api(path, { method, json, business });
      if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
  };
}

interface RefusalCase {
  name: string;
  method?: string;
  path: (w: World) => string;
  body: (w: World) => unknown;
  business?: (w: World) => string;
  errors: [source: string, message: string][];
}

interface World {
  gb: Fixture;
  us: Fixture;
  lower: string;
  /** A posted sales invoice, a sales draft and a posted purchase invoice, made before each test. */
  posted: string;
  draft: string;
  bill: string;
}

const refusals: RefusalCase[] = [
  {
    name: 'a sales line at the standard rate without tax_amount',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [withoutTaxAmount(salesLine(w.gb))] }),
    errors: [['invoice_lines[0].tax_amount', BLANK]],
  },
  {
    name: 'the lines without it among good ones: a lower rate left out, a null and an empty tax amount',
    path: () => '/sales_invoices',
    body: (w) =>
      salesInvoice(w.gb, {
        invoice_lines: [
          salesLine(w.gb),
          salesLine(w.gb, 10, { tax_rate_id: w.gb.taxZero }),
          salesLine(w.gb, 10, { tax_rate_id: w.lower }),
          salesLine(w.gb, 10, { tax_amount: null }),
          salesLine(w.gb, 10, { tax_amount: '' }),
        ],
      }),
    errors: [
      ['invoice_lines[2].tax_amount', BLANK],
      ['invoice_lines[3].tax_amount', BLANK],
      ['invoice_lines[4].tax_amount', BLANK],
    ],
  },
  {
    name: 'a tax-inclusive price without tax_amount',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [withoutTaxAmount(salesLine(w.gb, 120, { unit_price_includes_tax: true }))] }),
    errors: [['invoice_lines[0].tax_amount', BLANK]],
  },
  {
    name: 'a line without tax_amount and without description: both reported at once',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [withoutTaxAmount(salesLine(w.gb, 100, { description: '' }))] }),
    errors: [
      ['invoice_lines[0].description', BLANK],
      ['invoice_lines[0].tax_amount', BLANK],
    ],
  },
  {
    name: 'a purchase line at the standard rate without tax_amount',
    path: () => '/purchase_invoices',
    body: (w) => purchaseInvoice(w.gb, { invoice_lines: [purchaseLine(w.gb, w.gb.taxStandard)] }),
    errors: [['invoice_lines[0].tax_amount', BLANK]],
  },
  {
    name: 'a line in a US business at its highest rate (its own per-business id) without tax_amount',
    path: () => '/sales_invoices',
    business: (w) => w.us.business,
    body: (w) => salesInvoice(w.us, { invoice_lines: [withoutTaxAmount(salesLine(w.us, 50))] }),
    errors: [['invoice_lines[0].tax_amount', BLANK]],
  },
  {
    name: 'a PUT replacing the lines of a posted sales invoice with one without tax_amount',
    method: 'PUT',
    path: (w) => `/sales_invoices/${w.posted}`,
    body: (w) => ({
      sales_invoice: {
        notes: 'Repriced',
        invoice_lines: [salesLine(w.gb, 10, { tax_rate_id: w.gb.taxZero }), withoutTaxAmount(salesLine(w.gb, 200))],
      },
    }),
    errors: [['invoice_lines[1].tax_amount', BLANK]],
  },
  {
    name: 'a PUT replacing the lines of a sales draft with one without tax_amount',
    method: 'PUT',
    path: (w) => `/sales_invoices/${w.draft}`,
    body: (w) => ({ sales_invoice: { invoice_lines: [withoutTaxAmount(salesLine(w.gb, 200))] } }),
    errors: [['invoice_lines[0].tax_amount', BLANK]],
  },
  {
    name: 'a PUT replacing the lines of a purchase invoice with one without tax_amount',
    method: 'PUT',
    path: (w) => `/purchase_invoices/${w.bill}`,
    body: (w) => ({ purchase_invoice: { invoice_lines: [purchaseLine(w.gb, w.gb.taxStandard, { unit_price: 80 })] } }),
    errors: [['invoice_lines[0].tax_amount', BLANK]],
  },
];

describe.each(ADAPTERS)('invoice line tax_amount, required as in Sage v3.1, through %s', (adapter) => {
  const h = useHarness(adapter);
  const { call, ok } = harnessCalls(h);
  let w: World;

  beforeEach(async () => {
    const gb = fixture(h.mock, 'GB');
    const us = fixture(h.mock, 'US');
    const lower = ratesAt(h, gb, (p) => p > 0 && p < Number(gb.standardRate))[0]!.id;
    const posted = (await ok('POST', '/sales_invoices', salesInvoice(gb))).id;
    const draft = (await ok('POST', '/sales_invoices', salesInvoice(gb, { status_id: 'DRAFT' }))).id;
    const bill = (await ok('POST', '/purchase_invoices', purchaseInvoice(gb))).id;
    w = { gb, us, lower, posted, draft, bill };
  });

  it('is the default: ledger.computeMissingTax is false', () => {
    expect(h.mock.options.ledger).toEqual({ computeMissingTax: false });
  });

  for (const c of refusals) {
    it(`refuses ${c.name}, changing nothing`, async () => {
      const before = snapshot(h.mock);
      const books = h.mock.admin.trialBalance(w.gb.business);
      const res = await h.api(c.path(w), { method: c.method ?? 'POST', json: c.body(w), business: c.business?.(w) });
      expect(res.status).toBe(422);
      const errors = await sageErrors(res);
      expect(errors.map((e) => [e.$source, e.$message])).toEqual(c.errors);
      expect(errors.every((e) => e.$dataCode === 'RecordInvalid')).toBe(true);
      expect(snapshot(h.mock)).toBe(before);
      expect(h.mock.admin.trialBalance(w.gb.business)).toEqual(books);
    });
  }

  it('accepts zero, exempt and no-tax lines without tax_amount (0.0), on sales and purchases, on create and on PUT', async () => {
    const zeroRates = ratesAt(h, w.gb, (p) => p === 0);
    expect(zeroRates.map((t) => t.name).sort()).toEqual(['Exempt', 'No Tax', 'Zero Rated']);
    const inv = await call(
      'POST',
      '/sales_invoices',
      salesInvoice(w.gb, {
        invoice_lines: [...zeroRates.map((t) => salesLine(w.gb, '12.5', { tax_rate_id: t.id })), salesLine(w.gb, 100)],
      }),
    );
    expect(inv.status).toBe(201);
    expect(inv.body.invoice_lines.map((l: Json) => [l.tax_rate.id, l.net_amount, l.tax_amount, l.total_amount])).toEqual([
      ...zeroRates.map((t) => [t.id, '12.5', '0.0', '12.5']),
      [w.gb.taxStandard, '100.0', '20.0', '120.0'],
    ]);
    expect(inv.body).toMatchObject({ net_amount: '137.5', tax_amount: '20.0', total_amount: '157.5' });

    const bill = await call(
      'POST',
      '/purchase_invoices',
      purchaseInvoice(w.gb, { invoice_lines: zeroRates.map((t) => purchaseLine(w.gb, t.id)) }),
    );
    expect(bill.status).toBe(201);
    expect(bill.body).toMatchObject({ net_amount: '300.0', tax_amount: '0.0', total_amount: '300.0' });

    const put = await call('PUT', `/sales_invoices/${w.posted}`, {
      sales_invoice: { invoice_lines: [salesLine(w.gb, 40, { tax_rate_id: w.gb.taxZero })] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ net_amount: '40.0', tax_amount: '0.0', total_amount: '40.0', outstanding_amount: '40.0' });
    // A US business's no-tax rate, too.
    const usZero = ratesAt(h, w.us, (p) => p === 0)[0]!.id;
    const us = await call(
      'POST',
      '/sales_invoices',
      salesInvoice(w.us, { invoice_lines: [salesLine(w.us, 9, { tax_rate_id: usZero })] }),
      w.us.business,
    );
    expect(us.status).toBe(201);
    expect(us.body).toMatchObject({ tax_amount: '0.0', total_amount: '9.0' });
    expect(h.mock.admin.trialBalance(w.gb.business)).toMatchObject({ balanced: true });
  });

  it('keeps the tax amount sent (rounded to the cent), 0 included; a 0% line carries 0.0 whatever was sent', async () => {
    const inv = await ok(
      'POST',
      '/sales_invoices',
      salesInvoice(w.gb, {
        invoice_lines: [
          salesLine(w.gb, 100, { tax_amount: '19.99' }),
          salesLine(w.gb, 100, { tax_amount: '20.005' }),
          salesLine(w.gb, 100, { tax_amount: 0 }),
          salesLine(w.gb, 100, { tax_rate_id: w.gb.taxZero, tax_amount: 20 }),
          salesLine(w.gb, 120, { unit_price_includes_tax: true, tax_amount: 20 }),
        ],
      }),
    );
    expect(inv.invoice_lines.map((l: Json) => [l.net_amount, l.tax_amount, l.total_amount])).toEqual([
      ['100.0', '19.99', '119.99'],
      ['100.0', '20.01', '120.01'],
      ['100.0', '0.0', '100.0'],
      ['100.0', '0.0', '100.0'],
      ['100.0', '20.0', '120.0'],
    ]);
  });

  it('asks nothing of tax_amount on a PUT that leaves the lines alone', async () => {
    const put = await call('PUT', `/sales_invoices/${w.posted}`, { sales_invoice: { notes: 'Thanks' } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ notes: 'Thanks', tax_amount: '20.0', total_amount: '120.0' });
  });
});

describe.each(ADAPTERS)('invoice line tax_amount with ledger.computeMissingTax through %s', (adapter) => {
  const h = useHarness(adapter, { ledger: { computeMissingTax: true } });
  const { call, ok } = harnessCalls(h);
  let gb: Fixture;

  beforeEach(() => {
    gb = fixture(h.mock, 'GB');
  });

  it('computes a missing tax amount from the rate on sales and purchase lines', async () => {
    const inv = await call(
      'POST',
      '/sales_invoices',
      salesInvoice(gb, {
        invoice_lines: [
          withoutTaxAmount(salesLine(gb, '33.335', { quantity: 3 })), // net 100.01, tax 20.002 -> 20.0
          withoutTaxAmount(salesLine(gb, 120, { unit_price_includes_tax: true })), // tax 120 x 20/120 = 20.0
          salesLine(gb, 50, { tax_amount: '9.5' }), // sent: kept
          salesLine(gb, 50, { tax_rate_id: gb.taxZero }),
        ],
      }),
    );
    expect(inv.status).toBe(201);
    expect(inv.body.invoice_lines.map((l: Json) => [l.net_amount, l.tax_amount, l.total_amount])).toEqual([
      ['100.01', '20.0', '120.01'],
      ['100.0', '20.0', '120.0'],
      ['50.0', '9.5', '59.5'],
      ['50.0', '0.0', '50.0'],
    ]);
    expect(inv.body).toMatchObject({ net_amount: '300.01', tax_amount: '49.5', total_amount: '349.51' });

    const bill = await call(
      'POST',
      '/purchase_invoices',
      purchaseInvoice(gb, { invoice_lines: [purchaseLine(gb, gb.taxStandard, { unit_price: '12.34', quantity: 2 })] }),
    );
    expect(bill.status).toBe(201);
    expect(bill.body).toMatchObject({ net_amount: '24.68', tax_amount: '4.94', total_amount: '29.62' }); // 4.936 -> 4.94
    expect(h.mock.admin.trialBalance(gb.business)).toMatchObject({ balanced: true, total_debit: '379.13' });
  });

  it('computes it on a PUT that replaces the lines, and re-posts the invoice', async () => {
    const inv = await ok('POST', '/sales_invoices', salesInvoice(gb, { invoice_lines: [withoutTaxAmount(salesLine(gb))] }));
    expect(inv).toMatchObject({ tax_amount: '20.0', total_amount: '120.0' });
    const put = await call('PUT', `/sales_invoices/${inv.id}`, {
      sales_invoice: { invoice_lines: [withoutTaxAmount(salesLine(gb, 200, { quantity: 2 }))] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ net_amount: '400.0', tax_amount: '80.0', total_amount: '480.0', outstanding_amount: '480.0' });
    const debtors = h.mock.admin.trialBalance(gb.business).accounts.find((a) => a.ledger_account.id === gb.debtors);
    expect(debtors?.balance).toBe('480.0');
  });

  it('still refuses what is wrong with a line other than its tax amount', async () => {
    const before = snapshot(h.mock);
    const line = { description: 'Consulting', ledger_account_id: gb.sales, tax_rate_id: gb.taxStandard, unit_price: 'ten' };
    const res = await h.api('/sales_invoices', { method: 'POST', json: salesInvoice(gb, { invoice_lines: [line] }) });
    expect(res.status).toBe(422);
    expect((await sageErrors(res)).map((e) => [e.$source, e.$message])).toEqual([['invoice_lines[0].unit_price', 'is not a number']]);
    expect(snapshot(h.mock)).toBe(before);
  });
});

describe('the ledger option', () => {
  it('keeps its value through a reset, and refuses a value that is not a boolean', async () => {
    const mock = await createSageMock({ ledger: { computeMissingTax: true } });
    await mock.reset();
    expect(mock.options.ledger.computeMissingTax).toBe(true);
    await expect(createSageMock({ ledger: { computeMissingTax: 'yes' } } as unknown as SageMockOptions)).rejects.toThrow(TypeError);
  });
});
