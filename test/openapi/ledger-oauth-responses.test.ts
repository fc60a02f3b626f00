/**
 * The rest of what the mock serves matches openapi/sage-mock.openapi.yaml too, through MSW and
 * Fastify: the ledger (invoices, payments, allocations, journals, ledger and bank account writes),
 * the OAuth endpoints on their own origins, and the control plane. Every exchange of each flow is
 * judged; a change to any of these shapes fails here until the document says the same.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, useHarness, type ApiInit } from '../support/harness.ts';
import { ResponseValidator, type Exchange } from './validator.ts';

let spec: ResponseValidator;
beforeAll(async () => {
  spec = await ResponseValidator.load();
});

function body(ex: Exchange): any {
  return JSON.parse(ex.text);
}

describe.each(ADAPTERS)('ledger, OAuth and control-plane responses match the OpenAPI document through %s', (adapter) => {
  const h = useHarness(adapter);

  async function judged(method: string, path: string, res: Response): Promise<Exchange> {
    const ex: Exchange = { method, path, status: res.status, headers: res.headers, text: await res.text() };
    expect(spec.validateExchange(ex), `${method} ${path} -> ${ex.status}: ${ex.text.slice(0, 200)}`).toEqual([]);
    return ex;
  }
  const api = async (method: string, path: string, init: ApiInit = {}) => judged(method, path, await h.api(path, { method, ...init }));
  const admin = async (method: string, path: string, json?: unknown) => judged(method, path, await h.admin(path, { method, json }));

  it('invoices, payments, allocations and journals, from creation to void and deletion', async () => {
    const contacts = body(await api('GET', '/contacts?attributes=contact_types&items_per_page=200')).$items;
    const customer = contacts.find(
      (c: any) => c.contact_types.some((t: any) => t.id === 'CUSTOMER') && !c.contact_types.some((t: any) => t.id === 'VENDOR'),
    );
    const vendor = contacts.find(
      (c: any) => c.contact_types.some((t: any) => t.id === 'VENDOR') && !c.contact_types.some((t: any) => t.id === 'CUSTOMER'),
    );
    const accounts = body(await api('GET', '/ledger_accounts?attributes=all&items_per_page=200')).$items;
    const sales = accounts.find((a: any) => a.visible_in_sales && !a.control_name);
    const purchases = accounts.find((a: any) => a.visible_in_expenses && !a.control_name);
    const bank = body(await api('GET', '/bank_accounts?items_per_page=1')).$items[0];
    // Two at GB_STANDARD (20%), with the tax amount Sage v3.1 requires.
    const line = (unit_price: unknown, tax_amount: string, ledger = sales.id) => ({
      description: 'Consulting',
      ledger_account_id: ledger,
      tax_rate_id: 'GB_STANDARD',
      unit_price,
      quantity: 2,
      tax_amount,
    });

    const invoice = body(
      await api('POST', '/sales_invoices', {
        json: { sales_invoice: { contact_id: customer.id, date: '2026-01-05', invoice_lines: [line(100, '40.00')] } },
      }),
    );
    expect(invoice).toMatchObject({ invoice_number: 'SI-1', total_amount: '240.0', status: { id: 'UNPAID' } });
    const draft = body(
      await api('POST', '/sales_invoices', {
        json: { sales_invoice: { contact_id: customer.id, date: '2026-01-05', status_id: 'DRAFT', invoice_lines: [line('9.99', '4.00')] } },
      }),
    );
    expect(body(await api('POST', `/sales_invoices/${draft.id}/release`)).invoice_number).toBe('SI-2');
    await api('PUT', `/sales_invoices/${draft.id}`, { json: { sales_invoice: { notes: 'Thanks' } } });

    const receipt = body(
      await api('POST', '/contact_payments', {
        json: {
          contact_payment: {
            transaction_type_id: 'CUSTOMER_RECEIPT',
            contact_id: customer.id,
            bank_account_id: bank.id,
            date: '2026-01-06',
            total_amount: '300.00',
            allocated_artefacts: [{ artefact_id: invoice.id, amount: 100 }],
          },
        },
      }),
    );
    expect(receipt.payment_on_account.total_amount).toBe('200.0');
    expect(body(await api('GET', `/sales_invoices/${invoice.id}?show_payments_allocations=true`)).payments_allocations).toHaveLength(1);
    const allocation = body(
      await api('POST', '/contact_allocations', {
        json: {
          contact_allocation: {
            transaction_type_id: 'CUSTOMER_ALLOCATION',
            contact_id: customer.id,
            allocated_artefacts: [
              { artefact_id: invoice.id, amount: 140 },
              { artefact_id: receipt.payment_on_account.id, amount: -140 },
            ],
          },
        },
      }),
    );
    await api('GET', `/contact_allocations/${allocation.id}`);
    expect(body(await api('GET', `/sales_invoices/${invoice.id}`)).status.id).toBe('PAID');

    const bill = body(
      await api('POST', '/purchase_invoices', {
        json: {
          purchase_invoice: {
            contact_id: vendor.id,
            date: '2026-01-05',
            due_date: '2026-02-04',
            vendor_reference: 'V-77',
            status_id: 'DRAFT',
            invoice_lines: [line('12.50', '5.00', purchases.id)],
          },
        },
      }),
    );
    await api('POST', `/purchase_invoices/${bill.id}/release`);
    await api('GET', `/purchase_invoices/${bill.id}?show_payments_allocations=true`);

    const journal = body(
      await api('POST', '/journals', {
        json: {
          journal: {
            date: '2026-01-07',
            reference: 'ADJ-1',
            journal_lines: [
              { ledger_account_id: sales.id, debit: 0.1, credit: 0 },
              { ledger_account_id: sales.id, debit: '0.2', credit: 0 },
              { ledger_account_id: purchases.id, debit: 0, credit: '0.3' },
            ],
          },
        },
      }),
    );
    const reissued = body(await api('POST', `/journals/${journal.id}/reissue`, { json: { journal: { reference: 'ADJ-1b' } } }));
    await api('GET', `/journals/${reissued.id}`);

    for (const resource of ['sales_invoices', 'purchase_invoices', 'contact_payments', 'contact_allocations', 'journals']) {
      expect(body(await api('GET', `/${resource}?attributes=all`)).$items.length).toBeGreaterThan(0);
    }

    const small = body(
      await api('POST', '/sales_invoices', {
        json: { sales_invoice: { contact_id: customer.id, date: '2026-01-08', invoice_lines: [line(1, '0.40')] } },
      }),
    );
    expect(body(await api('DELETE', `/sales_invoices/${small.id}?void_reason=Raised%20in%20error`)).status.id).toBe('VOID');
    expect((await api('DELETE', `/journals/${reissued.id}`)).status).toBe(204);
    expect((await api('DELETE', `/contact_allocations/${allocation.id}`)).status).toBe(204);
    for (const resource of ['sales_invoices', 'journals', 'contact_allocations']) {
      expect(body(await api('GET', `/${resource}?deleted_since=2026-01-01&attributes=all`)).$items.length).toBeGreaterThan(0);
    }

    expect(
      (
        await api('POST', '/ledger_accounts', {
          json: {
            ledger_account: {
              ledger_account_type_id: 'SALES',
              included_in_chart: true,
              name: 'Licences',
              display_name: 'Licences',
              nominal_code: 4321,
            },
          },
        })
      ).status,
    ).toBe(201);
    expect((await api('PUT', `/ledger_accounts/${sales.id}`, { json: { ledger_account: { name: 'Consulting income' } } })).status).toBe(
      200,
    );
    expect(
      (
        await api('POST', '/bank_accounts', {
          json: { bank_account: { bank_account_type_id: 'SAVINGS', bank_account_details: { account_name: 'Reserve' } } },
        })
      ).status,
    ).toBe(201);

    const wrongParty = await api('POST', '/sales_invoices', {
      json: { sales_invoice: { contact_id: vendor.id, date: '2026-01-05', invoice_lines: [line(1, '0.40')] } },
    });
    expect(body(wrongParty)[0]).toMatchObject({ $source: 'contact_id', $message: "can't find customer" });
    const unbalanced = await api('POST', '/journals', {
      json: {
        journal: {
          date: '2026-01-07',
          reference: 'BAD',
          journal_lines: [
            { ledger_account_id: sales.id, debit: 1, credit: 0 },
            { ledger_account_id: purchases.id, debit: 0, credit: 2 },
          ],
        },
      },
    });
    expect(unbalanced.status).toBe(422);
    expect((await api('POST', `/sales_invoices/${invoice.id}/release`)).status).toBe(422);

    const tb = body(await admin('GET', `/__mock/businesses/${h.world.users[0]!.lead_business_id}/trial_balance`));
    expect(tb).toMatchObject({ balanced: true, difference: '0.0' });
  });

  it('authorize page, headless consent, code exchange, rotation, a superseded refresh token, revoke', async () => {
    const app = h.world.apps[0]!;
    const redirectUri = app.redirect_uris[0]!;
    const authorize = async (params: Record<string, string>) => {
      const path = `/oauth2/auth/central?${new URLSearchParams({ filter: 'apiv3.1', response_type: 'code', scope: 'full_access', state: 'xyz', ...params })}`;
      return judged('GET', path, await fetch(`${h.bases.authorize}${path}`, { redirect: 'manual' }));
    };
    const form = async (base: string, path: string, fields: Record<string, string>) =>
      judged(
        'POST',
        path,
        await fetch(`${base}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        }),
      );

    expect((await authorize({ client_id: app.client_id, redirect_uri: redirectUri })).status).toBe(200);
    expect((await authorize({ client_id: 'unknown/client', redirect_uri: redirectUri })).status).toBe(400);
    const approved = await authorize({ client_id: app.client_id, redirect_uri: redirectUri, sage_mock_user: h.world.users[0]!.id });
    expect(approved.status).toBe(302);
    const code = new URL(approved.headers.get('location')!).searchParams.get('code')!;

    const creds = { client_id: app.client_id, client_secret: app.client_secret };
    const first = await form(h.bases.token, '/token', { grant_type: 'authorization_code', code, redirect_uri: redirectUri, ...creds });
    expect(first.status).toBe(200);
    expect(Object.keys(body(first))).toEqual(spec.propertyOrder('TokenResponse'));
    const refresh = body(first).refresh_token;
    expect((await form(h.bases.token, '/token', { grant_type: 'refresh_token', refresh_token: refresh, ...creds })).status).toBe(200);
    const stale = await form(h.bases.token, '/token', { grant_type: 'refresh_token', refresh_token: refresh, ...creds });
    expect(stale.status).toBe(400);
    expect(body(stale).error).toBe('invalid_grant');
    expect((await form(h.bases.token, '/revoke', { token: refresh, ...creds })).status).toBe(200);

    const consentFields = {
      client_id: app.client_id,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'full_access',
      state: 'xyz',
    };
    expect((await form(h.bases.authorize, '/oauth2/auth/consent', { ...consentFields, decision: 'deny' })).status).toBe(302);
    expect((await form(h.bases.authorize, '/oauth2/auth/consent', { ...consentFields, decision: 'allow' })).status).toBe(422);
  });

  it('the control plane: apps, connect, pre-approvals, chains, token expiry, limits, latches, idempotency', async () => {
    const user = h.world.users[0]!.id;
    const app = body(await admin('POST', '/__mock/apps', { name: 'Probe', redirect_uris: ['http://127.0.0.1:9999/cb'] }));
    expect(Object.keys(body(await admin('POST', '/__mock/connect', { user_id: user, client_id: app.client_id })))).toEqual(
      spec.propertyOrder('TokenResponse'),
    );
    await admin('POST', '/__mock/oauth/preapprove', { user_id: user, client_id: app.client_id, once: true });
    expect(body(await admin('GET', '/__mock/oauth/preapprovals')).$items).toHaveLength(1);
    expect(body(await admin('DELETE', '/__mock/oauth/preapprovals')).cleared).toBe(1);
    const chain = body(await admin('GET', `/__mock/chains?client_id=${encodeURIComponent(app.client_id)}`)).$items[0];
    expect(body(await admin('POST', `/__mock/chains/${chain.id}/revoke`)).revoked_by).toBe('admin');
    const token = h.token();
    const minted = h.mock.state.tokens.checkAccess(token);
    if (minted.state !== 'valid') throw new Error(`fresh token is ${minted.state}`);
    expect(body(await admin('POST', '/__mock/tokens/expire', { access_token: token })).token_id).toBe(minted.record.id);
    expect((await api('GET', '/contacts', { token })).status).toBe(401);
    expect((await admin('DELETE', `/__mock/apps/${encodeURIComponent(app.client_id)}`)).status).toBe(204);

    await admin('GET', '/__mock/limits');
    await admin('PUT', '/__mock/limits', { rate_limit_headers: false, retry_after: false });
    const latch = body(await admin('POST', '/__mock/latches', { path: '/v3.1/contacts', limit: 1 }));
    expect(body(await admin('GET', '/__mock/latches')).$items).toHaveLength(1);
    await admin('POST', `/__mock/latches/${latch.id}/release`);
    await admin('DELETE', '/__mock/latches');

    await api('POST', '/contacts', {
      json: { contact: { name: 'Once Only', contact_type_ids: ['CUSTOMER'], idempotency_id: 'c3a8'.repeat(8) } },
    });
    expect(body(await admin('GET', '/__mock/idempotency')).$items.length).toBeGreaterThan(0);
  });
});
