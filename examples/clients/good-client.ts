/**
 * A Sage client that does it right, typed from the project's OpenAPI document: it passes every
 * contract case. Use it as a model for your own integration.
 *
 * - refreshes before expiry (300 s tokens), once for all parallel work (single flight), and stores
 *   the rotated refresh token in SAGE_STATE_DIR before using it;
 * - stops at invalid_grant and reports that the user must reconnect;
 * - reads GET /businesses first and sends X-Business on every business-scoped request;
 * - walks $next to the end; later syncs ask updated_or_created_since and deleted_since from the
 *   time the previous sync started (the server's clock: SAGE_NOW plus the time elapsed);
 * - puts an idempotency_id inside every create and reuses it when it retries;
 * - retries 5xx and network errors a few times with growing waits, honours Retry-After and backs
 *   off on 429, never re-sends a 422, keeps at most 16 requests in flight;
 * - reads tax rate and ledger account ids from the business it writes to, computes in exact
 *   decimals and reports the totals Sage computed.
 *
 * In-process: `goodClient(env)`. As a shell command: `node examples/clients/good-client.ts`.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { components } from '../../openapi/types.ts';

type Schemas = components['schemas'];
type Env = Record<string, string | undefined>;
type Task = {
  business_id: string;
  sync?: { resources: string[]; details?: boolean };
  contacts?: {
    create?: { reference: string; name: string; contact_type: 'CUSTOMER' | 'VENDOR' }[];
    rename?: { reference: string; name: string }[];
    delete?: string[];
  };
  sales_invoices?: {
    key: string;
    contact_reference: string;
    date: string;
    due_date?: string;
    lines: { description: string; quantity: string; unit_price: string; ledger_account_code: number; tax_rate_name: string }[];
  }[];
};
type Item = { id: string; [k: string]: unknown };
type State = {
  refresh_token?: string;
  access_token?: string;
  access_expires_at?: number;
  cursors?: Record<string, Record<string, string>>;
};

class ReconnectRequired extends Error {}
class GaveUp extends Error {}
class Refused extends Error {
  readonly status: number;
  readonly errors: unknown;
  constructor(status: number, errors: unknown) {
    super(`refused with ${status}`);
    this.status = status;
    this.errors = errors;
  }
}

const MAX_IN_FLIGHT = 16;
const TRANSIENT_RETRIES = 4;
/** Milliseconds without an answer before a request counts as lost (a hung connection), then retried. */
const REQUEST_TIMEOUT_MS = 10_000;
const RATE_LIMIT_RETRIES = 6;
/** Refresh this long before the access token expires. */
const EXPIRY_MARGIN_MS = 30_000;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });

