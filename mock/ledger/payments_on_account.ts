/**
 * Payments on account: the unallocated rest of a contact payment, itself an artefact that contact
 * allocations set against invoices later and refunds give back. Sage serves no endpoint of its
 * own for them; they show inside their contact payment (`payment_on_account`).
 */
import { link, type Link } from '../core/records.ts';
import { formatDecimal, type Dec } from '../core/money.ts';
import { settle, statusLink, type ArtefactFields } from './artefacts.ts';
export { PAYMENTS_ON_ACCOUNT } from './artefacts.ts';
import { currencyLink, type ContactRecord, type Side } from './parties.ts';

/** A payment on account: the unallocated rest of a contact payment, itself allocatable later. */
export interface PaymentOnAccountRecord extends ArtefactFields {
  created_at: string;
  contact_name: string;
  contact_reference: string;
  net_amount: string;
  tax_amount: string;
  currency: Link;
  exchange_rate: string;
  _side: Side;
  _payment_id: string;
}

/** A payment on account as nested in its contact payment. */
export function renderPaymentOnAccount(p: PaymentOnAccountRecord): Record<string, unknown> {
  return {
    id: p.id,
    displayed_as: p.displayed_as,
    $path: p.$path,
    created_at: p.created_at,
    updated_at: p.updated_at,
    contact_name: p.contact_name,
    contact_reference: p.contact_reference,
    contact: p.contact,
    date: p.date,
    reference: p.reference,
    net_amount: p.net_amount,
    tax_amount: p.tax_amount,
    total_amount: p.total_amount,
    outstanding_amount: p.outstanding_amount,
    currency: p.currency,
    exchange_rate: p.exchange_rate,
    base_currency_net_amount: p.net_amount,
    base_currency_tax_amount: p.tax_amount,
    base_currency_total_amount: p.total_amount,
    base_currency_outstanding_amount: p.outstanding_amount,
    status: p.status,
  };
}

/** A new payment on account of `amount` left over by contact payment `paymentId` (shown at its `$path`). */
export function buildPaymentOnAccount(o: {
  id: string;
  paymentId: string;
  path: string;
  at: string;
  contact: ContactRecord;
  date: string;
  reference: string;
  amount: Dec;
  currency: string;
  side: Side;
}): PaymentOnAccountRecord {
  return settle(
    {
      id: o.id,
      displayed_as: o.reference || 'Payment on Account',
      // [guess] Sage serves no payments_on_account endpoint: the path is that of the payment.
      $path: o.path,
      created_at: o.at,
      updated_at: o.at,
      contact_name: o.contact.name,
      contact_reference: o.contact.reference,
      contact: link('contacts', o.contact.id, o.contact.displayed_as),
      date: o.date,
      reference: o.reference,
      net_amount: formatDecimal(o.amount),
      tax_amount: '0.0',
      total_amount: formatDecimal(o.amount),
      outstanding_amount: formatDecimal(o.amount),
      total_paid: '0.0',
      payments_allocations_total_amount: '0.0',
      currency: currencyLink(o.currency),
      exchange_rate: '1.0',
      status: statusLink('UNPAID'),
      last_paid: null,
      _allocations: [],
      _side: o.side,
      _payment_id: o.paymentId,
    },
    [],
  );
}
