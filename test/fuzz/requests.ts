/**
 * Property-based fuzzing of the core (`mock.handle`): generated requests, mostly bad (wrong methods,
 * paths, tokens, content types, bodies malformed, mistyped, deep, huge or not UTF-8), some valid.
 * Each is checked for the three promises of the README:
 *
 *   1. no 5xx;
 *   2. every API and control-plane error is Sage's error array, every token error RFC 6749's body;
 *   3. a refused request (4xx) changes nothing: records, clock, remembered idempotency ids, latches,
 *      seed (what a refusal may change is the journal and the app's request counts).
 *
 * Used by test/fuzz/fuzz.test.ts (a few hundred requests, in `npm test`) and scripts/fuzz.ts (a
 * long run: `npm run fuzz`).
 */
import fc from 'fast-check';
import type { MockRequest, MockResponse, SageMock } from '../../mock/index.ts';

export interface FuzzWorld {
  tokens: { valid: string; readonly: string; expired: string };
  businessIds: string[];
  userIds: string[];
  contactIds: string[];
  ledgerAccountIds: string[];
  clientId: string;
}

/** Tokens and ids the generators pick from (so that many requests get past auth and routing). */
export async function fuzzWorld(mock: SageMock): Promise<FuzzWorld> {
  const w = mock.admin.world();
  const mint = (scope?: 'readonly') =>
    mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id, scope }).access_token;
  const expired = mint();
  // A token that expired: minted, then the clock moved past its 300 s (and back is not allowed, so
  // the others are minted after).
  mock.clock.advance(301_000);
  const valid = mint();
  const readonly = mint('readonly');
  const page = async (path: string) => {
    const res = await mock.handle({ method: 'GET', url: `/v3.1${path}?items_per_page=5`, headers: { authorization: `Bearer ${valid}` } });
    return (JSON.parse(res.body) as { $items: { id: string }[] }).$items.map((i) => i.id);
  };
  return {
    tokens: { valid, readonly, expired },
    businessIds: w.businesses.map((b) => b.id),
    userIds: w.users.map((u) => u.id),
    contactIds: await page('/contacts'),
    ledgerAccountIds: await page('/ledger_accounts'),
    clientId: w.apps[0]!.client_id,
  };
}

const RESOURCES = [
  'contacts',
  'ledger_accounts',
  'tax_rates',
  'bank_accounts',
  'sales_invoices',
  'purchase_invoices',
  'contact_payments',
  'contact_allocations',
  'journals',
  'businesses',
  'user',
  'contact_types',
  'ledger_account_types',
  'businesses/lead',
  'nope',
];
const NAMESPACES = [
  'contact',
  'ledger_account',
  'sales_invoice',
  'purchase_invoice',
  'contact_payment',
  'contact_allocation',
  'journal',
  'business',
  'user',
  'bank_account',
];
const ADMIN = [
  ['GET', '/__mock/world'],
  ['GET', '/__mock/clock'],
  ['GET', '/__mock/health'],
  ['GET', '/__mock/journal'],
  ['GET', '/__mock/limits'],
  ['GET', '/__mock/idempotency'],
  ['GET', '/__mock/chains'],
  ['GET', '/__mock/latches'],
  ['POST', '/__mock/clock/advance'],
  ['POST', '/__mock/clock/set'],
  ['POST', '/__mock/tokens'],
  ['POST', '/__mock/connect'],
  ['POST', '/__mock/tokens/expire'],
  ['PUT', '/__mock/limits'],
  ['POST', '/__mock/businesses'],
  ['PUT', '/__mock/businesses/:biz/subscription'],
  ['PUT', '/__mock/users/:user/lead_business'],
  ['POST', '/__mock/apps'],
  ['POST', '/__mock/oauth/preapprove'],
  ['GET', '/__mock/businesses/:biz/trial_balance'],
  ['POST', '/__mock/latches/latch-1/release'],
  ['DELETE', '/__mock/apps/:client'],
] as const;

const anyMethod = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE') },
  { weight: 2, arbitrary: fc.constantFrom('PATCH', 'HEAD', 'OPTIONS', 'QUERY', 'PROPFIND', 'CONNECT', 'TRACE', 'get', 'pOsT') },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z!#$%&'*+.^_`|~-]{1,12}$/) },
);

