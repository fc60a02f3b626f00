/** Helpers the cases share: task pieces built from the world, and journal arithmetic. */
import type { JournalEntry, WorldView } from '../../mock/index.ts';
import type { CaseContext, RunRecord } from '../model.ts';
import type { ContractTask, TaskInvoice, TaskInvoiceLine } from '../task.ts';
import { describe, isRefresh } from '../evidence.ts';

/** Sage's documentation pages the rules come from. */
export const SOURCES = {
  auth: {
    title: 'Sage Developer, Authentication: access tokens last 5 minutes, refresh tokens 31 days and rotate on every refresh',
    url: 'https://developer.sage.com/accounting/guides/authenticating/authentication/',
  },
  troubleshooting: {
    title: 'Sage Developer, OAuth troubleshooting: invalid_grant means the user must authorise again',
    url: 'https://developer.sage.com/accounting/guides/authenticating/oauth-troubleshooting/',
  },
  bestPractices: {
    title: 'Sage Developer, Best practices: X-Business on every request, lead business fallback, 150 concurrent requests per app, 429',
    url: 'https://developer.sage.com/accounting/guides/concepts/best_practices/',
  },
  migrating: {
    title: 'Sage Developer, Migrating from v3 to v3.1: GET /businesses and /businesses/lead (there is no /business)',
    url: 'https://developer.sage.com/accounting/guides/concepts/migrating-from-v3-to-v31/',
  },
  paging: {
    title: 'Sage Developer, Response efficiencies: $next paging, items_per_page up to 200, updated_or_created_since and deleted_since',
    url: 'https://developer.sage.com/accounting/guides/concepts/response-efficiencies/',
  },
  idempotency: {
    title: 'Sage Developer, Idempotency: idempotency_id inside the resource, remembered 7 days (not a header)',
    url: 'https://developer.sage.com/accounting/guides/concepts/idempotency/',
  },
  errors: {
    title:
      'Sage Developer, Frequently raised errors and response codes: 422 RecordInvalid is a validation error, 500 and 503 are transient',
    url: 'https://developer.sage.com/accounting/guides/concepts/frequently-raised-errors/',
  },
  invoicing: {
    title:
      "Sage Developer, Invoicing: tax rates and ledger accounts belong to the business (ids differ per business and country); amounts are decimals in the currency's precision",
    url: 'https://developer.sage.com/accounting/guides/concepts/invoicing/',
  },
} as const;

/** The first business of the user that is not their lead business (the task names it). */
export function otherBusiness(world: WorldView, userId: string): string {
  const user = world.users.find((u) => u.id === userId)!;
  return user.businesses.find((b) => b.id !== user.lead_business_id && b.role === 'owner')!.id;
}

/** A customer of the business, its sales ledger account's nominal code and its main positive tax rate's name. */
export async function invoiceInputs(ctx: CaseContext, businessId = ctx.businessId) {
  const contacts = await ctx.all('/contacts?contact_type_id=CUSTOMER', { businessId, attributes: 'reference' });
  const accounts = await ctx.all('/ledger_accounts?visible_in=sales', { businessId, attributes: 'nominal_code,ledger_account_type' });
  const rates = await ctx.all('/tax_rates', { businessId, attributes: 'name,percentage' });
  const sales = accounts.find((a) => a.ledger_account_type?.id === 'SALES')!;
  const rate = rates.find((r) => Number(r.percentage) > 0)!;
  return { customer: contacts[0].reference as string, code: sales.nominal_code as number, rateName: rate.name as string, rate };
}

export async function invoices(
  ctx: CaseContext,
  specs: { key: string; lines: [string, string, string][]; due_date?: string }[],
  businessId = ctx.businessId,
): Promise<TaskInvoice[]> {
  const { customer, code, rateName } = await invoiceInputs(ctx, businessId);
  return specs.map((s) => ({
    key: s.key,
    contact_reference: customer,
    date: '2026-01-05',
    ...(s.due_date ? { due_date: s.due_date } : {}),
    lines: s.lines.map(
      ([description, quantity, unit_price]): TaskInvoiceLine => ({
        description,
        quantity,
        unit_price,
        ledger_account_code: code,
        tax_rate_name: rateName,
      }),
    ),
  }));
}

/** A task of sales invoices in the case's business (see `invoices`). */
export function invoiceTask(specs: Parameters<typeof invoices>[1]) {
  return async (ctx: CaseContext): Promise<ContractTask> => ({ business_id: ctx.businessId, sales_invoices: await invoices(ctx, specs) });
}

/** Successful and failed refresh grants, in order. */
export const refreshes = (entries: JournalEntry[]) => entries.filter(isRefresh);

/** The run an entry belongs to (0-based). */
export function runOf(runs: RunRecord[], seq: number): number {
  return runs.findIndex((r) => seq > r.fromSeq && seq <= r.toSeq);
}

/** `GET /contacts (#3), POST /token (#4) and 2 more`. */
export function list(entries: JournalEntry[], max = 3): string {
  const shown = entries.slice(0, max).map(describe).join(', ');
  return entries.length > max ? `${shown} and ${entries.length - max} more` : shown;
}

/** The same request again (method, path and query): the retries of `e` that follow it. */
export function sameRequest(a: JournalEntry, b: JournalEntry): boolean {
  return a.method === b.method && a.path === b.path && JSON.stringify(a.query) === JSON.stringify(b.query);
}

/** Real milliseconds between the end of `a` and the arrival of `b` (clock mode `system`). */
export function gapMs(a: JournalEntry, b: JournalEntry): number {
  return Math.round(b.at - (a.at + a.durationMs));
}

/**
 * Chains of attempts of one request: each attempt that failed (status, or a network fault) followed
 * by the same request again. Returns every chain with at least one failed attempt.
 */
export function attemptChains(entries: JournalEntry[], failed: (e: JournalEntry) => boolean): JournalEntry[][] {
  const chains: JournalEntry[][] = [];
  const open = new Map<string, JournalEntry[]>();
  for (const e of entries) {
    if (e.surface !== 'api') continue;
    const key = `${e.method} ${e.path} ${JSON.stringify(e.query)}`;
    const chain = open.get(key);
    if (chain && failed(chain[chain.length - 1]!)) chain.push(e);
    else {
      const fresh = [e];
      open.set(key, fresh);
      chains.push(fresh);
    }
  }
  return chains.filter((c) => c.some(failed));
}
