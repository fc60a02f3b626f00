/**
 * `churn`: between two pages of a walk, insert, update or delete records of the listed resource in
 * the same business. Every change goes through the resource's own route handler (`POST /<res>`,
 * `PUT /<res>/{id}`, `DELETE /<res>/{id}`), as a client's write would, so tombstones
 * (`deleted_since`), `updated_at` (`updated_or_created_since`), numbering, the ledger and the
 * resource's indexes stay right. Nothing here writes to the store directly.
 */
import type { RequestContext, SageMock } from '../context.ts';
import type { MockResponse } from '../core/http.ts';
import type { ListEnvelope } from '../core/pagination.ts';
import { sageTime } from '../core/records.ts';
import type { ContactRecord } from '../world/records/contacts.ts';
import type { LedgerAccountRecord } from '../world/records/ledger_accounts.ts';
import type { TaxRateRecord } from '../world/records/tax_rates.ts';
import type { ChurnFault } from './types.ts';

type Action = NonNullable<ChurnFault['action']>;

/** What an insert sends, built from the business's own records (null: nothing to build it from). */
type InsertBody = (mock: SageMock, businessId: string, tag: string) => Record<string, unknown> | null;

function first<T>(mock: SageMock, businessId: string, resource: string, ok: (r: T) => boolean): T | undefined {
  for (const r of mock.state.store.collection<T & { id: string }>(businessId, resource).values()) if (ok(r)) return r;
  return undefined;
}

/** One invoice line of 100 at the business's first visible tax rate, its tax computed exactly. */
function invoiceLine(mock: SageMock, businessId: string, visible: 'visible_in_sales' | 'visible_in_expenses') {
  const account = first<LedgerAccountRecord>(mock, businessId, 'ledger_accounts', (a) => a[visible] && !a.control_name);
  const rate = first<TaxRateRecord>(mock, businessId, 'tax_rates', (t) => t.is_visible && !t.is_combined_rate);
  if (!account) return null;
  return {
    description: 'Churn',
    ledger_account_id: account.id,
    quantity: 1,
    unit_price: '100.00',
    ...(rate ? { tax_rate_id: rate.id, tax_amount: rate.percentage } : {}),
  };
}

const INSERTS: Record<string, InsertBody> = {
  contacts: (_m, _b, tag) => ({
    contact: { name: `Churn ${tag}`, reference: `CHURN-${tag}`.toUpperCase(), contact_type_ids: ['CUSTOMER'] },
  }),
  ledger_accounts: (mock, b, tag) => {
    const used = new Set<number>();
    for (const a of mock.state.store.collection<LedgerAccountRecord>(b, 'ledger_accounts').values()) used.add(a.nominal_code);
    let code = 4900;
    while (used.has(code)) code++;
    return {
      ledger_account: {
        ledger_account_type_id: 'SALES',
        included_in_chart: true,
        name: `Churn ${tag}`,
        display_name: `Churn ${tag}`,
        nominal_code: code,
      },
    };
  },
  bank_accounts: (_m, _b, tag) => ({
    bank_account: { bank_account_type_id: 'CHECKING', bank_account_details: { account_name: `Churn ${tag}` } },
  }),
  sales_invoices: (mock, b) => {
    const customer = first<ContactRecord>(mock, b, 'contacts', (c) => c.contact_types.some((t) => t.id === 'CUSTOMER'));
    const line = invoiceLine(mock, b, 'visible_in_sales');
    if (!customer || !line) return null;
    return { sales_invoice: { contact_id: customer.id, date: sageTime(mock.clock.now()).slice(0, 10), invoice_lines: [line] } };
  },
  purchase_invoices: (mock, b, tag) => {
    const vendor = first<ContactRecord>(mock, b, 'contacts', (c) => c.contact_types.some((t) => t.id === 'VENDOR'));
    const line = invoiceLine(mock, b, 'visible_in_expenses');
    if (!vendor || !line) return null;
    const date = sageTime(mock.clock.now()).slice(0, 10);
    return {
      purchase_invoice: {
        contact_id: vendor.id,
        date,
        due_date: date,
        vendor_reference: `CHURN-${tag}`.toUpperCase(),
        invoice_lines: [line],
      },
    };
  },
};