/** Text a client might put in a path segment: ids, garbage, escapes, traversal, very long. */
const segment = (w: FuzzWorld) =>
  fc.oneof(
    fc.constantFrom(...w.contactIds, ...w.ledgerAccountIds, ...w.businessIds),
    fc.stringMatching(/^[0-9a-f]{32}$/),
    fc.constantFrom('..', '%2e%2e', '%00', '%E0%A4%A', '%', '%ZZ', 'lead', '', ' ', 'null', 'undefined', '__proto__', 'constructor'),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.nat({ max: 5000 }).map((n) => 'a'.repeat(n)),
  );

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?items_per_page=0',
    '?items_per_page=201',
    '?page=-1',
    '?page=1e400',
    '?items_per_page=abc',
    '?sort=name:sideways',
    '?updated_or_created_since=yesterday',
    '?deleted_since=2026-13-45',
    '?attributes=all',
    '?search=%F0%9F%9A%80',
    '?page=2&page=3',
    '?email=%00',
    `?items_per_page=${'9'.repeat(40)}`,
  ),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }).map((d) => `?${new URLSearchParams(d)}`),
);

/** JSON values that break assumptions: wrong types, huge and tiny numbers, deep nesting, long strings. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(
    1e308,
    -1e308,
    5e-324,
    2 ** 53 + 1,
    -0,
    '1e400',
    '-1',
    'NaN',
    '',
    '\u0000',
    '\ud800',
    '🚀'.repeat(50),
    [],
    {},
    null,
    true,
  ),
  fc.integer({ min: 1, max: 300 }).map((d) => JSON.parse(`${'['.repeat(d)}${']'.repeat(d)}`) as unknown),
  fc.nat({ max: 20_000 }).map((n) => 'x'.repeat(n)),
);

/** A resource body: the namespace Sage expects (or another), fields valid-looking or not. */
const resourceBody = (w: FuzzWorld) =>
  fc
    .record({
      ns: fc.constantFrom(...NAMESPACES),
      fields: fc.dictionary(
        fc.constantFrom(
          'name',
          'contact_type_ids',
          'reference',
          'email',
          'credit_limit',
          'credit_days',
          'contact_id',
          'date',
          'due_date',
          'invoice_lines',
          'journal_lines',
          'total_amount',
          'ledger_account_id',
          'tax_rate_id',
          'idempotency_id',
          'currency_id',
          'bank_account_id',
          'allocated_artefacts',
          'nominal_code',
          'ledger_account_type_id',
          'unit_price',
          'quantity',
          'debit',
          'credit',
        ),
        fc.oneof(
          nasty,
          fc.constantFrom(...w.contactIds, ...w.ledgerAccountIds),
          fc.constantFrom(['CUSTOMER'], ['VENDOR'], 'GB_STANDARD', '2026-01-05', '110.0', 'a'.repeat(32), 'A'.repeat(32)),
          fc.array(
            fc.dictionary(
              fc.constantFrom('ledger_account_id', 'unit_price', 'quantity', 'tax_rate_id', 'tax_amount', 'debit', 'credit', 'description'),
              nasty,
              { maxKeys: 5 },
            ),
            { maxLength: 3 },
          ),
        ),
        { maxKeys: 8 },
      ),
    })
    .map(({ ns, fields }) => ({ [ns]: fields }) as unknown);

