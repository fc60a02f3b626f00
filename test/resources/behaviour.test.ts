/**
 * Behaviour fixes, through both adapters: only the owner changes a business; subscriptions as Sage
 * shows them; a readonly token's write gets Sage's MultiUserAccessDenied text; a bank account needs
 * only its type; ledger accounts show balance_details (not balance) and have no purchasing flag;
 * single GETs honour attributes, nested_attributes and show_legacy_id.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { caller } from './support.ts';

describe.each(ADAPTERS)('behaviour through %s', (adapter) => {
  const h = useHarness(adapter);
  const biz = (country: string) => h.world.businesses.find((b) => b.country === country)!.id;
  const call = caller(h);

  it('PUT /businesses/{id}: the owner only; an invited user gets 403 MultiUserAccessDenied and nothing changes', async () => {
    const ca = biz('CA'); // owned by the second user; the first is invited
    const before = (await call('GET', `/businesses/${ca}`)).body;
    const res = await h.api(`/businesses/${ca}`, { method: 'PUT', json: { business: { name: 'Not Mine' } } });
    expect(res.status).toBe(403);
    expect((await sageErrors(res))[0]).toMatchObject({
      $dataCode: 'MultiUserAccessDenied',
      $message: 'The current user is not allowed to access that resource with that method.',
    });
    expect((await call('GET', `/businesses/${ca}`)).body).toEqual(before);
    expect((await call('PUT', `/businesses/${biz('GB')}`, { business: { name: 'Mine Ltd' } })).body.name).toBe('Mine Ltd');
  });

  it('subscriptions: the ACCOUNTING product, paying or accountant_pays', async () => {
    const gb = (await call('GET', `/businesses/${biz('GB')}`)).body;
    expect(gb.subscriptions).toEqual([
      expect.objectContaining({ id: 'ACCOUNTING', displayed_as: 'Accounting', active: true, status: 'paying' }),
    ]);
    const ca = (await call('GET', `/businesses/${biz('CA')}`)).body;
    expect(ca.subscriptions[0]).toMatchObject({ id: 'ACCOUNTING', status: 'accountant_pays' });
  });

  it("a readonly token's write: 403 with Sage's MultiUserAccessDenied text", async () => {
    const res = await h.api('/contacts', {
      method: 'POST',
      token: h.token(0, 'readonly'),
      json: { contact: { name: 'X', contact_type_ids: ['CUSTOMER'] } },
    });
    expect(res.status).toBe(403);
    expect(await sageErrors(res)).toEqual([
      {
        $severity: 'error',
        $dataCode: 'MultiUserAccessDenied',
        $message: 'The current user is not allowed to access that resource with that method.',
        $source: '',
      },
    ]);
  });

  it('a bank account needs only its type; it carries every field Sage lists', async () => {
    const res = await call('POST', '/bank_accounts', { bank_account: { bank_account_type_id: 'SAVINGS' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      bank_account_type: { id: 'SAVINGS' },
      bank_account_details: { account_name: 'Savings' },
      is_active: true,
      deleted_at: null,
      main_address: null,
      main_contact_person: null,
      journal_code: null,
      gifi_code: null,
      default_payment_method: { id: 'BACS', $path: '/payment_methods/BACS' },
    });
    expect((await call('GET', res.body.default_payment_method.$path)).body.displayed_as).toBe('Bank Transfer');
    const full = await call('POST', '/bank_accounts', {
      bank_account: {
        bank_account_type_id: 'CHECKING',
        bank_account_details: { account_name: 'Ops' },
        main_address: { address_line_1: '1 Bank St' },
        main_contact_person: { name: 'Manager' },
        default_payment_method_id: 'CHEQUE',
        is_active: false,
      },
    });
    expect(full.body).toMatchObject({
      main_address: { address_line_1: '1 Bank St', bank_account: { id: full.body.id }, contact: null },
      main_contact_person: { name: 'Manager', email: '' },
      default_payment_method: { id: 'CHEQUE' },
      is_active: false,
    });
    expect((await call('GET', `/addresses?bank_account_id=${full.body.id}`)).body.$items.map((a: any) => a.id)).toEqual([
      full.body.main_address.id,
    ]);
    const bad = await call('POST', '/bank_accounts', {
      bank_account: { bank_account_type_id: 'CHECKING', default_payment_method_id: 'GOLD' },
    });
    expect(bad.body.map((e: any) => e.$source)).toEqual(['default_payment_method_id']);
  });

  it("PUT /bank_accounts/{id}: Sage's payment methods and GIFI range; journal_code is Sage's object", async () => {
    const bank = (await call('POST', '/bank_accounts', { bank_account: { bank_account_type_id: 'CHECKING' } })).body;
    const put = await call('PUT', bank.$path, {
      bank_account: { default_payment_method_id: 'CHEQUE', gifi_code: 1001, journal_code: { name: 'Banque', code: 'BQ' } },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      default_payment_method: { id: 'CHEQUE', $path: '/payment_methods/CHEQUE' },
      gifi_code: 1001,
      journal_code: { name: 'Banque', code: 'BQ' },
    });
    const bad = await call('PUT', bank.$path, { bank_account: { default_payment_method_id: 'GOLD', gifi_code: 12, journal_code: 'BQ' } });
    expect(bad.status).toBe(422);
    expect(bad.body.map((e: any) => e.$source).sort()).toEqual(['default_payment_method_id', 'gifi_code', 'journal_code']);
    expect((await call('GET', bank.$path)).body).toMatchObject({ default_payment_method: { id: 'CHEQUE' }, gifi_code: 1001 });
  });

  it('ledger accounts: balance_details with show_balance_details (for a date range), no balance, no purchasing', async () => {
    const accounts = (await call('GET', '/ledger_accounts?attributes=all&items_per_page=200')).body.$items;
    const bank = accounts.find((a: any) => a.ledger_account_type.id === 'BANK');
    const sales = accounts.find((a: any) => a.visible_in_sales && !a.control_name);
    for (const a of accounts) {
      expect(a).not.toHaveProperty('balance');
      expect(a).not.toHaveProperty('visible_in_purchasing');
      expect(a).not.toHaveProperty('balance_details');
    }
    const journal = {
      journal: {
        date: '2026-01-10',
        reference: 'BD',
        journal_lines: [
          { ledger_account_id: bank.id, debit: '50.0', credit: '0.0', details: 'in' },
          { ledger_account_id: sales.id, debit: '0.0', credit: '50.0', details: 'out' },
        ],
      },
    };
    expect((await call('POST', '/journals', journal)).status).toBe(201);
    const one = (await call('GET', `/ledger_accounts/${sales.id}?show_balance_details=true`)).body;
    expect(one.balance_details).toEqual({
      balance: '50.0',
      credit_or_debit: 'credit',
      debits: '0.0',
      credits: '50.0',
      from_date: null,
      to_date: null,
    });
    const before = (await call('GET', `/ledger_accounts/${sales.id}?show_balance_details=true&to_date=2026-01-09`)).body;
    expect(before.balance_details).toMatchObject({ balance: '0.0', credits: '0.0', to_date: '2026-01-09' });
    const listed = (await call('GET', '/ledger_accounts?show_balance_details=true&attributes=balance_details&ledger_account_type_id=BANK'))
      .body.$items;
    expect(listed.find((a: any) => a.id === bank.id).balance_details).toMatchObject({ balance: '50.0', credit_or_debit: 'debit' });
    const purchasing = await h.api('/ledger_accounts?visible_in=purchasing');
    expect((await sageErrors(purchasing))[0]!.$source).toBe('visible_in');
  });

  it('single GETs: attributes, nested_attributes=all, show_legacy_id=true', async () => {
    const c = (await call('GET', '/contacts?items_per_page=1')).body.$items[0];
    expect(Object.keys((await call('GET', `${c.$path}?attributes=name,credit_days`)).body)).toEqual([
      'id',
      'displayed_as',
      '$path',
      'name',
      'credit_days',
    ]);
    const nested = (await call('GET', `${c.$path}?nested_attributes=all`)).body;
    expect(nested.currency).toEqual({ id: 'GBP', displayed_as: 'Pound Sterling (GBP)', $path: '/currencies/GBP' });
    expect(nested.contact_types[0]).toMatchObject({ id: expect.any(String), $path: expect.stringMatching(/^\/contact_types\//) });
    const bank = (await call('GET', '/bank_accounts?items_per_page=1')).body.$items[0];
    const withLedger = (await call('GET', `${bank.$path}?nested_attributes=all`)).body;
    expect(withLedger.ledger_account).toMatchObject({ nominal_code: expect.any(Number), ledger_account_type: { id: 'BANK' } });
    const someNested = (await call('GET', `${bank.$path}?nested_attributes=nominal_code`)).body;
    expect(Object.keys(someNested.ledger_account)).toEqual(['id', 'displayed_as', '$path', 'nominal_code']);
    expect((await call('GET', `${c.$path}?show_legacy_id=true`)).body.legacy_id).toBeNull();
    // Lists too: each item expanded before `attributes` picks what it shows.
    const listed = (await call('GET', '/bank_accounts?attributes=ledger_account&nested_attributes=nominal_code&show_legacy_id=true')).body
      .$items[0];
    expect(Object.keys(listed.ledger_account)).toEqual(['id', 'displayed_as', '$path', 'nominal_code']);
    expect(listed).not.toHaveProperty('legacy_id');
    expect((await call('GET', '/bank_accounts?attributes=legacy_id&show_legacy_id=true')).body.$items[0].legacy_id).toBeNull();
    expect((await call('GET', c.$path)).body).not.toHaveProperty('legacy_id');
  });
});
