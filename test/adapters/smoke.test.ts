import { describe, expect, it } from 'vitest';
import { ADAPTERS, sageErrors, useHarness } from '../support/harness.ts';

describe.each(ADAPTERS)('smoke through %s', (adapter) => {
  const h = useHarness(adapter, {}, { reset: 'none' });

  it('lists contacts with the Sage envelope and X-Business', async () => {
    const res = await h.api('/contacts?items_per_page=5');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-business')).toBe(h.mock.admin.world().users[0]!.lead_business_id);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = await res.json();
    expect(body.$total).toBe(24);
    expect(body.$items).toHaveLength(5);
    expect(body.$next).toBe('/contacts?page=2&items_per_page=5');
  });

  it('answers an unknown path with a Sage 404', async () => {
    const res = await h.api('/nope');
    expect(res.status).toBe(404);
    expect((await sageErrors(res))[0]!.$dataCode).toBe('RouteNotFound');
  });
});
