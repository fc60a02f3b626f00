/**
 * Other payments and receipts, bank transfers, bank deposits, and PUT/DELETE of bank accounts
 * through MSW and Fastify: postings, re-posting on PUT, reversal on DELETE, the 422s, balances,
 * and every answer judged against the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { journal, snapshot } from './support.ts';

describe.each(ADAPTERS)('banking through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const tb = () => h.mock.admin.trialBalance(api.gb.business);
  const balance = (id: string) => tb().accounts.find((a) => a.ledger_account.id === id)?.balance ?? '0.0';
  const bank2Ledger = () =>
    h.mock.state.store.collection<Json & { id: string }>(api.gb.business, 'bank_accounts').get(api.gb.bank2)!.ledger_account.id;

  it('an other payment posts bank, lines and tax; PUT re-posts it; DELETE reverses it', async () => {
    const created = await call('POST', '/other_payments', {
      other_payment: {
        transaction_type_id: 'OTHER_PAYMENT',
        bank_account_id: api.gb.bank,
        date: '2026-01-05',
        total_amount: 130,
        reference: 'Stationery',
        payment_lines: [
          { ledger_account_id: api.gb.expense, total_amount: 120, tax_rate_id: api.gb.taxStandard, details: 'Paper' },
          { ledger_account_id: api.gb.expense, total_amount: 10, tax_rate_id: api.gb.taxZero, tax_amount: 3 },
        ],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      net_amount: '110.0',
      tax_amount: '20.0',
      total_amount: '130.0',
      transaction_type: { id: 'OTHER_PAYMENT' },
      contact: null,
    });
    expect(created.body.payment_lines.map((l: Json) => [l.net_amount, l.tax_amount, l.total_amount])).toEqual([
      ['100.0', '20.0', '120.0'],
      ['10.0', '0.0', '10.0'],
    ]);
    expect(balance(api.gb.bankLedger)).toBe('-130.0');
    expect(balance(api.gb.expense)).toBe('110.0');
    expect((await call('GET', created.body.transaction.$path)).body.origin.id).toBe(created.body.id);

    const put = await call('PUT', `/other_payments/${created.body.id}`, {
      other_payment: {
        transaction_type_id: 'OTHER_RECEIPT',
        total_amount: 12,
        payment_lines: [{ ledger_account_id: api.gb.sales, total_amount: 12, tax_rate_id: api.gb.taxStandard }],
      },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      id: created.body.id,
      reference: 'Stationery',
      total_amount: '12.0',
      tax_amount: '2.0',
      transaction_type: { id: 'OTHER_RECEIPT' },
    });
    expect(balance(api.gb.bankLedger)).toBe('12.0');
    expect(balance(api.gb.expense)).toBe('0.0');
    expect(balance(api.gb.sales)).toBe('-10.0');
    expect((await call('GET', '/other_payments?transaction_type_id=OTHER_RECEIPT')).body.$total).toBe(1);

    expect((await call('DELETE', `/other_payments/${created.body.id}`)).status).toBe(204);
    expect(balance(api.gb.bankLedger)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('refuses bad other payments with Sage 422s and changes nothing', async () => {
    const before = snapshot(h.mock);
    const res = await call('POST', '/other_payments', {
      other_payment: {
        transaction_type_id: 'SALES_INVOICE',
        date: '2026-01-05',
        total_amount: 10,
        payment_lines: [{ ledger_account_id: api.gb.debtors, total_amount: 10 }],
      },
    });
    expect(res.body.map((e: Json) => e.$source)).toEqual(['transaction_type_id', 'bank_account_id', 'payment_lines[0].ledger_account_id']);
    const sum = await call('POST', '/other_payments', {
      other_payment: {
        transaction_type_id: 'OTHER_RECEIPT',
        bank_account_id: api.gb.bank,
        date: '2026-01-05',
        total_amount: 10,
        payment_lines: [{ ledger_account_id: api.gb.sales, total_amount: 9 }],
      },
    });
    expect(sum.body).toEqual([expect.objectContaining({ $source: 'base' })]);
    const net = await call('POST', '/other_payments', {
      other_payment: {
        transaction_type_id: 'OTHER_RECEIPT',
        bank_account_id: api.gb.bank,
        date: '2026-01-05',
        total_amount: 12,
        payment_lines: [
          { ledger_account_id: api.gb.sales, total_amount: 12, net_amount: 11, tax_rate_id: api.gb.taxStandard, tax_amount: 2 },
        ],
      },
    });
    expect(net.body).toEqual([expect.objectContaining({ $source: 'payment_lines[0].net_amount' })]);
    expect(snapshot(h.mock)).toBe(before);
  });

  it('a bank transfer moves money between two bank accounts; a deposit too; both reverse on delete', async () => {
    const t = await call('POST', '/bank_transfers', {
      bank_transfer: {
        from_bank_account_id: api.gb.bank,
        to_bank_account_id: api.gb.bank2,
        date: '2026-01-05',
        amount: '75.5',
        reference: 'TFR',
      },
    });
    expect(t.status).toBe(201);
    expect(t.body).toMatchObject({
      amount: '75.5',
      from_bank_account: { id: api.gb.bank },
      to_bank_account: { id: api.gb.bank2 },
      transaction_type: { id: 'BANK_TRANSFER' },
      description: '',
    });
    expect((await call('GET', `/bank_accounts/${api.gb.bank}`)).body.balance).toBe('-75.5');
    expect((await call('GET', `/bank_accounts/${api.gb.bank2}`)).body.balance).toBe('75.5');
    const put = await call('PUT', `/bank_transfers/${t.body.id}`, { bank_transfer: { amount: 10 } });
    expect(put.body).toMatchObject({ amount: '10.0', reference: 'TFR' });
    expect(balance(bank2Ledger())).toBe('10.0');
    const same = await call('POST', '/bank_transfers', {
      bank_transfer: { from_bank_account_id: api.gb.bank, to_bank_account_id: api.gb.bank, date: '2026-01-05', amount: 1 },
    });
    expect(same.body).toEqual([expect.objectContaining({ $source: 'to_bank_account_id' })]);

    const d = await call('POST', '/bank_deposits', {
      bank_deposit: {
        from_bank_account_id: api.gb.bank2,
        to_bank_account_id: api.gb.bank,
        date: '2026-01-06',
        reference: 'DEP-1',
        cash_amount: 4,
        cheque_amount: 6,
      },
    });
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({
      total_amount: '10.0',
      cash_amount: '4.0',
      cheque_amount: '6.0',
      transaction_type: { id: 'BANK_DEPOSIT' },
    });
    expect(balance(bank2Ledger())).toBe('0.0');
    const bad = await call('POST', '/bank_deposits', {
      bank_deposit: {
        from_bank_account_id: api.gb.bank2,
        to_bank_account_id: api.gb.bank,
        date: '2026-01-06',
        reference: 'DEP-2',
        cash_amount: 4,
        total_amount: 5,
      },
    });
    expect(bad.body).toEqual([expect.objectContaining({ $source: 'total_amount' })]);
    // Sage has no PUT on deposits (the document lists none, so the 405 is not judged against it).
    expect((await h.api(`/bank_deposits/${d.body.id}`, { method: 'PUT', json: { bank_deposit: {} } })).status).toBe(405);
    expect((await call('DELETE', `/bank_deposits/${d.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/bank_transfers/${t.body.id}`)).status).toBe(204);
    expect(balance(api.gb.bankLedger)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('PUT changes a bank account (and its ledger code); DELETE refuses one with entries', async () => {
    const put = await call('PUT', `/bank_accounts/${api.gb.bank}`, {
      bank_account: { bank_account_details: { iban: 'GB00TEST' }, is_active: false, nominal_code: 1299 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ nominal_code: 1299, is_active: false, bank_account_details: { iban: 'GB00TEST' }, deleted_at: null });
    expect(put.body.bank_account_details.account_name).not.toBe('');
    expect((await call('GET', `/ledger_accounts/${api.gb.bankLedger}`)).body.nominal_code).toBe(1299);
    const clash = await call('PUT', `/bank_accounts/${api.gb.bank}`, { bank_account: { nominal_code: 4000 } });
    expect(clash.body).toEqual([expect.objectContaining({ $source: 'nominal_code', $message: 'has already been taken' })]);
    await call(
      'POST',
      '/journals',
      journal([
        { ledger_account_id: api.gb.bankLedger, debit: 5, credit: 0 },
        { ledger_account_id: api.gb.expense, debit: 0, credit: 5 },
      ]),
    );
    expect((await call('DELETE', `/bank_accounts/${api.gb.bank}`)).status).toBe(422);
    expect((await call('DELETE', `/bank_accounts/${api.gb.bank2}`)).status).toBe(204);
    expect((await call('GET', `/bank_accounts/${api.gb.bank2}`)).status).toBe(404);
  });
});
