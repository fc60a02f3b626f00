/**
 * Property-based tests of the ledger (fast-check), in-process through `mock.handle` for speed.
 * Random sequences of valid and invalid operations (invoices, releases, voids, deletes, edits,
 * receipts, vendor payments, refunds, allocations, journals, credit notes and their allocation and
 * void, payment edits, other payments and receipts, bank transfers, quick entries, contact opening
 * balances) must keep, after every operation:
 * - the trial balance nets to zero, and ledger, bank and contact balances agree with the entries;
 * - each artefact's outstanding amount = total - allocated, and its status agrees with its amounts;
 * - trade debtors (creditors) equal the open sales (purchase) invoices less payments on account and
 *   credit notes; every document's transaction exists and each transaction's entries balance;
 * - invoice numbers SI-1..SI-n with no gap and no repeat;
 * - a rejected request changed nothing: the store is the same before and after, and replaying only
 *   the accepted requests on a fresh mock gives byte-for-byte the same books (ids included).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSageMock, type SageMock } from '../../mock/index.ts';
import { Dec, dec, sum } from '../../mock/core/money.ts';
import type { MockRequest } from '../../mock/core/http.ts';
import type { InvoiceRecord } from '../../mock/ledger/invoices.ts';
import type { PaymentOnAccountRecord } from '../../mock/ledger/payments_on_account.ts';
import type { LedgerEntryRecord } from '../../mock/ledger/entry_records.ts';
import type { LedgerAccountRecord } from '../../mock/ledger/accounts.ts';
import type { BankAccountRecord } from '../../mock/ledger/accounts.ts';
import type { ContactRecord } from '../../mock/ledger/parties.ts';
import type { ContactPaymentRecord } from '../../mock/resources/contact_payments.ts';
import type { ContactAllocationRecord } from '../../mock/resources/contact_allocations.ts';
import { fixture, type Fixture } from './support.ts';

const OPTIONS = { seed: 42, world: { contacts: { GB: 24, IE: 0, US: 0, CA: 0, FR: 0, ES: 0, DE: 0 } } };

// ------------------------------------------------------------------ operations

// Mostly valid values, with a share of invalid ones (negative prices, foreign tax rates, no lines,
// a standard-rated line without the tax amount Sage v3.1 requires, ...).
const money = fc.integer({ min: -500, max: 60_000 }).map((c) => (c / 100).toFixed(2));
// A few prices over the mock's bound (10^13), and a few lines on the contact's own control account
// (trade debtors or creditors), both refused: were they not, the control account would stop
// matching the open invoices, or a rounded sum would hide a difference.
const price = fc.oneof({ weight: 40, arbitrary: money }, { weight: 1, arbitrary: fc.constant('10000000000000.00') });
const line = fc.record({
  price,
  qty: fc.integer({ min: 1, max: 4 }),
  tax: fc.constantFrom('std', 'std', 'std', 'zero', 'zero', 'foreign'),
  account: fc.constantFrom('own', 'own', 'own', 'own', 'own', 'own', 'own', 'own', 'own', 'own', 'own', 'control'),
  // The line's tax amount, computed as a client would (`lineTax`), or (rarely) left out.
  taxSent: fc.constantFrom(true, true, true, true, true, true, true, true, true, true, true, false),
});
type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;
const lines = fc.oneof(
  { weight: 12, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant<Line[]>([]) },
);
const frac = fc.constantFrom('0.25', '0.5', '1', '1.5');
const pick = fc.nat({ max: 20 });
/** Mostly pick among the records the operation makes sense for (open invoices, drafts...), sometimes among all. */
const focus = fc.constantFrom(true, true, true, false);

