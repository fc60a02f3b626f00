/**
 * Parties: the contacts documents are made out to. A document sits on one side of the ledger:
 * customers (trade debtors) or vendors (trade creditors); its contact must be of that side.
 * The contact record's shape lives here, below the /contacts resource that serves it, because the
 * ledger reads and moves it (balances, `deletable`).
 */
import type { RequestContext } from '../core/context.ts';
import { API_ERRORS } from '../core/errors.ts';
import type { FieldReader } from '../core/fields.ts';
import { link, type Link } from '../core/records.ts';
import { business, col } from './books.ts';

/** Which side of the ledger a document sits on: customers (trade debtors) or vendors (trade creditors). */
export type Side = 'customer' | 'vendor';

export interface Address {
  address_line_1: string;
  address_line_2: string;
  city: string;
  region: string;
  postal_code: string;
  country: Link;
}

export interface ContactRecord {
  id: string;
  displayed_as: string;
  $path: string;
  created_at: string;
  updated_at: string;
  contact_types: Link[];
  name: string;
  reference: string;
  default_sales_ledger_account: Link | null;
  default_sales_tax_rate: Link | null;
  default_purchase_ledger_account: Link | null;
  tax_number: string;
  notes: string;
  locale: string;
  main_address: Address | null;
  delivery_address: Address | null;
  main_contact_person: { name: string; email: string; telephone: string; mobile: string; is_main_contact: boolean } | null;
  credit_limit: string;
  credit_days: number;
  currency: Link;
  balance: string;
  email: string;
  aux_reference: string;
  registered_number: string;
  deletable: boolean;
  system: boolean;
  is_active: boolean;
  [key: string]: unknown;
}

export const CONTACTS = 'contacts';

export function currencyLink(code: string): Link {
  return link('currencies', code, code);
}

export function isCustomer(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'CUSTOMER');
}
export function isVendor(c: ContactRecord): boolean {
  return c.contact_types.some((t) => t.id === 'VENDOR');
}

/** The one place a contact record is shaped, for seeding and for POST. */
/**
 * The contact of a document on `side`: it must exist in this business and be a customer (or a
 * vendor). Sage answers both a missing contact and a contact of the wrong type with
 * "can't find customer" ("can't find vendor" [guess] for purchases) on the contact field.
 */
export function readParty(f: FieldReader, ctx: RequestContext, side: Side | undefined, key = 'contact_id', required = true): ContactRecord | undefined {
  const id = f.string(key, { required });
  // No side (the transaction type could not be read): only whether the id is there can be checked.
  if (id === undefined || side === undefined) return undefined;
  const c = col<ContactRecord>(ctx, CONTACTS).get(id);
  if (!c || !(side === 'customer' ? isCustomer(c) : isVendor(c))) {
    return f.fail(key, API_ERRORS[side === 'customer' ? 'CustomerNotFound' : 'VendorNotFound'].message);
  }
  return c;
}

/**
 * `currency_id`, when sent, must be the business's own currency [guess]: the mock keeps one currency
 * per business (no exchange rates), so a foreign-currency document is refused rather than silently
 * booked in the base currency.
 */
export function readCurrency(ctx: RequestContext, f: FieldReader): void {
  const currency = f.string('currency_id');
  if (currency !== undefined && currency !== business(ctx).currency) f.fail('currency_id', API_ERRORS.CurrencyNotBusiness.message);
}

/** A contact that a document names can no longer be deleted (Sage keeps its history). */
export async function markContactUsed(ctx: RequestContext, contactId: string): Promise<void> {
  const contacts = col<ContactRecord>(ctx, CONTACTS);
  const c = contacts.get(contactId);
  if (c && c.deletable) await contacts.put({ ...c, deletable: false });
}
