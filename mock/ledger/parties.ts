/**
 * Parties: the contacts documents are made out to. A document sits on one side of the ledger:
 * customers (trade debtors) or vendors (trade creditors); its contact must be of that side. The
 * contact record is the world's (mock/world/records/contacts.ts); the ledger reads it and moves its
 * balance and `deletable`.
 */
import type { RequestContext } from '../context.ts';
import type { FieldReader } from '../core/fields.ts';
import { CONTACTS, isCustomer, isVendor, type ContactRecord } from '../world/records/contacts.ts';
import { business, col } from './books.ts';

export { CONTACTS, currencyLink, isCustomer, isVendor, type ContactRecord } from '../world/records/contacts.ts';

/** Which side of the ledger a document sits on: customers (trade debtors) or vendors (trade creditors). */
export type Side = 'customer' | 'vendor';

/**
 * The contact of a document on `side`: it must exist in this business and be a customer (or a
 * vendor). Sage answers both a missing contact and a contact of the wrong type with
 * "can't find customer" ("can't find vendor" [guess] for purchases) on the contact field.
 */
export function readParty(
  f: FieldReader,
  ctx: RequestContext,
  side: Side | undefined,
  key = 'contact_id',
  required = true,
): ContactRecord | undefined {
  const id = f.string(key, { required });
  // No side (the transaction type could not be read): only whether the id is there can be checked.
  if (id === undefined || side === undefined) return undefined;
  const c = col<ContactRecord>(ctx, CONTACTS).get(id);
  if (!c || !(side === 'customer' ? isCustomer(c) : isVendor(c))) {
    return f.rule(key, side === 'customer' ? 'CustomerNotFound' : 'VendorNotFound');
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
  if (currency !== undefined && currency !== business(ctx).currency) f.rule('currency_id', 'CurrencyNotBusiness');
}

/** A contact that a document names can no longer be deleted (Sage keeps its history). */
export async function markContactUsed(ctx: RequestContext, contactId: string): Promise<void> {
  const contacts = col<ContactRecord>(ctx, CONTACTS);
  const c = contacts.get(contactId);
  if (c?.deletable) await contacts.put({ ...c, deletable: false });
}