const op = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('sales' as const),
      who: fc.constantFrom('customer', 'customer', 'customer2', 'both', 'both', 'vendor'),
      status: fc.constantFrom('UNPAID', 'UNPAID', 'UNPAID', 'DRAFT', 'PRO_FORMA'),
      lines,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant('purchase' as const),
      who: fc.constantFrom('vendor', 'vendor', 'vendor2', 'customer'),
      status: fc.constantFrom('UNPAID', 'UNPAID', 'DRAFT'),
      lines,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('release' as const), kind: fc.constantFrom('sales', 'purchase'), pick, focus }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('void' as const), pick, focus, reason: fc.constantFrom(true, true, false) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deletePurchase' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('edit' as const), pick, focus, price: money }) },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('pay' as const),
      side: fc.constantFrom('customer', 'vendor'),
      who: fc.constantFrom(0, 0, 0, 1),
      focus,
      allocs: fc.array(fc.record({ pick, frac }), { minLength: 1, maxLength: 2 }),
      extra: fc.constantFrom('0', '0', '15.5', '-1', '0.01'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('onAccount' as const),
      side: fc.constantFrom('customer', 'vendor'),
      who: fc.constantFrom(0, 1),
      total: money,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('refund' as const), pick, focus, frac }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('allocate' as const), invoice: pick, poa: pick, focus, frac }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deletePayment' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deleteAllocation' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('journal' as const),
      debits: fc.array(money, { minLength: 1, maxLength: 3 }),
      skew: fc.constantFrom('0', '0', '0', '0.01'),
      both: fc.constantFrom(false, false, false, false, true),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('creditNote' as const),
      side: fc.constantFrom('customer', 'customer', 'vendor'),
      who: fc.constantFrom('customer', 'both', 'vendor'),
      status: fc.constantFrom('UNPAID', 'UNPAID', 'DRAFT'),
      lines,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('allocateCredit' as const), credit: pick, invoice: pick, focus, frac }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('voidCredit' as const), pick, focus }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('editPayment' as const), pick, extra: fc.constantFrom('0', '5.00', '-1000000.00') }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('other' as const),
      receipt: fc.boolean(),
      total: money,
      tax: fc.constantFrom('std', 'zero', 'foreign'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('transfer' as const), amount: money, same: fc.constantFrom(false, false, false, true) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('quick' as const),
      side: fc.constantFrom('customer', 'vendor'),
      type: fc.constantFrom('INVOICE', 'INVOICE', 'CREDIT_NOTE'),
      net: money,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('opening' as const),
      who: fc.constantFrom('customer', 'vendor'),
      type: fc.constantFrom('INVOICE', 'CREDIT_NOTE'),
      total: money,
    }),
  },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/** Every run starts from a few documents, so the random operations have something to act on. */
const PROLOGUE: Op[] = [
  { t: 'sales', who: 'customer', status: 'UNPAID', lines: [{ price: '100.00', qty: 1, tax: 'std', account: 'own', taxSent: true }] },
  {
    t: 'sales',
    who: 'both',
    status: 'UNPAID',
    lines: [
      { price: '33.33', qty: 3, tax: 'std', account: 'own', taxSent: true },
      { price: '0.10', qty: 1, tax: 'zero', account: 'own', taxSent: false },
    ],
  },
  { t: 'purchase', who: 'vendor', status: 'UNPAID', lines: [{ price: '250.00', qty: 2, tax: 'std', account: 'own', taxSent: true }] },
  { t: 'onAccount', side: 'customer', who: 0, total: '75.00' },
  { t: 'onAccount', side: 'vendor', who: 0, total: '40.00' },
  {
    t: 'creditNote',
    side: 'customer',
    who: 'customer',
    status: 'UNPAID',
    lines: [{ price: '10.00', qty: 1, tax: 'zero', account: 'own', taxSent: false }],
  },
  {
    t: 'creditNote',
    side: 'vendor',
    who: 'vendor',
    status: 'UNPAID',
    lines: [{ price: '20.00', qty: 1, tax: 'zero', account: 'own', taxSent: false }],
  },
];

// ------------------------------------------------------------------ running operations

interface Session {
  mock: SageMock;
  fx: Fixture;
  token: string;
}

async function session(): Promise<Session> {
  const mock = await createSageMock(OPTIONS);
  const w = mock.admin.world();
  const token = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
  return { mock, fx: fixture(mock, 'GB'), token };
}

interface Req {
  method: string;
  path: string;
  body?: unknown;
}

