/**
 * /other_payments: money out (OTHER_PAYMENT) or in (OTHER_RECEIPT) of a bank account against ledger
 * accounts, not against invoices (mock/ledger/banking.ts has the rules and postings). PUT re-posts
 * under the same id (the fields not sent keep their values; `payment_lines`, when sent, replaces
 * them); DELETE (204) reverses. Filters: `bank_account_id`, `contact_id`, `transaction_type_id`,
 * `from_date`, `to_date`.
 */
import type { RouteDef } from '../context.ts';
import { json, noContent } from '../core/http.ts';
import type { Link } from '../core/records.ts';
import {
  OTHER_PAYMENTS,
  OTHER_PAYMENT_TYPES,
  mergeOver,
  otherPaymentBody,
  readOtherPayment,
  removeBanking,
  writeOtherPayment,
  type BankingRecord,
} from '../ledger/banking.ts';
import { col, dateRangeFilters, envelopeOf, found, linkFilter, mnemonicFilter, publicView, readRoutes } from './kit.ts';

export const otherPaymentRoutes: RouteDef[] = [
  ...readRoutes<BankingRecord>({
    resource: OTHER_PAYMENTS,
    filters: {
      bank_account_id: linkFilter<BankingRecord>((r) => r.bank_account as Link),
      contact_id: linkFilter<BankingRecord>((r) => r.contact as Link | null),
      transaction_type_id: mnemonicFilter<BankingRecord>('transaction_type_id', OTHER_PAYMENT_TYPES, (r) => r.transaction_type),
      ...dateRangeFilters<BankingRecord>(),
    },
    sortable: ['created_at', 'updated_at', 'date'],
    deletable: true,
  }),
  {
    surface: 'api',
    method: 'POST',
    path: `/${OTHER_PAYMENTS}`,
    resource: 'other_payment',
    handler: async (ctx) => json(201, publicView(await writeOtherPayment(ctx, readOtherPayment(ctx, envelopeOf(ctx, 'other_payment'))))),
  },
  {
    surface: 'api',
    method: 'PUT',
    path: `/${OTHER_PAYMENTS}/:id`,
    resource: 'other_payment',
    async handler(ctx) {
      const prev = found(col<BankingRecord>(ctx, OTHER_PAYMENTS), ctx.params.id);
      const r = readOtherPayment(ctx, mergeOver(otherPaymentBody(prev), envelopeOf(ctx, 'other_payment')));
      return json(200, publicView(await writeOtherPayment(ctx, r, prev)));
    },
  },
  {
    surface: 'api',
    method: 'DELETE',
    path: `/${OTHER_PAYMENTS}/:id`,
    resource: 'other_payment',
    async handler(ctx) {
      await removeBanking(ctx, OTHER_PAYMENTS, found(col<BankingRecord>(ctx, OTHER_PAYMENTS), ctx.params.id));
      return noContent();
    },
  },
];
