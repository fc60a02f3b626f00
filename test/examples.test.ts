/** The runnable scripts in examples/ keep working (the *.test.ts examples run as tests themselves). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('examples/oauth-openid-client.ts runs the whole OAuth flow', async () => {
  const script = fileURLToPath(new URL('../examples/oauth-openid-client.ts', import.meta.url));
  const { stdout } = await run(process.execPath, [script], { timeout: 60_000 });
  expect(stdout).toMatch(/callback: http:\/\/localhost:3000\/callback\?code=GB%2F[0-9a-f]+&country=GB&state=/);
  expect(stdout).toContain(
    'token response keys: access_token, scope, token_type, expires_in, refresh_token, refresh_token_expires_in, requested_by_id',
  );
  expect(stdout).toContain('GET /user: 200');
  expect(stdout).toContain('refreshed; chain generation: 1');
  expect(stdout).toMatch(/revoked at: \d{4}-/);
});
