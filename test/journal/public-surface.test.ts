/**
 * The journal's public surface, through the package's public exports only: the flag catalogue, the
 * error catalogue keys of each answer, and a journal kept across a reset when asked.
 */
import { describe, expect, it } from 'vitest';
import { API_ERRORS, createSageMock, JOURNAL_FLAGS, OAUTH_MESSAGES, type JournalFlag, type SageMock } from '../../mock/index.ts';

async function connect(mock: SageMock): Promise<string> {
  const w = mock.admin.world();
  return mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id }).access_token;
}

const api = (mock: SageMock, token: string | null, method: string, path: string, body?: unknown) =>
  mock.handle({
    method,
    url: `https://api.accounting.sage.com/v3.1${path}`,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('journal public surface', () => {
  it('records the catalogue key of every error item, and none for a success', async () => {
    const mock = await createSageMock();
    const token = await connect(mock);
    expect((await api(mock, null, 'GET', '/contacts')).status).toBe(401);
    const list = JSON.parse((await api(mock, token, 'GET', '/ledger_accounts?items_per_page=1')).body) as { $items: { id: string }[] };
    const id = list.$items[0]!.id;
    const res = await api(mock, token, 'PUT', `/ledger_accounts/${id}`, { ledger_account: { control_name: 'x' } });
    expect(res.status).toBe(422);
    const [missing, ok, rule] = mock.admin.journal();
    expect(missing).toMatchObject({ status: 401, errorCodes: ['AuthorizationFailure'], errorKeys: ['MissingToken'] });
    expect(ok).toMatchObject({ status: 200, errorKeys: [] });
    expect(rule).toMatchObject({ status: 422, errorCodes: ['RecordInvalid'], errorKeys: ['ControlNameReadOnly'] });
    expect(JSON.parse(rule!.responseBody!)[0].$message).toBe(API_ERRORS.ControlNameReadOnly.message);
  });

  it('records the OAuth catalogue key on the token surface', async () => {
    const mock = await createSageMock();
    await mock.handle({
      method: 'POST',
      url: 'https://oauth.accounting.sage.com/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=nonsense',
    });
    const e = mock.admin.journal().at(-1)!;
    expect(e.status).toBe(400);
    expect(e.errorCodes).toEqual(['invalid_client']);
    expect(e.errorKeys).toEqual(['ClientAuthenticationRequired']);
    expect(JSON.parse(e.responseBody!).error_description).toBe(OAUTH_MESSAGES.ClientAuthenticationRequired.message);
  });

  it('has a typed flag catalogue, and every flag a request gets is in it', async () => {
    const mock = await createSageMock();
    const token = await connect(mock);
    await api(mock, token, 'GET', '/contacts');
    const w = mock.admin.world();
    const pair = mock.admin.mintToken({ user_id: w.users[0]!.id, client_id: w.apps[0]!.client_id });
    const refresh = (t: string) =>
      mock.handle({
        method: 'POST',
        url: 'https://oauth.accounting.sage.com/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `grant_type=refresh_token&refresh_token=${t}&client_id=${w.apps[0]!.client_id}&client_secret=${encodeURIComponent(mock.admin.world().apps[0]!.client_secret ?? '')}`,
      });
    await refresh(pair.refresh_token);
    await refresh(pair.refresh_token);
    const flag: JournalFlag = 'refresh-token-superseded';
    expect(mock.admin.journal({ flag })).toHaveLength(1);
    expect(JOURNAL_FLAGS[flag]).toMatch(/rotated/);
    for (const e of mock.admin.journal()) for (const f of e.flags) expect(Object.keys(JOURNAL_FLAGS)).toContain(f);
    expect(Object.values(JOURNAL_FLAGS).every((d) => typeof d === 'string' && d.length > 10)).toBe(true);
  });

  it('starts an empty journal on reset, unless asked to keep it (option or per reset)', async () => {
    const plain = await createSageMock();
    await api(plain, null, 'GET', '/contacts');
    await plain.reset();
    expect(plain.admin.journal()).toEqual([]);
    await api(plain, null, 'GET', '/contacts');
    await plain.admin.reset({ keepJournal: true });
    expect(plain.admin.journal().map((e) => e.seq)).toEqual([1]);

    const keeping = await createSageMock({ journal: { keepAcrossReset: true } });
    await api(keeping, null, 'GET', '/contacts');
    await keeping.reset({ seed: 2 });
    await api(keeping, null, 'GET', '/tax_rates');
    expect(keeping.admin.journal().map((e) => [e.seq, e.path])).toEqual([
      [1, '/v3.1/contacts'],
      [2, '/v3.1/tax_rates'],
    ]);
    await keeping.reset({ keepJournal: false });
    expect(keeping.admin.journal()).toEqual([]);
  });

  it('POST /__mock/reset takes keep_journal', async () => {
    const mock = await createSageMock();
    await api(mock, null, 'GET', '/contacts');
    const reset = (body: unknown) =>
      mock.handle({
        method: 'POST',
        url: 'http://localhost/__mock/reset',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await reset({ keep_journal: true })).status).toBe(200);
    expect(mock.admin.journal()).toHaveLength(1);
    const bad = await reset({ keep_journal: 'yes' });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.body)[0].$source).toBe('keep_journal');
    expect((await reset({})).status).toBe(200);
    expect(mock.admin.journal()).toEqual([]);
  });
});
