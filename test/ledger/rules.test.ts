/**
 * Sage's 422 rules of the ledger, each rejected exactly (status, every `$source` and `$message`),
 * through MSW and Fastify, with the whole store unchanged after each rejection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { API_ERRORS } from '../../mock/core/errors.ts';
import { fixture, journal, purchaseInvoice, receipt, salesInvoice, salesLine, snapshot, type Fixture } from './support.ts';

const M = (code: keyof typeof API_ERRORS) => API_ERRORS[code].message;
const MISSING_LEDGER = 'ledger account is invalid or does not exist in this business';
const MISSING_TAX = 'tax rate is invalid or does not exist in this business';
const MISSING_BANK = 'bank account is invalid or does not exist in this business';

interface World {
  gb: Fixture;
  ie: Fixture;
  ca: Fixture;
  usTaxId: string;
  unpaid: string;
  paid: string;
  draft: string;
  voided: string;
  partPaid: string;
  partPayment: string;
  purchasePaid: string;
  vendorInvoice: string;
  poa: string;
  poaPayment: string;
}

interface Case {
  name: string;
  method?: string;
  path: (w: World) => string;
  body?: (w: World) => unknown;
  business?: (w: World) => string;
  errors: (w: World) => [source: string, message: string][];
}

const cases: Case[] = [
  // --- customers and vendors
  {
    name: 'a sales invoice for a vendor: "can\'t find customer"',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { contact_id: w.gb.vendor }),
    errors: () => [['contact_id', "can't find customer"]],
  },
  {
    name: 'a sales invoice for a customer of another business',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { contact_id: w.ie.customer }),
    errors: () => [['contact_id', "can't find customer"]],
  },
  {
    name: 'a sales invoice for a contact that does not exist',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { contact_id: 'f'.repeat(32) }),
    errors: () => [['contact_id', "can't find customer"]],
  },
  {
    name: 'a purchase invoice for a customer: "can\'t find vendor"',
    path: () => '/purchase_invoices',
    body: (w) => purchaseInvoice(w.gb, { contact_id: w.gb.customer }),
    errors: () => [['contact_id', "can't find vendor"]],
  },
  {
    name: 'a customer receipt from a vendor',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 10, [], { contact_id: w.gb.vendor }),
    errors: () => [['contact_id', "can't find customer"]],
  },
  {
    name: 'a vendor payment to a customer',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 10, [], { transaction_type_id: 'VENDOR_PAYMENT', contact_id: w.gb.customer }),
    errors: () => [['contact_id', "can't find vendor"]],
  },
  {
    name: 'a customer allocation for a vendor',
    path: () => '/contact_allocations',
    body: (w) => ({
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: w.gb.vendor,
        allocated_artefacts: [
          { artefact_id: w.unpaid, amount: 1 },
          { artefact_id: w.poa, amount: -1 },
        ],
      },
    }),
    errors: () => [['contact_id', "can't find customer"]],
  },
  // --- journals
  {
    name: 'an unbalanced journal',
    path: () => '/journals',
    body: (w) =>
      journal([
        { ledger_account_id: w.gb.sales, debit: '100.01', credit: 0 },
        { ledger_account_id: w.gb.bankLedger, debit: 0, credit: '100.00' },
      ]),
    errors: () => [['base', M('JournalUnbalanced')]],
  },
  {
    name: 'a journal line with both a debit and a credit',
    path: () => '/journals',
    body: (w) =>
      journal([
        { ledger_account_id: w.gb.sales, debit: 5, credit: 5 },
        { ledger_account_id: w.gb.bankLedger, debit: 0, credit: 0 },
      ]),
    errors: () => [
      ['journal_lines[0]', M('JournalLineDebitAndCredit')],
      ['journal_lines[1]', M('JournalLineEmpty')],
    ],
  },
  {
    name: 'a journal line on a ledger account of another business, and one that does not exist',
    path: () => '/journals',
    body: (w) =>
      journal([
        { ledger_account_id: w.ie.sales, debit: 5, credit: 0 },
        { ledger_account_id: 'nope', debit: 0, credit: 5 },
      ]),
    errors: () => [
      ['journal_lines[0].ledger_account_id', MISSING_LEDGER],
      ['journal_lines[1].ledger_account_id', MISSING_LEDGER],
    ],
  },
  {
    name: 'a journal on the trade debtors control account',
    path: () => '/journals',
    body: (w) =>
      journal([
        { ledger_account_id: w.gb.debtors, debit: 5, credit: 0 },
        { ledger_account_id: w.gb.bankLedger, debit: 0, credit: 5 },
      ]),
    errors: () => [['journal_lines[0].ledger_account_id', M('JournalControlAccount')]],
  },
  {
    name: 'a journal with negative and non-numeric amounts',
    path: () => '/journals',
    body: (w) =>
      journal([
        { ledger_account_id: w.gb.sales, debit: -5, credit: 0 },
        { ledger_account_id: w.gb.bankLedger, debit: 0, credit: 'lots' },
      ]),
    errors: () => [
      ['journal_lines[0].debit', 'must be greater than or equal to 0'],
      ['journal_lines[1].credit', 'is not a number'],
    ],
  },
  // --- ledger accounts, tax rates, bank accounts of another business or country
  {
    name: 'an invoice line on a ledger account of another business',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [salesLine(w.gb, 10, { ledger_account_id: w.ie.sales })] }),
    errors: () => [['invoice_lines[0].ledger_account_id', MISSING_LEDGER]],
  },
  {
    name: 'a tax rate of another country (IE_STANDARD in a GB business)',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [salesLine(w.gb), salesLine(w.gb, 10, { tax_rate_id: w.ie.taxStandard })] }),
    errors: () => [['invoice_lines[1].tax_rate_id', MISSING_TAX]],
  },
  {
    name: "a US business's tax rate id in a Canadian business",
    path: () => '/sales_invoices',
    business: (w) => w.ca.business,
    body: (w) => salesInvoice(w.ca, { invoice_lines: [salesLine(w.ca, 10, { tax_rate_id: w.usTaxId })] }),
    errors: () => [['invoice_lines[0].tax_rate_id', MISSING_TAX]],
  },
  {
    name: 'a receipt into a bank account of another business',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 10, [], { bank_account_id: w.ie.bank }),
    errors: () => [['bank_account_id', MISSING_BANK]],
  },
  // --- missing and malformed fields
  {
    name: 'a sales invoice with nothing in it',
    path: () => '/sales_invoices',
    body: () => ({ sales_invoice: {} }),
    errors: () => [
      ['contact_id', "can't be blank"],
      ['date', "can't be blank"],
      ['invoice_lines', "can't be blank"],
    ],
  },
  {
    name: 'a sales invoice line without description, ledger account, tax rate or price',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [{ quantity: 2 }, 'line'] }),
    errors: () => [
      ['invoice_lines[0].description', "can't be blank"],
      ['invoice_lines[0].ledger_account_id', "can't be blank"],
      ['invoice_lines[0].tax_rate_id', "can't be blank"],
      ['invoice_lines[0].unit_price', "can't be blank"],
      ['invoice_lines[1]', 'is invalid'],
    ],
  },
  {
    name: 'a purchase invoice without due_date or line quantity',
    path: () => '/purchase_invoices',
    body: (w) => {
      const b = purchaseInvoice(w.gb) as { purchase_invoice: Record<string, unknown> };
      delete b.purchase_invoice.due_date;
      b.purchase_invoice.invoice_lines = [
        { description: 'Rent', ledger_account_id: w.gb.expense, tax_rate_id: w.gb.taxStandard, unit_price: 100, tax_amount: 20 },
      ];
      return b;
    },
    errors: () => [
      ['due_date', "can't be blank"],
      ['invoice_lines[0].quantity', "can't be blank"],
    ],
  },
  {
    name: 'a sales invoice with an unknown status and a bad date',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { status_id: 'PAID', date: '2026-02-30' }),
    errors: () => [
      ['date', 'is not a valid date'],
      ['status_id', 'is invalid'],
    ],
  },
  {
    name: 'a sales invoice whose total is negative',
    path: () => '/sales_invoices',
    body: (w) => salesInvoice(w.gb, { invoice_lines: [salesLine(w.gb, -10)] }),
    errors: () => [['base', M('NegativeInvoiceTotal')]],
  },
  {
    name: 'a contact payment with nothing in it',
    path: () => '/contact_payments',
    body: () => ({ contact_payment: {} }),
    errors: () => [
      ['transaction_type_id', "can't be blank"],
      ['contact_id', "can't be blank"],
      ['bank_account_id', "can't be blank"],
      ['date', "can't be blank"],
      ['total_amount', "can't be blank"],
    ],
  },
  {
    name: 'a contact payment of an unknown type and a zero amount',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 0, [], { transaction_type_id: 'GIFT' }),
    errors: () => [
      ['transaction_type_id', 'is invalid'],
      ['total_amount', 'must be greater than 0'],
    ],
  },
  {
    name: 'a journal with nothing in it',
    path: () => '/journals',
    body: () => ({ journal: {} }),
    errors: () => [
      ['date', "can't be blank"],
      ['reference', "can't be blank"],
      ['journal_lines', "can't be blank"],
    ],
  },
  {
    name: 'a journal line without a credit (Sage requires both debit and credit)',
    path: () => '/journals',
    body: (w) =>
      journal([{ ledger_account_id: w.gb.sales, debit: 5 } as never, { ledger_account_id: w.gb.bankLedger, debit: 0, credit: 5 }]),
    errors: () => [['journal_lines[0].credit', "can't be blank"]],
  },
  {
    name: 'a body without its resource namespace',
    path: () => '/journals',
    body: () => ({ reference: 'x' }),
    errors: () => [['journal', 'param is missing or the value is empty: journal']],
  },
  // --- paying and allocating
  {
    name: 'paying a paid invoice',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 10, [{ artefact_id: w.paid, amount: 10 }]),
    errors: () => [['allocated_artefacts[0].artefact_id', 'You can only pay unpaid or part-paid invoices.']],
  },
  {
    name: 'paying a void invoice and a draft',
    path: () => '/contact_payments',
    body: (w) =>
      receipt(w.gb, 10, [
        { artefact_id: w.voided, amount: 5 },
        { artefact_id: w.draft, amount: 5 },
      ]),
    errors: () => [
      ['allocated_artefacts[0].artefact_id', 'You can only pay unpaid or part-paid invoices.'],
      ['allocated_artefacts[1].artefact_id', 'You can only pay unpaid or part-paid invoices.'],
    ],
  },
  {
    name: 'allocating more than is outstanding',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 200, [{ artefact_id: w.unpaid, amount: '120.01' }]),
    errors: () => [['allocated_artefacts[0].amount', M('AllocationExceedsOutstanding')]],
  },
  {
    name: 'allocating more than is outstanding in two parts',
    path: () => '/contact_payments',
    body: (w) =>
      receipt(w.gb, 200, [
        { artefact_id: w.partPaid, amount: 60 },
        { artefact_id: w.partPaid, amount: 60 },
      ]),
    errors: () => [['allocated_artefacts[1].amount', M('AllocationExceedsOutstanding')]],
  },
  {
    name: 'allocating more than the payment',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 100, [{ artefact_id: w.unpaid, amount: '100.01' }]),
    errors: () => [['base', M('AllocationExceedsPayment')]],
  },
  {
    name: "a receipt allocated to another customer's invoice and to a purchase invoice",
    path: () => '/contact_payments',
    body: (w) =>
      receipt(
        w.gb,
        100,
        [
          { artefact_id: w.unpaid, amount: 1 },
          { artefact_id: w.vendorInvoice, amount: 1 },
        ],
        { contact_id: w.gb.customer2 },
      ),
    errors: () => [
      ['allocated_artefacts[0].artefact_id', 'belongs to another contact'],
      ['allocated_artefacts[1].artefact_id', 'cannot be allocated to a customer receipt'],
    ],
  },
  {
    name: 'a settlement discount',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 10, [{ artefact_id: w.unpaid, amount: 10, discount: 1 } as never]),
    errors: () => [['allocated_artefacts[0].discount', M('DiscountNotSupported')]],
  },
  {
    name: 'a refund not allocated in full',
    path: () => '/contact_payments',
    body: (w) => receipt(w.gb, 10, [{ artefact_id: w.poa, amount: 4 }], { transaction_type_id: 'CUSTOMER_REFUND' }),
    errors: () => [['base', M('RefundNotAllocated')]],
  },
  {
    name: 'a contact allocation that does not add up to zero',
    path: () => '/contact_allocations',
    body: (w) => ({
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: w.gb.customer,
        allocated_artefacts: [
          { artefact_id: w.unpaid, amount: 10 },
          { artefact_id: w.poa, amount: -9 },
        ],
      },
    }),
    errors: () => [['base', M('AllocationsNotBalanced')]],
  },
  {
    name: 'a contact allocation taking more than a payment on account holds',
    path: () => '/contact_allocations',
    body: (w) => ({
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: w.gb.customer,
        allocated_artefacts: [
          { artefact_id: w.unpaid, amount: 70 },
          { artefact_id: w.poa, amount: -70 },
        ],
      },
    }),
    errors: () => [['allocated_artefacts[1].amount', M('AllocationExceedsOutstanding')]],
  },
  {
    name: 'a contact allocation with the signs the wrong way round',
    path: () => '/contact_allocations',
    body: (w) => ({
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: w.gb.customer,
        allocated_artefacts: [
          { artefact_id: w.unpaid, amount: -5 },
          { artefact_id: w.poa, amount: 5 },
        ],
      },
    }),
    errors: () => [
      ['allocated_artefacts[0].amount', M('AllocationWrongSign')],
      ['allocated_artefacts[1].amount', M('AllocationWrongSign')],
    ],
  },
  {
    name: 'a contact allocation to a paid invoice',
    path: () => '/contact_allocations',
    body: (w) => ({
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: w.gb.customer,
        allocated_artefacts: [
          { artefact_id: w.paid, amount: 5 },
          { artefact_id: w.poa, amount: -5 },
        ],
      },
    }),
    errors: () => [['allocated_artefacts[0].artefact_id', 'You can only pay unpaid or part-paid invoices.']],
  },
  // --- voids, deletes, edits
  {
    name: 'a void without reason',
    method: 'DELETE',
    path: (w) => `/sales_invoices/${w.unpaid}`,
    errors: () => [['void_reason', "can't be blank"]],
  },
  {
    name: 'a void while payments exist',
    method: 'DELETE',
    path: (w) => `/sales_invoices/${w.partPaid}?void_reason=Mistake`,
    errors: () => [['base', M('InvoiceHasPayments')]],
  },
  {
    name: 'voiding a void invoice',
    method: 'DELETE',
    path: (w) => `/sales_invoices/${w.voided}?void_reason=Again`,
    errors: () => [['base', M('InvoiceVoid')]],
  },
  {
    name: 'deleting a purchase invoice with a payment',
    method: 'DELETE',
    path: (w) => `/purchase_invoices/${w.purchasePaid}`,
    errors: () => [['base', M('InvoiceHasPayments')]],
  },
  {
    name: 'changing the lines of an invoice with payments',
    method: 'PUT',
    path: (w) => `/sales_invoices/${w.partPaid}`,
    body: (w) => ({ sales_invoice: { invoice_lines: [salesLine(w.gb, 500)] } }),
    errors: () => [['base', M('InvoiceHasPayments')]],
  },
  {
    name: 'editing a void invoice',
    method: 'PUT',
    path: (w) => `/sales_invoices/${w.voided}`,
    body: () => ({ sales_invoice: { notes: 'x' } }),
    errors: () => [['base', M('InvoiceVoid')]],
  },
  {
    name: 'releasing an invoice that is not a draft',
    path: (w) => `/sales_invoices/${w.unpaid}/release`,
    errors: () => [['base', M('InvoiceNotDraft')]],
  },
  {
    name: 'deleting a payment whose payment on account was allocated',
    method: 'DELETE',
    path: (w) => `/contact_payments/${w.poaPayment}`,
    errors: () => [['base', M('PaymentOnAccountAllocated')]],
  },
  {
    name: 'deleting a contact with transactions',
    method: 'DELETE',
    path: (w) => `/contacts/${w.gb.customer}`,
    errors: () => [['base', 'This contact cannot be deleted because it has transactions.']],
  },
  // --- ledger and bank accounts
  {
    name: 'a ledger account with a nominal code already taken and missing fields',
    path: () => '/ledger_accounts',
    body: () => ({ ledger_account: { ledger_account_type_id: 'SALES', nominal_code: 4000 } }),
    errors: () => [
      ['included_in_chart', "can't be blank"],
      ['name', "can't be blank"],
      ['display_name', "can't be blank"],
      ['nominal_code', 'has already been taken'],
    ],
  },
  {
    name: 'a ledger account of an unknown type',
    path: () => '/ledger_accounts',
    body: () => ({
      ledger_account: { ledger_account_type_id: 'MAGIC', included_in_chart: true, name: 'X', display_name: 'X', nominal_code: 4555 },
    }),
    errors: () => [['ledger_account_type_id', 'is invalid']],
  },
  {
    name: "a bank account's ledger account changed to another type",
    method: 'PUT',
    path: (w) => `/ledger_accounts/${w.gb.bankLedger}`,
    body: () => ({ ledger_account: { ledger_account_type_id: 'SALES' } }),
    errors: () => [['ledger_account_type_id', 'cannot change: this ledger account backs a bank account']],
  },
  {
    name: 'a bank account on a sales ledger account, without a type',
    path: () => '/bank_accounts',
    body: (w) => ({ bank_account: { ledger_account_id: w.gb.sales } }),
    errors: () => [
      ['bank_account_type_id', "can't be blank"],
      ['ledger_account_id', 'must be a ledger account of type BANK'],
    ],
  },
  {
    name: 'a bank account on a ledger account that already backs one',
    path: () => '/bank_accounts',
    body: (w) => ({
      bank_account: { bank_account_type_id: 'CHECKING', ledger_account_id: w.gb.bankLedger, bank_account_details: { account_name: 'Dup' } },
    }),
    errors: () => [['ledger_account_id', 'has already been taken']],
  },
];

describe.each(ADAPTERS)('ledger 422 rules through %s', (adapter) => {
  // One world for the block: the set-up below builds it once, and every case leaves it unchanged.
  const h = useHarness(adapter, {}, { reset: 'none' });
  let w: World;

  async function ok(path: string, json?: unknown, method = 'POST'): Promise<{ id: string; payment_on_account: { id: string } | null }> {
    const res = await h.api(path, { method, json });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  }

  beforeAll(async () => {
    const gb = fixture(h.mock, 'GB');
    const ie = fixture(h.mock, 'IE');
    const ca = fixture(h.mock, 'CA');
    const usTaxId = fixture(h.mock, 'US').taxStandard;
    const unpaid = (await ok('/sales_invoices', salesInvoice(gb))).id; // 120.0 with 20% tax in GB
    const paid = (await ok('/sales_invoices', salesInvoice(gb))).id;
    await ok('/contact_payments', receipt(gb, 120, [{ artefact_id: paid, amount: 120 }]));
    const draft = (await ok('/sales_invoices', salesInvoice(gb, { status_id: 'DRAFT' }))).id;
    const voided = (await ok('/sales_invoices', salesInvoice(gb))).id;
    await ok(`/sales_invoices/${voided}?void_reason=Raised%20in%20error`, undefined, 'DELETE');
    const partPaid = (await ok('/sales_invoices', salesInvoice(gb))).id;
    const partPayment = (await ok('/contact_payments', receipt(gb, 20, [{ artefact_id: partPaid, amount: 20 }]))).id;
    const purchasePaid = (await ok('/purchase_invoices', purchaseInvoice(gb))).id;
    await ok(
      '/contact_payments',
      receipt(gb, 10, [{ artefact_id: purchasePaid, amount: 10 }], { transaction_type_id: 'VENDOR_PAYMENT', contact_id: gb.vendor }),
    );
    const vendorInvoice = (await ok('/purchase_invoices', purchaseInvoice(gb))).id;
    const poaPay = await ok('/contact_payments', receipt(gb, 60));
    const poa = poaPay.payment_on_account!.id;
    const other = (await ok('/sales_invoices', salesInvoice(gb))).id;
    await ok('/contact_allocations', {
      contact_allocation: {
        transaction_type_id: 'CUSTOMER_ALLOCATION',
        contact_id: gb.customer,
        allocated_artefacts: [
          { artefact_id: other, amount: 10 },
          { artefact_id: poa, amount: -10 },
        ],
      },
    });
    w = {
      gb,
      ie,
      ca,
      usTaxId,
      unpaid,
      paid,
      draft,
      voided,
      partPaid,
      partPayment,
      purchasePaid,
      vendorInvoice,
      poa,
      poaPayment: poaPay.id,
    };
  });

  for (const c of cases) {
    it(`refuses ${c.name}, changing nothing`, async () => {
      const before = snapshot(h.mock);
      const tbBefore = h.mock.admin.trialBalance(w.gb.business);
      const res = await h.api(c.path(w), { method: c.method ?? 'POST', json: c.body?.(w), business: c.business?.(w) });
      expect(res.status).toBe(422);
      const errors = await sageErrors(res);
      expect(errors.map((e) => [e.$source, e.$message])).toEqual(c.errors(w));
      expect(errors.every((e) => e.$dataCode === 'RecordInvalid')).toBe(true);
      expect(snapshot(h.mock)).toBe(before);
      expect(h.mock.admin.trialBalance(w.gb.business)).toEqual(tbBefore);
    });
  }

  it('left the books balanced after the setup', () => {
    const tb = h.mock.admin.trialBalance(w.gb.business);
    expect(tb.balanced).toBe(true);
    expect(tb.total_debit).toBe(tb.total_credit);
    expect(Number(tb.total_debit)).toBeGreaterThan(0);
  });
});
