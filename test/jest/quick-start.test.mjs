// The README's MSW quick start under jest (ESM mode), with createSageMock's defaults and with the
// msw-data store (which used to fail under jest with "Invalid base state"): run by
// test/jest.test.ts through `npm test`.
import { setupServer } from 'msw/node';
import { createSageMock } from 'sage-mock';
import { sageHandlers } from 'sage-mock/msw';

describe.each([{}, { store: 'msw-data' }])('createSageMock(%j)', (options) => {
  let mock;
  let server;
  beforeAll(async () => {
    mock = await createSageMock(options);
    server = setupServer(...sageHandlers(mock));
    server.listen();
  });
  afterAll(() => server.close());

  test('reads, writes, expires a token and resets', async () => {
    const world = mock.admin.world();
    const { access_token } = mock.admin.mintToken({ user_id: world.users[0].id, client_id: world.apps[0].client_id });
    const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' };
    const list = await fetch('https://api.accounting.sage.com/v3.1/contacts', { headers });
    expect(list.status).toBe(200);
    expect(list.headers.get('x-business')).toBe(world.users[0].lead_business_id);
    const created = await fetch('https://api.accounting.sage.com/v3.1/contacts', {
      method: 'POST',
      headers,
      body: JSON.stringify({ contact: { name: 'Jest Ltd', contact_type_ids: ['CUSTOMER'] } }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const updated = await fetch(`https://api.accounting.sage.com/v3.1/contacts/${id}`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ contact: { name: 'Jest Holdings Ltd' } }),
    });
    expect(updated.status).toBe(200);
    expect((await updated.json()).name).toBe('Jest Holdings Ltd');
    mock.clock.advance(300_000);
    expect((await fetch('https://api.accounting.sage.com/v3.1/contacts', { headers })).status).toBe(401);
    expect(mock.admin.journal({ status: 401 })).toHaveLength(1);
    await mock.reset();
    expect(mock.admin.journal()).toHaveLength(0);
  });
});
