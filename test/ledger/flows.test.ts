/**
 * The ledger's happy paths through MSW and Fastify: invoices from creation to PAID or VOID,
 * numbering, purchases, payments on account, allocations, refunds, journals, ledger and bank
 * accounts, and the trial balance on the control plane.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { fixture, journal, purchaseInvoice, receipt, salesInvoice, salesLine, type Fixture } from './support.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(ADAPTERS)('ledger through %s', (adapter) => {
  const h = useHarness(adapter);
  let gb: Fixture;

  async function call(method: string, path: string, json?: unknown, business?: string): Promise<{ status: number; body: Json }> {
    const res = await h.api(path, { method, json, business });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  const post = (path: string, json?: unknown, business?: string) => call('POST', path, json, business);
  const get = async (path: string, business?: string) => (await call('GET', path, undefined, business)).body;
  const tb = () => h.mock.admin.trialBalance(gb.business);
  const accountBalance = (id: string) => tb().accounts.find((a) => a.ledger_account.id === id)?.balance ?? '0.0';

  beforeEach(() => {
    gb = fixture(h.mock, 'GB');
  });

  it('creates a sales invoice with exact totals, numbers it per business, and posts it', async () => {
    const created = await post(
      '/sales_invoices',
      salesInvoice(gb, {
        reference: 'PO-17',
        invoice_lines: [
          salesLine(gb, '10.005', { quantity: 3 }),
          salesLine(gb, 0.1, { tax_rate_id: gb.taxZero, ledger_account_id: gb.sales2 }),
          salesLine(gb, 0.2, { tax_rate_id: gb.taxZero, ledger_account_id: gb.sales2, discount_amount: '0.05' }),
        ],
      }),
    );
    expect(created.status).toBe(201);
    const inv = created.body;
    expect(inv).toMatchObject({
      displayed_as: 'SI-1',
      invoice_number: 'SI-1',
      invoice_number_prefix: 'SI-',
      status: { id: 'UNPAID' },
      net_amount: '30.27',
      tax_amount: '6.0',
      total_amount: '36.27',
      outstanding_amount: '36.27',
      total_paid: '0.0',
      total_quantity: '5.0',
      total_discount_amount: '0.05',
      currency: { id: 'GBP' },
      due_date: '2026-02-04',
      reference: 'PO-17',
    });
    expect(inv.invoice_lines.map((l: Json) => [l.net_amount, l.tax_amount, l.total_amount])).toEqual([
      ['30.02', '6.0', '36.02'],
      ['0.1', '0.0', '0.1'],
      ['0.15', '0.0', '0.15'],
    ]);
    expect(inv.tax_analysis.map((t: Json) => [t.tax_rate.id, t.net_amount, t.tax_amount, t.total_amount])).toEqual([
      [gb.taxStandard, '30.02', '6.0', '36.02'],
      [gb.taxZero, '0.25', '0.0', '0.25'],
    ]);
    expect(inv.transaction.$path).toMatch(/^\/transactions\/[0-9a-f]{32}$/);
    expect(await get(`/sales_invoices/${inv.id}`)).toEqual(inv);

    const second = await post('/sales_invoices', salesInvoice(gb));
    expect(second.body.invoice_number).toBe('SI-2');
    const draft = await post('/sales_invoices', salesInvoice(gb, { status_id: 'DRAFT' }));
    expect(draft.body).toMatchObject({ invoice_number: 'SI-DRAFT', displayed_as: 'SI-DRAFT', status: { id: 'DRAFT' } });
    const proForma = await post('/sales_invoices', salesInvoice(gb, { status_id: 'PRO_FORMA' }));
    expect(proForma.body.invoice_number).toBe('SI-DRAFT');
    const third = await post('/sales_invoices', salesInvoice(gb));
    expect(third.body.invoice_number).toBe('SI-3');

    // Another business has its own series.
    const ie = fixture(h.mock, 'IE');
    const irish = await post('/sales_invoices', salesInvoice(ie), ie.business);
    expect(irish.status).toBe(201);
    expect(irish.body).toMatchObject({ invoice_number: 'SI-1', currency: { id: 'EUR' }, tax_amount: '23.0', total_amount: '123.0' });

    // Trade debtors carry the three posted invoices; drafts post nothing.
    expect(accountBalance(gb.debtors)).toBe('276.27');
    expect(tb()).toMatchObject({ balanced: true, difference: '0.0' });
    const customer = await get(`/contacts/${gb.customer}`);
    expect(customer).toMatchObject({ balance: '276.27', deletable: false });
  });

  it('releases a draft with the next number (201) and posts it', async () => {
    const draft = (await post('/sales_invoices', salesInvoice(gb, { status_id: 'DRAFT' }))).body;
    expect(tb().entry_count).toBe(0);
    await post('/sales_invoices', salesInvoice(gb));
    const released = await post(`/sales_invoices/${draft.id}/release`);
    expect(released.status).toBe(201);
    expect(released.body).toMatchObject({ id: draft.id, invoice_number: 'SI-2', status: { id: 'UNPAID' }, outstanding_amount: '120.0' });
    expect(accountBalance(gb.debtors)).toBe('240.0');
  });

  it('pays an invoice in part, then in full: PART_PAID, then PAID, with the payments listed', async () => {
    const inv = (await post('/sales_invoices', salesInvoice(gb))).body;
    const first = await post(
      '/contact_payments',
      receipt(gb, '50.00', [{ artefact_id: inv.id, amount: '50.00' }], { reference: 'BACS 1' }),
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      total_amount: '50.0',
      payment_on_account: null,
      allocated_artefacts: [{ artefact: { id: inv.id, displayed_as: 'SI-1' }, amount: '50.0' }],
    });
    let now = await get(`/sales_invoices/${inv.id}`);
    expect(now).toMatchObject({
      status: { id: 'PART_PAID' },
      total_paid: '50.0',
      outstanding_amount: '70.0',
      last_paid: '2026-01-06',
      editable: false,
    });

    await post('/contact_payments', receipt(gb, 70, [{ artefact_id: inv.id, amount: 70 }], { date: '2026-01-09', reference: 'BACS 2' }));
    now = await get(`/sales_invoices/${inv.id}?show_payments_allocations=true`);
    expect(now).toMatchObject({ status: { id: 'PAID' }, total_paid: '120.0', outstanding_amount: '0.0', last_paid: '2026-01-09' });
    expect(now.payments_allocations.map((p: Json) => [p.reference, p.amount, p.type])).toEqual([
      ['BACS 1', '50.0', 'Customer Receipt'],
      ['BACS 2', '70.0', 'Customer Receipt'],
    ]);
    expect(now.payments_allocations[0].contact_payment.id).toBe(first.body.id);

    const paid = await get('/sales_invoices?status_id=PAID');
    expect(paid.$items.map((i: Json) => i.id)).toEqual([inv.id]);
    expect(accountBalance(gb.debtors)).toBe('0.0');
    expect(accountBalance(gb.bankLedger)).toBe('120.0');
    expect((await get(`/bank_accounts/${gb.bank}`)).balance).toBe('120.0');
    expect((await get(`/contacts/${gb.customer}`)).balance).toBe('0.0');
  });

  it('voids an invoice: VOID with the reason, entries reversed, number kept, listed by deleted_since', async () => {
    const inv = (await post('/sales_invoices', salesInvoice(gb))).body;
    const since = new Date(h.mock.clock.now()).toISOString();
    h.mock.clock.advance(1000);
    const voided = await call('DELETE', `/sales_invoices/${inv.id}?void_reason=Raised%20in%20error`);
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({
      id: inv.id,
      status: { id: 'VOID' },
      void_reason: 'Raised in error',
      outstanding_amount: '0.0',
      invoice_number: 'SI-1',
      total_amount: '120.0',
    });
    expect((await get(`/sales_invoices/${inv.id}`)).status.id).toBe('VOID');
    expect((await get(`/sales_invoices?deleted_since=${since}`)).$items.map((i: Json) => i.id)).toEqual([inv.id]);
    expect(accountBalance(gb.debtors)).toBe('0.0');
    expect(accountBalance(gb.sales)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true, transaction_count: 2 });
    expect((await post('/sales_invoices', salesInvoice(gb))).body.invoice_number).toBe('SI-2');

    // A draft needs no reason.
    const draft = (await post('/sales_invoices', salesInvoice(gb, { status_id: 'DRAFT' }))).body;
    const voidedDraft = await call('DELETE', `/sales_invoices/${draft.id}`);
    expect(voidedDraft.status).toBe(200);
    expect(voidedDraft.body).toMatchObject({ status: { id: 'VOID' }, void_reason: null });
  });

  it('voids again once the payment that blocked it is deleted', async () => {
    const inv = (await post('/sales_invoices', salesInvoice(gb))).body;
    const pay = (await post('/contact_payments', receipt(gb, 30, [{ artefact_id: inv.id, amount: 30 }]))).body;
    expect((await call('DELETE', `/sales_invoices/${inv.id}?void_reason=x`)).status).toBe(422);
    expect((await call('DELETE', `/contact_payments/${pay.id}`)).status).toBe(204);
    expect(await get(`/sales_invoices/${inv.id}`)).toMatchObject({
      status: { id: 'UNPAID' },
      outstanding_amount: '120.0',
      total_paid: '0.0',
      editable: true,
    });
    expect((await call('DELETE', `/sales_invoices/${inv.id}?void_reason=x`)).status).toBe(200);
    expect(tb()).toMatchObject({ balanced: true });
    expect(accountBalance(gb.bankLedger)).toBe('0.0');
  });

  it('edits an unpaid invoice and re-posts it', async () => {
    const inv = (await post('/sales_invoices', salesInvoice(gb))).body;
    const put = await call('PUT', `/sales_invoices/${inv.id}`, {
      sales_invoice: { notes: 'Thanks', invoice_lines: [salesLine(gb, 200, { quantity: 2 })] },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ notes: 'Thanks', total_amount: '480.0', outstanding_amount: '480.0', invoice_number: 'SI-1' });
    expect(put.body.transaction.id).not.toBe(inv.transaction.id);
    expect(accountBalance(gb.debtors)).toBe('480.0');
    expect(accountBalance(gb.sales)).toBe('-400.0');
    const refused = await call('PUT', `/sales_invoices/${inv.id}`, { sales_invoice: { contact_id: gb.vendor } });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual([
      { $severity: 'error', $dataCode: 'RecordInvalid', $source: 'contact_id', $message: "can't find customer" },
    ]);
  });

  it('creates and deletes a purchase invoice (204), reversing its entries', async () => {
    const created = await post('/purchase_invoices', purchaseInvoice(gb));
    expect(created.status).toBe(201);
    const inv = created.body;
    expect(inv).toMatchObject({
      displayed_as: 'INV-778',
      vendor_reference: 'INV-778',
      status: { id: 'UNPAID' },
      total_amount: '120.0',
      due_date: '2026-02-04',
    });
    expect(inv.invoice_number).toBeUndefined();
    expect(accountBalance(gb.creditors)).toBe('-120.0');
    expect(accountBalance(gb.expense)).toBe('100.0');
    expect((await get(`/contacts/${gb.vendor}`)).balance).toBe('120.0');
    const since = new Date(h.mock.clock.now()).toISOString();
    h.mock.clock.advance(1000);
    const del = await call('DELETE', `/purchase_invoices/${inv.id}`);
    expect(del.status).toBe(204);
    expect((await call('GET', `/purchase_invoices/${inv.id}`)).status).toBe(404);
    expect((await get(`/purchase_invoices?deleted_since=${since}`)).$items.map((i: Json) => i.id)).toEqual([inv.id]);
    expect(accountBalance(gb.creditors)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('pays a vendor, turns a surplus receipt into a payment on account, allocates and refunds it', async () => {
    const bill = (await post('/purchase_invoices', purchaseInvoice(gb))).body;
    const vp = await post(
      '/contact_payments',
      receipt(gb, 120, [{ artefact_id: bill.id, amount: 120 }], { transaction_type_id: 'VENDOR_PAYMENT', contact_id: gb.vendor }),
    );
    expect(vp.status).toBe(201);
    expect((await get(`/purchase_invoices/${bill.id}`)).status.id).toBe('PAID');
    expect(accountBalance(gb.bankLedger)).toBe('-120.0');

    const inv = (await post('/sales_invoices', salesInvoice(gb))).body;
    const surplus = await post('/contact_payments', receipt(gb, 200, [{ artefact_id: inv.id, amount: 20 }]));
    const poa = surplus.body.payment_on_account;
    expect(poa).toMatchObject({
      total_amount: '180.0',
      outstanding_amount: '180.0',
      status: { id: 'UNPAID' },
      contact: { id: gb.customer },
    });

    const alloc = await post('/contact_allocations', {
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: gb.customer,
        allocated_artefacts: [
          { artefact_id: inv.id, amount: 100 },
          { artefact_id: poa.id, amount: -100 },
        ],
      },
    });
    expect(alloc.status).toBe(201);
    expect(alloc.body).toMatchObject({
      transaction_type: { id: 'CUSTOMER_ALLOCATION' },
      date: '2026-01-05',
      allocated_artefacts: [{ amount: '100.0' }, { amount: '-100.0' }],
    });
    expect(await get(`/sales_invoices/${inv.id}`)).toMatchObject({ status: { id: 'PAID' }, outstanding_amount: '0.0' });
    expect((await get(`/contact_payments/${surplus.body.id}`)).payment_on_account).toMatchObject({
      outstanding_amount: '80.0',
      status: { id: 'PART_PAID' },
    });
    expect((await get(`/contact_allocations?contact_id=${gb.customer}`)).$items.map((a: Json) => a.id)).toEqual([alloc.body.id]);

    const refund = await post(
      '/contact_payments',
      receipt(gb, 80, [{ artefact_id: poa.id, amount: 80 }], { transaction_type_id: 'CUSTOMER_REFUND' }),
    );
    expect(refund.status).toBe(201);
    expect((await get(`/contact_payments/${surplus.body.id}`)).payment_on_account).toMatchObject({
      outstanding_amount: '0.0',
      status: { id: 'PAID' },
    });
    expect((await get(`/contacts/${gb.customer}`)).balance).toBe('0.0');
    expect(accountBalance(gb.debtors)).toBe('0.0');
    expect(accountBalance(gb.bankLedger)).toBe('0.0'); // -120 + 200 - 80

    // Deleting the allocation gives the amounts back.
    expect((await call('DELETE', `/contact_allocations/${alloc.body.id}`)).status).toBe(204);
    expect(await get(`/sales_invoices/${inv.id}`)).toMatchObject({ status: { id: 'PART_PAID' }, outstanding_amount: '100.0' });
    expect(tb()).toMatchObject({ balanced: true });
    const receipts = await get('/contact_payments?transaction_type_id=CUSTOMER_RECEIPT,CUSTOMER_REFUND&attributes=total_amount');
    expect(receipts.$items.map((p: Json) => p.total_amount)).toEqual(['200.0', '80.0']);
  });

  it('balances 0.1 + 0.2 debits against a 0.3 credit, reissues (201), refuses PUT (405), deletes (204)', async () => {
    const created = await post(
      '/journals',
      journal(
        [
          { ledger_account_id: gb.expense, debit: 0.1, credit: 0 },
          { ledger_account_id: gb.expense, debit: '0.2', credit: '0' },
          { ledger_account_id: gb.bankLedger, debit: 0, credit: 0.3 },
        ],
        { description: 'Petty' },
      ),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayed_as: 'JNL-1', reference: 'JNL-1', total: '0.3', transaction_type: { id: 'JOURNAL' } });
    expect(created.body.journal_lines.map((l: Json) => [l.debit, l.credit])).toEqual([
      ['0.1', '0.0'],
      ['0.2', '0.0'],
      ['0.0', '0.3'],
    ]);
    expect(accountBalance(gb.expense)).toBe('0.3');
    expect((await get(`/bank_accounts/${gb.bank}`)).balance).toBe('-0.3');

    const put = await call('PUT', `/journals/${created.body.id}`, journal([]));
    expect(put.status).toBe(405);

    const reissued = await post(`/journals/${created.body.id}/reissue`);
    expect(reissued.status).toBe(201);
    expect(reissued.body.id).not.toBe(created.body.id);
    expect(reissued.body).toMatchObject({ reference: 'JNL-1', description: 'Petty', total: '0.3' });
    expect((await call('GET', `/journals/${created.body.id}`)).status).toBe(404);
    const changed = await post(`/journals/${reissued.body.id}/reissue`, { journal: { reference: 'JNL-1b' } });
    expect(changed.status).toBe(201);
    expect(changed.body.reference).toBe('JNL-1b');
    expect(accountBalance(gb.expense)).toBe('0.3');
    expect((await get('/journals')).$items.map((j: Json) => j.id)).toEqual([changed.body.id]);

    expect((await call('DELETE', `/journals/${changed.body.id}`)).status).toBe(204);
    expect(accountBalance(gb.expense)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true, transaction_count: 6 });
  });

  it('creates and updates ledger accounts, and creates bank accounts with or without a ledger account', async () => {
    const la = await post('/ledger_accounts', {
      ledger_account: {
        ledger_account_type_id: 'SALES',
        included_in_chart: true,
        name: 'Web Sales',
        display_name: 'Web',
        nominal_code: 4010,
        visible_in_sales: true,
        tax_rate_id: gb.taxStandard,
      },
    });
    expect(la.status).toBe(201);
    expect(la.body).toMatchObject({
      displayed_as: 'Web Sales (4010)',
      display_name: 'Web',
      nominal_code: 4010,
      visible_in_sales: true,
      visible_in_banking: false,
      tax_rate: { id: gb.taxStandard },
      control_name: null,
    });
    expect(la.body).not.toHaveProperty('balance');
    const put = await call('PUT', `/ledger_accounts/${la.body.id}`, { ledger_account: { name: 'Online Sales', nominal_code: 4011 } });
    expect(put.body).toMatchObject({ displayed_as: 'Online Sales (4011)', nominal_code: 4011, display_name: 'Web' });
    const sellable = await get('/ledger_accounts?visible_in=sales&attributes=nominal_code&items_per_page=200');
    expect(sellable.$items.map((a: Json) => a.nominal_code)).toContain(4011);

    const bank = await post('/bank_accounts', {
      bank_account: { bank_account_type_id: 'SAVINGS', bank_account_details: { account_name: 'Reserve', iban: 'GB00TEST' } },
    });
    expect(bank.status).toBe(201);
    expect(bank.body).toMatchObject({
      displayed_as: 'Reserve (1231)',
      nominal_code: 1231,
      bank_account_type: { id: 'SAVINGS' },
      balance: '0.0',
      bank_account_details: { account_name: 'Reserve', iban: 'GB00TEST' },
    });
    const ledger = await get(`/ledger_accounts/${bank.body.ledger_account.id}`);
    expect(ledger).toMatchObject({ ledger_account_type: { id: 'BANK' }, nominal_code: 1231, visible_in_banking: true });

    // A BANK ledger account made first, then linked; its journal balance shows on the bank account.
    const bankLedger = (
      await post('/ledger_accounts', {
        ledger_account: { ledger_account_type_id: 'BANK', included_in_chart: true, name: 'Card', display_name: 'Card', nominal_code: 1240 },
      })
    ).body;
    await post(
      '/journals',
      journal([
        { ledger_account_id: bankLedger.id, debit: 25, credit: 0 },
        { ledger_account_id: gb.sales, debit: 0, credit: 25 },
      ]),
    );
    const linked = await post('/bank_accounts', {
      bank_account: {
        bank_account_type_id: 'CREDIT_CARD',
        ledger_account_id: bankLedger.id,
        bank_account_details: { account_name: 'Card' },
      },
    });
    expect(linked.body).toMatchObject({ ledger_account: { id: bankLedger.id }, nominal_code: 1240, balance: '25.0' });

    const pay = await post('/contact_payments', receipt(gb, 12.5, [], { bank_account_id: bank.body.id }));
    expect(pay.status).toBe(201);
    expect((await get(`/bank_accounts/${bank.body.id}`)).balance).toBe('12.5');
  });

  it('filters, sorts and pages invoice lists', async () => {
    const a = (await post('/sales_invoices', salesInvoice(gb, { date: '2026-01-02', reference: 'ALPHA' }))).body;
    const b = (await post('/sales_invoices', salesInvoice(gb, { date: '2026-01-09', contact_id: gb.customer2 }))).body;
    const c = (await post('/sales_invoices', salesInvoice(gb, { date: '2026-01-05', status_id: 'DRAFT' }))).body;
    const ids = async (q: string) => (await get(`/sales_invoices${q}`)).$items.map((i: Json) => i.id);
    expect(await ids('?status_id=DRAFT')).toEqual([c.id]);
    expect(await ids(`?contact_id=${gb.customer2}`)).toEqual([b.id]);
    expect(await ids('?search=alpha')).toEqual([a.id]);
    expect(await ids('?search=SI-2')).toEqual([b.id]);
    expect(await ids('?from_date=2026-01-03&to_date=2026-01-09')).toEqual([b.id, c.id]);
    expect(await ids('?sort=date:desc')).toEqual([b.id, c.id, a.id]);
    const page = await get('/sales_invoices?items_per_page=2&attributes=total_amount,status');
    expect(page).toMatchObject({ $total: 3, $next: '/sales_invoices?page=2&items_per_page=2&attributes=total_amount%2Cstatus' });
    expect(Object.keys(page.$items[0])).toEqual(['id', 'displayed_as', '$path', 'total_amount', 'status']);
    for (const q of ['?status_id=NOPE', '?from_date=yesterday', '?sort=total_amount']) {
      const res = await h.api(`/sales_invoices${q}`);
      expect(res.status).toBe(422);
      await sageErrors(res);
    }
  });

  it('serves the trial balance on the control plane', async () => {
    await post('/sales_invoices', salesInvoice(gb));
    await post('/purchase_invoices', purchaseInvoice(gb));
    const res = await h.admin(`/__mock/businesses/${gb.business}/trial_balance`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual(h.mock.admin.trialBalance(gb.business));
    expect(body).toMatchObject({
      business_id: gb.business,
      currency: 'GBP',
      total_debit: '240.0',
      total_credit: '240.0',
      difference: '0.0',
      balanced: true,
      transaction_count: 2,
    });
    expect(body.accounts.map((a: Json) => a.nominal_code)).toEqual(
      [...body.accounts.map((a: Json) => a.nominal_code)].sort((x: number, y: number) => x - y),
    );
    expect((await h.admin(`/__mock/businesses/${'0'.repeat(32)}/trial_balance`)).status).toBe(404);
  });
});
