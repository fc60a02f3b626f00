/**
 * /bank_reconciliations: a bank account's statements as reconciled: list (`bank_account_id`),
 * get, create (`bank_account_id` required, as Sage's description says), update. The balances are
 * what the client sends (the mock does not tick off entries, *guess*); `starting_balance` defaults
 * to the bank account's previous reconciliation's `closing_balance` (else 0), `balance_difference`
 * to `statement_end_balance` less `reconciled_balance`. `status_id` is `DRAFT` (the default) or
 * `RECONCILED` (*guess*: Sage lists no values); a reconciled one cannot be changed (422, *guess*).
 */
import type { RouteDef } from '../context.ts';
import type { RequestContext } from '../context.ts';
import { dec, formatDecimal } from '../core/money.ts';
import { link } from '../core/records.ts';
import { type FieldReader, type SimpleRecord, col, recordRoutes } from './kit.ts';

const RESOURCE = 'bank_reconciliations';
const STATUSES = [
  { id: 'DRAFT', displayed_as: 'Draft' },
  { id: 'RECONCILED', displayed_as: 'Reconciled' },
];
const MONEY = [
  'statement_end_balance',
  'total_received',
  'total_paid',
  'starting_balance',
  'closing_balance',
  'reconciled_balance',
  'balance_difference',
] as const;

function read(ctx: RequestContext, f: FieldReader, prev: SimpleRecord | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (prev && (prev.status as { id: string }).id === 'RECONCILED') {
    f.fail('base', 'A reconciled statement cannot be changed.');
    return out;
  }
  const bank = f.ref('bank_account_id', col<SimpleRecord>(ctx, 'bank_accounts'), { required: !prev, what: 'bank account' });
  if (bank) out.bank_account = link('bank_accounts', bank.id, bank.displayed_as);
  const date = f.date('statement_date');
  if (date !== undefined) out.statement_date = date;
  const reference = f.string('reference', { max: 50 });
  if (reference !== undefined) out.reference = reference;
  for (const k of MONEY) {
    const v = f.money(k);
    if (v !== undefined) out[k] = formatDecimal(v);
  }
  const status = f.string('status_id');
  if (status !== undefined) {
    const s = STATUSES.find((x) => x.id === status);
    if (!s) f.fail('status_id', 'is invalid');
    else out.status = s;
  }
  if (!prev) {
    const bankId = (out.bank_account as { id: string } | undefined)?.id;
    const previous = [...col<SimpleRecord>(ctx, RESOURCE).values()].filter((r) => (r.bank_account as { id: string }).id === bankId).at(-1);
    out.starting_balance ??= previous?.closing_balance ?? '0.0';
    for (const k of MONEY) out[k] ??= '0.0';
    out.statement_date ??= null;
    out.reference ??= '';
    out.status ??= STATUSES[0];
  }
  if (!('balance_difference' in f.data)) {
    const end = out.statement_end_balance ?? prev?.statement_end_balance ?? '0.0';
    const reconciled = out.reconciled_balance ?? prev?.reconciled_balance ?? '0.0';
    out.balance_difference = formatDecimal(dec(String(end)).minus(dec(String(reconciled))));
  }
  return out;
}

export const bankReconciliationRoutes: RouteDef[] = recordRoutes({
  resource: RESOURCE,
  singular: 'bank_reconciliation',
  methods: ['POST', 'PUT'],
  read,
  displayed: (r) => `${(r.bank_account as { displayed_as: string }).displayed_as} ${r.statement_date ?? ''}`.trim(),
  filters: { bank_account_id: (v) => (r) => (r.bank_account as { id: string }).id === v },
});
