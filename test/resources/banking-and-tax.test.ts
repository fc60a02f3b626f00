/**
 * Bank reconciliations, migration tax returns, tax determinations and the bank feed, through both
 * adapters.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';
import { caller } from './support.ts';

describe.each(ADAPTERS)('banking and tax records through %s', (adapter) => {
  const h = useHarness(adapter);
  const call = caller(h);

  it('bank reconciliations: create, chain the starting balance, update, refuse changes once reconciled', async () => {
    const bank = (await call('GET', '/bank_accounts?items_per_page=1')).body.$items[0];
    const first = await call('POST', '/bank_reconciliations', {
      bank_reconciliation: {
        bank_account_id: bank.id,
        statement_date: '2026-01-31',
        statement_end_balance: '100.0',
        closing_balance: '100.0',
        reconciled_balance: '90.0',
      },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      bank_account: { id: bank.id },
      starting_balance: '0.0',
      balance_difference: '10.0',
      status: { id: 'DRAFT' },
      reference: '',
    });
    const done = await call('PUT', first.body.$path, { bank_reconciliation: { reconciled_balance: '100.0', status_id: 'RECONCILED' } });
    expect(done.body).toMatchObject({ balance_difference: '0.0', status: { id: 'RECONCILED' } });
    const locked = await h.api(first.body.$path, { method: 'PUT', json: { bank_reconciliation: { reference: 'x' } } });
    expect((await sageErrors(locked))[0]!.$source).toBe('base');
    const second = await call('POST', '/bank_reconciliations', {
      bank_reconciliation: { bank_account_id: bank.id, statement_date: '2026-02-28' },
    });
    expect(second.body.starting_balance).toBe('100.0');
    expect((await call('GET', `/bank_reconciliations?bank_account_id=${bank.id}`)).body.$total).toBe(2);
    const bad = await h.api('/bank_reconciliations', { method: 'POST', json: { bank_reconciliation: { status_id: 'DONE' } } });
    expect((await sageErrors(bad)).map((e) => e.$source).sort()).toEqual(['bank_account_id', 'status_id']);
  });

  it('migration tax returns: create with GB boxes, 422s for missing and backwards dates', async () => {
    const made = await call('POST', '/migration_tax_returns', {
      migration_tax_return: {
        from_date: '2025-01-01',
        to_date: '2025-03-31',
        total_amount: 250,
        tax_return_frequency_id: 'QUARTERLY',
        gb: { box_1: '300', box_4: 50 },
      },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      total_amount: '250.0',
      tax_return_frequency: { id: 'QUARTERLY' },
      gb: { box_1: '300.0', box_4: '50.0', box_2: null },
      ie: null,
    });
    expect((await call('GET', made.body.$path)).body).toEqual(made.body);
    const bad = await h.api('/migration_tax_returns', {
      method: 'POST',
      json: { migration_tax_return: { from_date: '2025-03-31', to_date: '2025-01-01' } },
    });
    expect((await sageErrors(bad)).map((e) => e.$source).sort()).toEqual(['tax_return_frequency_id', 'to_date', 'total_amount']);
    expect((await call('PUT', made.body.$path, { migration_tax_return: {} })).status).toBe(405);
  });

  it('tax determinations answer the visible tax rates; bad parameters are 422s', async () => {
    const rates = (await call('GET', '/tax_rates?items_per_page=200')).body.$items.map((r: any) => r.id);
    const determined = (await call('GET', '/tax_determinations?date=2026-01-05&items_per_page=200')).body;
    expect(determined.$items.map((r: any) => r.id)).toEqual(rates);
    expect((await sageErrors(await h.api('/tax_determinations?date=soon')))[0]!.$source).toBe('date');
    expect((await sageErrors(await h.api('/tax_determinations?contact_id=nope')))[0]!.$source).toBe('contact_id');
  });

  it('a bank feed: none is connected (404), an unknown account 404 too', async () => {
    const bank = (await call('GET', '/bank_accounts?items_per_page=1')).body.$items[0];
    const res = await h.api(`/bank_accounts/${bank.id}/bank_feed`);
    expect(res.status).toBe(404);
    expect((await sageErrors(res))[0]!.$message).toBe('This bank account has no bank feed.');
    expect((await h.api('/bank_accounts/nope/bank_feed')).status).toBe(404);
  });
});