/** The method and path a churn action writes through, for a list resource. */
function writeRoute(action: Action, resource: string): { method: 'POST' | 'PUT' | 'DELETE'; path: string } {
  if (action === 'insert') return { method: 'POST', path: `/${resource}` };
  return { method: action === 'update' ? 'PUT' : 'DELETE', path: `/${resource}/:id` };
}

/**
 * Whether churn can `action` records of the list resource at `listPath` (`/contacts`): its write
 * route exists, and for inserts the mock knows how to build a valid record. Used by the loader.
 */
export function canChurn(routes: readonly { surface: string; method: string; path: string }[], action: Action, listPath: string): boolean {
  const resource = listPath.split('/')[1] ?? '';
  if (action === 'insert' && !INSERTS[resource]) return false;
  const w = writeRoute(action, resource);
  return routes.some((r) => r.surface === 'api' && r.method === w.method && r.path === w.path);
}

/** The resources churn can insert into (for messages). */
export const CHURN_INSERTABLE = Object.keys(INSERTS);

/** After a list page is answered: change records of the listed resource, and say what was done. */
export async function churn(mock: SageMock, fault: ChurnFault, ctx: RequestContext, res: MockResponse): Promise<string> {
  const business = ctx.business;
  if (res.status !== 200 || !business) return `nothing to churn (answer ${res.status})`;
  let page: ListEnvelope;
  try {
    page = JSON.parse(res.body) as ListEnvelope;
  } catch {
    return 'nothing to churn (not a list)';
  }
  const resource = ctx.path.split('/')[1] ?? '';
  const singular = resource.replace(/s$/, '');
  const action = fault.action ?? 'delete';
  const count = fault.count ?? 1;
  const ids = (page.$items ?? []).map((i) => String((i as { id?: unknown }).id));
  const done: string[] = [];
  const write = (method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, query = new URLSearchParams()) => {
    const match = mock.router.match('api', method, path);
    if (!match || !('route' in match)) return Promise.resolve(null);
    const sub: RequestContext = {
      ...ctx,
      method,
      path,
      fullPath: `/v3.1${path}`,
      route: match.route,
      params: match.params,
      body,
      query,
      responseHeaders: {},
      facts: { ...ctx.facts, flags: [], chaos: null },
    };
    return mock.lock(business.id, () => Promise.resolve(match.route.handler(sub))).catch(() => null);
  };
  const insert = INSERTS[resource];
  for (let i = 0; done.length < count && i < Math.max(count, ids.length) + count; i++) {
    if (action === 'insert') {
      const body = insert?.(mock, business.id, mock.state.rng.hex(6));
      if (!body) break;
      const r = await write('POST', `/${resource}`, body);
      if (r && r.status < 300) done.push((JSON.parse(r.body) as { id: string }).id);
      else break;
    } else {
      const id = ids[i];
      if (id === undefined) break;
      // An update sends an empty change: the resource's PUT stamps updated_at as Sage does. A
      // DELETE that voids (sales invoices) gives the reason Sage requires.
      const r =
        action === 'delete'
          ? await write('DELETE', `/${resource}/${id}`, undefined, new URLSearchParams({ void_reason: 'Churn' }))
          : await write('PUT', `/${resource}/${id}`, { [singular]: {} });
      if (r && r.status < 300) done.push(id);
    }
  }
  const verb = action === 'insert' ? 'inserted' : action === 'update' ? 'updated' : 'deleted';
  return done.length > 0 ? `${verb} ${resource} ${done.join(', ')}` : `no ${resource} could be ${verb}`;
}