export async function goodClient(env: Env, options: { signal?: AbortSignal } = {}): Promise<void> {
  const signal = options.signal;
  const task = JSON.parse(env.SAGE_TASK ?? (await readFile(env.SAGE_TASK_FILE!, 'utf8'))) as Task;
  const api = env.SAGE_API_URL!.replace(/\/$/, '');
  const business = task.business_id;
  // The server's clock: the time the run started plus what has elapsed since.
  const started = performance.now();
  const epoch = env.SAGE_NOW ? Date.parse(env.SAGE_NOW) : Date.now();
  const now = () => epoch + (performance.now() - started);
  const stateFile = join(env.SAGE_STATE_DIR!, 'good-client.json');
  const state: State = await readFile(stateFile, 'utf8').then(
    (t) => JSON.parse(t) as State,
    () => ({}),
  );
  state.refresh_token ??= env.SAGE_REFRESH_TOKEN;
  const saveState = async () => {
    await writeFile(`${stateFile}.tmp`, JSON.stringify(state));
    await rename(`${stateFile}.tmp`, stateFile);
  };
  const report: Record<string, any> = { outcome: 'done' };
  const writeReport = async () => {
    if (env.SAGE_REPORT_FILE) await writeFile(env.SAGE_REPORT_FILE, JSON.stringify(report, null, 2));
  };

  // --- tokens: refreshed before expiry, one refresh at a time ------------------------------------
  let refreshing: Promise<void> | null = null;
  const refresh = () =>
    (refreshing ??= (async () => {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: state.refresh_token!,
        client_id: env.SAGE_CLIENT_ID!,
        client_secret: env.SAGE_CLIENT_SECRET!,
      });
      for (let attempt = 0; ; attempt++) {
        let res: Response | null = null;
        try {
          res = await fetch(env.SAGE_TOKEN_URL!, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form,
            signal,
          });
        } catch (e) {
          if (signal?.aborted) throw e;
        }
        if (res?.ok) {
          const tokens = (await res.json()) as Schemas['TokenResponse'];
          Object.assign(state, {
            access_token: tokens.access_token,
            refresh_token: tokens.refresh_token,
            access_expires_at: now() + tokens.expires_in * 1000,
          });
          await saveState(); // stored before anything uses it
          return;
        }
        if (res && res.status < 500) {
          const error = ((await res.json().catch(() => ({}))) as Schemas['OAuthError']).error;
          if (error === 'invalid_grant')
            throw new ReconnectRequired('Sage refused the refresh token (invalid_grant): the user must connect again');
          throw new Error(`token endpoint answered ${res.status} ${error}`);
        }
        if (attempt >= TRANSIENT_RETRIES) throw new GaveUp('the token endpoint kept failing');
        await sleep(100 * 2 ** attempt, signal);
      }
    })().finally(() => {
      refreshing = null;
    }));
  const accessToken = async () => {
    if (!state.access_token || (state.access_expires_at ?? 0) - EXPIRY_MARGIN_MS <= now()) await refresh();
    return state.access_token!;
  };

  // --- one request: auth, X-Business, bounded retries with backoff --------------------------------
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((r) => waiting.push(r));
    inFlight++;
  };
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };
  async function request(method: string, path: string, body?: unknown): Promise<Response> {
    const scoped = !/^\/(businesses|user)(\/|\?|$)/.test(path);
    // A POST may be retried only when it carries an idempotency_id.
    const retryable = method !== 'POST' || JSON.stringify(body ?? {}).includes('"idempotency_id"');
    let transient = 0;
    let limited = 0;
    let reauthorised = false;
    for (;;) {
      const token = await accessToken();
      await slot();
      let res: Response;
      try {
        res = await fetch(`${api}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(scoped ? { 'x-business': business } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          // No answer in time is a lost request too (a hung connection): retried like one.
          signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]) : AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await res.clone().arrayBuffer(); // a cut body is a network error too
      } catch (e) {
        if (signal?.aborted) throw e;
        if (!retryable || transient >= TRANSIENT_RETRIES) throw new GaveUp(`${method} ${path}: network error after ${transient} retries`);
        await sleep(100 * 2 ** transient++, signal);
        continue;
      } finally {
        release();
      }
      if (res.status === 401 && !reauthorised) {
        reauthorised = true;
        if (state.access_token === token) state.access_expires_at = 0;
        continue;
      }
      if (res.status === 429) {
        if (limited >= RATE_LIMIT_RETRIES) throw new GaveUp(`${method} ${path}: still rate limited`);
        const after = Number(res.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : 200 * 2 ** limited, signal);
        limited++;
        continue;
      }
      if (res.status >= 500) {
        if (!retryable || transient >= TRANSIENT_RETRIES) throw new GaveUp(`${method} ${path}: ${res.status} after ${transient} retries`);
        await sleep(100 * 2 ** transient++, signal);
        continue;
      }
      if (!res.ok) throw new Refused(res.status, await res.json().catch(() => null));
      const used = res.headers.get('x-business');
      if (scoped && used && used !== business) throw new Error(`Sage answered for business ${used}, not ${business}`);
      return res;
    }
  }
  const json = async <T>(method: string, path: string, body?: unknown) => (await (await request(method, path, body)).json()) as T;
  async function walk(path: string): Promise<Item[]> {
    const items: Item[] = [];
    let next: string | null = path;
    while (next) {
      const page: Schemas['ListEnvelope'] = await json<Schemas['ListEnvelope']>('GET', next);
      items.push(...(page.$items as Item[]));
      next = page.$next;
    }
    return items;
  }
  async function pool<T, R>(inputs: T[], fn: (t: T) => Promise<R>): Promise<R[]> {
    return Promise.all(inputs.map(fn)); // bounded by the request slots
  }

  try {
    // Discovery: the business must be one the user reaches.
    const businesses = await json<Schemas['BusinessList']>('GET', '/businesses');
    if (!businesses.$items.some((b) => b.id === business)) throw new Error(`business ${business} is not among the user's businesses`);

    if (task.sync) {
      report.synced = {};
      const cursors = (state.cursors ??= {});
      const mine = (cursors[business] ??= {});
      await Promise.all(
        task.sync.resources.map(async (resource) => {
          const since = mine[resource];
          const startedAt = new Date(Math.floor(now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
          const q = since ? `&updated_or_created_since=${encodeURIComponent(since)}` : '';
          const items = await walk(`/${resource}?items_per_page=200${q}`);
          const deleted = since ? await walk(`/${resource}?items_per_page=200&deleted_since=${encodeURIComponent(since)}`) : [];
          // A record listed, then deleted before its own read, answers 404: it is a deletion.
          const gone = new Set<string>();
          if (task.sync!.details) {
            await pool(items, (i) =>
              json('GET', `/${resource}/${i.id}`).catch((e: unknown) => {
                if (!(e instanceof Refused && e.status === 404)) throw e;
                gone.add(i.id);
              }),
            );
          }
          report.synced[resource] = {
            ids: items.filter((i) => !gone.has(i.id)).map((i) => i.id),
            deleted_ids: [...deleted.map((i) => i.id), ...gone],
          };
          mine[resource] = startedAt;
        }),
      );
      await saveState();
    }

    if (task.contacts) {
      const created: Record<string, string> = {};
      report.contacts = { created, updated: [], deleted: [] };
      const idOf = async (reference: string) => {
        if (created[reference]) return created[reference];
        const found = await walk(`/contacts?items_per_page=200&search=${encodeURIComponent(reference)}&attributes=reference`);
        const hit = found.find((c) => c.reference === reference);
        if (!hit) throw new Error(`no contact ${reference}`);
        return hit.id;
      };
      for (const c of task.contacts.create ?? []) {
        const body: Schemas['ContactCreate'] = {
          contact: { idempotency_id: newIdempotencyId(), name: c.name, reference: c.reference, contact_type_ids: [c.contact_type] },
        };
        created[c.reference] = (await json<Item>('POST', '/contacts', body)).id;
      }
      for (const r of task.contacts.rename ?? []) {
        const id = await idOf(r.reference);
        await request('PUT', `/contacts/${id}`, { contact: { name: r.name } });
        report.contacts.updated.push(id);
      }
      for (const reference of task.contacts.delete ?? []) {
        const id = await idOf(reference);
        await request('DELETE', `/contacts/${id}`);
        report.contacts.deleted.push(id);
      }
    }

    if (task.sales_invoices) {
      report.sales_invoices = [];
      const accounts = await walk('/ledger_accounts?items_per_page=200&visible_in=sales&attributes=nominal_code');
      const rates = await walk('/tax_rates?items_per_page=200&attributes=name,percentage');
      for (const inv of task.sales_invoices) {
        const customers = await walk(
          `/contacts?items_per_page=200&contact_type_id=CUSTOMER&search=${encodeURIComponent(inv.contact_reference)}&attributes=reference`,
        );
        const customer = customers.find((c) => c.reference === inv.contact_reference);
        if (!customer) throw new Error(`no customer ${inv.contact_reference}`);
        const lines = inv.lines.map((l) => {
          const account = accounts.find((a) => a.nominal_code === l.ledger_account_code);
          const rate = rates.find((r) => String(r.name).toLowerCase() === l.tax_rate_name.toLowerCase());
          if (!account || !rate)
            throw new Error(`no ledger account ${l.ledger_account_code} or tax rate ${l.tax_rate_name} in this business`);
          const net = round2(mul(l.quantity, l.unit_price));
          return {
            description: l.description,
            ledger_account_id: account.id,
            tax_rate_id: rate.id,
            quantity: l.quantity,
            unit_price: l.unit_price,
            tax_amount: format(round2(mul(format(net), String(rate.percentage)), 2)), // percentage / 100
          };
        });
        const body: Schemas['SalesInvoiceCreate'] = {
          sales_invoice: {
            idempotency_id: newIdempotencyId(),
            contact_id: customer.id,
            date: inv.date,
            ...(inv.due_date ? { due_date: inv.due_date } : {}),
            reference: inv.key,
            status_id: 'UNPAID',
            invoice_lines: lines,
          },
        };
        try {
          const saved = await json<Schemas['SalesInvoice']>('POST', '/sales_invoices', body);
          report.sales_invoices.push({ key: inv.key, status: 'created', id: saved.id, total_amount: saved.total_amount });
        } catch (e) {
          if (!(e instanceof Refused) || e.status !== 422) throw e;
          report.sales_invoices.push({ key: inv.key, status: 'rejected', id: null, errors: e.errors }); // never re-sent as it is
        }
      }
    }
  } catch (e) {
    if (e instanceof ReconnectRequired) Object.assign(report, { outcome: 'reconnect_required', message: e.message });
    else if (e instanceof GaveUp) Object.assign(report, { outcome: 'gave_up', message: e.message });
    else {
      await writeReport();
      throw e;
    }
  }
  await writeReport();
}

function newIdempotencyId(): string {
  return randomUUID().replace(/-/g, '');
}

// --- exact decimals: a value is digits (a bigint) over 10^scale ------------------------------------
type Dec = { digits: bigint; scale: number };
function parse(text: string): Dec {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) throw new Error(`not a decimal: ${text}`);
  const frac = m[3] ?? '';
  return { digits: BigInt(`${m[1]}${m[2]}${frac}`), scale: frac.length };
}
function mul(a: string, b: string): Dec {
  const x = parse(a);
  const y = parse(b);
  return { digits: x.digits * y.digits, scale: x.scale + y.scale };
}
/** Rounds half away from zero to 2 decimals, after dividing by 10^shift (shift 2: a percentage). */
function round2(d: Dec, shift = 0): Dec {
  const scale = d.scale + shift;
  if (scale <= 2) return { digits: d.digits * 10n ** BigInt(2 - scale), scale: 2 };
  const div = 10n ** BigInt(scale - 2);
  const neg = d.digits < 0n;
  const abs = neg ? -d.digits : d.digits;
  const q = (abs + div / 2n) / div;
  return { digits: neg ? -q : q, scale: 2 };
}
function format(d: Dec): string {
  const neg = d.digits < 0n;
  const s = (neg ? -d.digits : d.digits).toString().padStart(d.scale + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, s.length - d.scale)}${d.scale ? `.${s.slice(-d.scale)}` : ''}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  goodClient(process.env).catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exitCode = 1;
  });
}
