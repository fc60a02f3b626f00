/**
 * Shared pieces of the ledger tests: ids of a seeded business found by role (never hard-coded
 * per country), request bodies (with the `tax_amount` Sage v3.1 requires), and a snapshot of the store to prove a rejection changed nothing.
 */
import { Decimal } from 'decimal.js';
import type { SageMock } from '../../mock/index.ts';
import type { ContactRecord } from '../../mock/ledger/parties.ts';
import type { LedgerAccountRecord } from '../../mock/ledger/accounts.ts';
import type { TaxRateRecord } from '../../mock/ledger/accounts.ts';
import type { BankAccountRecord } from '../../mock/ledger/accounts.ts';

export interface Fixture {
  business: string;
  country: string;
  customer: string;
  customer2: string;
  vendor: string;
  vendor2: string;
  both: string;
  sales: string;
  sales2: string;
  expense: string;
  debtors: string;
  creditors: string;
  taxStandard: string;
  taxZero: string;
  standardRate: string;
  bank: string;
  bank2: string;
  bankLedger: string;
}

const only = (c: ContactRecord, type: string) => c.contact_types.length === 1 && c.contact_types[0]!.id === type;

/** Ids of one seeded business, by role. */
export function fixture(mock: SageMock, country = 'GB'): Fixture {
  const business = mock.admin.world().businesses.find((b) => b.country === country)!.id;
  const store = mock.state.store;
  const contacts = [...store.collection<ContactRecord>(business, 'contacts').values()];
  const accounts = [...store.collection<LedgerAccountRecord>(business, 'ledger_accounts').values()];
  const taxes = [...store.collection<TaxRateRecord>(business, 'tax_rates').values()];
  const banks = [...store.collection<BankAccountRecord>(business, 'bank_accounts').values()];
  const customers = contacts.filter((c) => only(c, 'CUSTOMER'));
  const vendors = contacts.filter((c) => only(c, 'VENDOR'));
  const standard = [...taxes].sort((a, b) => Number(b.percentage) - Number(a.percentage))[0]!;
  const ofType = (t: string) => accounts.filter((a) => a.ledger_account_type.id === t && !a.control_name);
  return {
    business,
    country,
    customer: customers[0]!.id,
    customer2: customers[1]!.id,
    vendor: vendors[0]!.id,
    vendor2: vendors[1]!.id,
    both: contacts.find((c) => c.contact_types.length === 2)!.id,
    sales: ofType('SALES')[0]!.id,
    sales2: ofType('SALES')[1]!.id,
    expense: ofType('OVERHEADS')[0]!.id,
    debtors: accounts.find((a) => a.control_name === 'trade_debtors')!.id,
    creditors: accounts.find((a) => a.control_name === 'trade_creditors')!.id,
    taxStandard: standard.id,
    taxZero: taxes.find((t) => Number(t.percentage) === 0)!.id,
    standardRate: standard.percentage,
    bank: banks[0]!.id,
    bank2: banks[1]!.id,
    bankLedger: banks[0]!.ledger_account.id,
  };
}

/** The whole store as JSON, without the empty collections that a read may create lazily. */
export function snapshot(mock: SageMock): string {
  const dump = mock.state.store.dump();
  for (const byName of Object.values(dump)) {
    for (const [name, records] of Object.entries(byName)) if (records.length === 0) delete byName[name];
  }
  return JSON.stringify(dump);
}

/**
 * The tax a client computes at the fixture's standard rate on `net`, to the cent (half away from
 * zero). Sage v3.1 requires a line's `tax_amount` unless its rate is 0% (zero, exempt, no tax).
 */
export function standardTax(fx: Fixture, net: number | string): string {
  return new Decimal(net).times(fx.standardRate).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/**
 * A sales line, at the standard rate unless `extra` says otherwise. A standard-rated line carries
 * the `tax_amount` a client computes (`standardTax` of quantity x unit_price - discount_amount)
 * unless `extra` gives its own; a line at another rate carries none unless `extra` gives one.
 */
export function salesLine(fx: Fixture, unit_price: number | string = 100, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const line: Record<string, unknown> = {
    description: 'Consulting',
    ledger_account_id: fx.sales,
    tax_rate_id: fx.taxStandard,
    unit_price,
    quantity: 1,
    ...extra,
  };
  if (line.tax_rate_id === fx.taxStandard && !('tax_amount' in extra)) {
    const net = new Decimal(String(unit_price)).times(String(line.quantity)).minus(String(line.discount_amount ?? 0));
    line.tax_amount = standardTax(fx, net.toString());
  }
  return line;
}

/** The line without its `tax_amount`, as a client that leaves the tax to be computed sends it. */
export function withoutTaxAmount(line: Record<string, unknown>): Record<string, unknown> {
  const { tax_amount: _omitted, ...rest } = line;
  return rest;
}

export function salesInvoice(fx: Fixture, extra: Record<string, unknown> = {}) {
  return { sales_invoice: { contact_id: fx.customer, date: '2026-01-05', invoice_lines: [salesLine(fx)], ...extra } };
}

export function purchaseInvoice(fx: Fixture, extra: Record<string, unknown> = {}) {
  return {
    purchase_invoice: {
      contact_id: fx.vendor,
      date: '2026-01-05',
      due_date: '2026-02-04',
      vendor_reference: 'INV-778',
      invoice_lines: [
        {
          description: 'Rent',
          ledger_account_id: fx.expense,
          tax_rate_id: fx.taxStandard,
          unit_price: 100,
          quantity: 1,
          tax_amount: standardTax(fx, 100),
        },
      ],
      ...extra,
    },
  };
}

export function receipt(
  fx: Fixture,
  total: number | string,
  allocations: { artefact_id: string; amount: number | string }[] = [],
  extra: Record<string, unknown> = {},
) {
  return {
    contact_payment: {
      transaction_type_id: 'CUSTOMER_RECEIPT',
      contact_id: fx.customer,
      bank_account_id: fx.bank,
      date: '2026-01-06',
      total_amount: total,
      allocated_artefacts: allocations,
      ...extra,
    },
  };
}

export function journal(
  lines: { ledger_account_id: string; debit: number | string; credit: number | string }[],
  extra: Record<string, unknown> = {},
) {
  return { journal: { date: '2026-01-05', reference: 'JNL-1', journal_lines: lines, ...extra } };
}
