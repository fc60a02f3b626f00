/**
 * Opening balances (ledger accounts, bank accounts, opening balance journals) through MSW and
 * Fastify: postings against the opening balances control account, PUT re-posting, DELETE
 * reversing, the 422s, every answer judged against the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../support/harness.ts';
import { useJudgedApi, type Json } from './judged.ts';
import { receipt, snapshot } from './support.ts';

describe.each(ADAPTERS)('opening balances through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const tb = () => h.mock.admin.trialBalance(api.gb.business);
  const balance = (id: string) => tb().accounts.find((a) => a.ledger_account.id === id)?.balance ?? '0.0';
  const control = () => tb().accounts.find((a) => a.name === 'Opening Balances Control Account');

  it('ledger account and bank opening balances post against the opening balances control account', async () => {
    const la = await call('POST', '/ledger_account_opening_balances', {
      ledger_account_opening_balance: { ledger_account_id: api.gb.expense, debit: 250, credit: 0, details: 'Brought forward' },
    });
    expect(la.status).toBe(201);
    expect(la.body).toMatchObject({ ledger_account: { id: api.gb.expense }, debit: '250.0', credit: '0.0', details: 'Brought forward' });
    expect(balance(api.gb.expense)).toBe('250.0');
    expect(control()).toMatchObject({ balance: '-250.0', ledger_account_type: 'EQUITY' });
    const put = await call('PUT', `/ledger_account_opening_balances/${la.body.id}`, {
      ledger_account_opening_balance: { debit: 0, credit: 40 },
    });
    expect(put.body).toMatchObject({ debit: '0.0', credit: '40.0', details: 'Brought forward' });
    expect(balance(api.gb.expense)).toBe('-40.0');

    const bank = await call('POST', '/bank_opening_balances', {
      bank_opening_balance: { bank_account_id: api.gb.bank, date: '2025-12-31', debit: '1000.00', credit: 0 },
    });
    expect(bank.status).toBe(201);
    expect(bank.body).toMatchObject({
      bank_account: { id: api.gb.bank },
      debit: '1000.0',
      transaction_type: { id: 'BANK_OPENING_BALANCE' },
    });
    expect((await call('GET', bank.body.transaction.$path)).status).toBe(200);
    expect((await call('GET', `/bank_accounts/${api.gb.bank}`)).body.balance).toBe('1000.0');
    expect((await call('GET', `/bank_opening_balances?bank_account_id=${api.gb.bank}`)).body.$total).toBe(1);
    expect(control()!.balance).toBe('-960.0');

    expect((await call('DELETE', `/bank_opening_balances/${bank.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/ledger_account_opening_balances/${la.body.id}`)).status).toBe(204);
    expect(control()!.balance).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });

  it('an opening balance journal posts balanced lines; bad ones change nothing', async () => {
    const j = await call('POST', '/opening_balance_journals', {
      opening_balance_journal: {
        reference: 'OB',
        journal_lines: [
          { ledger_account_id: api.gb.bankLedger, debit: 500, credit: 0 },
          { ledger_account_id: api.gb.expense, debit: 0, credit: 500, details: 'Capital' },
        ],
      },
    });
    expect(j.status).toBe(201);
    expect(j.body).toMatchObject({
      reference: 'OB',
      date: '2026-01-05',
      transaction_type: { id: 'OPENING_BALANCE_JOURNAL' },
      journal_lines: [{ debit: '500.0' }, { credit: '500.0' }],
    });
    expect(balance(api.gb.bankLedger)).toBe('500.0');
    const before = snapshot(h.mock);
    const unbalanced = await call('POST', '/opening_balance_journals', {
      opening_balance_journal: {
        journal_lines: [
          { ledger_account_id: api.gb.bankLedger, debit: 5, credit: 0 },
          { ledger_account_id: api.gb.debtors, debit: 0, credit: 4 },
        ],
      },
    });
    expect(unbalanced.body.map((e: Json) => e.$source)).toEqual(['journal_lines[1].ledger_account_id']);
    const both = await call('POST', '/ledger_account_opening_balances', {
      ledger_account_opening_balance: { ledger_account_id: api.gb.expense, debit: 5, credit: 5 },
    });
    expect(both.body).toEqual([expect.objectContaining({ $source: 'base' })]);
    const blank = await call('POST', '/bank_opening_balances', { bank_opening_balance: {} });
    expect(blank.body.map((e: Json) => e.$source)).toEqual(['bank_account_id', 'date', 'debit', 'credit']);
    expect(snapshot(h.mock)).toBe(before);
    expect((await call('DELETE', `/opening_balance_journals/${j.body.id}`)).status).toBe(204);
    expect(balance(api.gb.bankLedger)).toBe('0.0');
    expect(tb()).toMatchObject({ balanced: true });
  });
});

describe.each(ADAPTERS)('contact opening balances through %s', (adapter) => {
  const api = useJudgedApi(adapter);
  const { h, call } = api;
  const tb = () => h.mock.admin.trialBalance(api.gb.business);
  const balance = (id: string) => tb().accounts.find((a) => a.ledger_account.id === id)?.balance ?? '0.0';

  it('an opening invoice is an artefact receipts settle; a vendor credit note sits on trade creditors', async () => {
    const created = await call('POST', '/contact_opening_balances', {
      contact_opening_balance: {
        contact_opening_balance_type_id: 'INVOICE',
        contact_id: api.gb.customer,
        date: '2025-12-31',
        reference: 'OB-INV-1',
        total_amount: 300,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayed_as: 'OB-INV-1',
      total_amount: '300.0',
      net_amount: '300.0',
      transaction_type: { id: 'CUSTOMER_OPENING_BALANCE_INVOICE' },
    });
    expect(created.body).not.toHaveProperty('outstanding_amount');
    expect(balance(api.gb.debtors)).toBe('300.0');
    expect((await call('GET', `/contacts/${api.gb.customer}`)).body.balance).toBe('300.0');
    const pay = await call('POST', '/contact_payments', receipt(api.gb, 300, [{ artefact_id: created.body.id, amount: 300 }]));
    expect(pay.status).toBe(201);
    expect(balance(api.gb.debtors)).toBe('0.0');
    // Allocated: cannot change or go.
    expect(
      (await call('PUT', `/contact_opening_balances/${created.body.id}`, { contact_opening_balance: { total_amount: 1 } })).status,
    ).toBe(422);
    expect((await call('DELETE', `/contact_opening_balances/${created.body.id}`)).status).toBe(422);

    const credit = await call('POST', '/contact_opening_balances', {
      contact_opening_balance: {
        contact_opening_balance_type_id: 'CREDIT_NOTE',
        contact_id: api.gb.vendor,
        date: '2025-12-31',
        reference: 'OB-CR',
        total_amount: 50,
      },
    });
    expect(credit.body.transaction_type.id).toBe('VENDOR_OPENING_BALANCE_CREDIT_NOTE');
    expect(balance(api.gb.creditors)).toBe('50.0');
    expect((await call('GET', '/contact_opening_balances?contact_type_id=VENDOR')).body.$total).toBe(1);
    const put = await call('PUT', `/contact_opening_balances/${credit.body.id}`, { contact_opening_balance: { total_amount: 80 } });
    expect(put.body).toMatchObject({ total_amount: '80.0', reference: 'OB-CR' });
    expect(balance(api.gb.creditors)).toBe('80.0');
    expect((await call('DELETE', `/contact_opening_balances/${credit.body.id}`)).status).toBe(204);
    expect(balance(api.gb.creditors)).toBe('0.0');
    const bad = await call('POST', '/contact_opening_balances', {
      contact_opening_balance: { contact_opening_balance_type_id: 'X', total_amount: -1 },
    });
    expect(bad.body.map((e: Json) => e.$source)).toEqual([
      'contact_opening_balance_type_id',
      'contact_id',
      'date',
      'reference',
      'total_amount',
    ]);
    expect(tb()).toMatchObject({ balanced: true });
  });
});
