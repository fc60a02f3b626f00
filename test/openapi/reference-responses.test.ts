/**
 * Reference lists, settings, addresses, contact persons, exchange rates, tax profiles, the
 * business's lists and attachments answer what openapi/sage-mock.openapi.yaml says, through MSW
 * and Fastify: every list and item, every settings GET and PUT, and a write of each resource.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_RESOURCES } from '../../mock/resources/reference.ts';
import { ADAPTERS, useHarness, type ApiInit } from '../support/harness.ts';
import { ResponseValidator } from './validator.ts';

let spec: ResponseValidator;
beforeAll(async () => {
  spec = await ResponseValidator.load();
});

const SETTINGS = [
  'financial_settings',
  'invoice_settings',
  'business_settings',
  'cis_settings',
  'datev_settings',
  'email_settings',
  'migrations',
];

describe.each(ADAPTERS)('reference and satellite responses match the OpenAPI document through %s', (adapter) => {
  const h = useHarness(adapter, {}, { reset: 'none' });

  async function api(method: string, path: string, init: ApiInit = {}): Promise<any> {
    const res = await h.api(path, { method, ...init });
    const ex = { method, path, status: res.status, headers: res.headers, text: await res.text() };
    expect(spec.validateExchange(ex), `${method} ${path} -> ${ex.status}: ${ex.text.slice(0, 200)}`).toEqual([]);
    return ex.text ? JSON.parse(ex.text) : null;
  }

  it('every reference list and its first item', async () => {
    for (const r of REFERENCE_RESOURCES) {
      const list = await api('GET', `/${r}?attributes=all`);
      if (list.$items[0]) await api('GET', list.$items[0].$path);
    }
  });

  it('settings: GET and PUT', async () => {
    for (const r of SETTINGS) await api('GET', `/${r}`);
    await api('PUT', '/invoice_settings', { json: { invoice_settings: { customer_credit_days: 10 } } });
    await api('PUT', '/financial_settings', { json: { financial_settings: { year_end_date: 'nope' } } });
  });

  it('addresses, contact persons, exchange rates, tax profiles, the business lists and attachments', async () => {
    const contact = (await api('GET', '/contacts?attributes=all&items_per_page=1')).$items[0];
    await api('GET', `/addresses?contact_id=${contact.id}&attributes=all`);
    const address = await api('POST', '/addresses', {
      json: { address: { contact_id: contact.id, address_type_id: 'DELIVERY', name: 'Dock', is_main_address: false, city: 'Hull' } },
    });
    await api('PUT', address.$path, { json: { address: { city: 'York' } } });
    const person = await api('POST', '/contact_persons', {
      json: { contact_person: { address_id: address.id, name: 'Jo', contact_person_type_ids: ['SALES'] } },
    });
    await api('GET', `/contact_persons?contact_id=${contact.id}&attributes=all`);
    await api('GET', person.$path);
    await api('DELETE', person.$path);
    await api('DELETE', address.$path);
    const rate = await api('POST', '/business_exchange_rates', { json: { business_exchange_rate: { currency_id: 'USD', rate: '1.3' } } });
    await api('GET', rate.$path);
    await api('GET', '/business_exchange_rates?attributes=all');
    await api('PUT', '/tax_profiles/GB_VAT', { json: { tax_profile: { tax_number: 'GB1' } } });
    await api('GET', '/tax_profiles?attributes=all');
    const type = await api('POST', '/service_rate_types', { json: { service_rate_type: { name: 'Weekly', active: true } } });
    await api('PUT', type.$path, { json: { service_rate_type: { active: false } } });
    await api('GET', '/analysis_types?attributes=all');
    const file = await api('POST', '/attachments', {
      json: {
        attachment: {
          file: 'aGk=',
          file_name: 'hi.txt',
          mime_type: 'text/plain',
          attachment_context_type_id: 'CONTACT',
          attachment_context_id: contact.id,
        },
      },
    });
    await api('GET', file.$path);
    await api('GET', `${file.$path}/file`, { headers: { accept: 'application/json' } });
    await api('GET', '/attachments?attributes=all');
    await api('DELETE', file.$path);
    await api('GET', `/bank_accounts?attributes=all`);
    await api('GET', `/ledger_accounts?attributes=all&show_balance_details=true`);
  });
});