async function send(s: Session, r: Req): Promise<{ status: number; body: any }> {
  // eslint-disable-line @typescript-eslint/no-explicit-any
  const req: MockRequest = {
    method: r.method,
    url: `https://api.accounting.sage.com/v3.1${r.path}`,
    headers: {
      authorization: `Bearer ${s.token}`,
      'x-business': s.fx.business,
      ...(r.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: r.body === undefined ? undefined : JSON.stringify(r.body),
  };
  const res = await s.mock.handle(req);
  return { status: res.status, body: res.body ? JSON.parse(res.body) : null };
}

function records<T>(s: Session, name: string): T[] {
  return [...s.mock.state.store.collection(s.fx.business, name).values()] as T[];
}

const nth = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);
/** The `i`th record among those `relevant`, when focused (and there are any), else among all. */
const among = <T>(items: readonly T[], relevant: (x: T) => boolean, i: number, focused: boolean): T | undefined => {
  const subset = focused ? items.filter(relevant) : [];
  return nth(subset.length > 0 ? subset : items, i);
};
const isOpenInvoice = (i: InvoiceRecord) => i.status.id === 'UNPAID' || i.status.id === 'PART_PAID';
const hasRest = (p: PaymentOnAccountRecord) => dec(p.outstanding_amount).gt(0);
const BOGUS = 'b'.repeat(32);
/**
 * The tax amount a client sends for a line of `net` at the generator's rate: the standard rate's,
 * to the cent (half away from zero); 0 at the zero rate; any amount at a foreign rate (the line is
 * refused for its rate).
 */
const lineTax = (fx: Fixture, tax: string, net: Dec) =>
  tax === 'std' ? net.times(fx.standardRate).div(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2) : '0.00';
const part = (outstanding: string | undefined, f: string) =>
  outstanding === undefined ? '10.00' : dec(outstanding).times(f).toDecimalPlaces(2).toFixed(2);

/** The concrete request an operation makes, given the state (ids and outstanding amounts) so far. */
function request(s: Session, o: Op): Req {
  const fx = s.fx;
  const sales = records<InvoiceRecord>(s, 'sales_invoices');
  const purchases = records<InvoiceRecord>(s, 'purchase_invoices');
  const poas = records<PaymentOnAccountRecord>(s, 'payments_on_account');
  const credits = [...records<InvoiceRecord>(s, 'sales_credit_notes'), ...records<InvoiceRecord>(s, 'purchase_credit_notes')];
  const taxOf = (t: string) => (t === 'std' ? fx.taxStandard : t === 'zero' ? fx.taxZero : 'IE_STANDARD');
  switch (o.t) {
    case 'creditNote': {
      const resource = o.side === 'customer' ? 'sales_credit_note' : 'purchase_credit_note';
      const credit_note_lines = o.lines.map((l) => ({
        description: 'Credit',
        ledger_account_id: l.account === 'control' ? fx.debtors : o.side === 'customer' ? fx.sales : fx.expense,
        tax_rate_id: taxOf(l.tax),
        unit_price: l.price,
        quantity: l.qty,
        ...(l.taxSent ? { tax_amount: lineTax(fx, l.tax, dec(l.price).times(l.qty)) } : {}),
      }));
      const contact = { customer: fx.customer, both: fx.both, vendor: fx.vendor }[o.who];
      return {
        method: 'POST',
        path: `/${resource}s`,
        body: { [resource]: { contact_id: contact, date: '2026-01-05', status_id: o.status, credit_note_lines } },
      };
    }
    case 'allocateCredit': {
      const cn = among(credits, isOpenInvoice, o.credit, o.focus);
      const vendor = cn?.transaction_type.id === 'PURCHASE_CREDIT_NOTE';
      const inv = among(
        (vendor ? purchases : sales).filter((i) => i.contact.id === cn?.contact.id),
        isOpenInvoice,
        o.invoice,
        o.focus,
      );
      const amount = part(cn?.outstanding_amount, o.frac);
      return {
        method: 'POST',
        path: '/contact_allocations',
        body: {
          contact_allocation: {
            transaction_type_id: vendor ? 'VENDOR_ALLOCATION' : 'CUSTOMER_ALLOCATION',
            contact_id: cn?.contact.id ?? fx.customer,
            allocated_artefacts: [
              { artefact_id: inv?.id ?? BOGUS, amount },
              { artefact_id: cn?.id ?? BOGUS, amount: `-${amount}` },
            ],
          },
        },
      };
    }
    case 'voidCredit': {
      const cn = among(credits, (c) => c.status.id !== 'VOID' && c._allocations.length === 0, o.pick, o.focus);
      const resource = cn?.transaction_type.id === 'PURCHASE_CREDIT_NOTE' ? 'purchase_credit_notes' : 'sales_credit_notes';
      return { method: 'DELETE', path: `/${resource}/${cn?.id ?? BOGUS}?void_reason=Error` };
    }
    case 'editPayment': {
      const p = nth(records<ContactPaymentRecord>(s, 'contact_payments'), o.pick);
      return {
        method: 'PUT',
        path: `/contact_payments/${p?.id ?? BOGUS}`,
        body: { contact_payment: { total_amount: p ? dec(p.total_amount).plus(o.extra).toFixed(2) : '1.00' } },
      };
    }
    case 'other': {
      const net = dec(o.total);
      const tax = lineTax(fx, o.tax, net);
      const total = net.plus(tax).toFixed(2);
      return {
        method: 'POST',
        path: '/other_payments',
        body: {
          other_payment: {
            transaction_type_id: o.receipt ? 'OTHER_RECEIPT' : 'OTHER_PAYMENT',
            bank_account_id: fx.bank,
            date: '2026-01-09',
            total_amount: total,
            payment_lines: [
              { ledger_account_id: o.receipt ? fx.sales2 : fx.expense, tax_rate_id: taxOf(o.tax), total_amount: total, tax_amount: tax },
            ],
          },
        },
      };
    }
    case 'quick': {
      const customer = o.side === 'customer';
      const resource = customer ? 'sales_quick_entry' : 'purchase_quick_entry';
      return {
        method: 'POST',
        path: `/${resource.replace('entry', 'entries')}`,
        body: {
          [resource]: {
            quick_entry_type_id: o.type,
            contact_id: customer ? fx.customer : fx.vendor,
            date: '2026-01-05',
            reference: 'Q',
            ledger_account_id: customer ? fx.sales : fx.expense,
            net_amount: o.net,
            tax_rate_id: fx.taxStandard,
            tax_amount: lineTax(fx, 'std', dec(o.net)),
          },
        },
      };
    }
    case 'opening':
      return {
        method: 'POST',
        path: '/contact_opening_balances',
        body: {
          contact_opening_balance: {
            contact_opening_balance_type_id: o.type,
            contact_id: o.who === 'customer' ? fx.customer : fx.vendor,
            date: '2025-12-31',
            reference: 'OB',
            total_amount: o.total,
          },
        },
      };
    case 'transfer':
      return {
        method: 'POST',
        path: '/bank_transfers',
        body: {
          bank_transfer: {
            from_bank_account_id: fx.bank,
            to_bank_account_id: o.same ? fx.bank : fx.bank2,
            date: '2026-01-09',
            amount: o.amount,
          },
        },
      };
    case 'sales':
    case 'purchase': {
      const contact = { customer: fx.customer, customer2: fx.customer2, both: fx.both, vendor: fx.vendor, vendor2: fx.vendor2 }[o.who];
      const accountOf = (l: Line) =>
        l.account === 'control' ? (o.t === 'sales' ? fx.debtors : fx.creditors) : o.t === 'sales' ? fx.sales : fx.expense;
      const invoice_lines = o.lines.map((l) => ({
        description: 'Item',
        ledger_account_id: accountOf(l),
        tax_rate_id: taxOf(l.tax),
        unit_price: l.price,
        quantity: l.qty,
        ...(l.taxSent ? { tax_amount: lineTax(fx, l.tax, dec(l.price).times(l.qty)) } : {}),
      }));
      const body = { contact_id: contact, date: '2026-01-05', due_date: '2026-02-05', status_id: o.status, invoice_lines };
      return o.t === 'sales'
        ? { method: 'POST', path: '/sales_invoices', body: { sales_invoice: body } }
        : { method: 'POST', path: '/purchase_invoices', body: { purchase_invoice: body } };
    }
    case 'release': {
      const inv = among(
        o.kind === 'sales' ? sales : purchases,
        (i) => i.status.id === 'DRAFT' || i.status.id === 'PRO_FORMA',
        o.pick,
        o.focus,
      );
      return { method: 'POST', path: `/${o.kind}_invoices/${inv?.id ?? BOGUS}/release` };
    }
    case 'void':
      return {
        method: 'DELETE',
        path: `/sales_invoices/${among(sales, (i) => i.status.id !== 'VOID' && i._allocations.length === 0, o.pick, o.focus)?.id ?? BOGUS}${o.reason ? '?void_reason=Error' : ''}`,
      };
    case 'deletePurchase':
      return { method: 'DELETE', path: `/purchase_invoices/${nth(purchases, o.pick)?.id ?? BOGUS}` };
    case 'edit':
      return {
        method: 'PUT',
        path: `/sales_invoices/${among(sales, (i) => i.status.id !== 'VOID' && i._allocations.length === 0, o.pick, o.focus)?.id ?? BOGUS}`,
        body: {
          sales_invoice: {
            invoice_lines: [
              {
                description: 'Edited',
                ledger_account_id: fx.sales2,
                tax_rate_id: fx.taxStandard,
                unit_price: o.price,
                tax_amount: lineTax(fx, 'std', dec(o.price)),
              },
            ],
          },
        },
      };
    case 'pay': {
      const customer = o.side === 'customer';
      const pool = customer ? sales : purchases;
      const allocated = o.allocs.map((a) => {
        const inv = among(pool, isOpenInvoice, a.pick, o.focus);
        return { artefact_id: inv?.id ?? BOGUS, amount: part(inv?.outstanding_amount, a.frac) };
      });
      const total = sum(allocated.map((a) => dec(a.amount)))
        .plus(o.extra)
        .toFixed(2);
      // Usually the contact of the first invoice paid; sometimes a fixed one (which may not match).
      const first = among(pool, isOpenInvoice, o.allocs[0]?.pick ?? 0, o.focus);
      const contact = o.who === 0 && first && o.allocs.length > 0 ? first.contact.id : customer ? fx.customer : fx.vendor;
      return {
        method: 'POST',
        path: '/contact_payments',
        body: {
          contact_payment: {
            transaction_type_id: customer ? 'CUSTOMER_RECEIPT' : 'VENDOR_PAYMENT',
            contact_id: contact,
            bank_account_id: fx.bank,
            date: '2026-01-06',
            total_amount: total,
            allocated_artefacts: allocated,
          },
        },
      };
    }
    case 'onAccount': {
      const customer = o.side === 'customer';
      const contact = customer ? [fx.customer, fx.both][o.who] : [fx.vendor, fx.vendor2][o.who];
      return {
        method: 'POST',
        path: '/contact_payments',
        body: {
          contact_payment: {
            transaction_type_id: customer ? 'CUSTOMER_RECEIPT' : 'VENDOR_PAYMENT',
            contact_id: contact,
            bank_account_id: fx.bank2,
            date: '2026-01-06',
            total_amount: o.total,
          },
        },
      };
    }
    case 'refund': {
      const poa = among(poas, hasRest, o.pick, o.focus);
      const amount = part(poa?.outstanding_amount, o.frac);
      const type = poa?._side === 'vendor' ? 'VENDOR_REFUND' : 'CUSTOMER_REFUND';
      return {
        method: 'POST',
        path: '/contact_payments',
        body: {
          contact_payment: {
            transaction_type_id: type,
            contact_id: poa?.contact.id ?? fx.customer,
            bank_account_id: fx.bank2,
            date: '2026-01-07',
            total_amount: amount,
            allocated_artefacts: [{ artefact_id: poa?.id ?? BOGUS, amount }],
          },
        },
      };
    }
    case 'allocate': {
      const poa = among(poas, hasRest, o.poa, o.focus);
      const vendor = poa?._side === 'vendor';
      const inv = among(
        (vendor ? purchases : sales).filter((i) => i.contact.id === poa?.contact.id),
        isOpenInvoice,
        o.invoice,
        o.focus,
      );
      const amount = part(poa?.outstanding_amount, o.frac);
      return {
        method: 'POST',
        path: '/contact_allocations',
        body: {
          contact_allocation: {
            transaction_type_id: vendor ? 'VENDOR_ALLOCATION' : 'CUSTOMER_ALLOCATION',
            contact_id: poa?.contact.id ?? fx.customer,
            allocated_artefacts: [
              { artefact_id: inv?.id ?? BOGUS, amount },
              { artefact_id: poa?.id ?? BOGUS, amount: `-${amount}` },
            ],
          },
        },
      };
    }
    case 'deletePayment':
      return {
        method: 'DELETE',
        path: `/contact_payments/${nth(records<ContactPaymentRecord>(s, 'contact_payments'), o.pick)?.id ?? BOGUS}`,
      };
    case 'deleteAllocation':
      return {
        method: 'DELETE',
        path: `/contact_allocations/${nth(records<ContactAllocationRecord>(s, 'contact_allocations'), o.pick)?.id ?? BOGUS}`,
      };
    case 'journal': {
      const total = sum(o.debits.map((d) => dec(d)))
        .plus(o.skew)
        .toFixed(2);
      const debitLines = o.debits.map((d, i) => ({
        ledger_account_id: i % 2 ? fx.expense : fx.sales2,
        debit: d,
        credit: o.both && i === 0 ? '1.00' : '0',
      }));
      return {
        method: 'POST',
        path: '/journals',
        body: {
          journal: {
            date: '2026-01-08',
            reference: 'J',
            journal_lines: [...debitLines, { ledger_account_id: fx.bankLedger, debit: '0', credit: total }],
          },
        },
      };
    }
  }
}

// ------------------------------------------------------------------ invariants

/** The business's books and documents, checked against each other. */
function checkInvariants(s: Session): void {
  const fx = s.fx;
  const tb = s.mock.admin.trialBalance(fx.business);
  expect(tb.balanced).toBe(true);
  expect(tb.total_debit).toBe(tb.total_credit);

  const entries = records<LedgerEntryRecord>(s, 'ledger_entries');
  const net = (filter: (e: LedgerEntryRecord) => boolean) => sum(entries.filter(filter).map((e) => dec(e.debit).minus(dec(e.credit))));
  for (const a of records<LedgerAccountRecord>(s, 'ledger_accounts')) {
    expect(dec(a.balance).eq(net((e) => e.ledger_account_id === a.id)), `balance of ${a.displayed_as}`).toBe(true);
  }
  for (const b of records<BankAccountRecord>(s, 'bank_accounts')) {
    expect(dec(b.balance).eq(net((e) => e.ledger_account_id === b.ledger_account.id)), `balance of bank ${b.displayed_as}`).toBe(true);
  }
  for (const c of records<ContactRecord>(s, 'contacts')) {
    const owed = net((e) => e.contact_id === c.id && e.ledger_account_id === fx.debtors).minus(
      net((e) => e.contact_id === c.id && e.ledger_account_id === fx.creditors),
    );
    expect(dec(c.balance).eq(owed), `balance of contact ${c.displayed_as}`).toBe(true);
  }

  const payments = new Set(records<ContactPaymentRecord>(s, 'contact_payments').map((p) => p.id));
  const allocations = new Set(records<ContactAllocationRecord>(s, 'contact_allocations').map((a) => a.id));
  const sales = records<InvoiceRecord>(s, 'sales_invoices');
  const purchases = records<InvoiceRecord>(s, 'purchase_invoices');
  const poas = records<PaymentOnAccountRecord>(s, 'payments_on_account');
  // Quick entries and contact opening balances are invoices or credit notes of their own side and kind.
  const oneLine = [
    ...records<InvoiceRecord & { _side: string; _kind: string }>(s, 'sales_quick_entries'),
    ...records<InvoiceRecord & { _side: string; _kind: string }>(s, 'purchase_quick_entries'),
    ...records<InvoiceRecord & { _side: string; _kind: string }>(s, 'contact_opening_balances'),
  ];
  const of = (side: string, kind: string) => oneLine.filter((r) => r._side === side && r._kind === kind);
  const salesCredits = [...records<InvoiceRecord>(s, 'sales_credit_notes'), ...of('customer', 'credit_note')];
  const purchaseCredits = [...records<InvoiceRecord>(s, 'purchase_credit_notes'), ...of('vendor', 'credit_note')];
  for (const r of [...sales, ...purchases, ...poas, ...salesCredits, ...purchaseCredits, ...oneLine]) {
    const paid = sum(r._allocations.map((t) => dec(t.amount)));
    const status = r.status.id;
    const outstanding = dec(r.outstanding_amount);
    expect(dec(r.total_paid).eq(paid)).toBe(true);
    expect(outstanding.eq(status === 'VOID' ? new Dec(0) : dec(r.total_amount).minus(paid)), `outstanding of ${r.displayed_as}`).toBe(true);
    expect(outstanding.gte(0)).toBe(true);
    for (const t of r._allocations) expect(t.kind === 'contact_payment' ? payments.has(t.id) : allocations.has(t.id)).toBe(true);
    if (['DRAFT', 'PRO_FORMA', 'VOID'].includes(status)) expect(r._allocations).toEqual([]);
    else if (outstanding.isZero()) expect(status).toBe('PAID');
    else expect(status).toBe(paid.isZero() ? 'UNPAID' : 'PART_PAID');
  }

  // Sub-ledgers: control accounts = open posted invoices less unused payments on account and credit notes.
  const outstanding = (docs: InvoiceRecord[]) =>
    sum(docs.filter((i) => ['UNPAID', 'PART_PAID', 'PAID'].includes(i.status.id)).map((i) => dec(i.outstanding_amount)));
  const open = (invoices: InvoiceRecord[], creditNotes: InvoiceRecord[], side: string) =>
    outstanding(invoices)
      .minus(outstanding(creditNotes))
      .minus(sum(poas.filter((p) => p._side === side).map((p) => dec(p.outstanding_amount))));
  expect(net((e) => e.ledger_account_id === fx.debtors).eq(open([...sales, ...of('customer', 'invoice')], salesCredits, 'customer'))).toBe(
    true,
  );
  expect(
    net((e) => e.ledger_account_id === fx.creditors)
      .neg()
      .eq(open([...purchases, ...of('vendor', 'invoice')], purchaseCredits, 'vendor')),
  ).toBe(true);

  // Every posted document's transaction exists, and the transactions' entries balance one by one.
  const transactions = new Set(records<{ id: string }>(s, 'transactions').map((x) => x.id));
  for (const d of [...sales, ...purchases, ...salesCredits, ...purchaseCredits, ...oneLine])
    if (d.transaction) expect(transactions.has(d.transaction.id)).toBe(true);
  const byTransaction = new Map<string, Dec>();
  for (const e of entries)
    byTransaction.set(e.transaction_id, (byTransaction.get(e.transaction_id) ?? new Dec(0)).plus(dec(e.debit)).minus(dec(e.credit)));
  for (const [id, n] of byTransaction) expect(n.isZero() && transactions.has(id), `transaction ${id}`).toBe(true);

  // Numbering: SI-1..SI-n, no gaps, no repeats; drafts unnumbered.
  const numbers = sales.map((i) => i.invoice_number as string).filter((n) => n !== 'SI-DRAFT');
  expect([...numbers].sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))).toEqual(numbers.map((_, i) => `SI-${i + 1}`));
  for (const i of sales) if (i.invoice_number === 'SI-DRAFT') expect(['DRAFT', 'PRO_FORMA', 'VOID']).toContain(i.status.id);
}