const body = (w: FuzzWorld) =>
  fc.oneof(
    { weight: 5, arbitrary: resourceBody(w).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: nasty.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{"contact": {"name": ',
        '\ufeff{}',
        '{"a":1}{"b":2}',
        '{"__proto__":{"x":1}}',
        `{"contact":${'['.repeat(3000)}${']'.repeat(3000)}}`,
      ),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'application/vnd.api+json',
      '',
      ';;;',
      'multipart/form-data; boundary=x',
    ),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** One generated request (and the surface it is meant for, for the format check). */
export function requestArbitrary(w: FuzzWorld): fc.Arbitrary<MockRequest> {
  const auth = fc.oneof(
    // `@valid` and `@readonly` are replaced at send time by tokens valid then (the clock moves).
    { weight: 6, arbitrary: fc.constant('Bearer @valid') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'Bearer @readonly',
        `Bearer ${w.tokens.expired}`,
        'Bearer',
        'Basic Zm9vOmJhcg==',
        'bearer  @valid ',
        'Bearer x.y.z',
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const headers = fc.record(
    {
      authorization: auth,
      'content-type': contentType,
      'x-business': fc.oneof(fc.constantFrom(...w.businessIds), fc.string({ maxLength: 40 })),
      'idempotency-key': fc.string({ maxLength: 40 }),
      accept: fc.constantFrom('application/json', 'text/html', '*/*'),
    },
    { requiredKeys: ['authorization', 'content-type'] },
  );
  const api = fc.record({
    method: anyMethod,
    path: fc.oneof(
      fc.constantFrom(...RESOURCES).map((r) => `/v3.1/${r}`),
      fc.tuple(fc.constantFrom(...RESOURCES), segment(w)).map(([r, s]) => `/v3.1/${r}/${s}`),
      fc
        .tuple(fc.constantFrom('journals', 'sales_invoices'), segment(w), fc.constantFrom('reissue', 'x'))
        .map(([r, s, t]) => `/v3.1/${r}/${s}/${t}`),
      fc.constantFrom(
        '/v3.1',
        '/v3.1/',
        '/v3.1//contacts/',
        '/v3.2/contacts',
        '/',
        '*',
        'example.com:443',
        'http://x/v3.1/contacts',
        '/%',
        '//a//b',
      ),
    ),
    query,
    headers,
    body: body(w),
  });
  const token = fc.record({
    method: fc.constantFrom('POST', 'POST', 'GET', 'PUT'),
    path: fc.constantFrom('/token', '/revoke'),
    query: fc.constant(''),
    headers: fc.record({
      authorization: fc.option(fc.constantFrom('Basic Zm9vOmJhcg==', 'Basic', 'Basic %%%'), { nil: undefined }),
      'content-type': fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
    }),
    body: fc.oneof(
      fc
        .dictionary(
          fc.constantFrom('grant_type', 'code', 'refresh_token', 'client_id', 'client_secret', 'redirect_uri', 'token', 'scope'),
          fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('authorization_code', 'refresh_token', w.clientId)),
        )
        .map((d) => new URLSearchParams(d).toString()),
      fc.string({ maxLength: 100 }),
    ),
  });
  const authorize = fc.record({
    method: fc.constantFrom('GET', 'POST', 'DELETE'),
    path: fc.constantFrom('/oauth2/auth/central', '/oauth2/auth/consent', '/oauth2/nope'),
    query: fc
      .dictionary(
        fc.constantFrom('client_id', 'response_type', 'redirect_uri', 'scope', 'state', 'country', 'filter'),
        fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(w.clientId, 'code', 'full_access', 'http://localhost:3000/callback')),
      )
      .map((d) => `?${new URLSearchParams(d)}`),
    headers: fc.record({ 'content-type': fc.constantFrom('application/x-www-form-urlencoded', 'text/plain') }),
    body: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
  });
  const admin = fc
    .record({
      route: fc.constantFrom(...ADMIN),
      query,
      headers: fc.record({
        'content-type': contentType,
        origin: fc.option(fc.constantFrom('https://evil.example', 'null', 'https://api.accounting.sage.com'), { nil: undefined }),
      }),
      body: fc.oneof(
        fc
          .dictionary(
            fc.constantFrom(
              'seconds',
              'now',
              'seed',
              'user_id',
              'client_id',
              'scope',
              'country',
              'owner_id',
              'contacts',
              'daily_quota',
              'concurrency',
              'today_count',
              'concurrency_retry_after_seconds',
              'retry_after',
              'active',
              'business_id',
              'redirect_uris',
              'access_token',
              'token_id',
              'once',
              'name',
              'invited_user_ids',
            ),
            fc.oneof(nasty, fc.constantFrom(...w.userIds, ...w.businessIds, w.clientId, 'GB', 'full_access', '2030-01-01T00:00:00Z')),
            { maxKeys: 4 },
          )
          .map((d) => JSON.stringify(d)),
        body(w),
      ),
    })
    .map(({ route, query: q, headers: h, body: b }) => ({
      method: route[0] as string,
      // Creating a business seeds its contacts: keep generated ones small, so runs stay fast.
      body: route[1] === '/__mock/businesses' && typeof b === 'string' ? b.replace(/"contacts":\s*\d{3,}/, '"contacts":3') : b,
      path: route[1].replace(':biz', w.businessIds[0]!).replace(':user', w.userIds[0]!).replace(':client', encodeURIComponent('no/such')),
      query: q,
      headers: h,
    }));
  return fc
    .oneof(
      { weight: 7, arbitrary: api },
      { weight: 1, arbitrary: token },
      { weight: 1, arbitrary: authorize },
      { weight: 1, arbitrary: admin },
    )
    .map((r) => ({
      method: r.method,
      url: r.path.startsWith('/') ? `${r.path}${r.query}` : r.path,
      headers: Object.fromEntries(
        Object.entries(r.headers as Record<string, string | undefined>).filter(([, v]) => v !== undefined),
      ) as Record<string, string>,
      body: r.body as string | Uint8Array | undefined,
    }));
}

/**
 * What a refusal must leave as it was. Empty collections are left out: a first read materializes
 * an empty one (deleted records of a type, say), which holds nothing.
 */
export function stateOf(mock: SageMock): string {
  const { apps: _counts, ...limits } = mock.admin.limits();
  const records = Object.entries(mock.state.store.dump() as Record<string, Record<string, unknown[]>>).map(([scope, collections]) => [
    scope,
    Object.entries(collections).filter(([, items]) => items.length > 0),
  ]);
  return JSON.stringify([records, mock.clock.now(), limits, mock.admin.idempotencyRecords(), mock.admin.latches(), mock.state.seed]);
}

export interface Verdict {
  ok: boolean;
  why?: string;
}

/** Checks one exchange against the three promises. */
export function judge(req: MockRequest, res: MockResponse, before: string, after: string): Verdict {
  if (res.status >= 500) return { ok: false, why: `${res.status} for ${req.method} ${req.url}: ${res.body.slice(0, 300)}` };
  if (res.status >= 400 && before !== after) return { ok: false, why: `${res.status} changed state: ${req.method} ${req.url}` };
  if (res.status >= 400 && req.method.toUpperCase() !== 'HEAD') {
    const path = req.url.split('?')[0]!;
    const oauth = path === '/token' || path === '/revoke';
    const authorize = path.startsWith('/oauth2/');
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      if (!authorize) return { ok: false, why: `${res.status} body is not JSON: ${req.method} ${req.url}: ${res.body.slice(0, 100)}` };
      return { ok: true };
    }
    if (oauth && !Array.isArray(parsed)) {
      const e = parsed as { error?: unknown; error_description?: unknown };
      if (typeof e.error !== 'string' || typeof e.error_description !== 'string')
        return { ok: false, why: `token error not RFC 6749: ${res.body.slice(0, 200)}` };
      return { ok: true };
    }
    if (!Array.isArray(parsed) || parsed.length === 0)
      return { ok: false, why: `${res.status} is not Sage's error array: ${req.method} ${req.url}: ${res.body.slice(0, 200)}` };
    for (const e of parsed as Record<string, unknown>[]) {
      if (e.$severity !== 'error' || typeof e.$dataCode !== 'string' || typeof e.$message !== 'string' || typeof e.$source !== 'string') {
        return { ok: false, why: `not a Sage error item: ${JSON.stringify(e).slice(0, 200)}` };
      }
    }
  }
  return { ok: true };
}

export interface FuzzStats {
  requests: number;
  byStatus: Record<string, number>;
  failures: string[];
}

/** Runs `numRuns` generated requests through `mock.handle`; fast-check shrinks the first failure. */
export async function fuzz(
  mock: SageMock,
  w: FuzzWorld,
  options: { numRuns: number; seed?: number },
): Promise<FuzzStats & { seed: number; error?: string }> {
  const stats: FuzzStats = { requests: 0, byStatus: {}, failures: [] };
  const current: Record<string, string> = {};
  const fresh = (kind: 'valid' | 'readonly') => {
    const t = current[kind];
    if (t && mock.state.tokens.checkAccess(t).state === 'valid') return t;
    const apps = mock.admin.world().apps;
    const app = apps.find((a) => a.client_id === w.clientId) ?? apps[0]!;
    return (current[kind] = mock.admin.mintToken({
      user_id: w.userIds[0]!,
      client_id: app.client_id,
      scope: kind === 'readonly' ? 'readonly' : undefined,
    }).access_token);
  };
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const result = await fc.check(
    fc.asyncProperty(requestArbitrary(w), async (req) => {
      // A latch a generated request installed would hold the next ones.
      mock.latches.release();
      const authorization = req.headers.authorization;
      if (typeof authorization === 'string' && authorization.includes('@')) {
        req.headers.authorization = authorization.replace('@valid', fresh('valid')).replace('@readonly', fresh('readonly'));
      }
      const before = stateOf(mock);
      const res = await mock.handle(req);
      const after = stateOf(mock);
      stats.requests++;
      const cls = `${Math.floor(res.status / 100)}xx`;
      stats.byStatus[cls] = (stats.byStatus[cls] ?? 0) + 1;
      const v = judge(req, res, before, after);
      if (!v.ok) stats.failures.push(v.why!);
      return v.ok;
    }),
    { numRuns: options.numRuns, seed, endOnFailure: false },
  );
  return { ...stats, seed, error: result.failed ? (fc.defaultReportMessage(result) ?? 'failed') : undefined };
}