type Books = Record<string, string[]>;

/** The business's collections (records as JSON), without the empty ones a read may create. */
function books(s: Session): Books {
  const out: Books = {};
  for (const [name, recs] of Object.entries(s.mock.state.store.dump()[s.fx.business] ?? {})) {
    if (recs.length > 0) out[name] = recs.map((r) => JSON.stringify(r));
  }
  return out;
}

/** Where two sets of books differ (a short description), or null when they are the same. */
function difference(x: Books, y: Books): string | null {
  for (const name of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const a = x[name] ?? [],
      b = y[name] ?? [];
    if (a.length !== b.length) return `${name}: ${a.length} records vs ${b.length}`;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${name}[${i}]:\n  ${a[i]!.slice(0, 600)}\n  ${b[i]!.slice(0, 600)}`;
  }
  return null;
}

// ------------------------------------------------------------------ the properties

describe('ledger properties', () => {
  it('random operation sequences keep the books consistent, and rejections change nothing', async () => {
    const a = await session();
    const b = await session();
    const tally = { accepted: 0, rejected: 0, byOp: new Map<string, number>() };
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 15, maxLength: 40, size: 'max' }), async (ops) => {
        await a.mock.reset();
        await b.mock.reset();
        a.token = a.mock.admin.mintToken({
          user_id: a.mock.admin.world().users[0]!.id,
          client_id: a.mock.admin.world().apps[0]!.client_id,
        }).access_token;
        b.token = b.mock.admin.mintToken({
          user_id: b.mock.admin.world().users[0]!.id,
          client_id: b.mock.admin.world().apps[0]!.client_id,
        }).access_token;
        const accepted: Req[] = [];
        for (const o of [...PROLOGUE, ...ops]) {
          const req = request(a, o);
          const before = books(a);
          const res = await send(a, req);
          expect(res.status, `${req.method} ${req.path}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
          if (res.status >= 400) {
            tally.rejected++;
            expect(difference(before, books(a)), `rejected ${req.method} ${req.path} changed the books`).toBeNull();
          } else {
            tally.accepted++;
            tally.byOp.set(o.t, (tally.byOp.get(o.t) ?? 0) + 1);
            accepted.push(req);
          }
          checkInvariants(a);
        }
        // The accepted requests alone, on a fresh mock of the same seed, give the very same books.
        for (const req of accepted) expect((await send(b, req)).status).toBeLessThan(400);
        expect(difference(books(a), books(b)), 'replaying the accepted requests gave other books').toBeNull();
      }),
      { numRuns: 30, seed: 20260105 },
    );
    // The generator exercises both outcomes and every kind of write (the property is not vacuous).
    expect(tally.accepted).toBeGreaterThan(150);
    expect(tally.rejected).toBeGreaterThan(100);
    for (const t of [
      'sales',
      'purchase',
      'release',
      'void',
      'deletePurchase',
      'edit',
      'pay',
      'onAccount',
      'refund',
      'allocate',
      'deletePayment',
      'deleteAllocation',
      'journal',
      'creditNote',
      'allocateCredit',
      'voidCredit',
      'editPayment',
      'other',
      'transfer',
      'quick',
      'opening',
    ]) {
      expect(tally.byOp.get(t) ?? 0, `accepted ${t}`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('money is exact: any split of a total into journal debits balances the total credit', async () => {
    const s = await session();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (cents, asNumbers) => {
          const amounts = cents.map((c) => (c / 100).toFixed(2));
          const total = sum(amounts.map((x) => dec(x))).toFixed(2);
          const before = s.mock.admin.trialBalance(s.fx.business);
          const lines = [
            ...amounts.map((x) => ({ ledger_account_id: s.fx.expense, debit: asNumbers ? Number(x) : x, credit: 0 })),
            { ledger_account_id: s.fx.bankLedger, debit: 0, credit: asNumbers ? Number(total) : total },
          ];
          const res = await send(s, {
            method: 'POST',
            path: '/journals',
            body: { journal: { date: '2026-01-05', reference: 'split', journal_lines: lines } },
          });
          expect(res.status).toBe(201);
          expect(typeof res.body.total).toBe('string');
          expect(dec(res.body.total).eq(dec(total))).toBe(true);
          const after = s.mock.admin.trialBalance(s.fx.business);
          expect(after.balanced).toBe(true);
          expect(dec(after.total_debit).minus(dec(before.total_debit)).eq(dec(total))).toBe(true);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
